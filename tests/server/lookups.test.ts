// Code look-ups from one address: a guesser is slowed down, a class behind one school address is not.

import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveServer } from '../../src/server/server.ts';
import { joinRoom, openRoom, startTestServer } from './helpers.ts';

let server: LiveServer;
let url: string;
let port: number;
beforeAll(async () => {
  ({ server, url } = await startTestServer());
  port = server.port;
});
afterAll(async () => server.close());

/** A POST to the matchmaker as a page would send it. */
function post(
  path: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('failed code look-ups', () => {
  it('guessing codes from one address is slowed down, but a whole class behind it still joins', async () => {
    const t = await openRoom(url);
    // a class of 30 joins from one address, with a few typos on the way
    for (let i = 0; i < 5; i++) expect((await post('/matchmake/joinById/AAAAAA', '{}')).json).toMatchObject({ code: 4212 });
    const students = await Promise.all(Array.from({ length: 30 }, () => joinRoom(url, t.code)));
    expect(students).toHaveLength(30);
    // a guesser runs out of tries and is refused, right code or not
    let limited = 0;
    for (let i = 0; i < 40; i++) if ((await post('/matchmake/joinById/CCCCCC', '{}')).status === 429) limited++;
    expect(limited).toBeGreaterThan(10);
    expect((await post(`/matchmake/joinById/${t.code}`, '{}')).status).toBe(429);
    await Promise.all(students.map((s) => s.room.leave()));
    await t.room.leave();
  });
});
