// After one visit the game plays offline; the build works from any static host, under a sub-path too.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from './chromium.ts';
import { choiceOptions, takeFirstChoice } from './page-tools.ts';
import { staticHost, type StaticHost } from './static-host.ts';

let browser: Browser;
let host: StaticHost;
let subUrl = '';

beforeAll(async () => {
  browser = await launch();
  // a plain static host that serves the build under /classes/history/turning-points/
  host = await staticHost('/classes/history/turning-points/');
  subUrl = host.url;
});
afterAll(async () => {
  await browser?.close();
  host?.close();
});

/** A page of the game whose service worker is installed and controls it (a first visit, then a reload). */
async function controlledPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(inject('baseUrl'));
  await page.waitForFunction(() => window.__tpReady === true);
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return !!reg.active && reg.active.state === 'activated';
  });
  await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller && window.__tpReady === true);
  return page;
}

describe('anywhere and offline', () => {
  it('plays from a sub-path of a plain static host, with nothing requested outside it', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(subUrl);
    await page.waitForFunction(() => window.__tpReady === true);
    await page.waitForSelector('#stage[data-ready="true"]', { timeout: 30_000 });
    await page.keyboard.press('1');
    await page.waitForFunction(() => document.querySelectorAll('#story .echo').length > 0 || !!document.querySelector('dialog[open]'));
    expect(host.misses.filter((m) => !m.endsWith('favicon.ico'))).toEqual([]);
    await page.context().close();
  });

  it('after one visit, a reload with the network off still plays, resuming where the player was', async () => {
    const context = await browser.newContext();
    // a choice once the worker controls the page, so there is something to resume
    const page = await controlledPage(context);
    await page.waitForSelector('#stage[data-ready="true"]', { timeout: 30_000 });
    await takeFirstChoice(page);
    const before = await choiceOptions(page);

    await context.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => window.__tpReady === true);
    expect(await choiceOptions(page)).toEqual(before);
    expect(await page.textContent('#notice')).toMatch(/resumed/);
    await page.waitForSelector('#stage[data-ready="true"]', { timeout: 30_000 });
    await context.close();
  });

  it('a language used online plays offline too: a Russian first visit installs the worker, and a reload with the network off is still in Russian', async () => {
    const context = await browser.newContext({ locale: 'ru-RU' });
    const page = await controlledPage(context);
    await takeFirstChoice(page);
    const before = await choiceOptions(page);
    expect(JSON.stringify(before)).toMatch(/[а-яё]/i);
    await context.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => window.__tpReady === true);
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    expect(await choiceOptions(page)).toEqual(before);
    expect(await page.textContent('#story')).toMatch(/[а-яё]{4}/i);
    await context.close();
  });
});
