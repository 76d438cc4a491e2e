// Vite plugin: writes sw.js, a service worker that precaches the whole build, so that after one
// visit the game plays with the network off. Paths are relative: it works under any sub-path.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

function worker(version: string, files: string[]): string {
  return `// Turning Points service worker (generated at build by scripts/vite-plugin-sw.ts).
const CACHE = 'turning-points-${version}';
const FILES = ${JSON.stringify(['./', ...files])};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('turning-points-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    // the page: the network when there is one (a new build), the cache when offline
    event.respondWith(
      fetch(req)
        .then((res) => {
          const copy = res.clone();
          caches.open(CACHE).then((cache) => cache.put('./', copy));
          return res;
        })
        .catch(() => caches.match('./', { ignoreVary: true }).then((r) => r || caches.match(req, { ignoreVary: true }))),
    );
    return;
  }
  // hashed build files never change: the cache first
  // ignoreVary: a module script asks with an Origin header that the precache request did not send.
  // What was not precached (the mp3 fallbacks, the optional font) is kept once it has been used.
  event.respondWith(
    caches.match(req, { ignoreVary: true }).then(
      (hit) =>
        hit ||
        fetch(req).then((res) => {
          if (res.ok && res.type === 'basic') {
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
      // everything the game needs offline; the mp3 fallbacks and the optional dyslexia font are
      // cached when first used instead, to keep the first visit light
      const files = listFiles(outDir)
        .filter((f) => !f.endsWith('.map') && f !== 'sw.js' && !f.endsWith('.mp3') && !/\.woff2?$/.test(f))
        .sort();
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
        ),
      );
    },
  };
}
