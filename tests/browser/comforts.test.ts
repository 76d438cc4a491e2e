// Player comforts in Chromium: step back, backlog, named saves, export and import (and bad files),
// chapter select, settings that survive a reload.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './chromium.ts';
import { choiceOptions } from './page-tools.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true })).newPage();
  page.on('dialog', (d) => void d.accept());
  await page.goto(inject('baseUrl'));
  await page.waitForFunction(() => window.__tpReady === true);
});
afterAll(async () => {
  await browser?.close();
});

async function pick(n: number): Promise<void> {
  await page.keyboard.press(String(n));
  const verdict = await page.waitForSelector('dialog[open] .verdict', { timeout: 1500 }).catch(() => null);
  if (verdict) await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog[open]') && !document.querySelector('#choices button[disabled]'));
}

const storyText = () => page.textContent('#story');

describe('comforts', () => {
  it('steps back to the previous choice, and again, then takes another road', async () => {
    const first = await choiceOptions(page);
    await pick(1);
    const second = await choiceOptions(page);
    await pick(1);
    await page.click('#tool-back');
    expect(await choiceOptions(page)).toEqual(second);
    await page.click('#tool-back');
    expect(await choiceOptions(page)).toEqual(first);
    expect(await page.isDisabled('#tool-back')).toBe(true);
    await pick(first.length >= 2 ? 2 : 1);
    expect(await storyText()).toContain(`You chose: ${first[first.length >= 2 ? 1 : 0]?.text.replace(/^\d/, '')}`);
  });

  it('the backlog shows everything said so far, with the choices made', async () => {
    await pick(1);
    await page.click('#tool-backlog');
    await page.waitForSelector('#backlog-dialog[open]');
    const text = (await page.textContent('#backlog-dialog')) ?? '';
    expect(text).toContain('Nikolayev');
    expect((text.match(/You chose:/g) ?? []).length).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Escape');
  });

  it('saves to a named slot, exports it, and a good file imports back to the same place', async () => {
    const here = await choiceOptions(page);
    await page.click('#tool-saves');
    await page.fill('#name-slot-1', 'Before the union');
    await page.click('[data-action="save-slot-1"]');
    expect(await page.textContent('#saves-dialog .dialog-status')).toMatch(/Saved/);
    expect(await page.textContent('[data-slot="slot-1"]')).toContain('Before the union');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-slot-1"]')]);
    const file = readFileSync(await dl.path(), 'utf8');
    await page.keyboard.press('Escape');
    await pick(1);
    expect(await choiceOptions(page)).not.toEqual(here);

    const bad: [string, string, RegExp][] = [
      ['truncated.json', file.slice(0, Math.floor(file.length / 2)), /not readable|cut short/],
      ['foreign.json', JSON.stringify({ name: 'Another game', level: 3 }), /not a Turning Points save/],
      ['tampered.json', file.replace('"option":', '"option":"x","was":'), /damaged|changed after it was saved|not readable/],
      ['edited.json', file.replace(/"chose":\["[^"]*"/, '"chose":["<b>Edited by hand</b>"'), /changed after it was saved/],
      ['newer.json', file.replace('"format":2', '"format":7'), /newer version/],
      ['other-path.json', file.replace(/"chose":\[/, '"chose":["Sail to America",'), /changed after it was saved/],
    ];
    await page.click('#tool-saves');
    for (const [name, text, message] of bad) {
      await page.setInputFiles('#import-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await page.waitForFunction(() => (document.querySelector('#saves-dialog .dialog-status')?.textContent ?? '') !== '');
      expect(await page.textContent('#saves-dialog .dialog-status'), name).toMatch(message);
      // a refused file harms nothing: the slot is still there and the game goes on
      expect(await page.textContent('[data-slot="slot-1"]')).toContain('Before the union');
      await page.evaluate(() => {
        const s = document.querySelector('#saves-dialog .dialog-status');
        if (s) s.textContent = '';
      });
    }
    await page.setInputFiles('#import-file', { name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.waitForSelector('#saves-dialog', { state: 'detached' });
    expect(await choiceOptions(page)).toEqual(here);
  });

  it('settings survive a reload', async () => {
    await page.click('#tool-settings');
    await page.selectOption('#set-size', 'largest');
    await page.selectOption('#set-theme', 'contrast');
    await page.selectOption('#set-spacing', 'loose');
    await page.selectOption('#set-font', 'dyslexic');
    await page.keyboard.press('Escape');
    await page.reload();
    await page.waitForFunction(() => window.__tpReady === true);
    // a returning player is welcomed back: Continue
    await page.click('#welcome-dialog [data-action="continue"]');
    const d = await page.evaluate(() => ({ ...document.documentElement.dataset }));
    expect(d).toMatchObject({ textSize: 'largest', theme: 'contrast', lineSpacing: 'loose', font: 'dyslexic' });
    await page.waitForFunction(() => document.fonts.check('16px OpenDyslexic'));
    const size = await page.$eval('#story p', (p) => parseFloat(getComputedStyle(p).fontSize));
    expect(size).toBeGreaterThan(28);
  });

  it('chapter select jumps to a decision point already reached, as history had it', async () => {
    await page.evaluate(() => localStorage.setItem('turning-points:reached', JSON.stringify(['DP04a'])));
    await page.click('#tool-chapters');
    await page.waitForSelector('#chapters-dialog[open]');
    expect(await page.isDisabled('[data-action="jump-DP11"]')).toBe(true);
    await page.click('[data-action="jump-DP04a"]');
    await page.waitForSelector('#chapters-dialog', { state: 'detached' });
    const options = (await choiceOptions(page)).map((o) => o.option);
    expect(options).toContain('martov');
    expect(await page.getAttribute('#where .place', 'data-place')).toMatch(/london/);
  });

  it('plays one part on its own, as history had it, to a debrief of that part', async () => {
    await page.click('#tool-chapters');
    await page.waitForSelector('#chapters-dialog[open]');
    await page.click('[data-action="part-bloc_1912"]');
    await page.waitForFunction(() => (document.querySelector('#where .date') as HTMLElement | null)?.dataset.date?.startsWith('19'));
    for (let i = 0; i < 60 && !(await page.$('.debrief')); i++) await pick(1);
    await page.waitForSelector('.debrief');
    expect(await page.textContent('.debrief .kicker')).toMatch(/end of this part/i);
    const rows = await page.$$eval('.debrief .report-table tbody tr', (r) => r.map((x) => (x as HTMLElement).dataset.decision));
    expect(rows).toEqual(['DP10', 'DP11']);
    expect(await page.$$eval('#choices button', (b) => b.length)).toBe(0);
  });
});
