// Vite plugin: writes sw.js, a service worker that precaches the whole build, so that after one
// visit the game plays with the network off. Paths are relative: it works under any sub-path.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/** How long a navigation waits for the network before the cached page is shown (a server that never answers). */
export const NAVIGATION_TIMEOUT_MS = 3000;

/**
 * The worker fails safe: it caches only this build's own files (precached, or on first use for the
 * optional ones) and the page itself when it came back whole (ok, same origin, not redirected); a
 * navigation that gets no answer in time gets the cached page; old caches are dropped on activation.
 * Nothing else is stored, so the cache is bounded by the build.
 */
function worker(version: string, precache: string[], optional: string[]): string {
  return `// Turning Points service worker (generated at build by scripts/vite-plugin-sw.ts).
const CACHE = 'turning-points-${version}';
const PRECACHE = ${JSON.stringify(['./', ...precache])};
const OPTIONAL = ${JSON.stringify(optional)};
const SCOPE = new URL('./', self.location.href);
/** the build's own files, as absolute URLs: the only things ever cached */
const OWN = new Set([...PRECACHE, ...OPTIONAL].map((f) => new URL(f, SCOPE).href));
const PAGE = new URL('./', SCOPE).href;
/** the game's page, by either of its addresses */
const PAGES = new Set([PAGE, new URL('./index.html', SCOPE).href]);
const WAIT = ${NAVIGATION_TIMEOUT_MS};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('turning-points-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

function cachedPage() {
  return caches.match(PAGE, { ignoreVary: true });
}

/** The network's page, kept when it is the real page; the cached page when the network fails or hangs. */
function navigate(req) {
  const network = fetch(req).then((res) => {
    if (res.ok && res.type === 'basic' && !res.redirected && PAGES.has(res.url.split('#')[0].split('?')[0])) {
      const copy = res.clone();
      caches.open(CACHE).then((cache) => cache.put(PAGE, copy));
    }
    return res;
  });
  const late = new Promise((resolve) => setTimeout(resolve, WAIT)).then(() => cachedPage());
  const fallback = () => cachedPage().then((hit) => hit || Response.error());
  // whichever comes first: the network's answer, or the cached page after WAIT ms without one
  return Promise.race([network.catch(fallback), late.then((hit) => hit || network)]).catch(fallback);
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    // only the game's own page is handled; any other address goes to the network untouched
    if (PAGES.has(url.href.split('#')[0].split('?')[0])) event.respondWith(navigate(req));
    return;
  }
  if (!OWN.has(url.href.split('?')[0])) return; // not ours: never cached
  // hashed build files never change: the cache first (ignoreVary: a module script asks with an
  // Origin header the precache request did not send); an optional file is kept once it is used
  event.respondWith(
    caches.match(req, { ignoreVary: true }).then(
      (hit) =>
        hit ||
        fetch(req).then((res) => {
          if (res.ok && res.type === 'basic' && !res.redirected) {
            const copy = res.clone();
            caches.open(CACHE).then((cache) => cache.put(req, copy));
          }
          return res;
        }),
    ),
  );
});
`;
}

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full, base) : [relative(base, full).split(sep).join('/')];
  });
}

export function serviceWorkerPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'turning-points-sw',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // after every file is written: list what is really on disk (Vite drops some chunks late)
    writeBundle() {
      // everything the game needs offline; the mp3 fallbacks, the fonts (the reading-help font, the
      // Cyrillic ones) and the other languages' tables (assets/i18n-*) are cached when first used
      // instead, to keep the first visit light: a language works offline once it has been used online.
      // So are the live room's own files (the student's page, join.html, its script and style, and the
      // teacher's live panel): a live room needs its server, so they are of no use offline, and a player
      // alone never asks for them. (The game's small bridge to a live room, live-bridge, is part of the
      // game's page and stays precached.)
      const all = listFiles(outDir)
        .filter((f) => !f.endsWith('.map') && f !== 'sw.js')
        .sort();
      const later = (f: string) =>
        f.endsWith('.mp3') ||
        /\.woff2?$/.test(f) ||
        /(^|\/)i18n-[^/]*\.js$/.test(f) ||
        f === 'join.html' ||
        /(^|\/)(live-teacher|live-student|join)-[^/]*\.(js|css)$/.test(f);
      const files = all.filter((f) => !later(f));
      const hash = createHash('sha256');
      for (const f of files) {
        hash.update(f);
        hash.update(readFileSync(join(outDir, f)));
      }
      const version = hash.digest('hex').slice(0, 12);
      writeFileSync(
        join(outDir, 'sw.js'),
        worker(
          version,
          files.filter((f) => f !== 'index.html').map((f) => `./${f}`),
          all.filter(later).map((f) => `./${f}`),
        ),
      );
    },
  };
}
