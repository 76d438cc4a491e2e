// Every place of the chapter (and every view of a place) drawn by the real stage at 1366x768: one labelled
// image, test-results/contact-sheet.png; no two places share a picture, none is blank.

import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { contactSheet, placeShots, SHEET } from '../../scripts/contact-sheet.ts';
import { compileStory, loadContent } from '../../scripts/content.ts';
import { launch } from './chromium.ts';

const content = loadContent();
const compiled = compileStory();
if (!compiled.json) throw new Error('the story does not compile');
const shots = placeShots(compiled.json, content, 12);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the contact sheet', () => {
  it('draws every place, no two alike and none blank, into one labelled image', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(inject('baseUrl'));
    await page.waitForSelector('#stage[data-ready="true"]', { timeout: 30_000 });
    const res = await contactSheet(page, shots);
    writeFileSync(SHEET, res.png);
    expect(shots.length).toBeGreaterThanOrEqual(Object.keys(content.places).length);
    expect(res.png.length, 'a sheet was drawn').toBeGreaterThan(100_000);
    expect(res.blank, 'places drawn blank').toEqual([]);
    expect(res.alike, `pairs of places with the same picture (closest: ${JSON.stringify(res.closest)})`).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
