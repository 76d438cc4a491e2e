// Scale-out with Redis: two server processes share the rooms through Colyseus's Redis presence and
// driver; a student who reaches process B joins a room held by process A. Uses a real redis-server
// (REDIS_URL if set, else Debian's redis-server started here on a free loopback port).

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Client } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../free-port.ts';
import { EPISODE, inbox, seatsOf, until } from './helpers.ts';

const hasRedis = Boolean(process.env.REDIS_URL) || spawnSync('redis-server', ['--version']).status === 0;
const children: ChildProcess[] = [];

function waitFor(child: ChildProcess, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const t = setTimeout(() => reject(new Error(`no '${text}' from a child process: ${seen}`)), 30_000);
    const on = (b: Buffer) => {
      seen += b.toString();
      if (seen.includes(text)) {
        clearTimeout(t);
        resolve();
      }
    };
    child.stdout?.on('data', on);
    child.stderr?.on('data', (b: Buffer) => (seen += b.toString()));
  });
}

let redisUrl = process.env.REDIS_URL ?? '';
const ports: number[] = [];

beforeAll(async () => {
  if (!hasRedis) return;
  if (!redisUrl) {
    const port = await freePort();
    const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'pipe',
    });
    children.push(redis);
    await waitFor(redis, 'Ready to accept connections');
    redisUrl = `redis://127.0.0.1:${port}`;
  }
  const script = fileURLToPath(new URL('./redis-process.ts', import.meta.url));
  for (let i = 0; i < 2; i++) {
    const port = await freePort();
    ports.push(port);
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      env: { ...process.env, REDIS_URL: redisUrl, TP_PORT: String(port), TP_QUIET: '1' },
      stdio: 'pipe',
    });
    children.push(child);
    await waitFor(child, 'ready');
  }
});
afterAll(() => {
  for (const c of children.reverse()) c.kill();
});

describe.skipIf(!hasRedis)('two processes and Redis', () => {
  it('a student who reaches process B joins the room process A holds, and votes in it', async () => {
    const portOf = (room: { connection: { transport: unknown } }) =>
      Number(new URL((room.connection.transport as { ws: { url: string } }).ws.url).port);
    const teacher = await new Client(`http://127.0.0.1:${ports[0]}`).create('class', { episode: EPISODE.id });
    const tbox = inbox(teacher);
    const { code, token } = (await tbox.next('host', 10_000)) as { code: string; token: string };
    // the matchmaker may place a new room on either process: A is the one holding it, B the other
    const a = portOf(teacher);
    const b = ports.find((p) => p !== a);
    expect(ports).toContain(a);
    const student = await new Client(`http://127.0.0.1:${b}`).joinById(code);
    const sbox = inbox(student);
    expect(await sbox.next('seat', 10_000)).toMatchObject({ seat: 's1' });
    // the student's socket went to A, where the room lives
    expect(portOf(student)).toBe(a);
    await until(() => Object.keys(seatsOf(tbox)).length === 1, 10_000);
    teacher.send('balance', { token });
    await sbox.next('card', 10_000);
    teacher.send('open', { token, decision: 'advice' });
    await until(() => student.state.open, 10_000);
    student.send('vote', { option: 'go' });
    await sbox.next('your-vote', 10_000);
    teacher.send('close', { token });
    await until(() => teacher.state.outcomes.has('advice'), 10_000);
    expect(JSON.parse(teacher.state.outcomes.get('advice') ?? '{}')).toMatchObject({ winner: 'go' });
    // a wrong code is refused through B as well
    await expect(new Client(`http://127.0.0.1:${b}`).joinById('CCCCCC')).rejects.toThrow();
    await student.leave();
    await teacher.leave();
  });
});
