// The Phaser stage at three places of the chapter and three screen sizes, against the production build:
// the canvas is drawn (not blank), the header's place and date are the story's, and on a phone
// nothing overflows sideways. Screenshots go to test-results/stage-<place>-<w>x<h>.png.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { compileStory, loadContent } from '../../scripts/content.ts';
import { sessionAtDecision } from '../../src/core/jump.ts';
import { Session, type StageState } from '../../src/core/session.ts';
import { launch } from './chromium.ts';
import { canvasColours, SHOTS } from './page-tools.ts';

const content = loadContent();
const compiled = compileStory();
if (!compiled.json) throw new Error('the story does not compile');
const json = compiled.json;

/** What the story itself says the stage shows, computed in Node with the game's own core. */
function storyStage(decision: string | null): StageState {
  if (decision === null) return new Session(json, content).start().stage;
  const s = sessionAtDecision(json, content, decision);
  if (!s) throw new Error(`history's path does not reach ${decision}`);
  return s.current.stage;
}

// The first scene (Nikolayev 1897), the Bund debate (Brussels 1903), the July days (Petrograd 1917).
const STOPS: { decision: string | null; expect: StageState }[] = [null, 'DP04-bund', 'DP16'].map((d) => ({
  decision: d,
  expect: storyStage(d),
}));

const SIZES = [
  { width: 1920, height: 1080, mobile: false },
  { width: 1366, height: 768, mobile: false },
  { width: 390, height: 844, mobile: true },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Each canvas of the stage (Phaser's first, then its still copy): where it lies, a thumbnail of its pixels, and whether it is hidden. */
async function stageCanvases(page: Page): Promise<{ box: number[]; pixels: string; hidden: boolean }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLCanvasElement>('#stage canvas')].map((c) => {
      const r = c.getBoundingClientRect();
      const t = document.createElement('canvas');
      t.width = 64;
      t.height = 36;
      t.getContext('2d')?.drawImage(c, 0, 0, t.width, t.height);
      return {
        box: [r.x, r.y, r.width, r.height].map(Math.round),
        pixels: t.toDataURL(),
        hidden: getComputedStyle(c).visibility === 'hidden',
      };
    }),
  );
}

/** Waits until the stage canvas has stopped changing (a wipe between places takes ~400 ms). */
async function stageStill(page: Page): Promise<void> {
  await page.waitForTimeout(450);
  let last = '';
  for (let i = 0; i < 40; i++) {
    const now = (await stageCanvases(page))[0]?.pixels ?? '';
    if (now !== '' && now === last) return;
    last = now;
    await page.waitForTimeout(120);
  }
  throw new Error('the stage canvas never stopped changing');
}

async function header(page: Page): Promise<{ place: string | null; date: string | null }> {
  return {
    place: await page.getAttribute('#where .place', 'data-place'),
    date: await page.getAttribute('#where .date', 'data-date'),
  };
}

/** Where the autosave says the game is: the place and date its label shows (null before the first save). */
async function savedMeta(page: Page): Promise<{ place: string; date: string } | null> {
  const raw = await page.evaluate(() => localStorage.getItem('turning-points:autosave'));
  if (!raw) return null;
  return (JSON.parse(raw) as { meta: { place: string; date: string } }).meta;
}

async function jump(page: Page, decision: string): Promise<void> {
  // on a phone the tools are folded into the Menu
  if (await page.isVisible('#tool-menu')) await page.click('#tool-menu');
  await page.click('#tool-chapters');
  const btn = await page.waitForSelector(`[data-action="jump-${decision}"]:not([disabled])`);
  await btn.click();
  await page.waitForSelector('#chapters-dialog', { state: 'detached' });
}

async function checkStop(page: Page, stop: (typeof STOPS)[number], width: number, height: number): Promise<void> {
  const label = `${stop.expect.place} at ${width}x${height}`;
  await page.waitForFunction((p) => document.querySelector('#where .place')?.getAttribute('data-place') === p, stop.expect.place);
  await stageStill(page);
  // the text fades in paragraph by paragraph: finish the fades so the picture shows the settled page;
  // on a phone the stage sits above the text, which the jump scrolled to: take the whole page
  await page.evaluate(() => document.getAnimations().forEach((a) => a.finish()));
  await page.screenshot({ path: `${SHOTS}stage-${stop.expect.place}-${width}x${height}.png`, fullPage: width < 600 });

  // at rest the player sees a still copy of Phaser's canvas (cheaper for the browser to show in every
  // frame): it lies exactly over the canvas and has the same pixels
  await page.waitForSelector('#stage canvas.stage-still:not([hidden])');
  const copies = await stageCanvases(page);
  expect(copies.length, `Phaser's canvas and its still, ${label}`).toBe(2);
  const [live, still] = copies;
  expect(still?.box, `the still lies over the canvas, ${label}`).toEqual(live?.box);
  expect(still?.pixels, `the still shows the canvas's picture, ${label}`).toBe(live?.pixels);
  expect([live?.hidden, still?.hidden], label).toEqual([true, false]);

  // (a) the canvas is drawn: many colours overall, and more than one in the middle
  expect(await canvasColours(page), `colours on the canvas, ${label}`).toBeGreaterThan(24);
  expect(await canvasColours(page, true), `colours in the canvas's centre, ${label}`).toBeGreaterThan(3);

  // (b) the header shows the story's place and date (New Style), and so does the autosaved turn
  expect(await header(page), label).toEqual({ place: stop.expect.place, date: stop.expect.date?.ns ?? '' });
  const saved = await savedMeta(page);
  if (stop.decision !== null) {
    expect(saved?.place, `autosave place, ${label}`).toBe(await page.textContent('#where .place'));
    expect(saved?.date, `autosave date, ${label}`).toBe(await page.textContent('#where .date'));
  }

  // (c) on a phone nothing runs off the right edge: page, text panel, canvas, choices
  if (width < 600) {
    const box = await page.evaluate(() => {
      const r = (el: Element | null) => {
        const b = el?.getBoundingClientRect();
        return b ? { left: Math.floor(b.left), right: Math.ceil(b.right) } : null;
      };
      return {
        scrollWidth: document.documentElement.scrollWidth,
        panel: r(document.querySelector('.text-panel')),
        canvas: r(document.querySelector('#stage canvas')),
        choices: [...document.querySelectorAll<HTMLElement>('#choices button[data-choice]')].map((b) => ({
          ...r(b),
          cut: b.scrollWidth > b.clientWidth + 1,
          text: b.textContent ?? '',
        })),
      };
    });
    expect(box.scrollWidth, `page width, ${label}`).toBeLessThanOrEqual(width);
    for (const part of [box.panel, box.canvas]) {
      expect(part, label).not.toBeNull();
      expect(part?.left ?? -1, label).toBeGreaterThanOrEqual(0);
      expect(part?.right ?? width + 1, label).toBeLessThanOrEqual(width);
    }
    expect(box.choices.length, `choices, ${label}`).toBeGreaterThan(0);
    for (const c of box.choices) {
      expect(c.left ?? -1, `choice "${c.text}"`).toBeGreaterThanOrEqual(0);
      expect(c.right ?? width + 1, `choice "${c.text}"`).toBeLessThanOrEqual(width);
      expect(c.cut, `choice "${c.text}" cut off`).toBe(false);
    }
  }
}

describe('the stage at three places and three sizes', () => {
  for (const size of SIZES) {
    it(`draws Nikolayev 1897, Brussels 1903 and Petrograd 1917 at ${size.width}x${size.height}`, async () => {
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        ...(size.mobile ? { isMobile: true, hasTouch: true } : {}),
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      // jumping away from a game in progress asks first: yes
      page.on('dialog', (d) => void d.accept());
      // chapter select offers the decisions this browser has reached
      const reached = STOPS.flatMap((s) => (s.decision ? [s.decision] : []));
      await page.addInitScript((r) => localStorage.setItem('turning-points:reached', JSON.stringify(r)), reached);
      await page.goto(inject('baseUrl'));
      await page.waitForFunction(() => window.__tpReady === true);
      await page.waitForSelector('#stage[data-ready="true"]', { timeout: 30_000 });
      for (const stop of STOPS) {
        if (stop.decision) await jump(page, stop.decision);
        await checkStop(page, stop, size.width, size.height);
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
