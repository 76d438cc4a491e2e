// The room server's limits, each as a page or an attacker meets them: a wrong token, a guessed code,
// a flood, an oversized message, a bad option, a locked or full room, a foreign origin, a teacher who
// leaves, a phone that drops and comes back, and logs that name nobody.

import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Client } from 'colyseus.js';
import { MAX_SEATS, RECONNECT_SECONDS } from '../../src/core/live.ts';
import { setQuiet } from '../../src/server/log.ts';
import { CLOSE } from '../../src/server/room.ts';
import type { LiveServer } from '../../src/server/server.ts';
import { EPISODE, inbox, joinRoom, openRoom, post, seatsOf, startTestServer, until } from './helpers.ts';

let server: LiveServer;
let url: string;
let port: number;
beforeAll(async () => {
  ({ server, url } = await startTestServer({ hostGraceSeconds: 1 }));
  port = server.port;
});
afterAll(async () => server.close());

describe('teacher actions need the host token', () => {
  it('a student who sends a teacher action with a made-up token changes nothing', async () => {
    const t = await openRoom(url);
    const s = await joinRoom(url, t.code);
    s.room.send('lock', { token: 'f'.repeat(32), locked: true });
    expect(await s.box.next('refused')).toMatchObject({ why: 'not-host' });
    s.room.send('open', { token: t.token.replace(/.$/, (c) => (c === '0' ? '1' : '0')), decision: 'rule' });
    expect(await s.box.next('refused')).toMatchObject({ why: 'not-host' });
    expect(t.room.state.locked).toBe(false);
    expect(t.room.state.open).toBe(false);
    // the token is never in the shared state
    expect(JSON.stringify(s.room.state.toJSON())).not.toContain(t.token);
    await s.room.leave();
    await t.room.leave();
  });
});

describe('messages are checked', () => {
  it('an unknown type, a bad option, a vote with no ballot are refused; an oversized message closes the socket', async () => {
    const t = await openRoom(url);
    const s = await joinRoom(url, t.code);
    t.room.send('balance', { token: t.token });
    await s.box.next('card');
    s.room.send('vote', { option: 'narrow' });
    expect(await s.box.next('refused')).toMatchObject({ why: 'closed' });
    s.room.send('explode', { token: t.token });
    expect(await s.box.next('refused')).toMatchObject({ why: 'bad-message' });
    t.room.send('open', { token: t.token, decision: 'rule' });
    await until(() => s.room.state.open);
    s.room.send('vote', { option: 'stay' }); // an option of another vote
    expect(await s.box.next('refused')).toMatchObject({ why: 'bad-option' });
    await until(() => seatsOf(t.box)[s.seat] !== undefined);
    expect(seatsOf(t.box)[s.seat]?.voted).toBe(false);

    const closed = new Promise<number>((r) => s.room.onLeave((code) => r(code)));
    s.room.send('vote', { option: 'narrow', reason: 'x'.repeat(5000) });
    expect(await closed).toBe(1009); // the WebSocket's "message too big"
    // the room carries on for everyone else
    const other = await joinRoom(url, t.code);
    expect(other.seat).toMatch(/^s\d+$/);
    await other.room.leave();
    await t.room.leave();
  });

  it('a flood is dropped past the rate limit, then the connection is closed', async () => {
    const t = await openRoom(url);
    const s = await joinRoom(url, t.code);
    const closed = new Promise<number>((r) => s.room.onLeave((code) => r(code)));
    for (let i = 0; i < 300; i++) s.room.send('explode', {});
    expect(await closed).toBe(CLOSE.flood);
    const refusals = s.box.all.filter((m) => m.type === 'refused').length;
    expect(refusals).toBeGreaterThan(0);
    expect(refusals).toBeLessThan(40); // the rest were dropped unanswered
    await t.room.leave();
  });
});

describe('who may come in', () => {
  it('at most 40 seats; a locked room admits nobody new', async () => {
    const t = await openRoom(url);
    const students = [];
    for (let i = 0; i < MAX_SEATS; i++) students.push(await joinRoom(url, t.code));
    await expect(new Client(url).joinById(t.code)).rejects.toThrow(/full|locked/);
    await students.pop()!.room.leave();
    t.room.send('lock', { token: t.token, locked: true });
    await until(() => t.room.state.locked);
    await expect(new Client(url).joinById(t.code)).rejects.toThrow(/locked/);
    // the teacher comes back with the token even so
    const again = await new Client(url).joinById(t.code, { host: t.token });
    expect(await inbox(again).next('host')).toMatchObject({ code: t.code });
    await Promise.all(students.map((s) => s.room.leave()));
    await again.leave();
  });

  it('joining at random or by room name is not offered; a large request body is refused', async () => {
    expect((await post(port, '/matchmake/joinOrCreate/class', '{}')).status).toBe(404);
    expect((await post(port, '/matchmake/create/class', JSON.stringify({ episode: EPISODE.id, pad: 'x'.repeat(5000) }))).status).toBe(413);
  });

  it('a page from another origin cannot open a socket or reach the matchmaker', async () => {
    expect((await post(port, '/matchmake/create/class', '{"episode":"congress"}', { Origin: 'http://evil.example' })).status).toBe(403);
    const status = await new Promise<number>((resolve) => {
      const req = request({
        host: '127.0.0.1',
        port,
        path: '/abc/DEFGHJ?sessionId=x',
        headers: {
          Connection: 'Upgrade',
          Upgrade: 'websocket',
          'Sec-WebSocket-Version': '13',
          'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
          Origin: 'http://evil.example',
        },
      });
      req.on('response', (res) => resolve(res.statusCode ?? 0));
      req.on('upgrade', () => resolve(101));
      req.end();
    });
    expect(status).toBe(403);
    // the game's own origin is welcome
    expect((await post(port, '/matchmake/create/class', '{"episode":"congress"}', { Origin: url })).json).toHaveProperty('room');
  });
});

describe('comings and goings', () => {
  it('a phone that drops keeps its seat and its vote, for at least 90 seconds', async () => {
    expect(RECONNECT_SECONDS).toBeGreaterThanOrEqual(90);
    const t = await openRoom(url);
    const s = await joinRoom(url, t.code);
    t.room.send('balance', { token: t.token });
    await s.box.next('card');
    t.room.send('open', { token: t.token, decision: 'rule' });
    await until(() => s.room.state.open);
    s.room.send('vote', { option: 'broad', reason: 'kept' });
    await s.box.next('your-vote');
    const token = s.room.reconnectionToken;
    await s.room.leave(false); // the socket drops, as a reload or a lock screen does
    await until(() => seatsOf(t.box)[s.seat]?.connected === false);
    expect(seatsOf(t.box)[s.seat]?.voted).toBe(true);
    const back = await new Client(url).reconnect(token);
    const box = inbox(back);
    expect(await box.next('seat')).toMatchObject({ seat: s.seat });
    expect(await box.next('card')).toMatchObject({ role: 'majority' });
    expect(await box.next('your-vote')).toMatchObject({ option: 'broad', reason: 'kept' });
    await until(() => seatsOf(t.box)[s.seat]?.connected === true);
    t.room.send('close', { token: t.token });
    await until(() => t.room.state.outcomes.has('rule'));
    expect(JSON.parse(t.room.state.outcomes.get('rule') ?? '{}')).toMatchObject({ winner: 'broad', tally: { broad: 1 } });
    await back.leave();
    await t.room.leave();
  });

  it('a room expires when its teacher does not come back', async () => {
    const t = await openRoom(url);
    const s = await joinRoom(url, t.code);
    const ended = new Promise<number>((r) => s.room.onLeave((code) => r(code)));
    await t.room.leave(false);
    expect(await ended).toBe(CLOSE.ended);
    expect((await post(port, `/matchmake/joinById/${t.code}`, '{}')).json).toMatchObject({ code: 4212 });
  });

  it('logs name no code, token, seat or address', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
    setQuiet(false);
    try {
      const t = await openRoom(url);
      const s = await joinRoom(url, t.code);
      await post(port, '/matchmake/joinById/ZZZZZZ', '{}');
      await s.room.leave();
      await t.room.leave();
      await until(() => lines.some((l) => l.includes('room-closed')));
      const all = lines.join('\n');
      for (const secret of [t.code, t.token, s.seat, '127.0.0.1', 'ZZZZZZ']) expect(all).not.toContain(secret);
    } finally {
      setQuiet(true);
      spy.mockRestore();
    }
  });
});
