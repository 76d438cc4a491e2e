// npm run bench:rooms: a load bench of the live rooms on loopback, bounded in time.
// 100 rooms of one teacher and 30 students; every room opens a vote at the same moment, five rounds.
// Prints failed joins, vote open → every phone and last vote → the projector's full tally (p50, p99),
// the server's memory, and how long until every seat is back after 30% of the sockets are cut.
// The server runs in a child process (so its memory is its own); the swarm of clients runs here.

import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { Client, type Room } from 'colyseus.js';

const ROOMS = Number(process.env.BENCH_ROOMS ?? 100);
const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 30);
const ROUNDS = 5;
const CUT = 0.3;
const LIMIT_MS = 240_000;
const EPISODE = '1903';
const GOALS = { p99: 500, memoryMiB: 250, backS: 15 };

interface RoomLike {
  state: {
    open: boolean;
    decision: string;
    options: { length: number; [i: number]: string };
    outcomes: { has(k: string): boolean };
  };
}

// --- the server, in a child process ---------------------------------------------------------
if (process.argv[2] === '--server') {
  const { compileStory, loadClassroom, loadContent } = await import('./content.ts');
  const { liveCatalogue } = await import('../src/core/live.ts');
  const { startLiveServer } = await import('../src/server/server.ts');
  const { setQuiet } = await import('../src/server/log.ts');
  setQuiet(true);
  const content = loadContent();
  const json = compileStory().json;
  if (json === null) throw new Error('story does not compile');
  const server = await startLiveServer({
    dist: distDir(),
    port: 0,
    catalogue: liveCatalogue(loadClassroom(content, json).episodes, content.decisions, content.record),
    // one address opens every room here
    createLimit: { burst: 10_000, perSecond: 1000 },
    joinLimit: { burst: 10_000, perSecond: 1000 },
  });
  process.on('message', (m) => {
    if (m === 'memory') {
      global.gc?.();
      process.send?.({ rss: process.memoryUsage().rss });
    }
  });
  process.send?.({ port: server.port });
} else {
  await bench();
}

/** The build to serve and measure (TP_DIST, as for npm run build). */
function distDir(): string {
  return fileURLToPath(new URL(`../${process.env.TP_DIST ?? 'dist'}`, import.meta.url));
}

/** Bytes (gzip) the student's page needs before its join form works: the page, its scripts and its CSS. */
function joinPageBytes(dist: string): number | null {
  const page = `${dist}/join.html`;
  if (!existsSync(page)) return null;
  const html = readFileSync(page);
  const files = [...html.toString().matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  return [html, ...files.map((f) => readFileSync(`${dist}/${f}`))].reduce((n, b) => n + gzipSync(b).length, 0);
}

function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

function until(check: () => boolean, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const end = Date.now() + ms;
    const tick = () => {
      if (check()) return resolve(true);
      if (Date.now() > end) return resolve(false);
      setTimeout(tick, 5);
    };
    tick();
  });
}

/** Runs `jobs` with at most `n` at a time. */
async function pool<T>(jobs: (() => Promise<T>)[], n: number): Promise<T[]> {
  const out: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < jobs.length) {
        const i = next++;
        out[i] = await jobs[i]!();
      }
    }),
  );
  return out;
}

async function bench(): Promise<void> {
  const started = Date.now();
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--server'], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const deadline = setTimeout(() => {
    console.log(`bench:rooms stopped: it ran past ${LIMIT_MS / 1000} s`);
    child.kill();
    process.exit(2);
  }, LIMIT_MS);
  const port = await new Promise<number>((resolve) => child.on('message', (m: { port?: number }) => m.port && resolve(m.port)));
  const url = `http://127.0.0.1:${port}`;
  const memory = () =>
    new Promise<number>((resolve) => {
      const on = (m: { rss?: number }) => {
        if (m.rss) {
          child.off('message', on);
          resolve(m.rss);
        }
      };
      child.on('message', on);
      child.send('memory');
    });

  // join: teachers create, then students join by code, 200 at a time
  let failed = 0;
  const teachers = await pool(
    Array.from({ length: ROOMS }, () => async () => {
      const room = await new Client(url).create('class', { episode: EPISODE });
      const seats: { now: Record<string, { connected: boolean; voted: boolean }> } = { now: {} };
      room.onMessage('seats', (m: { seats: typeof seats.now }) => (seats.now = m.seats));
      const host = await new Promise<{ token: string; code: string }>((r) => room.onMessage('host', r));
      room.onMessage('reasons', () => undefined);
      return { room, seats, ...host };
    }),
    20,
  );
  const students: { room: Room; client: Client; teacher: number; sent: number }[] = [];
  await pool(
    teachers.flatMap((t, ti) =>
      Array.from({ length: STUDENTS }, () => async () => {
        try {
          const client = new Client(url);
          const room = await client.joinById(t.code);
          room.onMessage('*', () => undefined);
          students.push({ room, client, teacher: ti, sent: 0 });
        } catch {
          failed++;
        }
      }),
    ),
    200,
  );
  const joinedAt = Date.now();
  for (const t of teachers) t.room.send('balance', { token: t.token });
  await until(() => teachers.every((t) => Object.keys(t.seats.now).length === STUDENTS), 10_000);

  const decisions = ['DP04-bund', 'DP04a', 'DP04b', 'DP04c', 'DP04d'].slice(0, ROUNDS);
  const toPhones: number[] = [];
  const toTally: number[] = [];
  for (const d of decisions) {
    const seen = new Map<Room, number>();
    const waiting = students.map(
      (s) =>
        new Promise<void>((resolve) => {
          const st = (s.room as unknown as RoomLike).state;
          const check = () => {
            if (st.open && st.decision === d) {
              seen.set(s.room, Date.now());
              // a student takes a moment, then votes for one of the options
              setTimeout(() => {
                s.sent = Date.now();
                s.room.send('vote', { option: st.options[Math.floor(Math.random() * st.options.length)] ?? '', reason: 'because' });
                resolve();
              }, Math.random() * 300);
              return true;
            }
            return false;
          };
          if (!check()) {
            const off = s.room.onStateChange(() => {
              if (check()) off.clear();
            });
          }
        }),
    );
    const t0 = Date.now();
    for (const t of teachers) t.room.send('open', { token: t.token, decision: d, seconds: 120 });
    await Promise.race([Promise.all(waiting), new Promise((r) => setTimeout(r, 20_000))]);
    for (const [ti] of teachers.entries()) {
      const times = students.filter((s) => s.teacher === ti).map((s) => seen.get(s.room) ?? Infinity);
      toPhones.push(Math.max(...times) - t0);
    }
    // each projector closes the vote as soon as every seat has voted, and waits for the tally
    await Promise.all(
      teachers.map(async (t, ti) => {
        const st = t.room.state as unknown as RoomLike['state'];
        const all = () => Object.values(t.seats.now).filter((s) => s.voted).length === STUDENTS;
        if (!(await until(all, 15_000))) return;
        t.room.send('close', { token: t.token });
        if (!(await until(() => st.outcomes.has(d), 15_000))) return;
        const last = Math.max(...students.filter((s) => s.teacher === ti).map((s) => s.sent));
        toTally.push(Date.now() - last);
      }),
    );
  }
  const rss = await memory();

  // cut 30% of the sockets, as a school's Wi-Fi might, and bring them back
  const cut = students.filter(() => Math.random() < CUT);
  const cutAt = Date.now();
  const back = cut.map(async (s) => {
    const token = s.room.reconnectionToken;
    s.room.connection.close();
    await new Promise((r) => setTimeout(r, 200 + Math.random() * 800));
    for (let attempt = 0; attempt < 10; attempt++) {
      try {
        s.room = await s.client.reconnect(token);
        s.room.onMessage('*', () => undefined);
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  });
  await Promise.all(back);
  const everyone = await until(
    () => teachers.every((t) => Object.values(t.seats.now).filter((s) => s.connected).length === STUDENTS),
    30_000,
  );
  const backS = (Date.now() - cutAt) / 1000;

  const ms = (x: number) => `${Math.round(x)} ms`;
  const joinBytes = joinPageBytes(distDir());
  const mib = rss / 2 ** 20;
  const rows: [string, string, boolean][] = [
    ['rooms × (teacher + students)', `${ROOMS} × (1 + ${STUDENTS}) = ${ROOMS * (STUDENTS + 1)} sockets, ${decisions.length} rounds`, true],
    ['failed joins', String(failed), failed === 0],
    ['vote open → every phone p50', ms(quantile(toPhones, 0.5)), true],
    ['vote open → every phone p99', ms(quantile(toPhones, 0.99)), quantile(toPhones, 0.99) < GOALS.p99],
    ['last vote → full tally p50', ms(quantile(toTally, 0.5)), true],
    [
      'last vote → full tally p99',
      ms(quantile(toTally, 0.99)),
      toTally.length === ROOMS * decisions.length && quantile(toTally, 0.99) < GOALS.p99,
    ],
    ['server memory (RSS, after the rounds)', `${mib.toFixed(0)} MiB`, mib < GOALS.memoryMiB],
    [
      `every seat back after cutting ${cut.length} sockets`,
      everyone ? `${backS.toFixed(1)} s` : 'not all back',
      everyone && backS < GOALS.backS,
    ],
    [
      'student page before the join form (gzip)',
      joinBytes === null ? 'dist/join.html missing: npm run build' : `${(joinBytes / 1024).toFixed(1)} KB`,
      joinBytes !== null && joinBytes <= 60 * 1024,
    ],
    ['joins took', `${((joinedAt - started) / 1000).toFixed(1)} s (server start included)`, true],
  ];
  for (const [what, value, ok] of rows) console.log(`${ok ? ' ' : '✗'} ${what.padEnd(42)} ${value}`);
  console.log(
    `goals: no failed join, both p99 under ${GOALS.p99} ms, memory under ${GOALS.memoryMiB} MiB, seats back within ${GOALS.backS} s`,
  );
  clearTimeout(deadline);
  for (const t of teachers) void t.room.leave();
  child.kill();
  process.exit(rows.every(([, , ok]) => ok) ? 0 : 1);
}
