// The live room's rules without a server: codes, seats, balance, ballots, the private tally, messages, limits.

import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  balance,
  castVote,
  closeBallot,
  codeFromBytes,
  hasToken,
  normaliseCode,
  openBallot,
  parseMessage,
  sameToken,
  take,
  whoVoted,
  type Seat,
} from '../../src/core/live.ts';
import { EPISODE } from '../server/helpers.ts';

const seats = (n: number, faction = ''): Seat[] => Array.from({ length: n }, (_, i) => ({ id: `s${i + 1}`, faction, number: 0 }));

describe('join codes', () => {
  it('are six characters none of which can be mistaken for another', () => {
    for (const ch of '0O1IL5S2Z8B') expect(CODE_ALPHABET).not.toContain(ch);
    const code = codeFromBytes(new Uint8Array([0, 1, 2, 3, 4, 5]));
    expect(code).toHaveLength(6);
    expect(codeFromBytes(new Uint8Array([255, 255, 255]))).toBeNull();
  });
  it('are read as typed: lower case, spaces and a dash', () => {
    expect(normaliseCode(' acd-efg ')).toBe('ACDEFG');
    expect(normaliseCode('ACDEF0')).toBeNull();
    expect(normaliseCode('ACDEF')).toBeNull();
  });
});

describe('seats and factions', () => {
  it('balance leaves no two factions more than one apart and numbers each faction from 1', () => {
    const out = balance(seats(7), ['a', 'b', 'c']);
    const count = (f: string) => out.filter((s) => s.faction === f).length;
    expect([count('a'), count('b'), count('c')]).toEqual([3, 2, 2]);
    expect(out.filter((s) => s.faction === 'b').map((s) => s.number)).toEqual([1, 2]);
  });
  it('balance keeps students where they are when that already balances', () => {
    const start = [...seats(2, 'b'), ...seats(2, 'a').map((s, i) => ({ ...s, id: `t${i}` }))];
    expect(balance(start, ['a', 'b']).map((s) => s.faction)).toEqual(['b', 'b', 'a', 'a']);
  });
});

describe('ballots', () => {
  const room = balance(seats(4), ['majority', 'minority']);
  it('take options of the open vote only, and say who voted but not how', () => {
    const b = openBallot(EPISODE, 'rule');
    expect(b).not.toBeNull();
    expect(openBallot(EPISODE, 'nonsense')).toBeNull();
    const bad = castVote(b!, room[0], 'elsewhere', '');
    expect(bad).toEqual({ ok: false, why: 'bad-option' });
    const ok = castVote(b!, room[0], 'narrow', 'x'.repeat(500));
    expect(ok.ok && ok.ballot.votes.s1?.reason.length).toBe(140);
    expect(ok.ok && whoVoted(ok.ballot)).toEqual(['s1']);
    expect(castVote({ ...b!, open: false }, room[0], 'narrow', '')).toEqual({ ok: false, why: 'closed' });
  });
  it('a body decides by its seats; a vote changed counts once', () => {
    let b = openBallot(EPISODE, 'rule')!;
    for (const [i, o] of ['broad', 'broad', 'broad', 'broad'].entries()) {
      const r = castVote(b, room[i], o, '');
      if (r.ok) b = r.ballot;
    }
    const r = castVote(b, room[0], 'narrow', 'changed my mind');
    if (r.ok) b = r.ballot;
    const out = closeBallot(EPISODE, b, room);
    expect(out.tally).toMatchObject({ narrow: 1, broad: 3 });
    // majority (6 seats) split 1:1 → 3:3; minority (4) all broad → broad 7, narrow 3
    expect(out.winner).toBe('broad');
    expect(out.body?.seats).toMatchObject({ broad: 7, narrow: 3 });
    expect(out.reasons).toEqual([{ faction: 'majority', option: 'narrow', reason: 'changed my mind' }]);
  });
});

describe('messages', () => {
  const token = 'ab'.repeat(16);
  it('unknown types, missing tokens and long strings are refused', () => {
    expect(parseMessage('explode', {})).toBeNull();
    expect(parseMessage('close', {})).toBeNull();
    expect(parseMessage('close', { token: 'short' })).toBeNull();
    expect(parseMessage('close', { token })).toEqual({ type: 'close', token });
    expect(parseMessage('vote', { option: 'x'.repeat(81) })).toBeNull();
    expect(parseMessage('vote', { option: 'broad', reason: 'y'.repeat(1000) })).toBeNull();
    expect(parseMessage('open', { token, decision: 'rule', seconds: -1 })).toBeNull();
    expect(parseMessage('vote', 'broad')).toBeNull();
  });
  it('tokens compare whole', () => {
    expect(sameToken(token, token)).toBe(true);
    expect(sameToken(token, token.slice(0, 31) + 'c')).toBe(false);
  });
});

describe('rate limits', () => {
  it('a bucket gives its burst, then refills with time', () => {
    let b = undefined;
    let ok = 0;
    for (let i = 0; i < 10; i++) {
      const t = take(b, 0, 5, 1);
      b = t.bucket;
      if (t.ok) ok++;
    }
    expect(ok).toBe(5);
    expect(hasToken(b, 500, 5, 1)).toBe(false);
    expect(hasToken(b, 1000, 5, 1)).toBe(true);
  });
});

describe('what a phone is told of its episode', () => {
  it('carries the voices of the time at each vote, so each phone can show its own side’s', async () => {
    const { liveCatalogue, episodeInfo } = await import('../../src/core/live.ts');
    const { loadContent, loadClassroom, compileStory } = await import('../../scripts/content.ts');
    const content = loadContent();
    const classroom = loadClassroom(content, compileStory().json ?? '');
    const catalogue = liveCatalogue(classroom.episodes, content.decisions, content.record);
    const ep = catalogue.get('1903');
    if (!ep) throw new Error('no 1903 episode');
    const info = episodeInfo(ep);
    const voices = info.decisions.DP04a?.voices ?? [];
    expect(voices.length).toBeGreaterThan(1);
    // a side's card names the people whose voices are its own: Martov's side hears Martov
    const softs = ep.roles.find((r) => r.people.includes('martov'));
    expect(voices.some((v) => softs?.people.includes(v.who))).toBe(true);
  });
});
