// npx tsx scripts/trace-choice.ts [N]   where the frame after a choice goes: plays N non-decision
// choices of the built game (dist/, or TP_DIST) in headless Chromium with the CPU throttled 4x, under a
// performance trace and a JS profile, and prints the main thread's time by kind of work (script,
// style, layout, paint, ...) and the functions that cost most. For finding work, not for figures:
// npm run bench gives the figures. TRACE_INIT=file.js adds a script to the page before it loads (an experiment:
// a style that hides a part, say), with the page's CSP bypassed so that it may.

import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { launch } from '../tests/browser/chromium.ts';

/** The bench's own probe marks each choice's input and the end of the frame that shows its text. */
const PROBE = readFileSync(new URL('./bench/stage-probe.js', import.meta.url), 'utf8');
const MARKS = `(() => {
  const b = window.__tpBench;
  const push = b.choiceMs.push.bind(b.choiceMs);
  let start = 0;
  addEventListener('keydown', () => { start = performance.now(); performance.mark('tp-input'); }, true);
  b.choiceMs.push = (ms) => { performance.mark('tp-shown'); return push(ms); };
})()`;

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = process.env.TP_DIST?.startsWith('/') ? process.env.TP_DIST : join(ROOT, process.env.TP_DIST ?? 'dist');
const N = Number(process.argv[2] ?? 12);
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  ts: number;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
}
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

async function main(): Promise<void> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const full = normalize(join(DIST, path.endsWith('/') ? `${path}index.html` : path));
    if (!full.startsWith(DIST) || !existsSync(full) || !statSync(full).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(full)] ?? 'application/octet-stream' }).end(readFileSync(full));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.address();
  const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/`;
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: !!process.env.TRACE_INIT });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(PROBE);
    if (process.env.TRACE_INIT) await page.addInitScript(readFileSync(process.env.TRACE_INIT, 'utf8'));
    // the bare page brings its new text into view, as the bench's yardstick does
    await page.goto(process.env.TRACE_BARE ? `${url}?scroll` : url);
    // the bare ink page (a folder with scripts/bench/baseline.html as index.html) has no ready flag
    if (process.env.TRACE_BARE) await page.waitForSelector('#choices button');
    else await page.waitForFunction(() => (window as unknown as { __tpReady?: boolean }).__tpReady === true, null, { timeout: 60_000 });
    if (!process.env.TRACE_BARE) await page.waitForSelector('#stage[data-ready="true"]', { timeout: 60_000 }).catch(() => undefined);
    await page.waitForTimeout(1500);
    await page.evaluate(MARKS);
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'disabled-by-default-devtools.timeline.stack',
        'blink.user_timing',
        'v8',
        ...(process.env.TRACE_INVALIDATIONS ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : []),
      ],
    });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.TRACE_SAMPLE_US ?? 200) });
    await cdp.send('Profiler.start');
    let played = 0;
    for (let i = 0; i < N * 3 && played < N; i++) {
      if (await page.$('dialog[open]')) {
        await page.keyboard.press('Escape');
        await page.waitForTimeout(300);
        continue;
      }
      const decision = await page.$('#choices button[data-option]');
      // paced as the bench paces (scripts/bench.ts IDLE): the key lands on a still page
      await page.evaluate('new Promise((r) => setTimeout(() => requestIdleCallback(() => r(0), { timeout: 3000 }), 200))');
      await page.keyboard.press('1');
      await page.waitForTimeout(decision ? 800 : 700);
      if (!decision) played++;
    }
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: (ProfileNode & { children?: number[] })[]; samples: number[]; timeDeltas: number[]; startTime: number };
    };
    const traceBuf = await browser.stopTracing();
    if (process.env.TRACE_SAVE) (await import('node:fs')).writeFileSync(process.env.TRACE_SAVE, traceBuf);
    const trace = JSON.parse(traceBuf.toString('utf8')) as { traceEvents: TraceEvent[] };
    const events = trace.traceEvents;
    const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const onMain = events.filter((e) => e.ph === 'X' && main && e.tid === main.tid && e.pid === main.pid && (e.dur ?? 0) > 0);
    // the windows from a choice's input to the end of the frame that shows its text
    const marks = events.filter((e) => e.name === 'tp-input' || e.name === 'tp-shown').sort((a, b) => a.ts - b.ts);
    const windows: [number, number][] = [];
    let open: number | null = null;
    for (const m of marks) {
      if (m.name === 'tp-input') open = m.ts;
      else if (open !== null) {
        windows.push([open, m.ts]);
        open = null;
      }
    }
    const inWindow = (e: TraceEvent) => windows.some(([a, b]) => e.ts >= a && e.ts < b);
    const byName = new Map<string, number>();
    for (const e of onMain.filter(inWindow)) byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0));
    const wall = windows.reduce((s, [a, b]) => s + (b - a), 0);
    console.log(
      `${windows.length} choices measured (CPU 4x): input -> text shown, mean ${(wall / 1000 / Math.max(1, windows.length)).toFixed(1)} ms`,
    );
    console.log('main-thread trace events inside those windows, mean per choice (nested events overlap):');
    for (const [name, us] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 22))
      console.log(`  ${(us / 1000 / Math.max(1, windows.length)).toFixed(1).padStart(7)} ms  ${name}`);
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const label = (n: ProfileNode) =>
      `${n.callFrame.functionName || '(anonymous)'}  ${n.callFrame.url.split('/').pop() ?? ''}:${n.callFrame.lineNumber}`;
    let t = profile.startTime;
    profile.samples.forEach((id, i) => {
      const dt = profile.timeDeltas[i] ?? 0;
      t += dt;
      if (!windows.some(([a, b]) => t >= a && t < b)) return;
      const n = nodes.get(id);
      if (!n) return;
      self.set(label(n), (self.get(label(n)) ?? 0) + dt);
      const seen = new Set<string>();
      for (let p: number | undefined = id; p !== undefined; p = parent.get(p)) {
        const pn = nodes.get(p);
        if (!pn || !pn.callFrame.url) continue;
        const k = label(pn);
        if (seen.has(k)) continue;
        seen.add(k);
        total.set(k, (total.get(k) ?? 0) + dt);
      }
    });
    if (process.env.TRACE_FRAMES) {
      // each window's main-thread events in order (offset from the input, duration), nested ones indented
      const kinds = new Set([
        'RunTask',
        'FunctionCall',
        'EventDispatch',
        'UpdateLayoutTree',
        'Layout',
        'PrePaint',
        'Paint',
        'Commit',
        'Layerize',
        'FireAnimationFrame',
        'TimerFire',
        'RunMicrotasks',
        'HitTest',
        'ScrollLayer',
        'MajorGC',
        'MinorGC',
        'BeginMainThreadFrame',
        'UpdateLayer',
        'IntersectionObserverController::computeIntersections',
        'ParseAuthorStyleSheet',
        'InvalidateLayout',
        'ScheduleStyleRecalculation',
        'RecalculateStyles',
      ]);
      for (const [a, b] of windows.slice(0, Number(process.env.TRACE_FRAMES))) {
        console.log(`window ${((b - a) / 1000).toFixed(1)} ms`);
        const evs = onMain
          .filter((e) => e.ts >= a && e.ts < b && kinds.has(e.name) && (e.dur ?? 0) >= 300)
          .sort((x, y) => x.ts - y.ts || (y.dur ?? 0) - (x.dur ?? 0));
        const stack: TraceEvent[] = [];
        for (const e of evs) {
          while (stack.length && stack.at(-1)!.ts + (stack.at(-1)!.dur ?? 0) <= e.ts) stack.pop();
          const fn = e.args?.data?.functionName ? ` ${e.args.data.functionName}` : '';
          console.log(
            `  ${((e.ts - a) / 1000).toFixed(1).padStart(6)} ${' '.repeat(stack.length * 2)}${e.name}${fn} ${((e.dur ?? 0) / 1000).toFixed(1)}`,
          );
          stack.push(e);
        }
      }
    }
    const per = (us: number) => `${(us / 1000 / Math.max(1, windows.length)).toFixed(1).padStart(7)} ms`;
    console.log('JS inside those windows, self time per choice:');
    for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 16)) console.log(`  ${per(us)}  ${k}`);
    console.log('JS inside those windows, total time (with callees) per choice, the game’s own functions:');
    for (const [k, us] of [...total].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TRACE_TOP ?? 30)))
      console.log(`  ${per(us)}  ${k}`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
