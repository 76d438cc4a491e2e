// Code look-ups from one address: a guesser is slowed down, a class behind one school address is not.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveServer } from '../../src/server/server.ts';
import { joinRoom, openRoom, post, startTestServer } from './helpers.ts';

let server: LiveServer;
let url: string;
let port: number;
beforeAll(async () => {
  ({ server, url } = await startTestServer());
  port = server.port;
});
afterAll(async () => server.close());

describe('failed code look-ups', () => {
  it('guessing codes from one address is slowed down, but a whole class behind it still joins', async () => {
    const t = await openRoom(url);
    // a class of 30 joins from one address, with a few typos on the way
    for (let i = 0; i < 5; i++) expect((await post(port, '/matchmake/joinById/AAAAAA', '{}')).json).toMatchObject({ code: 4212 });
    const students = await Promise.all(Array.from({ length: 30 }, () => joinRoom(url, t.code)));
    expect(students).toHaveLength(30);
    // a guesser runs out of tries and is refused, right code or not
    let limited = 0;
    for (let i = 0; i < 40; i++) if ((await post(port, '/matchmake/joinById/CCCCCC', '{}')).status === 429) limited++;
    expect(limited).toBeGreaterThan(10);
    expect((await post(port, `/matchmake/joinById/${t.code}`, '{}')).status).toBe(429);
    await Promise.all(students.map((s) => s.room.leave()));
    await t.room.leave();
  });
});
