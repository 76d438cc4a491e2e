// Compare with history: a divergent playthrough ends in a debrief that shows exactly where it left
// history; the report prints on one or two A4 pages and exports as JSON and CSV that match the play.

import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadContent } from '../../scripts/content.ts';
import { launch } from './chromium.ts';
import { choiceOptions, SHOTS } from './page-tools.ts';

const content = loadContent();
// leave history at these decisions (the first option that is not history's), follow it elsewhere
const DIVERGE = new Set(['DP01', 'DP04b', 'DP11']);

let browser: Browser;
let page: Page;
const taken: { decision: string; option: string; reason: string }[] = [];

beforeAll(async () => {
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('dialog', (d) => void d.accept());
  // the player asks to be asked for reasons (the setting), before the game starts
  await page.addInitScript(() => {
    if (!localStorage.getItem('turning-points:settings'))
      localStorage.setItem('turning-points:settings', JSON.stringify({ reasons: true, textSpeed: 'instant' }));
    window.print = () => undefined;
  });
  await page.goto(inject('baseUrl'));
  await page.waitForFunction(() => window.__tpReady === true);
  for (let step = 0; step < 300 && !(await page.$('[data-ending]')); step++) {
    const options = await choiceOptions(page);
    const isDecision = options.some((o) => o.option);
    if (!isDecision) {
      await page.keyboard.press('1');
    } else {
      const entry = content.record.find((e) => options.every((o) => e.options.some((x) => x.id === o.option)));
      if (!entry) throw new Error('unknown decision on screen');
      const pick = DIVERGE.has(entry.id) ? options.find((o) => o.option !== entry.chosen) : options.find((o) => o.option === entry.chosen);
      if (!pick?.option) throw new Error(`no option to pick at ${entry.id}`);
      await page.keyboard.press(String(options.indexOf(pick) + 1));
      await page.waitForSelector('#reason-dialog[open]');
      const reason = `Reason for ${entry.id}, "quoted", =SUM(1)`;
      await page.fill('#reason-input', reason);
      await page.keyboard.press('Enter');
      taken.push({ decision: entry.id, option: pick.option, reason });
      await page.waitForSelector('dialog[open] .verdict');
      await page.keyboard.press('Escape');
    }
    await page.waitForFunction(() => !document.querySelector('dialog[open]') && !document.querySelector('#choices button[disabled]'));
  }
}, 240_000);

afterAll(async () => {
  await browser?.close();
});

describe('the debrief of a divergent playthrough', () => {
  it('shows exactly the decisions where the path left history, in the table and the picture', async () => {
    await page.waitForSelector('.debrief');
    const diverged = await page.$$eval('.debrief .report-table tr.diverge', (rows) => rows.map((r) => (r as HTMLElement).dataset.decision));
    expect(diverged).toEqual(taken.filter((t) => DIVERGE.has(t.decision)).map((t) => t.decision));
    const nodes = await page.$$eval('.debrief .pp-node.diverge', (n) => n.map((x) => x.getAttribute('data-decision')));
    expect(nodes).toEqual(diverged);
    expect(await page.$$eval('.debrief .report-table tbody tr', (r) => r.length)).toBe(taken.length);
    expect(await page.textContent('.debrief')).toContain('Reason for DP01');
    await page.locator('.debrief').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}debrief-divergent-1366.png` });
  });

  it('exports JSON and CSV that parse and match the playthrough', async () => {
    const [jsonDl] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-json"]')]);
    const report = JSON.parse(readFileSync(await jsonDl.path(), 'utf8'));
    expect(report.kind).toBe('turning-points-report');
    expect(report.rows.map((r: { decision: string }) => r.decision)).toEqual(taken.map((t) => t.decision));
    expect(report.diverged).toEqual(taken.filter((t) => DIVERGE.has(t.decision)).map((t) => t.decision));
    expect(report.rows.map((r: { reason: string }) => r.reason)).toEqual(taken.map((t) => t.reason));

    const [csvDl] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-csv"]')]);
    const csv = readFileSync(await csvDl.path(), 'utf8')
      .trim()
      .split('\r\n');
    expect(csv[0]).toBe('decision,title,date,actor,yourChoice,reason,historicalChoice,matchesHistory,drift,source');
    expect(csv.length - 1).toBe(taken.length);
    // a reason that looks like a formula stays text, and quotes are escaped
    expect(csv[1]).toContain('"Reason for DP01, ""quoted"", =SUM(1)"');
    const falses = csv.slice(1).filter((l) => /,false,\d+,/.test(l)).length;
    expect(falses).toBe(DIVERGE.size);
  });

  it('prints the report alone on one or two A4 pages', async () => {
    await page.click('[data-action="print-report"]');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${SHOTS}report-print.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    try {
      // for a person to look at: the first printed page as a picture (pdftoppm, where installed)
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-', `${SHOTS}report-page`], { input: pdf });
    } catch {
      // no poppler here: the screenshot above is enough
    }
    await page.emulateMedia({ media: 'screen' });
  });
});
