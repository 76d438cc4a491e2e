// Sound: nothing before the first gesture; music after it; volume and mute take effect and are
// remembered; if the sound files fail, the game plays on silently with no error.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './chromium.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(block = false): Promise<{ page: Page; errors: string[] }> {
  // the service worker would serve the sounds from its cache: keep it out when the files are blocked
  const page = await (await browser.newContext(block ? { serviceWorkers: 'block' } : {})).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource|GPU stall/.test(m.text())) errors.push(m.text());
  });
  if (block) await page.route(/\.(ogg|mp3)$/, (r) => r.abort());
  await page.goto(inject('baseUrl'));
  await page.waitForFunction(() => window.__tpReady === true && typeof window.__tpAudio === 'function', null, { timeout: 30_000 });
  return { page, errors };
}

const status = (page: Page) => page.evaluate(() => window.__tpAudio?.() ?? null);

describe('sound', () => {
  it('stays silent until the first click, then plays the music of the scene', async () => {
    const { page, errors } = await open();
    expect(await status(page)).toMatchObject({ unlocked: false, playing: false });
    await page.mouse.click(5, 300);
    await page.waitForFunction(() => window.__tpAudio?.()?.playing === true, null, { timeout: 20_000 });
    expect((await status(page))?.music).toMatch(/^music-youth-/);
    // turning it down and off applies at once and is remembered
    await page.click('#tool-settings');
    await page.fill('#set-music', '0.2');
    await page.dispatchEvent('#set-music', 'input');
    await page.check('#set-muted');
    expect((await status(page))?.volumes).toMatchObject({ music: 0.2, muted: true });
    await page.keyboard.press('Escape');
    await page.reload();
    await page.waitForFunction(() => typeof window.__tpAudio === 'function');
    expect((await status(page))?.volumes).toMatchObject({ music: 0.2, muted: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('plays on silently, with no error, when the sound files cannot load', async () => {
    const { page, errors } = await open(true);
    await page.mouse.click(5, 300);
    await page.keyboard.press('1');
    await page.waitForFunction(() => document.querySelectorAll('#story .echo').length > 0 || !!document.querySelector('dialog[open]'));
    await page.waitForTimeout(1500);
    expect((await status(page))?.playing).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
