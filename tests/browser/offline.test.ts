// After one visit the game plays offline; the build works from any static host, under a sub-path too.

import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './chromium.ts';
import { choiceOptions } from './page-tools.ts';

const DIST = new URL(`../../${process.env.TP_DIST ?? 'dist'}/`, import.meta.url).pathname;
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

let browser: Browser;
let server: Server;
let subUrl = '';
const misses: string[] = [];

beforeAll(async () => {
  browser = await launch();
  // a plain static host that serves dist/ under /classes/history/turning-points/
  const prefix = '/classes/history/turning-points/';
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(prefix)) {
      misses.push(path);
      res.writeHead(404).end();
      return;
    }
    let file = normalize(join(DIST, path.slice(prefix.length) || 'index.html'));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(DIST) || !existsSync(file)) {
      misses.push(path);
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.address();
  subUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}${prefix}`;
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('anywhere and offline', () => {
  it('plays from a sub-path of a plain static host, with nothing requested outside it', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(subUrl);
    await page.waitForFunction(() => window.__tpReady === true);
    await page.waitForSelector('#stage[data-ready="true"]', { timeout: 30_000 });
    await page.keyboard.press('1');
    await page.waitForFunction(() => document.querySelectorAll('#story .echo').length > 0 || !!document.querySelector('dialog[open]'));
    expect(misses.filter((m) => !m.endsWith('favicon.ico'))).toEqual([]);
    await page.context().close();
  });

  it('after one visit, a reload with the network off still plays, resuming where the player was', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await page.waitForFunction(() => window.__tpReady === true);
    await page.waitForFunction(async () => {
      const reg = await navigator.serviceWorker.ready;
      return !!reg.active && reg.active.state === 'activated';
    });
    // let the worker take control of this page, then make a choice so there is something to resume
    await page.reload();
    await page.waitForFunction(() => !!navigator.serviceWorker.controller && window.__tpReady === true);
    await page.waitForSelector('#stage[data-ready="true"]', { timeout: 30_000 });
    await page.keyboard.press('1');
    if (await page.$('dialog[open]')) await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelectorAll('#story .echo').length > 0);
    const before = await choiceOptions(page);

    await context.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => window.__tpReady === true);
    expect(await choiceOptions(page)).toEqual(before);
    expect(await page.textContent('#notice')).toMatch(/resumed/);
    await page.waitForSelector('#stage[data-ready="true"]', { timeout: 30_000 });
    await context.close();
  });
});
