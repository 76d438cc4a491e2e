// The room's rules over real sockets: a teacher and students join by code, balance, vote in private,
// and the weighted tally decides.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ABSTAIN } from '../../src/core/classroom.ts';
import { CLOSE } from '../../src/server/room.ts';
import type { LiveServer } from '../../src/server/server.ts';
import { joinRoom, openRoom, seatsOf, startTestServer, until } from './helpers.ts';

let server: LiveServer;
let url: string;
beforeAll(async () => ({ server, url } = await startTestServer()));
afterAll(async () => server.close());

describe('a live room', () => {
  it('seats students by code, balances factions, keeps votes private, and the congress decides', async () => {
    const t = await openRoom(url);
    expect(t.code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{6}$/);
    expect(t.token).toMatch(/^[0-9a-f]{32}$/);
    const students = await Promise.all([0, 1, 2, 3].map(() => joinRoom(url, t.code)));
    await until(() => Object.keys(seatsOf(t.box)).length === 4);
    t.room.send('balance', { token: t.token });
    const cards = await Promise.all(students.map((s) => s.box.next('card')));
    expect(cards.map((c) => c.role).sort()).toEqual(['majority', 'majority', 'minority', 'minority']);
    // what a phone is told names everything by id (the episode, sides, options, voices): each page shows
    // it in its own language, and the room needs none
    const info = (await students[0]!.box.next('episode')).info as Record<string, unknown>;
    expect(info).toMatchObject({ id: 'congress', factions: { majority: 'Majority' } });
    expect(info.decisions).toMatchObject({ rule: { labels: { narrow: 'A narrow rule' }, voices: [{ id: '0', who: 'martov' }] } });
    expect(cards[0]?.card).toMatchObject({ id: cards[0]?.role });
    await until(() => Object.values(seatsOf(t.box)).every((s) => s.number > 0));
    const names = Object.values(seatsOf(t.box))
      .map((s) => `${s.faction} ${s.number}`)
      .sort();
    expect(names).toEqual(['majority 1', 'majority 2', 'minority 1', 'minority 2']);

    t.room.send('open', { token: t.token, decision: 'rule', seconds: 60 });
    await Promise.all(students.map((s) => until(() => s.room.state.open && s.room.state.decision === 'rule')));
    expect([...students[0]!.room.state.options]).toEqual(['narrow', 'broad']);
    // both majority students vote broad with the minority: the congress goes broad
    for (const s of students) s.room.send('vote', { option: 'broad', reason: 'Because\nwe must' });
    const mine = await students[0]!.box.next('your-vote');
    expect(mine).toMatchObject({ option: 'broad', reason: 'Because we must' });
    await until(() => Object.values(seatsOf(t.box)).filter((s) => s.voted).length === 4);
    // every page sees who voted, none sees how: the state has no vote in it
    const seen = students[1]!.room.state.toJSON() as Record<string, unknown>;
    expect(JSON.stringify(seen)).not.toContain('Because');
    expect(seen).not.toHaveProperty('seats');
    // the teacher hears who voted, as flags; no phone hears of the other seats at all
    for (const seat of Object.values(seatsOf(t.box))) expect(Object.keys(seat).sort()).toEqual(['connected', 'faction', 'number', 'voted']);
    expect(students.every((s) => s.box.all.every((m) => m.type !== 'seats'))).toBe(true);
    t.room.send('close', { token: t.token });
    const reasons = await t.box.next('reasons');
    expect((reasons.reasons as unknown[]).length).toBe(4);
    await until(() => students.every((s) => s.room.state.outcomes.has('rule')));
    const outcome = JSON.parse(students[2]!.room.state.outcomes.get('rule') ?? '{}');
    expect(outcome.winner).toBe('broad');
    expect(outcome.body.seats).toMatchObject({ broad: 10, narrow: 0, [ABSTAIN]: 0 });
    expect(outcome.reasons).toBeUndefined();
    // a phone never got another's reasons
    expect(students.every((s) => s.box.all.every((m) => m.type !== 'reasons'))).toBe(true);
    await Promise.all([...students.map((s) => s.room.leave()), t.room.leave()]);
  });

  it('weights by seats: one majority student outvotes two minority students', async () => {
    const t = await openRoom(url);
    const s = await Promise.all([0, 1, 2].map(() => joinRoom(url, t.code)));
    await until(() => Object.keys(seatsOf(t.box)).length === 3);
    t.room.send('assign', { token: t.token, seat: s[0]!.seat, faction: 'majority' });
    t.room.send('assign', { token: t.token, seat: s[1]!.seat, faction: 'minority' });
    t.room.send('assign', { token: t.token, seat: s[2]!.seat, faction: 'minority' });
    await Promise.all(s.map((x) => x.box.next('card')));
    t.room.send('open', { token: t.token, decision: 'rule' });
    await Promise.all(s.map((x) => until(() => x.room.state.open)));
    s[0]!.room.send('vote', { option: 'narrow' });
    s[1]!.room.send('vote', { option: 'broad' });
    s[2]!.room.send('vote', { option: 'broad' });
    await until(() => Object.values(seatsOf(t.box)).filter((x) => x.voted).length === 3);
    t.room.send('close', { token: t.token });
    await until(() => t.room.state.outcomes.has('rule'));
    expect(JSON.parse(t.room.state.outcomes.get('rule') ?? '{}')).toMatchObject({ winner: 'narrow', tally: { narrow: 1, broad: 2 } });
    await Promise.all([...s.map((x) => x.room.leave()), t.room.leave()]);
  });

  it('the teacher pauses, adds a minute, and removes a seat; a removed phone is told and its vote no longer counts', async () => {
    const t = await openRoom(url);
    const s = await Promise.all([0, 1].map(() => joinRoom(url, t.code)));
    t.room.send('balance', { token: t.token });
    await Promise.all(s.map((x) => x.box.next('card')));
    t.room.send('open', { token: t.token, decision: 'advice', seconds: 60 });
    await until(() => s[0]!.room.state.open);
    const ends = Number(s[0]!.room.state.endsAt);
    t.room.send('extend', { token: t.token, seconds: 60 });
    await until(() => Number(s[0]!.room.state.endsAt) >= ends + 59_000);
    t.room.send('pause', { token: t.token, paused: true });
    await until(() => s[0]!.room.state.paused === true);
    s[0]!.room.send('vote', { option: 'go' });
    expect(await s[0]!.box.next('refused')).toMatchObject({ why: 'closed' });
    t.room.send('pause', { token: t.token, paused: false });
    await until(() => s[0]!.room.state.paused === false && Number(s[0]!.room.state.endsAt) > 0);
    s[0]!.room.send('vote', { option: 'go' });
    s[1]!.room.send('vote', { option: 'stay' });
    await until(() => Object.values(seatsOf(t.box)).filter((x) => x.voted).length === 2);
    const removed = new Promise<number>((r) => s[0]!.room.onLeave((code) => r(code)));
    t.room.send('kick', { token: t.token, seat: s[0]!.seat });
    expect(await removed).toBe(CLOSE.kicked);
    await until(() => Object.keys(seatsOf(t.box)).length === 1);
    t.room.send('close', { token: t.token });
    await until(() => t.room.state.outcomes.has('advice'));
    expect(JSON.parse(t.room.state.outcomes.get('advice') ?? '{}')).toMatchObject({ winner: 'stay', tally: { go: 0, stay: 1 } });
    await s[1]!.room.leave();
    await t.room.leave();
  });
});
