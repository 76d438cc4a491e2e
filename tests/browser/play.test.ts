// Plays the 1903 congress in Chromium against the production build, by keyboard alone.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadContent } from '../../scripts/content.ts';
import { launch } from './chromium.ts';
import { canvasColours, choiceOptions, SHOTS, takeFirstChoice } from './page-tools.ts';

const content = loadContent();
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function newPage(width = 1366, height = 768): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  page.on('pageerror', (e) => {
    throw e;
  });
  return page;
}

/** Presses the number key of the choice standing for `option` (or of the first choice). */
async function pressChoice(page: Page, option: string | null): Promise<void> {
  const choices = await choiceOptions(page);
  const i = option ? choices.findIndex((c) => c.option === option) : 0;
  expect(i, `option ${option} not offered`).toBeGreaterThanOrEqual(0);
  await page.keyboard.press(String(i + 1));
}

describe('the chapter in the browser', () => {
  it('shows the first choice in the HTML itself, before any script runs', async () => {
    const page = await newPage();
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(inject('baseUrl'));
    const choices = await choiceOptions(page);
    expect(choices.length).toBeGreaterThan(0);
    expect(await page.textContent('#story')).toMatch(/\w{3,}/);
    await page.context().close();
  });

  it('plays the historical path by keyboard, with a verdict at each decision and the historical ending', async () => {
    const page = await newPage();
    await page.goto(inject('baseUrl'));
    await page.waitForFunction(() => window.__tpReady === true);
    // the scene is drawn by Phaser: wait for it and check the canvas is not blank
    await page.waitForSelector('#stage[data-ready="true"]', { timeout: 30_000 });
    expect(await page.getAttribute('#stage', 'aria-hidden')).toBe('true');
    expect(await canvasColours(page)).toBeGreaterThan(8);
    await page.screenshot({ path: `${SHOTS}1903-scene-1366.png` });

    const verdicts: string[] = [];
    for (let step = 0; step < 200; step++) {
      if (await page.$('[data-ending]')) break;
      const decision = await page.evaluate(() => document.querySelector('#choices button[data-option]') !== null);
      const options = await choiceOptions(page);
      if (decision) {
        // find which record entry these options belong to
        const entry = content.record.find((e) => options.every((o) => e.options.some((x) => x.id === o.option)));
        expect(entry).toBeTruthy();
        await pressChoice(page, entry?.chosen ?? null);
        const dialog = await page.waitForSelector('dialog[open] .verdict');
        const text = (await dialog.textContent()) ?? '';
        expect(text).toContain(entry?.title ?? '');
        expect(text).toContain('You chose as history did.');
        expect(text).toContain(entry?.sources[1]?.title ?? '');
        if (verdicts.length === 0) await page.screenshot({ path: `${SHOTS}1903-verdict-1366.png` });
        verdicts.push(entry?.id ?? '');
        // keyboard: focus sits on the verdict's heading; Tab to Continue, Enter
        await page.keyboard.press('Escape');
        await page.waitForSelector('dialog[open]', { state: 'detached' });
      } else {
        await pressChoice(page, null);
      }
      await page.waitForFunction(() => !document.querySelector('#choices button[disabled]'));
    }
    expect(verdicts.sort()).toEqual(content.record.map((e) => e.id).sort());
    const ending = await page.getAttribute('[data-ending]', 'data-ending');
    expect(ending).toBe(content.endings.find((e) => e.historical)?.id);
    expect(await page.$$eval('.debrief .report-table tr.diverge', (l) => l.length)).toBe(0);
    expect(await page.$$eval('.debrief .report-table tr.match', (l) => l.length)).toBe(content.record.length);
    expect(await page.$$eval('.debrief .pp-node.diverge', (l) => l.length)).toBe(0);
    await page.screenshot({ path: `${SHOTS}debrief-historical-1366.png`, fullPage: false });
    await page.context().close();
  });

  it('resumes after a reload where the player left off', async () => {
    const page = await newPage();
    await page.goto(inject('baseUrl'));
    await page.waitForFunction(() => window.__tpReady === true);
    await takeFirstChoice(page);
    const before = await page.textContent('#story');
    const choicesBefore = await choiceOptions(page);
    await page.reload();
    await page.waitForFunction(() => window.__tpReady === true);
    expect(await page.textContent('#notice')).toMatch(/resumed/);
    // the returning player's title screen: Continue, or a new game
    await page.waitForSelector('#welcome-dialog[open]');
    expect(await page.textContent('#welcome-dialog')).toMatch(/Your game is saved at/);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#welcome-dialog', { state: 'detached' });
    expect(await choiceOptions(page)).toEqual(choicesBefore);
    const after = (await page.textContent('#story')) ?? '';
    // the resumed page shows the current turn's text
    expect(before).toContain(after.slice(0, 40));
    await page.context().close();
  });

  it('refuses a damaged save with a clear message and starts a new game', async () => {
    const page = await newPage();
    // the stored save is damaged before the game ever reads it (as storage cut short would be)
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('damaged-once')) {
        sessionStorage.setItem('damaged-once', '1');
        localStorage.setItem('turning-points:autosave', '{"kind":"turning-points-save","format":1,"state":{"ink":"{br');
      }
    });
    await page.goto(inject('baseUrl'));
    await page.waitForFunction(() => window.__tpReady === true);
    expect(await page.textContent('#notice')).toMatch(/could not be read/);
    expect((await choiceOptions(page)).length).toBeGreaterThan(0);
    await page.context().close();
  });
});
