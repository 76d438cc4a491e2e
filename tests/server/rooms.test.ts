// The room's rules over real sockets: a teacher and students join by code, balance, vote in private,
// and the weighted tally decides.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ABSTAIN } from '../../src/core/classroom.ts';
import type { LiveServer } from '../../src/server/server.ts';
import { joinRoom, openRoom, startTestServer, until } from './helpers.ts';

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
    await until(() => t.room.state.seats.size === 4);
    t.room.send('balance', { token: t.token });
    const cards = await Promise.all(students.map((s) => s.box.next('card')));
    expect(cards.map((c) => c.role).sort()).toEqual(['majority', 'majority', 'minority', 'minority']);
    await until(() => [...t.room.state.seats.values()].every((s) => s.number > 0));
    const names = [...t.room.state.seats.values()].map((s) => `${s.faction} ${s.number}`).sort();
    expect(names).toEqual(['majority 1', 'majority 2', 'minority 1', 'minority 2']);

    t.room.send('open', { token: t.token, decision: 'rule', seconds: 60 });
    await Promise.all(students.map((s) => until(() => s.room.state.open && s.room.state.decision === 'rule')));
    expect([...students[0]!.room.state.options]).toEqual(['narrow', 'broad']);
    // both majority students vote broad with the minority: the congress goes broad
    for (const s of students) s.room.send('vote', { option: 'broad', reason: 'Because\nwe must' });
    const mine = await students[0]!.box.next('your-vote');
    expect(mine).toMatchObject({ option: 'broad', reason: 'Because we must' });
    await until(() => [...t.room.state.seats.values()].filter((s) => s.voted).length === 4);
    // every page sees who voted, none sees how: the state has no vote in it
    const seen = students[1]!.room.state.toJSON() as { seats: Record<string, object> };
    expect(JSON.stringify(seen)).not.toContain('Because');
    for (const seat of Object.values(seen.seats)) expect(Object.keys(seat).sort()).toEqual(['connected', 'faction', 'number', 'voted']);
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
    await until(() => t.room.state.seats.size === 3);
    t.room.send('assign', { token: t.token, seat: s[0]!.seat, faction: 'majority' });
    t.room.send('assign', { token: t.token, seat: s[1]!.seat, faction: 'minority' });
    t.room.send('assign', { token: t.token, seat: s[2]!.seat, faction: 'minority' });
    await Promise.all(s.map((x) => x.box.next('card')));
    t.room.send('open', { token: t.token, decision: 'rule' });
    await Promise.all(s.map((x) => until(() => x.room.state.open)));
    s[0]!.room.send('vote', { option: 'narrow' });
    s[1]!.room.send('vote', { option: 'broad' });
    s[2]!.room.send('vote', { option: 'broad' });
    await until(() => [...t.room.state.seats.values()].filter((x) => x.voted).length === 3);
    t.room.send('close', { token: t.token });
    await until(() => t.room.state.outcomes.has('rule'));
    expect(JSON.parse(t.room.state.outcomes.get('rule') ?? '{}')).toMatchObject({ winner: 'narrow', tally: { narrow: 1, broad: 2 } });
    await Promise.all([...s.map((x) => x.room.leave()), t.room.leave()]);
  });
});
