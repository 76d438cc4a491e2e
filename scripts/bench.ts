// npm run bench: bytes and time to the first clickable choice in headless Chromium with the CPU
// throttled 4x, for the game and for a bare ink page playing the same story; then, with the whole
// stage in place, a full playthrough: bytes before audio, choice latency, frame rate during the
// stage's wipes between places, heap after the playthrough and over 20 restarts.
// Prints figures with their goals; asserts nothing (exit 1 only if something crashes).

import { createServer, type Server } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launch } from '../tests/browser/chromium.ts';
import { compileStory, loadContent } from './content.ts';
import { Session } from '../src/core/session.ts';
import { escapeHtml } from '../src/ui/prerender.ts';
import { lineText, type Table } from '../src/core/i18n.ts';
import { loadLanguage } from './i18n-lib.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, process.env.TP_DIST ?? 'dist');
// 15: a cold page load at 4x swings by 2-4x from run to run (the static page's own first choice: 42-214 ms)
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const CPU = 4;
const RESTARTS = 20;
/**
 * Rounds of the choice latency: in each, a playthrough of the game, then the bare page taking the same
 * choices, so drift over the run (this machine's timings wander by half over an hour) falls on both
 * sides alike; the samples of all rounds are pooled (2 rounds: 74 choices a side, the p95 from the 4th slowest).
 */
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 2));
/** BENCH_ONLY=latency: only the choice latency, game and bare page side by side (for quick comparisons) */
const ONLY_LATENCY = process.env.BENCH_ONLY === 'latency';
/** BENCH_ONLY=first: only the first clickable choice, game, bare page and static page side by side */
const ONLY_FIRST = process.env.BENCH_ONLY === 'first';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.webmanifest': 'application/manifest+json',
};

/** One response the bench's server sent: the page and its service worker both fetch through it. */
interface Served {
  path: string;
  bytes: number;
}

/** A static host that gzips like a real one, so both pages pay the same transfer costs. */
function serve(files: (path: string) => Buffer | null, log?: Served[]): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const body = files(path.endsWith('/') ? `${path}index.html` : path);
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(path.endsWith('/') ? 'index.html' : path)] ?? 'application/octet-stream';
    const zip = /text|javascript|json|svg/.test(type);
    res.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-store',
      ...(zip ? { 'content-encoding': 'gzip' } : {}),
    });
    const sent = zip ? gzipSync(body, { level: 9 }) : body;
    log?.push({ path, bytes: sent.length });
    res.end(sent);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}/` });
    }),
  );
}

function fromDir(dir: string) {
  return (path: string): Buffer | null => {
    const full = normalize(join(dir, path));
    if (!full.startsWith(dir) || !existsSync(full) || !statSync(full).isFile()) return null;
    return readFileSync(full);
  };
}

interface Run {
  firstChoiceMs: number;
  bytesBeforeChoice: number;
  readyMs: number | null;
  bytesBeforeReady: number | null;
  totalBytes: number;
}

/** Notes the moment a choice button first exists (the parser or a script may add it). */
const PROBE = `
  (() => {
    const mark = () => {
      if (window.__firstChoice === undefined && document.querySelector('#choices button')) {
        window.__firstChoice = performance.now();
      }
    };
    new MutationObserver(mark).observe(document, { childList: true, subtree: true });
  })();
`;

const MEASURE = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const res = performance.getEntriesByType('resource');
  const all = [{ end: nav.responseEnd, bytes: nav.encodedBodySize }].concat(res.map(e => ({ end: e.responseEnd, bytes: e.encodedBodySize })));
  const before = t => all.filter(e => e.end <= t).reduce((s, e) => s + e.bytes, 0);
  const ready = window.__tpReadyAt;
  return {
    firstChoiceMs: window.__firstChoice,
    bytesBeforeChoice: before(window.__firstChoice),
    readyMs: ready === undefined ? null : ready,
    bytesBeforeReady: ready === undefined ? null : before(ready),
    totalBytes: before(Infinity),
    detail: JSON.stringify({ respEnd: Math.round(nav.responseEnd), domInteractive: Math.round(nav.domInteractive), res: res.map(e => [e.name.slice(-22), Math.round(e.responseEnd), e.encodedBodySize]) }),
  };
})()`;

async function measure(browser: Browser, url: string, waitFull: string | null, locale = 'en-US'): Promise<Run> {
  // bypassCSP: the bench reads the page with string expressions (eval), which the game's own CSP refuses
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true, locale });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.addInitScript(PROBE);
  await page.goto(url, { waitUntil: 'commit' });
  // Waited for through the DevTools protocol, not Playwright's waitForFunction or waitForSelector: those
  // first evaluate Playwright's own helper script in the page (about 40 ms at 4x), which lands between two
  // slices of the HTML parser on a page long enough to be parsed in two, and was counted as the page's.
  await until(cdp, 'window.__firstChoice !== undefined');
  await until(cdp, waitFull ? `!!document.querySelector(${JSON.stringify(waitFull)})` : "document.readyState === 'complete'");
  // A string, not a function: tsx would wrap a function's inner helpers in __name(), unknown in the page.
  const r = (await page.evaluate(MEASURE)) as Run;
  if (process.env.BENCH_DEBUG) console.log(url, r);
  await context.close();
  return r;
}

/** Polls an expression in the page every 25 ms through the DevTools protocol (no helper script in the page). */
async function until(cdp: CDPSession, expression: string, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const r = (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })) as { result: { value?: unknown } };
    if (r.result.value === true) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((res) => setTimeout(res, 25));
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const ms = (t: number) => `${t.toFixed(0)} ms`;

const STAGE_PROBE = readFileSync(join(ROOT, 'scripts/bench/stage-probe.js'), 'utf8');

/** Percentile by nearest rank (p in 0..100). */
const percentile = (xs: number[], p: number) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};
/** The latency figures the bench prints for each page: the median and the 95th percentile. */
const QUANTILES = [
  ['median', median],
  ['p95', (xs: number[]) => percentile(xs, 95)],
] as const;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;

/** One choice the game took: ink's index of the choice, and whether it was a decision (measured apart). */
interface Step {
  index: number;
  decision: boolean;
}

interface Playthrough {
  steps: number;
  /** the choices taken, in order: the bare page replays them (see barePlaythrough) */
  path: Step[];
  ending: string | null;
  choiceMs: number[];
  /** input -> the new text painted on screen, as the browser reports it (Element Timing: its frame's presentation) */
  paintMs: number[];
  /** input -> the new paragraph in the DOM (before the frame that shows it) */
  choiceDomMs: number[];
  decisionMs: number[];
  /** frames per second in each ~400 ms window after a place change */
  fps: number[];
  placeChanges: number;
  /** keydown/click events Event Timing reported as 16 ms or longer (input to next paint) */
  slowEvents: number[];
  bytesNoAudio: number;
  filesNoAudio: number;
  bytesAudio: number;
  /** each autosave: serialising and writing one turn's save, and its size */
  saves: { ms: number; bytes: number }[];
  /** each choice played ahead in idle time, its text built with it (one idle callback each) */
  aheadMs: number[];
}

/** The bench's own view of the page's state, read as plain strings (tsx would wrap functions in __name()). */
const STATE = `(() => {
  const b = window.__tpBench;
  return {
    ending: document.querySelector('[data-ending]')?.getAttribute('data-ending') ?? null,
    dialog: !!document.querySelector('dialog[open]'),
    choices: [...document.querySelectorAll('#choices button[data-choice]')].map(x => ({ index: Number(x.getAttribute('data-choice')), option: x.getAttribute('data-option'), disabled: x.disabled })),
    measured: b.choiceMs.length + b.decisionMs.length,
    pending: b.pending !== null,
    sampling: b.sampling,
  };
})()`;
interface PageState {
  ending: string | null;
  dialog: boolean;
  choices: { index: number; option: string | null; disabled: boolean }[];
  measured: number;
  pending: boolean;
  sampling: boolean;
}
const state = (page: Page) => page.evaluate(STATE) as Promise<PageState>;

/**
 * Plays from the current turn: the record's option at decisions (closing each verdict with
 * Escape), the first choice elsewhere, by number keys. Waits out each measurement and each wipe
 * before the next key, so one measurement never overlaps another. Stops at the ending or after `max` choices.
 * Each choice taken is added to `path` (ink's index), for the bare page to take the same ones.
 */
async function playOn(page: Page, chosen: Map<string, string>, max: number, path: Step[] = []): Promise<number> {
  let steps = 0;
  for (; steps < max; steps++) {
    let s = await state(page);
    if (s.dialog) {
      await page.keyboard.press('Escape');
      await page.waitForFunction('!document.querySelector("dialog[open]")');
      s = await state(page);
    }
    if (s.ending || s.choices.length === 0) {
      await page.waitForSelector('[data-ending]', { timeout: 10_000 });
      break;
    }
    const options = s.choices.map((c) => c.option);
    const decision = options.some((o) => o !== null);
    let i = 0;
    if (decision) {
      const wanted = [...chosen.values()].find((o) => options.includes(o));
      i = Math.max(0, wanted ? options.indexOf(wanted) : 0);
    }
    await page.evaluate(IDLE);
    path.push({ index: s.choices[i]?.index ?? i, decision });
    await page.keyboard.press(String(i + 1));
    if (decision) {
      await page.waitForSelector('dialog[open] .verdict', { timeout: 30_000 });
      await page.waitForFunction(`window.__tpBench.decisionMs.length + window.__tpBench.choiceMs.length > ${s.measured}`);
      await page.keyboard.press('Escape');
      await page.waitForFunction('!document.querySelector("dialog[open]")');
    }
    // the next turn is on screen and measured, and any wipe's frames are sampled
    await page.waitForFunction(
      `(() => { const b = window.__tpBench; return !b.pending && !b.sampling && (document.querySelector('[data-ending]') || document.querySelector('#choices button[data-choice]:not([disabled])')); })()`,
      null,
      { timeout: 30_000 },
    );
  }
  return steps;
}

/**
 * A player reads before choosing: each key is pressed when the page has been still for a moment (200 ms,
 * then an idle period), on the game and on the bare page alike, so a measured choice never lands on the
 * previous one's leftover work (the stage's next picture, the sound, the cast list).
 */
const IDLE = `new Promise((r) => setTimeout(() => requestIdleCallback(() => r(0), { timeout: 3000 }), 200))`;

const RESULTS = `(() => {
  const b = window.__tpBench;
  const nav = performance.getEntriesByType('navigation')[0];
  const res = performance.getEntriesByType('resource');
  const audio = /\\.(ogg|mp3)(\\?|#|$)/i;
  const fps = b.windows.filter(w => w.stamps.length > 1).map(w => (w.stamps.length - 1) * 1000 / (w.stamps[w.stamps.length - 1] - w.stamps[0]));
  return {
    choiceMs: b.choiceMs, paintMs: b.paints.map(p => p.ms), choiceDomMs: b.choiceDomMs, decisionMs: b.decisionMs, fps, placeChanges: b.placeChanges, slowEvents: b.eventTiming, saves: b.saves, aheadMs: b.ahead,
    bytesNoAudio: nav.encodedBodySize + res.filter(e => !audio.test(e.name)).reduce((s, e) => s + e.encodedBodySize, 0),
    filesNoAudio: 1 + res.filter(e => !audio.test(e.name)).length,
    bytesAudio: res.filter(e => audio.test(e.name)).reduce((s, e) => s + e.encodedBodySize, 0),
  };
})()`;

async function stagePage(
  browser: Browser,
  url: string,
  cpu: number,
  noStage = false,
): Promise<{ page: Page; heap: () => Promise<number> }> {
  // bypassCSP: the bench reads the page with string expressions (eval), which the game's own CSP refuses
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  const cdp = await context.newCDPSession(page);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.addInitScript(STAGE_PROBE);
  // for comparison only: the same game with its Phaser chunk refused (the page plays on without a stage)
  if (noStage) await page.route(/\/phaser-[^/]*\.js$/, (r) => r.abort());
  await page.goto(url);
  await page.waitForFunction('window.__tpReady === true', null, { timeout: 60_000 });
  if (!noStage) await page.waitForSelector('#stage[data-ready="true"]', { timeout: 60_000 });
  await page.waitForTimeout(600); // the first wipe (blank stage to the first place) is over
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const h = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return h.usedSize;
  };
  return { page, heap };
}

/** A whole playthrough with the stage in place; the page is left open at the ending. */
async function playthrough(browser: Browser, url: string, cpu: number, chosen: Map<string, string>, noStage = false) {
  const { page, heap } = await stagePage(browser, url, cpu, noStage);
  const path: Step[] = [];
  const steps = await playOn(page, chosen, 500, path);
  const ending = await page.getAttribute('[data-ending]', 'data-ending').catch(() => null);
  await page.waitForTimeout(500);
  const r = (await page.evaluate(RESULTS)) as Omit<Playthrough, 'steps' | 'path' | 'ending'>;
  return { page, heap, result: { ...r, steps, path, ending } satisfies Playthrough };
}

/** Heap after the playthrough, then 20 restarts (confirm accepted), a few choices after each. */
async function restarts(page: Page, heap: () => Promise<number>, chosen: Map<string, string>, n: number) {
  page.on('dialog', (d) => void d.accept());
  const cycle = async () => {
    await page.click('#restart');
    await page.waitForFunction(
      '!document.querySelector("[data-ending]") && !!document.querySelector("#choices button[data-choice]:not([disabled])")',
    );
    await playOn(page, chosen, 6);
  };
  await cycle();
  const base = await heap();
  const after: number[] = [];
  for (let i = 0; i < n; i++) {
    await cycle();
    if (i % 5 === 4) after.push(await heap());
  }
  return { base, after };
}

/** The issue's yardstick for the first choice: a static page with the opening turn's text and one button. */
function staticPage(storyJson: string, table: Table | null = null): Buffer {
  const turn = new Session(storyJson, loadContent()).start();
  const paras = turn.lines.map((l) => `<p>${escapeHtml(lineText(l.ids, l.text, table))}</p>`).join('');
  const c = turn.choices[0];
  const first = c ? lineText(c.id ? [c.id] : [], c.text, table) : 'Go on';
  return Buffer.from(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Static</title></head><body><div id="story">${paras}</div><div id="choices"><button data-choice="0">${escapeHtml(first)}</button></div></body></html>`,
  );
}

/** Choice latency two ways: to the end of the frame carrying the text (the probe), and to its paint on screen (Element Timing). */
interface Latency {
  choiceMs: number[];
  paintMs: number[];
  /** input -> the new text in the DOM (the page's own script, before the frame) */
  choiceDomMs: number[];
}

/**
 * The bare ink page taking the game's own choices (`path`, by number keys: the bare page lists every
 * choice, so key n is ink's choice n-1), so that both read the same text. Every choice is measured; the
 * decisions, which the game measures apart (its verdict), are then left out, so the two sides cover the
 * same choices. The probe numbers each measured choice, and a paint is matched to its choice by number.
 */
async function barePlaythrough(browser: Browser, url: string, cpu: number, path: Step[]): Promise<Latency> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.addInitScript(STAGE_PROBE);
  await page.goto(url);
  await page.waitForSelector('#choices button[data-choice]');
  for (const [i, step] of path.entries()) {
    if (await page.$('[data-ending]')) break;
    if (!(await page.$(`#choices button[data-choice="${step.index}"]`)))
      throw new Error(`the bare page has no choice ${step.index + 1} at step ${i + 1}: it has left the game's path`);
    const before = (await page.evaluate('window.__tpBench.choiceMs.length')) as number;
    await page.evaluate(IDLE);
    await page.keyboard.press(String(step.index + 1));
    await page.waitForFunction(`window.__tpBench.choiceMs.length > ${before} || !!document.querySelector('[data-ending]')`, null, {
      timeout: 30_000,
    });
  }
  await page.waitForTimeout(300); // the last paint's report
  const all = (await page.evaluate(
    '({ choiceMs: window.__tpBench.choiceMs, choiceDomMs: window.__tpBench.choiceDomMs, paints: window.__tpBench.paints })',
  )) as {
    choiceMs: number[];
    choiceDomMs: number[];
    paints: { seq: number; ms: number }[];
  };
  await context.close();
  // measured choice k (1-based) is the path's step k-1
  const kept = (seq: number) => path[seq - 1]?.decision === false;
  return {
    choiceMs: all.choiceMs.filter((_, k) => kept(k + 1)),
    choiceDomMs: all.choiceDomMs.filter((_, k) => kept(k + 1)),
    paintMs: all.paints.filter((p) => kept(p.seq)).map((p) => p.ms),
  };
}

/** The choice latency of `ROUNDS` rounds, pooled; `first` is the first round's game playthrough. */
interface Rounds {
  first: Playthrough;
  game: Latency;
  shown: Latency;
  unseen: Latency;
  /** each round on its own (its ratios are printed too, to show the spread) */
  each: { game: Latency; shown: Latency }[];
}

const pool = (xs: Latency[]): Latency => ({
  choiceMs: xs.flatMap((x) => x.choiceMs),
  paintMs: xs.flatMap((x) => x.paintMs),
  choiceDomMs: xs.flatMap((x) => x.choiceDomMs),
});

/**
 * Rounds of: the game played on the historical path (number keys, history's option at decisions), then
 * the bare page taking the same choices and bringing its new text into view, as the game does. The bare
 * page not scrolling (its new text lands below the fold, unseen) is played once, for comparison.
 * `afterFirst` runs after the first game playthrough (the bench counts what it fetched).
 */
async function latencyRounds(
  browser: Browser,
  gameUrl: string,
  bareUrl: string,
  chosen: Map<string, string>,
  noStage: boolean,
  afterFirst: () => void = () => undefined,
): Promise<Rounds> {
  const each: { game: Latency; shown: Latency }[] = [];
  let first: Playthrough | null = null;
  for (let i = 0; i < ROUNDS; i++) {
    // each page is closed before the next one plays: nothing of it runs on beside the other
    const run = await playthrough(browser, gameUrl, CPU, chosen, noStage);
    await run.page.context().close();
    if (!first) {
      first = run.result;
      afterFirst();
    }
    const shown = await barePlaythrough(browser, `${bareUrl}?scroll`, CPU, run.result.path);
    each.push({ game: run.result, shown });
  }
  if (!first) throw new Error('no round was played');
  const unseen = await barePlaythrough(browser, bareUrl, CPU, first.path);
  return { first, game: pool(each.map((e) => e.game)), shown: pool(each.map((e) => e.shown)), unseen, each };
}

/**
 * The yardstick is the bare page bringing each new paragraph into view, as the game does: without the
 * scroll, after its first screen the bare page appends its text below the fold and paints nothing new.
 * "Painted" is the browser's own report of the frame that put the new text on screen (Element Timing);
 * "frame done" is the end of the main thread's work on that frame (the probe), which can come before the
 * frame is drawn (a page with nothing else to do) or after the next frame (a page still animating).
 */
function printLatency(r: Rounds): void {
  const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
  const { game: g, shown: b, unseen: u } = r;
  console.log(
    `choice -> next text shown (CPU ${CPU}x), ${r.each.length} round(s) of the same path on both pages, pooled: ${g.choiceMs.length} game / ${b.choiceMs.length} bare choices`,
  );
  console.log(`${''.padEnd(42)}game        bare ink page   ratio   (goal: 1.25 or less)`);
  for (const [what, gs, bs] of [
    ['painted', g.paintMs, b.paintMs],
    ['frame done', g.choiceMs, b.choiceMs],
  ] as const)
    for (const [label, q] of QUANTILES) {
      const [gv, bv] = [q(gs), q(bs)];
      console.log(`  ${`${label}, ${what}`.padEnd(40)}${`${f1(gv)} ms`.padEnd(12)}${`${f1(bv)} ms`.padEnd(16)}${(gv / bv).toFixed(2)}`);
    }
  console.log(
    `${''.padEnd(42)}each round, painted, median / p95 ratio: ${r.each
      .map(
        (e) =>
          `${(median(e.game.paintMs) / median(e.shown.paintMs)).toFixed(2)} / ${(percentile(e.game.paintMs, 95) / percentile(e.shown.paintMs, 95)).toFixed(2)}`,
      )
      .join(', ')}`,
  );
  console.log(
    `${''.padEnd(42)}input -> new text in the DOM: median ${f1(median(g.choiceDomMs))} ms, p95 ${f1(percentile(g.choiceDomMs, 95))} ms (bare page: ${f1(median(b.choiceDomMs))} ms, ${f1(percentile(b.choiceDomMs, 95))} ms)`,
  );
  for (const [label, q] of QUANTILES) {
    const [gv, uv] = [q(g.choiceMs), q(u.choiceMs)];
    console.log(`  ${`${label}, frame done, bare page not scrolling`.padEnd(50)}${`${f1(uv)} ms`.padEnd(12)}ratio ${(gv / uv).toFixed(2)}`);
  }
  console.log(
    `${''.padEnd(42)}(one round; not scrolling, the bare page paints its new text only ${u.paintMs.length} times in ${u.choiceMs.length}: the rest goes below the fold)`,
  );
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run npm run build');
  const story = compileStory();
  if (!story.json) throw new Error('the story does not compile');
  const storyJson = Buffer.from(story.json);
  const inkRuntime = readFileSync(join(ROOT, 'node_modules/inkjs/dist/ink.js'));
  const baselineHtml = readFileSync(join(ROOT, 'scripts/bench/baseline.html'));
  // Serve a copy of dist/: others may rebuild dist/ while the bench runs.
  const snapshot = mkdtempSync(join(tmpdir(), 'tp-bench-'));
  cpSync(DIST, snapshot, { recursive: true });
  const served: Served[] = [];
  const game = await serve(fromDir(snapshot), served);
  const bare = await serve((p) =>
    p === '/index.html' ? baselineHtml : p === '/ink.js' ? inkRuntime : p === '/story.json' ? storyJson : null,
  );
  const staticHtml = staticPage(story.json);
  const still = await serve((p) => (p === '/index.html' ? staticHtml : null));
  // the same yardstick in Russian: the game in a Russian browser against a static page of the Russian text
  const staticRu = staticPage(story.json, loadLanguage('ru'));
  const stillRu = await serve((p) => (p === '/index.html' ? staticRu : null));
  const browser = await launch();
  const games: Run[] = [];
  const bases: Run[] = [];
  const statics: Run[] = [];
  const gamesRu: Run[] = [];
  const staticsRu: Run[] = [];
  // assigned by the playthroughs below, which BENCH_ONLY=first skips (their figures are then not printed)
  let latency: Rounds | null = null;
  let unthrottled: Playthrough | null = null;
  let heapAfterPlay!: number;
  let wire!: Served[];
  let noStage: Playthrough | null = null;
  let growth!: { base: number; after: number[] };
  try {
    if (ONLY_LATENCY) {
      const chosen = new Map(loadContent().record.map((e) => [e.id, e.chosen]));
      // BENCH_NOSTAGE=1: the game with its Phaser chunk refused (what the stage costs)
      printLatency(await latencyRounds(browser, game.url, bare.url, chosen, !!process.env.BENCH_NOSTAGE));
      return;
    }
    // warm-up, not counted
    await measure(browser, game.url, '#stage[data-ready="true"]');
    await measure(browser, bare.url, null);
    await measure(browser, still.url, null);
    for (let i = 0; i < RUNS; i++) {
      // side by side: each game run next to a baseline run and a static page, under the same conditions
      games.push(await measure(browser, game.url, '#stage[data-ready="true"]'));
      bases.push(await measure(browser, bare.url, null));
      statics.push(await measure(browser, still.url, null));
      gamesRu.push(await measure(browser, game.url, '#stage[data-ready="true"]', 'ru-RU'));
      staticsRu.push(await measure(browser, stillRu.url, null, 'ru-RU'));
    }
    // With the whole stage in place: rounds of throttled playthroughs beside the bare page (latency; the
    // first one's bytes), one without the stage, one not throttled (frame rate, heap).
    if (!ONLY_FIRST) {
      const chosen = new Map(loadContent().record.map((e) => [e.id, e.chosen]));
      served.length = 0;
      latency = await latencyRounds(browser, game.url, bare.url, chosen, false, () => {
        wire = served.splice(0); // what the first playthrough fetched
      });
      const blind = await playthrough(browser, game.url, CPU, chosen, true);
      noStage = blind.result;
      await blind.page.context().close();
      const fast = await playthrough(browser, game.url, 1, chosen);
      unthrottled = fast.result;
      heapAfterPlay = await fast.heap();
      growth = await restarts(fast.page, fast.heap, chosen, RESTARTS);
      await fast.page.context().close();
    }
  } finally {
    await browser.close();
    game.server.close();
    rmSync(snapshot, { recursive: true, force: true });
    bare.server.close();
    still.server.close();
    stillRu.server.close();
  }
  const g = (k: keyof Run) => median(games.map((r) => Number(r[k] ?? 0)));
  const b = (k: keyof Run) => median(bases.map((r) => Number(r[k] ?? 0)));
  const st = (k: keyof Run) => median(statics.map((r) => Number(r[k] ?? 0)));
  const ratio = g('firstChoiceMs') / b('firstChoiceMs');
  const ratioStatic = g('firstChoiceMs') / st('firstChoiceMs');
  console.log(`Turning Points bench: headless Chromium, CPU throttled ${CPU}x, median of ${RUNS} runs each, gzip transfer sizes`);
  console.log('');
  console.log('                                   game        bare ink page   static page (text + one button)');
  console.log(
    `first clickable choice            ${ms(g('firstChoiceMs')).padEnd(12)}${ms(b('firstChoiceMs')).padEnd(16)}${ms(st('firstChoiceMs'))}`,
  );
  console.log(
    `gzip bytes before first choice    ${kb(g('bytesBeforeChoice')).padEnd(12)}${kb(b('bytesBeforeChoice')).padEnd(16)}${kb(st('bytesBeforeChoice'))}`,
  );
  console.log(`game script ready (choices live)  ${ms(g('readyMs')).padEnd(12)}-`);
  console.log(`gzip bytes before script ready    ${kb(g('bytesBeforeReady')).padEnd(12)}-`);
  console.log(`gzip bytes in all (stage drawn)   ${kb(g('totalBytes')).padEnd(12)}${kb(b('totalBytes'))}`);
  console.log('');
  console.log(`ratio game/static, first choice   ${ratioStatic.toFixed(2)}   (goal: 2.0 or less)`);
  console.log(`ratio game/bare, first choice     ${ratio.toFixed(2)}   (goal: 1.0 or less)`);
  console.log(`before first choice               ${kb(g('bytesBeforeChoice'))}   (goal: 150 KB or less)`);
  console.log(`runs (game first choice, ms)      ${games.map((r) => r.firstChoiceMs.toFixed(0)).join(' ')}`);
  console.log(`runs (bare first choice, ms)      ${bases.map((r) => r.firstChoiceMs.toFixed(0)).join(' ')}`);
  console.log(`runs (static first choice, ms)    ${statics.map((r) => r.firstChoiceMs.toFixed(0)).join(' ')}`);
  const gr = (k: keyof Run) => median(gamesRu.map((r) => Number(r[k] ?? 0)));
  const sr = (k: keyof Run) => median(staticsRu.map((r) => Number(r[k] ?? 0)));
  if (gamesRu.length > 0) {
    console.log('');
    console.log('In Russian (a ru-RU browser: the prerendered Russian first screen; the static page holds the Russian text)');
    console.log(`first clickable choice            ${ms(gr('firstChoiceMs')).padEnd(12)}static ${ms(sr('firstChoiceMs'))}`);
    console.log(`gzip bytes before first choice    ${kb(gr('bytesBeforeChoice')).padEnd(12)}static ${kb(sr('bytesBeforeChoice'))}`);
    console.log(`game script ready (choices live)  ${ms(gr('readyMs'))}`);
    console.log(`ratio game/static, first choice   ${(gr('firstChoiceMs') / sr('firstChoiceMs')).toFixed(2)}   (goal: 2.0 or less)`);
    console.log(`runs (game first choice, ms)      ${gamesRu.map((r) => r.firstChoiceMs.toFixed(0)).join(' ')}`);
  }
  if (!latency || !unthrottled) return;
  const t = latency.first;
  const u = unthrottled;
  const last = growth.after.at(-1) ?? NaN;
  const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
  const line = (label: string, value: string, goal: string) => console.log(`${label.padEnd(42)}${value.padEnd(12)}(goal: ${goal})`);
  console.log('');
  console.log('With the whole stage in place: a playthrough of the historical path at 1366x768, by number keys');
  console.log(
    `(throttled run: CPU ${CPU}x, ${t.steps} choices to ending "${t.ending}"; unthrottled run: ${u.steps} choices to "${u.ending}")`,
  );
  console.log('');
  const isAudio = (x: Served) => /\.(ogg|mp3)$/i.test(x.path);
  const sum = (xs: Served[]) => xs.reduce((a, x) => a + x.bytes, 0);
  const wireNoAudio = wire.filter((x) => !isAudio(x));
  // Each file once: a static host lets the browser cache hashed files, so the service worker's
  // precache requests for files the page already has cost nothing there. This bench's server sends
  // no-store (so every run starts cold), which makes the worker download them a second time.
  const once = new Map<string, number>();
  for (const x of wireNoAudio) once.set(x.path, Math.max(once.get(x.path) ?? 0, x.bytes));
  const onceBytes = [...once.values()].reduce((a, b) => a + b, 0);
  line('gzip bytes in all before audio', kb(onceBytes), '450 KB or less');
  console.log(
    `${''.padEnd(42)}counted at the server, each file once: ${once.size} files (the page's, and what the offline cache adds: sw.js, the classroom chunk)`,
  );
  console.log(
    `${''.padEnd(42)}with no HTTP cache at all (this server's no-store), the worker fetches them again: ${kb(sum(wireNoAudio))} in ${wireNoAudio.length} responses`,
  );
  console.log(
    `${''.padEnd(42)}audio sent during the playthrough: ${kb(sum(wire.filter(isAudio)))} in ${wire.filter(isAudio).length} files (sw.js lists both .ogg and .mp3 of each)`,
  );
  console.log('');
  printLatency(latency);
  if (noStage) {
    console.log(
      `${''.padEnd(42)}the same without the stage (Phaser chunk refused): p95 ${f1(percentile(noStage.choiceMs, 95))} ms, median ${f1(median(noStage.choiceMs))} ms over ${noStage.choiceMs.length}`,
    );
  }
  console.log(
    `${''.padEnd(42)}Event Timing: ${t.slowEvents.length} key/click events took 16 ms or more to the next paint${t.slowEvents.length ? ` (max ${f1(Math.max(...t.slowEvents))} ms)` : ''}`,
  );
  line(`decision -> verdict shown, p95 (CPU ${CPU}x)`, `${f1(percentile(t.decisionMs, 95))} ms`, 'not set; reported apart');
  console.log(`${''.padEnd(42)}over ${t.decisionMs.length} decisions: median ${f1(median(t.decisionMs))} ms`);
  const saveMs = t.saves.map((x) => x.ms);
  line(`autosave per turn, p95 (CPU ${CPU}x)`, `${f1(percentile(saveMs, 95))} ms`, '5 ms or less');
  console.log(
    `${''.padEnd(42)}${t.saves.length} saves for ${t.steps} choices (one a turn, in idle time after the text is shown): median ${f1(median(saveMs))} ms, max ${f1(Math.max(...saveMs))} ms`,
  );
  line('the save at the ending', kb(t.saves.at(-1)?.bytes ?? 0), '64 KB or less');
  console.log(
    `${''.padEnd(42)}${t.aheadMs.length} choices played ahead in idle time (CPU ${CPU}x), one idle callback each: median ${f1(median(t.aheadMs))} ms, p95 ${f1(percentile(t.aheadMs, 95))} ms, max ${f1(Math.max(...t.aheadMs))} ms`,
  );
  line('fps during place changes, median', f1(median(u.fps)), '55 or more');
  console.log(
    `${''.padEnd(42)}${u.fps.length} wipes of ${u.placeChanges} place changes, worst ${f1(Math.min(...u.fps))} fps, no throttling; with CPU ${CPU}x: median ${f1(median(t.fps))}, worst ${f1(Math.min(...t.fps))}`,
  );
  console.log(`${''.padEnd(42)}the stage draws with Phaser's Canvas renderer; headless Chromium rasterises it in software`);
  line('JS heap after a whole playthrough', mb(heapAfterPlay), '60 MB or less');
  line(`heap growth over ${RESTARTS} restarts`, mb(last - growth.base), '2 MB or less');
  console.log(`${''.padEnd(42)}after GC: ${mb(growth.base)} after the 1st restart; every 5 more: ${growth.after.map(mb).join(', ')}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
