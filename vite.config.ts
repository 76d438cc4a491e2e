/// <reference types="vitest/config" />
// Vite builds the game; Vitest runs the node suite (core and content) and the browser suite (Chromium).

import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { storyPlugin } from './scripts/vite-plugin-story.ts';
import { cspPlugin } from './scripts/vite-plugin-csp.ts';
import { i18nPlugin } from './scripts/vite-plugin-i18n.ts';
import { serviceWorkerPlugin } from './scripts/vite-plugin-sw.ts';

const phaserCore = fileURLToPath(new URL('./node_modules/phaser/src/phaser-core.js', import.meta.url));

// Phaser's feature flags must be replaced; an undefined flag is the truthy string "undefined".
const phaserFlags = {
  // the stage draws with the Canvas renderer (see src/stage/index.ts): WebGL is left out of the build
  'typeof WEBGL_RENDERER': JSON.stringify(false),
  'typeof CANVAS_RENDERER': JSON.stringify(true),
  'typeof WEBGL_DEBUG': JSON.stringify(false),
  'typeof FEATURE_SOUND': JSON.stringify(false),
  'typeof PLUGIN_CAMERA3D': JSON.stringify(false),
  'typeof PLUGIN_FBINSTANT': JSON.stringify(false),
  // phaser-core.js ends with `global.Phaser = Phaser` (a webpack global); only unbound uses are replaced.
  global: 'globalThis',
};

/** Where the build goes (TP_DIST lets two engineers build and test side by side without sharing dist/). */
const outDir = process.env.TP_DIST ?? 'dist';

export default defineConfig({
  // Relative URLs: the built game works from any static host and under any sub-path.
  base: './',
  plugins: [storyPlugin(), i18nPlugin(), serviceWorkerPlugin(), cspPlugin()],
  resolve: {
    // Phaser's core build: same renderers, without its own sound, physics and plugins (howler plays sound).
    alias: [{ find: /^phaser$/, replacement: phaserCore }],
  },
  define: phaserFlags,
  // The dev server pre-bundles Phaser on its own; it needs the same flags.
  optimizeDeps: { rolldownOptions: { transform: { define: phaserFlags } } },
  build: {
    outDir,
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rollupOptions: {
      // two pages: the game, and the student's phone page for live rooms (no Phaser, no music)
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        join: fileURLToPath(new URL('./join.html', import.meta.url)),
      },
      output: {
        manualChunks(id) {
          if (id.includes('node_modules/phaser')) return 'phaser';
          return undefined;
        },
        // a language's tables (virtual:i18n/ru, .../full) are named i18n-*, so that the service worker
        // caches them when that language is first used, not for every visitor
        chunkFileNames(chunk) {
          const lang = /^\0virtual:i18n\/(.+)$/.exec(chunk.facadeModuleId ?? '');
          return lang?.[1] ? `assets/i18n-${lang[1].replace(/\//g, '-')}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          testTimeout: 60_000,
          // every core (Vitest's default leaves one free: on a 2-core machine that is one file at a time)
          maxWorkers: availableParallelism(),
        },
      },
      {
        extends: true,
        test: {
          // the live rooms' server over real sockets (src/server), Redis where it is installed
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          setupFiles: ['tests/browser/csp-guard.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
