// Accessibility: axe-core (WCAG 2.1 A and AA) on every kind of screen, in both themes; 200% zoom.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './chromium.ts';
import { axeViolations as violations } from './page-tools.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(theme: 'paper' | 'contrast', width = 1366, height = 768): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.addInitScript((t) => {
    if (t === 'contrast' && !localStorage.getItem('turning-points:settings')) {
      localStorage.setItem('turning-points:settings', JSON.stringify({ theme: 'contrast' }));
    }
  }, theme);
  await page.goto(inject('baseUrl'));
  await page.waitForFunction(() => window.__tpReady === true);
  await page.waitForSelector('#stage[data-ready="true"]', { timeout: 30_000 });
  return page;
}

describe.each(['paper', 'contrast'] as const)('axe-core finds no WCAG 2.1 AA violation (%s theme)', (theme) => {
  it('on the first screen and a scene, the settings, the saves, a verdict, the backlog and chapters', async () => {
    const page = await open(theme);
    expect(await page.getAttribute('#stage', 'aria-hidden')).toBe('true');
    expect(await violations(page), 'first screen').toEqual([]);

    await page.click('#tool-settings');
    await page.waitForSelector('#settings-dialog[open]');
    expect(await violations(page, '#settings-dialog'), 'settings').toEqual([]);
    await page.keyboard.press('Escape');

    await page.click('#tool-saves');
    await page.waitForSelector('#saves-dialog[open]');
    expect(await violations(page, '#saves-dialog'), 'saves').toEqual([]);
    await page.keyboard.press('Escape');

    // play on to the first decision and its verdict
    for (let i = 0; i < 30 && !(await page.$('dialog[open] .verdict')); i++) {
      await page.keyboard.press('1');
      await page.waitForTimeout(50);
    }
    await page.waitForSelector('dialog[open] .verdict');
    expect(await violations(page, 'dialog[open]'), 'verdict').toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    expect(await violations(page), 'scene after a decision').toEqual([]);

    await page.click('#tool-backlog');
    await page.waitForSelector('#backlog-dialog[open]');
    expect(await violations(page, '#backlog-dialog'), 'backlog').toEqual([]);
    await page.keyboard.press('Escape');

    await page.click('#tool-chapters');
    await page.waitForSelector('#chapters-dialog[open]');
    expect(await violations(page, '#chapters-dialog'), 'chapters').toEqual([]);
    await page.context().close();
  });
});

describe('zoom and keyboard', () => {
  it('at 200% zoom (1366x768 shown as 683x384) nothing scrolls sideways and the choices can be reached', async () => {
    const page = await open('paper', 683, 384);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(683);
    await page.focus('#choices button');
    expect(await page.evaluate(() => document.activeElement?.closest('#choices') !== null)).toBe(true);
    await page.context().close();
  });

  it('after each choice the keyboard focus is on the first of the new choices, and Enter takes it', async () => {
    const page = await open('paper');
    await page.click('#intro [data-action="begin"]');
    for (let i = 0; i < 4; i++) {
      if (await page.$('dialog[open]')) {
        await page.keyboard.press('Escape');
        await page.waitForFunction(() => !document.querySelector('dialog[open]'));
      }
      const echoes = await page.$$eval('#story .echo', (e) => e.length);
      await page.keyboard.press(i % 2 ? 'Enter' : '1');
      // a decision opens its verdict first; the story moves on when it is closed
      await page.waitForFunction(
        (n) => !!document.querySelector('dialog[open]') || document.querySelectorAll('#story .echo').length > n,
        echoes,
      );
      if (await page.$('dialog[open]')) await page.keyboard.press('Escape');
      await page.waitForFunction((n) => document.querySelectorAll('#story .echo').length > n, echoes);
      await page.waitForFunction(() => document.activeElement === document.querySelector('#choices button[data-choice]'), null, {
        timeout: 5_000,
      });
    }
    await page.context().close();
  });

  it('every control shows where the keyboard focus is', async () => {
    const page = await open('paper');
    await page.keyboard.press('Tab');
    for (let i = 0; i < 12; i++) {
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return 'none';
        const s = getComputedStyle(el);
        return `${s.outlineStyle} ${s.outlineWidth}`;
      });
      expect(outline, `focus ${i}`).not.toMatch(/^none|0px$/);
      await page.keyboard.press('Tab');
    }
    await page.context().close();
  });
});
