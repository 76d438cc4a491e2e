// npm run bench: bytes and time to the first clickable choice in headless Chromium with the CPU
// throttled 4x, for the game and for a bare ink page playing the same story. Prints figures; asserts nothing.

import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/browser/chromium.ts';
import { compileStory } from './content.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CPU = 4;

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

/** A static host that gzips like a real one, so both pages pay the same transfer costs. */
function serve(files: (path: string) => Buffer | null): Promise<{ server: Server; url: string }> {
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
    res.end(zip ? gzipSync(body, { level: 9 }) : body);
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

async function measure(browser: Browser, url: string, waitFull: string | null): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.addInitScript(PROBE);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction('window.__firstChoice !== undefined', null, { timeout: 60_000 });
  if (waitFull) await page.waitForSelector(waitFull, { timeout: 60_000 });
  else await page.waitForLoadState('load');
  // A string, not a function: tsx would wrap a function's inner helpers in __name(), unknown in the page.
  const r = (await page.evaluate(MEASURE)) as Run;
  if (process.env.BENCH_DEBUG) console.log(url, r);
  await context.close();
  return r;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const ms = (t: number) => `${t.toFixed(0)} ms`;

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run npm run build');
  const story = compileStory();
  if (!story.json) throw new Error('the story does not compile');
  const storyJson = Buffer.from(story.json);
  const inkRuntime = readFileSync(join(ROOT, 'node_modules/inkjs/dist/ink.js'));
  const baselineHtml = readFileSync(join(ROOT, 'scripts/bench/baseline.html'));
  const game = await serve(fromDir(DIST));
  const bare = await serve((p) =>
    p === '/index.html' ? baselineHtml : p === '/ink.js' ? inkRuntime : p === '/story.json' ? storyJson : null,
  );
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  const games: Run[] = [];
  const bases: Run[] = [];
  try {
    // warm-up, not counted
    await measure(browser, game.url, '#stage[data-ready="true"]');
    await measure(browser, bare.url, null);
    for (let i = 0; i < RUNS; i++) {
      // side by side: each game run next to a baseline run, under the same conditions
      games.push(await measure(browser, game.url, '#stage[data-ready="true"]'));
      bases.push(await measure(browser, bare.url, null));
    }
  } finally {
    await browser.close();
    game.server.close();
    bare.server.close();
  }
  const g = (k: keyof Run) => median(games.map((r) => Number(r[k] ?? 0)));
  const b = (k: keyof Run) => median(bases.map((r) => Number(r[k] ?? 0)));
  const ratio = g('firstChoiceMs') / b('firstChoiceMs');
  console.log(`Turning Points bench: headless Chromium, CPU throttled ${CPU}x, median of ${RUNS} runs each, gzip transfer sizes`);
  console.log('');
  console.log('                                   game        bare ink page');
  console.log(`first clickable choice            ${ms(g('firstChoiceMs')).padEnd(12)}${ms(b('firstChoiceMs'))}`);
  console.log(`gzip bytes before first choice    ${kb(g('bytesBeforeChoice')).padEnd(12)}${kb(b('bytesBeforeChoice'))}`);
  console.log(`game script ready (choices live)  ${ms(g('readyMs')).padEnd(12)}-`);
  console.log(`gzip bytes before script ready    ${kb(g('bytesBeforeReady')).padEnd(12)}-`);
  console.log(`gzip bytes in all (stage drawn)   ${kb(g('totalBytes')).padEnd(12)}${kb(b('totalBytes'))}`);
  console.log('');
  console.log(`ratio game/bare, first choice     ${ratio.toFixed(2)}   (goal: 1.0 or less)`);
  console.log(`before first choice               ${kb(g('bytesBeforeChoice'))}   (goal: 150 KB or less)`);
  console.log(`runs (game first choice, ms)      ${games.map((r) => r.firstChoiceMs.toFixed(0)).join(' ')}`);
  console.log(`runs (bare first choice, ms)      ${bases.map((r) => r.firstChoiceMs.toFixed(0)).join(' ')}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
