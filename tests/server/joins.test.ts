// Joins per address: each join holds a seat while the phone connects, so one phone asking again and
// again is slowed down before it can hold a room's seats. (Limits here are small; the real ones fit
// two whole classes behind one school address.)

import { Client } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOIN_LIMIT } from '../../src/core/live.ts';
import type { LiveServer } from '../../src/server/server.ts';
import { joinRoom, openRoom, startTestServer } from './helpers.ts';

let server: LiveServer;
let url: string;
beforeAll(async () => ({ server, url } = await startTestServer({ joinLimit: { burst: 10, perSecond: 0.01 } })));
afterAll(async () => server.close());

describe('joins from one address', () => {
  it('are limited, right code or not', async () => {
    expect(JOIN_LIMIT.burst).toBeGreaterThanOrEqual(80);
    const t = await openRoom(url);
    const students = await Promise.all(Array.from({ length: 10 }, () => joinRoom(url, t.code)));
    expect(students).toHaveLength(10);
    await expect(new Client(url).joinById(t.code)).rejects.toThrow(/slow down/);
    await Promise.all(students.map((s) => s.room.leave()));
    await t.room.leave();
  });
});
