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

interface Playthrough {
  steps: number;
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
}

/** The bench's own view of the page's state, read as plain strings (tsx would wrap functions in __name()). */
const STATE = `(() => {
  const b = window.__tpBench;
  return {
    ending: document.querySelector('[data-ending]')?.getAttribute('data-ending') ?? null,
    dialog: !!document.querySelector('dialog[open]'),
    choices: [...document.querySelectorAll('#choices button[data-choice]')].map(x => ({ option: x.getAttribute('data-option'), disabled: x.disabled })),
    measured: b.choiceMs.length + b.decisionMs.length,
    pending: b.pending !== null,
    sampling: b.sampling,
  };
})()`;
interface PageState {
  ending: string | null;
  dialog: boolean;
  choices: { option: string | null; disabled: boolean }[];
  measured: number;
  pending: boolean;
  sampling: boolean;
}
const state = (page: Page) => page.evaluate(STATE) as Promise<PageState>;

/**
 * Plays from the current turn: the record's option at decisions (closing each verdict with
 * Escape), the first choice elsewhere, by number keys. Waits out each measurement and each wipe
 * before the next key, so one measurement never overlaps another. Stops at the ending or after `max` choices.
 */
async function playOn(page: Page, chosen: Map<string, string>, max: number): Promise<number> {
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
    choiceMs: b.choiceMs, paintMs: b.paintMs, choiceDomMs: b.choiceDomMs, decisionMs: b.decisionMs, fps, placeChanges: b.placeChanges, slowEvents: b.eventTiming, saves: b.saves,
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
  const steps = await playOn(page, chosen, 500);
  const ending = await page.getAttribute('[data-ending]', 'data-ending').catch(() => null);
  await page.waitForTimeout(500);
  const r = (await page.evaluate(RESULTS)) as Omit<Playthrough, 'steps' | 'ending'>;
  return { page, heap, result: { ...r, steps, ending } satisfies Playthrough };
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
}

/** The bare ink page played by number keys (the first choice each time), `steps` choices: its choice latency. */
async function barePlaythrough(browser: Browser, url: string, cpu: number, steps: number): Promise<Latency> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.addInitScript(STAGE_PROBE);
  await page.goto(url);
  await page.waitForSelector('#choices button[data-choice]');
  for (let i = 0; i < steps; i++) {
    if (await page.$('[data-ending]')) break;
    const before = (await page.evaluate('window.__tpBench.choiceMs.length')) as number;
    await page.evaluate(IDLE);
    await page.keyboard.press('1');
    await page.waitForFunction(`window.__tpBench.choiceMs.length > ${before} || !!document.querySelector('[data-ending]')`, null, {
      timeout: 30_000,
    });
  }
  const out = (await page.evaluate('({ choiceMs: window.__tpBench.choiceMs, paintMs: window.__tpBench.paintMs })')) as Latency;
  await context.close();
  return out;
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
  let bareChoiceMs!: Latency;
  let bareShownMs!: Latency;
  let throttled: Playthrough | null = null;
  let unthrottled: Playthrough | null = null;
  let heapAfterPlay!: number;
  let wire!: Served[];
  let noStage: Playthrough | null = null;
  let growth!: { base: number; after: number[] };
  try {
    if (ONLY_LATENCY) {
      const chosen = new Map(loadContent().record.map((e) => [e.id, e.chosen]));
      // BENCH_NOSTAGE=1: the game with its Phaser chunk refused (what the stage costs)
      const slow = await playthrough(browser, game.url, CPU, chosen, !!process.env.BENCH_NOSTAGE);
      await slow.page.context().close();
      const unseen = await barePlaythrough(browser, bare.url, CPU, slow.result.steps);
      const shown = await barePlaythrough(browser, `${bare.url}?scroll`, CPU, slow.result.steps);
      const row = (label: string, gv: number, bv: number, sv: number) =>
        console.log(
          `  ${label.padEnd(8)}${`${gv.toFixed(1)} ms`.padEnd(12)}${`${bv.toFixed(1)} ms`.padEnd(12)}${(gv / bv).toFixed(2).padEnd(8)}${`${sv.toFixed(1)} ms`.padEnd(12)}${(gv / sv).toFixed(2)}`,
        );
      const t = slow.result;
      // the yardstick first: the bare page bringing its new text into view, as the game does
      console.log(
        `choice -> next text painted on screen (Element Timing, CPU ${CPU}x), ${t.paintMs.length} game / ${shown.paintMs.length} bare choices`,
      );
      console.log(`          game        bare        ratio`);
      for (const [label, q] of QUANTILES) {
        const [gv, bv] = [q(t.paintMs), q(shown.paintMs)];
        console.log(`  ${label.padEnd(8)}${`${gv.toFixed(1)} ms`.padEnd(12)}${`${bv.toFixed(1)} ms`.padEnd(12)}${(gv / bv).toFixed(2)}`);
      }
      console.log(
        `choice -> end of the frame carrying the text (the probe), ${t.choiceMs.length} game / ${shown.choiceMs.length} bare choices`,
      );
      console.log(`          game        bare        ratio   bare, not scrolling (new text unseen), ratio`);
      for (const [label, q] of QUANTILES) row(label, q(t.choiceMs), q(shown.choiceMs), q(unseen.choiceMs));
      console.log(
        `  input -> paragraph in the DOM: median ${median(t.choiceDomMs).toFixed(1)} ms, p95 ${percentile(t.choiceDomMs, 95).toFixed(1)} ms`,
      );
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
    // With the whole stage in place: one playthrough throttled (latency, bytes), one not (frame rate, heap).
    if (!ONLY_FIRST) {
      const chosen = new Map(loadContent().record.map((e) => [e.id, e.chosen]));
      served.length = 0;
      const slow = await playthrough(browser, game.url, CPU, chosen);
      wire = served.splice(0);
      const blind = await playthrough(browser, game.url, CPU, chosen, true);
      noStage = blind.result;
      await blind.page.context().close();
      throttled = slow.result;
      await slow.page.context().close();
      // the bare ink page, played as many choices, right after the game under the same throttling
      bareChoiceMs = await barePlaythrough(browser, bare.url, CPU, slow.result.steps);
      // the same bare page bringing each new paragraph into view, as the game does (see baseline.html)
      bareShownMs = await barePlaythrough(browser, `${bare.url}?scroll`, CPU, slow.result.steps);
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
  if (!throttled || !unthrottled) return;
  const t = throttled;
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
  // The yardstick is the bare page bringing each new paragraph into view, as the game does: without the
  // scroll, after its first screen the bare page appends its text below the fold and paints nothing new.
  // "Painted" is the browser's own report of the frame that put the new text on screen (Element Timing);
  // "frame done" is the end of the main thread's work on that frame (the probe), which can come before the
  // frame is drawn (a page with nothing else to do) or after the next frame (a page still animating).
  console.log(`choice -> next text shown (CPU ${CPU}x)    game        bare ink page   ratio   (goal: 1.25 or less)`);
  for (const [what, g, b] of [
    ['painted', t.paintMs, bareShownMs.paintMs],
    ['frame done', t.choiceMs, bareShownMs.choiceMs],
  ] as const)
    for (const [label, q] of QUANTILES) {
      const [gv, bv] = [q(g), q(b)];
      console.log(`  ${`${label}, ${what}`.padEnd(40)}${`${f1(gv)} ms`.padEnd(12)}${`${f1(bv)} ms`.padEnd(16)}${(gv / bv).toFixed(2)}`);
    }
  console.log(
    `${''.padEnd(42)}the bare page: ${bareShownMs.choiceMs.length} choices played the same way, bringing each new text into view`,
  );
  for (const [label, q] of QUANTILES) {
    const gv = q(t.choiceMs);
    const bv = q(bareChoiceMs.choiceMs);
    console.log(`  ${`${label}, frame done, bare page not scrolling`.padEnd(50)}${`${f1(bv)} ms`.padEnd(12)}ratio ${(gv / bv).toFixed(2)}`);
  }
  console.log(
    `${''.padEnd(42)}(not scrolling, the bare page paints its new text only ${bareChoiceMs.paintMs.length} times in ${bareChoiceMs.choiceMs.length}: the rest goes below the fold)`,
  );
  console.log(
    `${''.padEnd(42)}over ${t.choiceMs.length} non-decision choices: median ${f1(median(t.choiceMs))} ms, max ${f1(Math.max(...t.choiceMs))} ms`,
  );
  console.log(
    `${''.padEnd(42)}of which input -> paragraph in the DOM: median ${f1(median(t.choiceDomMs))} ms, p95 ${f1(percentile(t.choiceDomMs, 95))} ms`,
  );
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
