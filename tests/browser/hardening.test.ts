// Hardening in a real browser: the page's Content-Security-Policy, a service worker that fails safe
// (a 404 is never the game, a server that never answers still gets the game, only the build is cached,
// an old tab after an update is told to reload), and a sample of hostile saves through the Saves dialog.

import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, violations } from './chromium.ts';
import { takeFirstChoice } from './page-tools.ts';
import { DIST, staticHost, type StaticHost } from './static-host.ts';

/** A static host we can break on purpose: hang every request, or lose some files (an update). */
let host: StaticHost;
let browser: Browser;
let base = '';

beforeAll(async () => {
  browser = await launch();
  host = await staticHost('/');
  base = host.url;
});
afterAll(async () => {
  await browser?.close();
  host?.close();
});

/** A page whose service worker is installed and in control. */
async function controlled(): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(base);
  await page.waitForFunction(() => window.__tpReady === true);
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
  await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller && window.__tpReady === true);
  return page;
}

describe('the Content-Security-Policy', () => {
  it('is in the built page: own scripts and the early-click script by hash, no plugins, no base, Trusted Types', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    for (const d of ["object-src 'none'", "base-uri 'none'", "require-trusted-types-for 'script'"]) expect(csp).toContain(d);
    // it comes before every script
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('refuses injected script and markup strings, while the game itself plays without a violation', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(base);
    await page.waitForFunction(() => window.__tpReady === true);
    await page.waitForSelector('#stage[data-ready="true"]', { timeout: 30_000 });
    await page.keyboard.press('1');
    await page.waitForFunction(() => document.querySelectorAll('#story .echo').length > 0 || !!document.querySelector('dialog[open]'));
    expect(violations).toEqual([]); // the game: no violation
    const blocked = await page.evaluate(() => {
      const s = document.createElement('script');
      try {
        s.textContent = 'window.__injected = true';
        document.body.append(s);
      } catch {
        // Trusted Types refuses the string as script text
      }
      let markup = 'ran';
      try {
        document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="window.__injected=true">');
      } catch {
        markup = 'refused';
      }
      return { script: (window as unknown as { __injected?: boolean }).__injected === true, markup };
    });
    expect(blocked).toEqual({ script: false, markup: 'refused' });
    violations.splice(0); // those two were ours, on purpose
    await page.context().close();
  });
});

describe('a service worker that fails safe', () => {
  it('never keeps a 404 as the game: offline after visiting a missing page, the game still loads', async () => {
    const page = await controlled();
    const context = page.context();
    const res = await page.goto(`${base}no-such-page`);
    expect(res?.status()).toBe(404);
    await context.setOffline(true);
    await page.goto(base);
    await page.waitForFunction(() => window.__tpReady === true);
    expect(await page.textContent('h1, .brand')).not.toContain('404');
    await context.close();
  });

  it('shows the cached game within a few seconds when the server never answers', async () => {
    const page = await controlled();
    host.hang = true;
    const t0 = Date.now();
    try {
      await page.reload({ timeout: 15_000 });
      await page.waitForFunction(() => window.__tpReady === true, undefined, { timeout: 15_000 });
    } finally {
      host.hang = false;
    }
    const waited = Date.now() - t0;
    expect(waited).toBeLessThan(10_000);
    console.log(`hanging server: the cached game was ready after ${waited} ms`);
    await page.context().close();
  });

  it('caches only the build’s own files, whatever else the page asks for', async () => {
    const page = await controlled();
    await page.evaluate(async () => {
      await fetch('./no-such-file.json').catch(() => undefined);
      await fetch('./index.html?x=1').catch(() => undefined);
    });
    const cached = await page.evaluate(async () => {
      const out: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const req of await cache.keys()) out.push(new URL(req.url).pathname);
      }
      return out;
    });
    const own = (p: string) => p === '/' || existsSync(join(DIST, p.slice(1)));
    expect(cached.filter((p) => !own(p))).toEqual([]);
    expect(cached).not.toContain('/no-such-file.json');
    await page.context().close();
  });

  it('an old tab that needs a file an update removed says a new version is ready, and reloads on request', async () => {
    const page = await controlled();
    await page.waitForSelector('#stage[data-ready="true"]', { timeout: 30_000 });
    // the update: the classroom chunk of this build is gone from the server and from the old cache
    const chunk = await page.evaluate(async () => {
      for (const name of await caches.keys()) await caches.delete(name);
      return performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .find((p) => /_virtual_classroom/.test(p));
    });
    const files = readdirSync(join(DIST, 'assets')).filter((f) => f.startsWith('_virtual_classroom'));
    for (const f of files) host.gone.add(`/assets/${f}`);
    if (chunk) host.gone.add(chunk);
    await page.click('#tool-classroom');
    await page.waitForSelector('[data-action="reload-update"]');
    expect(await page.textContent('#notice')).toMatch(/new version/);
    host.gone.clear();
    await Promise.all([page.waitForNavigation(), page.click('[data-action="reload-update"]')]);
    await page.waitForFunction(() => window.__tpReady === true);
    await page.context().close();
  });
});

describe('hostile saves in the real Saves dialog', () => {
  it('a sample of the fuzzer’s families is refused with its own message, harming nothing', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(base);
    await page.waitForFunction(() => window.__tpReady === true);
    await takeFirstChoice(page);
    await page.click('#tool-saves');
    await page.click('[data-action="save-slot-2"]');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-slot-2"]')]);
    const good = readFileSync(await dl.path(), 'utf8');
    const stored = () => page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
    const before = await stored();
    const where = await page.textContent('#where');
    const state = JSON.parse(good).state;
    const hostile: [string, string][] = [
      ['truncated', good.slice(0, 40)],
      ['proto', good.replace('"state":{', '"state":{"__proto__":{"polluted":true},')],
      ['markup id', good.replace(/"decision":"[^"]+"/, '"decision":"<img src=x onerror=alert(1)>"')],
      ['deep', good.replace('"state":{', `"state":{"junk":${'['.repeat(20000)}${']'.repeat(20000)},`)],
      ['wrong type', good.replace('"chose":[', '"chose":[{"a":1},')],
      ['other story, re-signed', JSON.stringify({ ...JSON.parse(good), check: 'x', state: { ...state, chose: ['Nowhere at all'] } })],
      ['newer', good.replace('"format":2', '"format":99')],
      ['empty', ''],
    ];
    for (const [name, text] of hostile) {
      await page.setInputFiles('#import-file', { name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(text) });
      await page.waitForFunction(() => (document.querySelector('#saves-dialog .dialog-status')?.textContent ?? '') !== '');
      expect(await page.textContent('#saves-dialog .dialog-status'), name).toMatch(
        /not loaded|not readable|not a Turning Points save|newer version|changed|damaged/,
      );
      await page.evaluate(() => {
        const s = document.querySelector('#saves-dialog .dialog-status');
        if (s) s.textContent = '';
      });
    }
    expect(await stored()).toEqual(before);
    expect(await page.textContent('#where')).toBe(where);
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
    expect(errors).toEqual([]);
    await context.close();
  });
});
