// What the browser tests read off the page: choices, the verdict, canvas pixels.

import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const SHOTS = new URL('../../test-results/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

export async function choiceOptions(page: Page): Promise<{ index: number; option: string | null; text: string }[]> {
  return page.$$eval('#choices button[data-choice]', (bs) =>
    bs.map((b) => ({
      index: Number((b as HTMLElement).dataset.choice),
      option: (b as HTMLElement).dataset.option ?? null,
      text: b.textContent ?? '',
    })),
  );
}

/**
 * Counts distinct colours on the stage canvas in view (sampled); a blank canvas has one or two.
 * `centre` samples only the middle ninth (a flat-filled centre has one).
 */
export async function canvasColours(page: Page, centre = false): Promise<number> {
  return page.evaluate((mid) => {
    // the canvas the player sees: Phaser's while it draws, its still copy at rest (src/stage/index.ts)
    const src = [...document.querySelectorAll<HTMLCanvasElement>('#stage canvas')].find(
      (c) => !c.hidden && getComputedStyle(c).visibility !== 'hidden',
    );
    if (!src || src.width === 0) return 0;
    const t = document.createElement('canvas');
    t.width = mid ? 96 : 160;
    t.height = mid ? 54 : 90;
    const ctx = t.getContext('2d');
    if (!ctx) return 0;
    if (mid) ctx.drawImage(src, src.width / 3, src.height / 3, src.width / 3, src.height / 3, 0, 0, t.width, t.height);
    else ctx.drawImage(src, 0, 0, t.width, t.height);
    const d = ctx.getImageData(0, 0, t.width, t.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < d.length; i += 4) seen.add(((d[i] ?? 0) >> 3) * 1024 + ((d[i + 1] ?? 0) >> 3) * 32 + ((d[i + 2] ?? 0) >> 3));
    return seen.size;
  }, centre);
}

/**
 * Takes the first choice by key and waits until the story has moved on: the opening choice is a
 * decision whose verdict opens once the record's chunk has arrived (slower on a busy machine), so
 * wait for the verdict or the echo, close the verdict, and wait for the next choices to be live.
 */
export async function takeFirstChoice(page: Page): Promise<void> {
  await page.keyboard.press('1');
  await page.waitForFunction(() => !!document.querySelector('dialog[open]') || document.querySelectorAll('#story .echo').length > 0);
  if (await page.$('dialog[open]')) await page.keyboard.press('Escape');
  await page.waitForFunction(
    () => document.querySelectorAll('#story .echo').length > 0 && !document.querySelector('#choices button[disabled]'),
  );
}

/** axe-core's WCAG 2.1 A and AA violations on the page (or inside `include`), once new text has faded in. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  // paragraphs fade in: measure contrast once they have finished arriving
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const r = await builder.analyze();
  return r.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}

/** How far the page reaches past the viewport sideways (0 or less: nothing to scroll sideways). */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
