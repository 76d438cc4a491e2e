// Reading on every screen (issue 13), at a phone (390×844), a laptop (1366×768) and a projector
// (1920×1080): the first minute orients and shows the first choice; a verdict opens as a summary that
// fits one screen, the rest one tap away, remembered, and back after a reload; every dialog stays within
// the screen at the largest text in OpenDyslexic; the debrief spans the page and prints with content.

import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadContent } from '../../scripts/content.ts';
import { launch } from './chromium.ts';
import { choiceOptions, SHOTS } from './page-tools.ts';

const SIZES = [
  { width: 390, height: 844, mobile: true },
  { width: 1366, height: 768, mobile: false },
  { width: 1920, height: 1080, mobile: false },
] as const;
type Size = (typeof SIZES)[number];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(size: Size, settings: Record<string, unknown> = {}, storage: Record<string, string> = {}): Promise<Page> {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: size.width, height: size.height },
    ...(size.mobile ? { isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  page.on('dialog', (d) => void d.accept());
  await page.addInitScript(
    ([s, kv]) => {
      if (sessionStorage.getItem('tp-test-seeded')) return;
      sessionStorage.setItem('tp-test-seeded', '1');
      localStorage.setItem('turning-points:settings', JSON.stringify({ textSpeed: 'instant', motion: 'reduce', ...s }));
      for (const [k, v] of Object.entries(kv)) localStorage.setItem(k, v);
      window.print = () => undefined;
    },
    [settings, storage] as const,
  );
  await page.goto(inject('baseUrl'));
  await page.waitForFunction(() => window.__tpReady === true);
  return page;
}

/** Clicks a toolbar button; on a phone the tools are in the Menu. */
async function tool(page: Page, id: string): Promise<void> {
  if (await page.isVisible('#tool-menu')) {
    await page.click('#tool-menu');
    await page.waitForSelector(`#${id}`, { state: 'visible' });
  }
  await page.click(`#${id}`);
}

const tag = (s: Size) => `${s.width}x${s.height}`;

/** What of an element lies outside the viewport horizontally, or is cut by it vertically where it cannot scroll. */
async function overflowing(page: Page, selector: string): Promise<string[]> {
  return page.$eval(selector, (root) => {
    const out: string[] = [];
    const vw = document.documentElement.clientWidth;
    for (const el of [root, ...root.querySelectorAll('*')]) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < -1 || r.right > vw + 1) {
        out.push(
          `${el.tagName.toLowerCase()}.${(el as HTMLElement).className || ''} "${(el.textContent ?? '').slice(0, 40)}" ${Math.round(r.left)}..${Math.round(r.right)} of ${vw}`,
        );
      }
    }
    return out.slice(0, 8);
  });
}

async function finishFades(page: Page): Promise<void> {
  await page.evaluate(() => document.getAnimations().forEach((a) => a.finish()));
}

describe.each(SIZES)('reading at $width×$height', (size) => {
  it('the first minute: a title screen on the game, who you are and the calendars; the first choice in view', async () => {
    const page = await open(size);
    const intro = await page.waitForSelector('#intro:not([hidden])');
    const words = (await intro.textContent()) ?? '';
    expect(words).toContain('Turning Points');
    expect(words).toMatch(/You are Lev Davidovich Bronstein/);
    expect(words).toMatch(/Old Style/);
    expect(words).toContain('1 (13) April');
    await finishFades(page);
    await page.screenshot({ path: `${SHOTS}reading-first-${tag(size)}.png` });

    // the first choice can be seen and clicked without scrolling on a laptop and a projector
    const first = await page.$eval('#choices button', (b) => {
      const r = b.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return { top: r.top, bottom: r.bottom, own: !!hit && b.contains(hit), scrollY: window.scrollY };
    });
    if (!size.mobile) {
      expect(first.scrollY).toBe(0);
      expect(first.bottom).toBeLessThanOrEqual(size.height);
      expect(first.own, 'nothing covers the first choice').toBe(true);
    }

    // the words of the interface fit the device: "tap" on a touch screen, keys on a keyboard
    const howto = (await page.textContent('#howto')) ?? '';
    if (size.mobile) {
      expect(howto).toMatch(/tap/i);
      expect(howto).not.toMatch(/press 1 to 9/);
    } else expect(howto).toMatch(/press 1 to 9/);

    // one toolbar row: on a phone the tools fold into one Menu
    const bar = await page.$eval('.bar', (b) => b.getBoundingClientRect().height);
    expect(bar).toBeLessThan(size.mobile ? 60 : 70);

    // Begin puts the title screen away; About brings the same words back
    await page.click('#intro [data-action="begin"]');
    expect(await page.isHidden('#intro')).toBe(true);
    await tool(page, 'tool-about');
    const about = await page.waitForSelector('#about-dialog[open]');
    expect(await about.textContent()).toContain('1 (13) April');
    expect(await overflowing(page, '#about-dialog')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.context().close();
  });

  it('a verdict opens as a summary that fits the screen; the rest is one tap away, remembered, and back after a reload', async () => {
    const page = await open(size);
    await page.click('#intro [data-action="begin"]');
    // the opening is the first decision: take history's choice
    await page.click('#choices button[data-option="workers"]');
    await page.waitForSelector('dialog[open] .verdict');
    await finishFades(page);
    const fit = await page.$eval('dialog[open]', (d) => {
      const scroll = d.querySelector('.verdict-scroll') as HTMLElement;
      const r = d.getBoundingClientRect();
      return { scrolls: scroll.scrollHeight > scroll.clientHeight + 1, top: r.top, bottom: r.bottom, vh: innerHeight };
    });
    // on a laptop and a projector the summary fits without scrolling (a phone scrolls the card, not the page)
    if (!size.mobile) expect(fit.scrolls, 'the summary fits without scrolling').toBe(false);
    expect(fit.top).toBeGreaterThanOrEqual(0);
    expect(fit.bottom).toBeLessThanOrEqual(fit.vh);
    expect(await page.isHidden('#verdict-more')).toBe(true);
    expect(await page.textContent('.verdict-summary')).toMatch(/You chose/);
    await page.screenshot({ path: `${SHOTS}reading-verdict-summary-${tag(size)}.png` });
    if (size.width === 1920) {
      // the same card as the classroom's projector mode shows it, with its larger text: still one screen
      await page.evaluate(() => (document.documentElement.dataset.mode = 'projector'));
      const projected = await page.$eval('.verdict-scroll', (el) => el.scrollHeight <= el.clientHeight + 1);
      await page.screenshot({ path: `${SHOTS}reading-verdict-summary-projector-1920x1080.png` });
      await page.evaluate(() => delete document.documentElement.dataset.mode);
      expect(projected, 'the summary fits a projector without scrolling').toBe(true);
    }

    await page.click('[data-action="verdict-more"]');
    expect(await page.isVisible('#verdict-more')).toBe(true);
    const more = (await page.textContent('#verdict-more')) ?? '';
    // the source named in plain words, and what that means for a reader
    expect(more).toMatch(/popular biography of Trotsky written by his admirers/);
    expect(more).toMatch(/Trotskyist point of view/);
    expect(more).not.toMatch(/our source chapter/);
    expect(await overflowing(page, 'dialog[open]')).toEqual([]);
    await page.screenshot({ path: `${SHOTS}reading-verdict-full-${tag(size)}.png` });

    // a reload with the card open brings the card back, opened as the player left it
    await page.reload();
    await page.waitForFunction(() => window.__tpReady === true);
    await page.waitForSelector('dialog[open] .verdict[data-decision="DP01"]');
    expect(await page.isVisible('#verdict-more')).toBe(true);
    await page.click('[data-action="verdict-more"]');
    await page.click('[data-action="close-verdict"]');
    await page.waitForSelector('dialog[open]', { state: 'detached' });
    // closed, it stays closed; the next card opens as a summary again
    await page.reload();
    await page.waitForFunction(() => window.__tpReady === true);
    const welcome = await page.waitForSelector('#welcome-dialog[open]');
    expect(await page.$('dialog[open] .verdict')).toBeNull();
    await (await welcome.$('[data-action="continue"]'))?.click();
    await page.context().close();
  });

  it('every dialog and panel stays within the screen at the largest text in OpenDyslexic (Settings at every size)', async () => {
    const page = await open(
      size,
      { textSize: 'largest', font: 'dyslexic', reasons: true },
      { 'turning-points:reached': JSON.stringify(['DP01', 'DP04a']) },
    );
    await page.waitForFunction(() => document.fonts.check('16px OpenDyslexic'));
    expect(await overflowing(page, '.layout')).toEqual([]);
    expect(await overflowing(page, '.bar')).toEqual([]);
    await page.click('#intro [data-action="begin"]');
    const panels: [string, string][] = [
      ['tool-settings', '#settings-dialog'],
      ['tool-saves', '#saves-dialog'],
      ['tool-backlog', '#backlog-dialog'],
      ['tool-chapters', '#chapters-dialog'],
      ['tool-about', '#about-dialog'],
      ['tool-classroom', 'dialog[open]'],
    ];
    for (const [id, sel] of panels) {
      await tool(page, id);
      await page.waitForSelector(`${sel}[open], ${sel}:is([open])`);
      expect(await overflowing(page, 'dialog[open]'), id).toEqual([]);
      if (id === 'tool-settings') {
        await page.screenshot({ path: `${SHOTS}reading-settings-largest-${tag(size)}.png` });
        // and at every other text size, changed from the open panel
        for (const textSize of ['small', 'normal', 'large', 'larger', 'largest']) {
          await page.selectOption('#set-size', textSize);
          expect(await overflowing(page, 'dialog[open]'), `settings at ${textSize}`).toEqual([]);
          expect(await overflowing(page, '.layout'), `the page at ${textSize}`).toEqual([]);
        }
      }
      await page.keyboard.press('Escape');
      await page.waitForSelector('dialog[open]', { state: 'detached' });
    }
    await page.click('#voices-btn');
    await page.waitForSelector('dialog[open]');
    expect(await overflowing(page, 'dialog[open]'), 'voices').toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', { state: 'detached' });
    // the glossary arrives in its own chunk: a link answers once it is there
    for (let i = 0; i < 10 && !(await page.$('.glossary-dialog[open]')); i++) {
      await page.click('#story button.term');
      await page.waitForTimeout(300);
    }
    await page.waitForSelector('.glossary-dialog[open]');
    expect(await overflowing(page, 'dialog[open]'), 'glossary').toEqual([]);
    await page.keyboard.press('Escape');
    await page.click('#choices button[data-option="workers"]');
    await page.waitForSelector('#reason-dialog[open]');
    expect(await overflowing(page, 'dialog[open]'), 'reason').toEqual([]);
    await page.fill('#reason-input', 'The workers can organise.');
    await page.click('[data-action="commit-reason"]');
    await page.waitForSelector('dialog[open] .verdict');
    await page.click('[data-action="verdict-more"]');
    expect(await overflowing(page, 'dialog[open]'), 'verdict').toEqual([]);
    await page.screenshot({ path: `${SHOTS}reading-verdict-largest-${tag(size)}.png` });
    await page.click('[data-action="close-verdict"]');
    await page.waitForSelector('dialog[open]', { state: 'detached' });
    // the welcome back of a returning player
    await page.reload();
    await page.waitForSelector('#welcome-dialog[open]');
    expect(await overflowing(page, 'dialog[open]'), 'welcome').toEqual([]);
    await page.context().close();
  });

  it('the debrief spans the page with its actions on top, a chart with year labels, and prints with Ctrl+P', async () => {
    const page = await open(size, {}, { 'turning-points:reached': JSON.stringify(['DP21']) });
    await page.click('#intro [data-action="begin"]');
    await tool(page, 'tool-chapters');
    await page.click('[data-action="jump-DP21"]');
    await page.waitForSelector('#chapters-dialog', { state: 'detached' });
    for (let i = 0; i < 40 && !(await page.$('.debrief')); i++) {
      const verdict = await page.$('dialog[open] [data-action="close-verdict"]');
      if (verdict) await verdict.click();
      else await page.click('#choices button >> nth=0').catch(() => undefined);
      await page.waitForFunction(() => !document.querySelector('#choices button[disabled]') || !!document.querySelector('dialog[open]'));
    }
    await page.waitForSelector('.debrief');
    // no empty block where the choices were
    expect(await page.isVisible('#choices-dock')).toBe(false);
    const layout = await page.$eval('.debrief', (d) => {
      const r = d.getBoundingClientRect();
      const first = (sel: string) => d.querySelector(sel)?.getBoundingClientRect().top ?? Infinity;
      return { width: r.width, print: first('[data-action="print-report"]'), chart: first('.path-picture'), table: first('.report-table') };
    });
    // full width (less the page's margins), the actions before the chart and the table
    expect(layout.width).toBeGreaterThan(Math.min(size.width, 1280) * 0.85);
    expect(layout.print).toBeLessThan(layout.chart);
    expect(layout.print).toBeLessThan(layout.table);
    const years = await page.$$eval('.debrief .pp-year', (t) => t.map((x) => x.textContent));
    for (const y of ['1903', '1905', '1912', '1917']) expect(years).toContain(y);
    // year labels large enough to read across a room (at least 14 px on a laptop or a projector, 12 on a phone)
    const px = await page.$eval('.debrief .pp-year', (t) => t.getBoundingClientRect().height);
    expect(px).toBeGreaterThanOrEqual(size.mobile ? 12 : 14);
    // no reasons were typed: the report does not speak of them
    expect(await page.textContent('#print-report')).not.toMatch(/reason/i);
    // a saved report opens again in a dialog that stays within the screen
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-json"]')]);
    await page.click('[data-action="open-report"]');
    await page.setInputFiles('#report-file', (await download.path()) ?? '');
    await page.waitForSelector('#report-dialog .report-table');
    expect(await overflowing(page, '#report-dialog'), 'a saved report').toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', { state: 'detached' });
    await page.locator('.debrief').scrollIntoViewIfNeeded();
    await finishFades(page);
    await page.screenshot({ path: `${SHOTS}reading-debrief-${tag(size)}.png` });
    await page.screenshot({ path: `${SHOTS}reading-debrief-full-${tag(size)}.png`, fullPage: true });
    if (size.width !== 1366) return page.context().close();

    // the browser's own Print, without the button: the report alone, not a blank page
    await page.setViewportSize({ width: 688, height: 1000 }); // an A4 page's width inside 14 mm margins
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      sheet: getComputedStyle(document.getElementById('print-report') as HTMLElement).display,
      layout: getComputedStyle(document.querySelector('.layout') as HTMLElement).display,
      text: (document.getElementById('print-report') as HTMLElement).innerText,
      yearPt: ((document.querySelector('#print-report .pp-year') as SVGTextElement).getBoundingClientRect().height / 1.2) * 0.75,
    }));
    expect(printed.sheet).toBe('block');
    expect(printed.layout).toBe('none');
    expect(printed.text).toMatch(/Turning Points/);
    expect(printed.text).toMatch(/dustbin|Martov/);
    // the chart's year labels are at least 9 pt on paper
    expect(printed.yearPt).toBeGreaterThanOrEqual(9);
    await page.screenshot({ path: `${SHOTS}reading-report-print.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    // every page carries text (no blank page, no page that is one empty block)
    const perPage = textRunsPerContentStream(pdf);
    expect(perPage.length).toBe(pages);
    for (const runs of perPage) expect(runs).toBeGreaterThan(20);
    await page.emulateMedia({ media: 'screen' });
    await page.context().close();
  });
});

describe('every verdict of the chapter', () => {
  it.each([
    { size: SIZES[1], projector: false },
    { size: SIZES[2], projector: true },
  ])(
    'opens as a summary that fits one screen at each decision of history’s path ($size.width, projector text: $projector)',
    async ({ size, projector }) => {
      const content = loadContent();
      const page = await open(size);
      await page.click('#intro [data-action="begin"]');
      const tooTall: string[] = [];
      let seen = 0;
      for (let step = 0; step < 200 && !(await page.$('[data-ending]')); step++) {
        const options = await choiceOptions(page);
        const entry = content.record.find((e) => options.length > 0 && options.every((o) => e.options.some((x) => x.id === o.option)));
        const pick = entry ? options.findIndex((o) => o.option === entry.chosen) : 0;
        await page.keyboard.press(String(Math.max(0, pick) + 1));
        if (entry) {
          await page.waitForSelector('dialog[open] .verdict');
          // the classroom's projector mode and its larger text (the presenter sets it only in class play)
          if (projector) await page.evaluate(() => (document.documentElement.dataset.mode = 'projector'));
          const fits = await page.$eval('.verdict-scroll', (el) => el.scrollHeight <= el.clientHeight + 1);
          if (!fits) {
            tooTall.push(entry.id);
            await page.screenshot({ path: `${SHOTS}reading-verdict-too-tall-${entry.id}-${size.width}.png` });
          }
          seen++;
          await page.keyboard.press('Escape');
          await page.waitForSelector('dialog[open]', { state: 'detached' });
        }
        await page.waitForFunction(() => !document.querySelector('#choices button[disabled]'));
      }
      expect(seen).toBe(content.record.length);
      expect(tooTall).toEqual([]);
      await page.context().close();
    },
  );
});

describe('on a phone', () => {
  const phone = SIZES[0];
  it('the stage stays in view above the text at a change of place, and the menu holds every tool', async () => {
    const page = await open(phone, {}, { 'turning-points:reached': JSON.stringify(['DP04a']) });
    await page.click('#intro [data-action="begin"]');
    const place = await page.getAttribute('#where .place', 'data-place');
    await tool(page, 'tool-chapters');
    await page.click('[data-action="jump-DP04a"]');
    await page.waitForSelector('#chapters-dialog', { state: 'detached' });
    await page.waitForFunction((p) => document.querySelector('#where .place')?.getAttribute('data-place') !== p, place);
    // scroll down the text as a reader does: the stage stays at the top of the screen
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(200);
    const view = await page.evaluate(() => {
      const s = (document.getElementById('stage') as HTMLElement).getBoundingClientRect();
      const menu = (document.getElementById('tool-menu') as HTMLElement).getBoundingClientRect();
      return { top: s.top, bottom: s.bottom, height: s.height, vh: innerHeight, scrolled: scrollY, menu: menu.top };
    });
    expect(view.scrolled).toBeGreaterThan(0);
    // the Menu stays at hand too
    expect(view.menu).toBeGreaterThanOrEqual(0);
    expect(view.top).toBeGreaterThanOrEqual(0);
    expect(view.bottom).toBeLessThanOrEqual(view.vh * 0.35);
    expect(view.height).toBeGreaterThan(100);
    await finishFades(page);
    await page.screenshot({ path: `${SHOTS}reading-phone-scrolled-390x844.png` });

    await page.click('#tool-menu');
    expect(await page.getAttribute('#tool-menu', 'aria-expanded')).toBe('true');
    for (const id of ['tool-backlog', 'tool-saves', 'tool-chapters', 'tool-settings', 'tool-about', 'tool-classroom', 'restart']) {
      expect(await page.isVisible(`#${id}`), id).toBe(true);
    }
    expect(await overflowing(page, '.bar')).toEqual([]);
    await page.screenshot({ path: `${SHOTS}reading-phone-menu-390x844.png` });
    await page.keyboard.press('Escape');
    expect(await page.getAttribute('#tool-menu', 'aria-expanded')).toBe('false');
    await page.context().close();
  });
});

describe('the small things', () => {
  it.each(SIZES)('after each choice the new text starts in view, not under the stage or the choices ($width×$height)', async (size) => {
    const page = await open(size);
    await page.click('#intro [data-action="begin"]');
    let below = 0;
    for (let i = 0; i < 24 && below < 3; i++) {
      const turns = await page.locator('#story > .turn').count();
      const decision = !!(await page.$('#choices button[data-option]'));
      await page.keyboard.press('1');
      if (decision) {
        await page.waitForSelector('dialog[open] .verdict');
        await page.keyboard.press('Escape');
        await page.waitForSelector('dialog[open]', { state: 'detached' });
      }
      await page.waitForFunction((n) => document.querySelectorAll('#story > .turn').length > n, turns);
      // the scroll happens in the frame that shows the text
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const seen = await page.evaluate(() => {
        const turn = [...document.querySelectorAll('#story > .turn')].pop() as HTMLElement;
        const first = turn.querySelector(':scope > :not(.echo)') as HTMLElement;
        const r = first.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + 8, r.top + 6);
        const end = scrollY >= document.documentElement.scrollHeight - innerHeight - 1;
        return { top: r.top, inPage: r.top + scrollY, vh: innerHeight, own: !!hit && first.contains(hit), end };
      });
      expect(seen.own, `choice ${i + 1}: the first new paragraph is not covered`).toBe(true);
      expect(seen.top).toBeGreaterThanOrEqual(0);
      // near the top of the screen, unless the page ends before it can go higher
      if (!seen.end) expect(seen.top).toBeLessThan(seen.vh * 0.4);
      // count the turns that began below the first screen: the page had to bring them up
      if (seen.inPage > seen.vh) below++;
    }
    expect(below, 'turns that began below the first screen').toBe(3);
    await page.context().close();
  });

  it('once the oldest text leaves the page (a long game), the new text still starts in view when all is still, and older text is plain', async () => {
    // the default speed and full motion: the new-text tint is on
    const page = await open(SIZES[1], { textSpeed: 'fast', motion: 'full' });
    await page.click('#intro [data-action="begin"]');
    const top = () =>
      page.evaluate(() => {
        const turn = [...document.querySelectorAll('#story > .turn')].pop() as HTMLElement;
        return (turn.querySelector(':scope > :not(.echo)') as HTMLElement).getBoundingClientRect().top;
      });
    let trimmed = 0;
    for (let i = 0; i < 60 && trimmed < 3; i++) {
      // the story's last block now (a count would not do: old turns leave as new ones come)
      await page.evaluate(() => ((document.querySelector('#story > :last-child') as HTMLElement).dataset.was = ''));
      const first = await page.locator('#story > *').first().textContent();
      await page.keyboard.press('1');
      await page.waitForFunction(() => !!document.querySelector('dialog[open], #story > :last-child:not([data-was])'));
      if (await page.$('dialog[open]')) {
        await page.keyboard.press('Escape');
        await page.waitForSelector('dialog[open]', { state: 'detached' });
      }
      await page.waitForFunction(() => !!document.querySelector('#story > :last-child:not([data-was])'));
      if (await page.$('[data-ending]')) break;
      // still: a few frames and a moment after the text
      await page.waitForTimeout(150);
      if ((await page.locator('#story > *').first().textContent()) === first) continue;
      trimmed++;
      const t = await top();
      expect(t, `choice ${i + 1}, with old text gone from the top`).toBeGreaterThanOrEqual(0);
      expect(t).toBeLessThan(768 * 0.4);
    }
    expect(trimmed, 'turns after which old text left the page').toBe(3);
    // text that is no longer new gives up its mark once its tint has faded (the tint, and the layer of
    // its own the tint needs): after one more choice only the newest text still has it
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await page.evaluate(() => ((document.querySelector('#story > :last-child') as HTMLElement).dataset.was = ''));
    await page.keyboard.press('1');
    if (await page.waitForSelector('dialog[open]', { timeout: 1000 }).catch(() => null)) await page.keyboard.press('Escape');
    await page.waitForFunction(() => !!document.querySelector('#story > :last-child.seen:not([data-was])'));
    // (the marks are taken off when the page is idle)
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => setTimeout(r, 0))));
    const marked = await page.$$eval('#story > *', (els) =>
      els.map((el) => ({ tint: getComputedStyle(el, '::before').content !== 'none', layer: getComputedStyle(el).isolation === 'isolate' })),
    );
    expect(marked.length).toBeGreaterThan(3);
    expect(
      marked.slice(0, -1).filter((m) => m.tint || m.layer),
      'older text still marked as new',
    ).toEqual([]);
    expect(marked.at(-1), 'the newest text keeps its mark while it fades').toEqual({ tint: true, layer: true });
    await page.context().close();
  });

  it('the new text is readable from its first frame at the default speed, on a tint that fades; at the slow speed it fades in', async () => {
    for (const speed of ['fast', 'slow'] as const) {
      const page = await open(SIZES[1], { textSpeed: speed, motion: 'full' });
      await page.click('#intro [data-action="begin"]');
      // what the new turn looks like in the first frame that shows it
      await page.evaluate(() => {
        const w = window as unknown as { __firstFrame?: unknown };
        new MutationObserver((records, mo) => {
          const turn = records.flatMap((r) => [...r.addedNodes]).find((n) => n instanceof HTMLElement && n.classList.contains('turn'));
          if (!(turn instanceof HTMLElement)) return;
          mo.disconnect();
          requestAnimationFrame(() => {
            const mark = getComputedStyle(turn, '::before');
            w.__firstFrame = { text: Number(getComputedStyle(turn).opacity), tint: mark.content === 'none' ? 0 : Number(mark.opacity) };
          });
        }).observe(document.getElementById('story') as HTMLElement, { childList: true });
      });
      const decision = !!(await page.$('#choices button[data-option]'));
      await page.keyboard.press('1');
      if (decision) {
        await page.waitForSelector('dialog[open] .verdict');
        await page.keyboard.press('Escape');
      }
      const first = (await (
        await page.waitForFunction(() => (window as unknown as { __firstFrame?: unknown }).__firstFrame)
      ).jsonValue()) as {
        text: number;
        tint: number;
      };
      if (speed === 'fast') {
        expect(first.text, 'the text is fully there in its first frame').toBe(1);
        expect(first.tint, 'a tint behind it marks it as new').toBeGreaterThan(0.5);
      } else expect(first.text, 'at the slow speed the text fades in').toBeLessThan(0.3);
      // and when the marks have faded the text stands on the plain page (the tint begins to fade once the
      // turn has been shown: it is marked seen just after that first frame)
      await page.waitForFunction(
        () =>
          !!document.querySelector('#story > .turn:last-child.seen') && document.getAnimations().every((a) => a.playState !== 'running'),
      );
      const after = await page.$eval('#story > .turn:last-child', (t) => ({
        text: Number(getComputedStyle(t).opacity),
        tint: getComputedStyle(t, '::before').content === 'none' ? 0 : Number(getComputedStyle(t, '::before').opacity),
      }));
      expect(after, speed).toEqual({ text: 1, tint: 0 });
      await page.context().close();
    }
  });

  it('a glossary word keeps its punctuation; the backlog has no stray numbers; locked jumps look disabled', async () => {
    const page = await open(SIZES[1], {}, { 'turning-points:reached': JSON.stringify(['DP01']) });
    await page.click('#intro [data-action="begin"]');
    await page.waitForSelector('#story button.term');
    // "Bronstein." : the word and its full stop cannot be split across two lines
    const glued = await page.$$eval('#story .term-glue', (g) =>
      g.map((x) => ({ text: x.textContent ?? '', nowrap: getComputedStyle(x).whiteSpace === 'nowrap' })),
    );
    expect(glued.length).toBeGreaterThan(0);
    for (const g of glued) {
      expect(g.nowrap).toBe(true);
      expect(g.text).toMatch(/^[^\s\p{L}\p{N}]*[\p{L}\p{N}][\s\S]*?[^\s\p{L}\p{N}]*$/u);
    }
    // at any width, the punctuation after a glossary word sits on the word's line
    const split: string[] = [];
    for (let width = 1000; width <= 1366; width += 4) {
      await page.setViewportSize({ width, height: 768 });
      split.push(
        ...(await page.$$eval('#story .term-glue', (glues) =>
          glues.flatMap((g) => {
            const term = g.querySelector('.term')?.getBoundingClientRect();
            const after = g.lastChild;
            if (!term || !after || after.nodeType !== Node.TEXT_NODE) return [];
            const range = document.createRange();
            range.selectNodeContents(after);
            const r = range.getBoundingClientRect();
            return Math.abs(r.bottom - term.bottom) > term.height / 2 ? [`${g.textContent} at ${innerWidth}px`] : [];
          }),
        )),
      );
    }
    expect(split).toEqual([]);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.keyboard.press('1');
    await page.waitForSelector('dialog[open] .verdict');
    await page.keyboard.press('Escape');
    await tool(page, 'tool-backlog');
    await page.waitForSelector('#backlog-dialog[open]');
    expect(await page.$eval('#backlog-dialog .backlog', (l) => getComputedStyle(l).listStyleType)).toBe('none');
    await page.keyboard.press('Escape');
    await tool(page, 'tool-chapters');
    await page.waitForSelector('#chapters-dialog[open]');
    const look = await page.evaluate(() => {
      const style = (sel: string) => {
        const b = document.querySelector(sel) as HTMLElement;
        const s = getComputedStyle(b);
        return { opacity: Number(s.opacity), cursor: s.cursor, border: s.borderStyle };
      };
      return { open: style('[data-action="jump-DP01"]'), locked: style('[data-action="jump-DP21"]') };
    });
    expect(look.open.opacity).toBe(1);
    expect(look.locked.opacity).toBeLessThan(0.7);
    expect(look.locked.cursor).toBe('not-allowed');
    await page.context().close();
  });
});

/** Counts the text-showing operators in each page's content stream of a PDF (Chromium writes one per page). */
function textRunsPerContentStream(pdf: Buffer): number[] {
  const out: number[] = [];
  const text = pdf.toString('latin1');
  const re = /stream\r?\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    let body: string;
    try {
      body = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue; // not a Flate stream (an image, a font)
    }
    if (/\bBT\b/.test(body) && /\bET\b/.test(body)) out.push((body.match(/T[jJ]\b/g) ?? []).length);
    re.lastIndex = end;
  }
  return out;
}
