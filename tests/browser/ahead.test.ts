// A choice taken after the page had a moment to itself was played ahead (ink) and its text built ahead
// (DOM) in idle time: the key only puts the text on the page. What the reader gets must be the same as
// when nothing could be readied: the same paragraphs, the same glossary links, the same choices.

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

const CHOICES = 14;

/** The story as a reader meets it: the markup, without the marks of new text (they fade on their own time). */
const STORY = () => {
  const copy = document.getElementById('story')!.cloneNode(true) as HTMLElement;
  for (const el of copy.querySelectorAll('.reveal, .seen')) {
    el.classList.remove('reveal', 'seen');
    if (!el.getAttribute('class')) el.removeAttribute('class');
  }
  return { story: copy.innerHTML, choices: document.getElementById('choices')!.innerHTML };
};

/**
 * Plays the first choice CHOICES times (closing each verdict). `idle`: the page is given its idle time
 * before each key (as a reader gives it); otherwise the page never has any (requestIdleCallback never
 * calls back), so nothing is readied ahead. Returns the story after each choice, and how many paragraphs
 * each key built (counted in document.createElement while the key's text was put on the page).
 */
async function play(idle: boolean): Promise<{ stories: ReturnType<typeof STORY>[]; built: number[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page: Page = await context.newPage();
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.addInitScript((noIdle: boolean) => {
    if (noIdle) window.requestIdleCallback = (() => 0) as typeof window.requestIdleCallback;
    const w = window as unknown as { __paras: number };
    w.__paras = 0;
    const create = document.createElement.bind(document);
    document.createElement = ((tag: string, o?: ElementCreationOptions) => {
      if (tag.toLowerCase() === 'p') w.__paras++;
      return create(tag, o);
    }) as typeof document.createElement;
  }, !idle);
  await page.goto(inject('baseUrl'));
  await page.waitForFunction(() => window.__tpReady === true);
  // the glossary's chunk has arrived: the links are in the text
  await page.waitForFunction(() => document.querySelectorAll('#story .term').length > 0, null, { timeout: 20_000 });
  const stories: ReturnType<typeof STORY>[] = [];
  const built: number[] = [];
  for (let i = 0; i < CHOICES; i++) {
    if (idle) await page.evaluate(() => new Promise((r) => setTimeout(() => requestIdleCallback(() => setTimeout(r, 300)), 300)));
    await page.evaluate(() => {
      (window as unknown as { __last: Element | null }).__last = document.getElementById('story')!.lastElementChild;
    });
    const decision = (await page.locator('#choices button[data-option]').count()) > 0;
    const before = await page.evaluate(() => (window as unknown as { __paras: number }).__paras);
    await page.keyboard.press('1');
    if (decision) {
      await page.waitForSelector('dialog[open]');
      await page.keyboard.press('Escape');
    }
    await page.waitForFunction(
      () =>
        document.getElementById('story')!.lastElementChild !== (window as unknown as { __last: Element | null }).__last &&
        !document.querySelector('#choices button[disabled]'),
    );
    if (!decision) built.push((await page.evaluate(() => (window as unknown as { __paras: number }).__paras)) - before);
    stories.push(await page.evaluate(STORY));
  }
  await context.close();
  return { stories, built };
}

describe('choices readied in idle time', () => {
  it('show the same text, links and choices as choices that were not, and the key builds none of it', async () => {
    const ready = await play(true);
    const cold = await play(false);
    expect(ready.stories.length).toBe(CHOICES);
    for (let i = 0; i < CHOICES; i++) expect(ready.stories[i], `after choice ${i + 1}`).toEqual(cold.stories[i]);
    // the text did need paragraphs: without idle time each key built them
    expect(cold.built.every((n) => n > 0)).toBe(true);
    // with it, the text of a choice that is not a decision was built ahead (a decision's next text is
    // readied too, but the verdict comes first, and the page is busy with it)
    expect(ready.built.filter((n) => n === 0).length).toBeGreaterThanOrEqual(ready.built.length - 1);
  });
});
