// Starts a real room server (in this process, on a free loopback port) with a small catalogue, and
// gives tests colyseus.js clients and raw HTTP/WebSocket access to it.

import { request } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, type Room } from 'colyseus.js';
import type { LiveEpisode, SeatView } from '../../src/core/live.ts';
import { setQuiet } from '../../src/server/log.ts';
import { startLiveServer, type LiveServer, type LiveServerOptions } from '../../src/server/server.ts';

const role = (id: string, name: string, wants: Record<string, string>) => ({
  id,
  name,
  people: [],
  who: `${name}, who`,
  goals: [`${name} goal`],
  fears: [`${name} fear`],
  knew: [`${name} knew`],
  wants,
  aims: Object.fromEntries(Object.entries(wants).map(([d, o]) => [d, `${name} wants ${o}`])),
  swing: false,
});

/** One episode: a congress of 10 seats (majority 6, minority 4) voting on 'rule' between 'narrow' and 'broad'. */
export const EPISODE: LiveEpisode = {
  id: 'congress',
  title: 'The congress',
  roles: [role('majority', 'Majority', { rule: 'narrow' }), role('minority', 'Minority', { rule: 'broad' })],
  decisions: {
    rule: {
      options: ['narrow', 'broad'],
      body: { name: 'The congress', seats: { majority: 6, minority: 4 }, options: ['narrow', 'broad'], onTie: 'broad' },
      title: 'The rule',
      labels: { narrow: 'A narrow rule', broad: 'A broad rule' },
      voices: [{ id: '0', who: 'martov', label: 'Martov', speech: 'The party should be open.', quote: null }],
    },
    advice: { options: ['go', 'stay'], body: null, title: 'Advice', labels: { go: 'Go', stay: 'Stay' }, voices: [] },
  },
};

export async function startTestServer(extra: Partial<LiveServerOptions> = {}): Promise<{ server: LiveServer; url: string; dist: string }> {
  setQuiet(true);
  const dist = mkdtempSync(join(tmpdir(), 'tp-dist-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>game</title>');
  writeFileSync(join(dist, 'join.html'), '<!doctype html><title>join</title>');
  const server = await startLiveServer({
    dist,
    port: 0,
    catalogue: new Map([[EPISODE.id, EPISODE]]),
    // the tests open many rooms from one address
    createLimit: { burst: 1000, perSecond: 100 },
    joinLimit: { burst: 1000, perSecond: 100 },
    ...extra,
  });
  return { server, url: `http://127.0.0.1:${server.port}`, dist };
}

/** A page's private messages, collected as they arrive. */
export interface Inbox {
  all: { type: string; body: Record<string, unknown> }[];
  /** waits for the next message of this type (or one already here and not yet taken) */
  next(type: string, ms?: number): Promise<Record<string, unknown>>;
  /** the last message of this type, if any */
  latest(type: string): Record<string, unknown> | undefined;
}

/** The seats as the teacher last heard of them (a private 'seats' message). */
export function seatsOf(box: Inbox): Record<string, SeatView> {
  return (box.latest('seats')?.seats ?? {}) as Record<string, SeatView>;
}

export function inbox(room: Room): Inbox {
  const all: Inbox['all'] = [];
  const taken = new Set<number>();
  const waiters: { type: string; resolve: (b: Record<string, unknown>) => void }[] = [];
  room.onMessage('*', (type, body) => {
    const m = { type: String(type), body: body as Record<string, unknown> };
    all.push(m);
    const w = waiters.findIndex((x) => x.type === m.type);
    if (w >= 0) {
      taken.add(all.length - 1);
      waiters.splice(w, 1)[0]?.resolve(m.body);
    }
  });
  return {
    all,
    latest: (type) => [...all].reverse().find((m) => m.type === type)?.body,
    next(type, ms = 3000) {
      const i = all.findIndex((m, k) => m.type === type && !taken.has(k));
      if (i >= 0) {
        taken.add(i);
        return Promise.resolve(all[i]?.body ?? {});
      }
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`no '${type}' message`)), ms);
        waiters.push({ type, resolve: (b) => (clearTimeout(t), resolve(b)) });
      });
    },
  };
}

/** Waits until `check` holds (state patches arrive asynchronously). */
export async function until(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

export async function openRoom(url: string): Promise<{ client: Client; room: Room; box: Inbox; token: string; code: string }> {
  const client = new Client(url);
  const room = await client.create('class', { episode: EPISODE.id });
  const box = inbox(room);
  const host = await box.next('host');
  return { client, room, box, token: String(host.token), code: String(host.code) };
}

export async function joinRoom(url: string, code: string): Promise<{ client: Client; room: Room; box: Inbox; seat: string }> {
  const client = new Client(url);
  const room = await client.joinById(code);
  const box = inbox(room);
  const seat = await box.next('seat');
  return { client, room, box, seat: String(seat.seat) };
}

/** A POST to the matchmaker as a page would send it. */
export function post(
  port: number,
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
