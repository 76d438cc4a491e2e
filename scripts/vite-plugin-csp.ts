// Vite plugin: puts a strict Content-Security-Policy into the built page. Scripts come only from the
// game's own origin, plus the one small inline script (the early-click queue) by its SHA-256 hash;
// no plugins, no <base>, and Trusted Types, so no string can ever become markup or code.

import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The policy for a page whose inline scripts hash to `hashes`. Meta tags cannot carry frame-ancestors. */
export function policy(hashes: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.map((h) => `'sha256-${h}'`).join(' ')}`.trim(),
    "style-src 'self'",
    // the favicon and the stage's baked textures are data: or blob: images; howler unlocks audio with a data: sound
    "img-src 'self' data: blob:",
    "media-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types turning-points-sw', // one policy: it admits only the game's own service worker (src/ui/service-worker.ts)
  ].join('; ');
}

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

export function cspPlugin(): Plugin {
  return {
    name: 'turning-points-csp',
    apply: 'build', // the dev server injects inline styles and scripts of its own
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const hashes = [...html.matchAll(INLINE_SCRIPT)].map((m) =>
          createHash('sha256')
            .update(m[1] ?? '', 'utf8')
            .digest('base64'),
        );
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(hashes)}" />`;
        // right after the charset, before any script: a policy governs only what comes after it
        return /<meta charset="utf-8" \/>/i.test(html)
          ? html.replace(/<meta charset="utf-8" \/>/i, (m) => `${m}\n    ${meta}`)
          : html.replace(/<head>/i, `<head>\n    ${meta}`);
      },
    },
  };
}
