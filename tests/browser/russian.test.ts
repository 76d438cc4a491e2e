// The game in Russian: a browser whose language is Russian gets Russian from the first paint (no English
// first), the language can be switched in Settings mid-story without losing the place, the verdict card,
// the glossary and the debrief read in Russian, axe finds nothing, and screenshots at three sizes go to
// test-results/ru/ to be looked at.

import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadContent } from '../../scripts/content.ts';
import { loadLanguage } from '../../scripts/i18n-lib.ts';
import { launch } from './chromium.ts';
import { axeViolations as axe, choiceOptions, SHOTS, sidewaysOverflow } from './page-tools.ts';

const content = loadContent();
const ru = loadLanguage('ru');
const RU_SHOTS = `${SHOTS}ru/`;
mkdirSync(RU_SHOTS, { recursive: true });
const SIZES = [
  [390, 844],
  [1366, 768],
  [1920, 1080],
] as const;
/** Cyrillic letters, and English words of more than three letters (a sign of untranslated text) */
const CYRILLIC = /[А-Яа-яЁё]/;
const cyrillicShare = (text: string) => {
  const letters = text.replace(/[^A-Za-zА-Яа-яЁё]/g, '');
  return letters.length === 0 ? 0 : letters.replace(/[^А-Яа-яЁё]/g, '').length / letters.length;
};
const t = (id: string) => {
  const v = ru[id];
  if (typeof v !== 'string') throw new Error(`no Russian for ${id}`);
  return v;
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(locale: string, width = 1366, height = 768, settings?: object): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale });
  const page = await context.newPage();
  page.on('pageerror', (e) => {
    throw e;
  });
  page.on('dialog', (d) => void d.accept());
  if (settings) {
    await page.addInitScript((s) => {
      if (!localStorage.getItem('turning-points:settings')) localStorage.setItem('turning-points:settings', s);
    }, JSON.stringify(settings));
  }
  return page;
}

/** A page opened on the game, its script ready. */
async function ready(locale: string, width?: number, height?: number, settings?: object): Promise<Page> {
  const page = await open(locale, width, height, settings);
  await page.goto(inject('baseUrl'));
  await page.waitForFunction(() => window.__tpReady === true);
  return page;
}

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('#choices button[disabled]'));
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

/** Plays on by history's choices until a decision's verdict card is open; returns the decision. */
async function toFirstVerdict(page: Page): Promise<string> {
  for (let step = 0; step < 40; step++) {
    const options = await choiceOptions(page);
    const entry = content.record.find(
      (e) => options.some((o) => o.option) && options.every((o) => e.options.some((x) => x.id === o.option)),
    );
    const i = entry ? options.findIndex((o) => o.option === entry.chosen) : 0;
    await page.keyboard.press(String(i + 1));
    if (entry) {
      await page.waitForSelector('dialog[open] .verdict');
      return entry.id;
    }
    await settle(page);
  }
  throw new Error('no decision reached');
}

describe('the game in Russian', () => {
  it('a Russian browser gets Russian on the first screen before any script runs, and <html lang="ru">', async () => {
    const page = await open('ru-RU');
    // the prerendered page alone: the game's scripts never arrive (the inline ones run: they are the page's)
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(inject('baseUrl'));
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    expect(await page.textContent('#choices-heading')).toBe(t('ui.choicesLabel'));
    expect(await page.textContent('#tool-saves')).toBe(t('ui.tools.saves'));
    const story = (await page.textContent('#story')) ?? '';
    expect(cyrillicShare(story)).toBeGreaterThan(0.9);
    const choices = await choiceOptions(page);
    expect(choices.length).toBeGreaterThan(0);
    for (const c of choices) expect(c.text).toMatch(CYRILLIC);
    expect(await page.title()).toMatch(CYRILLIC);
    // nothing of the English page is left in the document (a template is inert, not shown)
    expect(await page.$$eval('body > :not(template)', (els) => els.map((e) => e.textContent ?? '').join(' '))).not.toContain('Step back');
    await page.context().close();
  });

  it('an English browser still gets English, and the Russian page is never shown', async () => {
    const page = await ready('en-GB');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('#choices-heading')).toBe('What do you do?');
    // no Cyrillic font was fetched for an English page
    const fonts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => /woff2?$/.test(n)),
    );
    expect(fonts).toEqual([]);
    await page.context().close();
  });

  it('plays on in Russian, with the first screen, a verdict card and the glossary in Russian (screenshots at three sizes)', async () => {
    for (const [w, h] of SIZES) {
      const page = await ready('ru-RU', w, h, { textSpeed: 'instant' });
      await settle(page);
      await page.waitForFunction(() => document.fonts.status === 'loaded');
      expect(await page.evaluate(() => document.fonts.check('16px "PT Serif"', 'Бронштейн'))).toBe(true);
      await page.screenshot({ path: `${RU_SHOTS}first-screen-${w}.png` });
      const decision = await toFirstVerdict(page);
      const card = (await page.textContent('dialog[open] .verdict')) ?? '';
      expect(card).toContain(t('ui.verdictHeading'));
      expect(card).toContain(t(`record.${decision}.title`));
      expect(cyrillicShare(card)).toBeGreaterThan(0.85);
      // Russian dates: the month in the genitive
      expect(card).toMatch(/\d+ (\(\d+\) )?(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)/);
      await page.screenshot({ path: `${RU_SHOTS}verdict-${w}.png` });
      // nothing spills out of the card sideways on a phone
      const overflow = await page.$eval('dialog[open]', (d) => d.scrollWidth - d.clientWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      await page.keyboard.press('Escape');
      await page.waitForSelector('dialog[open]', { state: 'detached' });
      await settle(page);
      if (w === 1366) {
        // the story after the choice is Russian, and so is the echo of the choice taken
        expect(cyrillicShare((await page.textContent('#story')) ?? '')).toBeGreaterThan(0.9);
        expect(await page.textContent('#story .echo')).toContain(t('ui.echoPrefix'));
        // a glossary link: its card in Russian
        const term = await page.$('#story button.term');
        if (term) {
          await term.click();
          const gloss = (await page.textContent('dialog[open]')) ?? '';
          expect(cyrillicShare(gloss)).toBeGreaterThan(0.85);
          await page.keyboard.press('Escape');
        }
        expect(await axe(page)).toEqual([]);
      }
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await page.context().close();
    }
  });

  it('switching to Russian in Settings mid-story keeps the place and shows the story, the choices and the interface in Russian', async () => {
    const page = await ready('en-GB', 1366, 768, { textSpeed: 'instant' });
    await toFirstVerdict(page);
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', { state: 'detached' });
    await settle(page);
    await page.keyboard.press('1');
    await page.waitForFunction(() => !!document.querySelector('dialog[open]') || document.querySelectorAll('#story .echo').length >= 2);
    if (await page.$('dialog[open]')) await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', { state: 'detached' });
    await settle(page);
    const before = {
      paragraphs: await page.$$eval('#story p', (els) => els.length),
      place: await page.getAttribute('#where .place', 'data-place'),
      choices: (await choiceOptions(page)).map((c) => c.index),
      story: (await page.textContent('#story')) ?? '',
    };
    expect(cyrillicShare(before.story)).toBe(0);
    await page.click('#tool-settings');
    await page.selectOption('#set-language', 'ru');
    // the settings reopen in Russian, with the focus on the language
    await page.waitForFunction((title) => document.querySelector('#settings-dialog h2')?.textContent === title, t('ui.settings.title'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('set-language');
    await page.keyboard.press('Escape');
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    expect(await page.textContent('#tool-saves')).toBe(t('ui.tools.saves'));
    expect(await page.textContent('#choices-heading')).toBe(t('ui.choicesLabel'));
    const after = {
      paragraphs: await page.$$eval('#story p', (els) => els.length),
      place: await page.getAttribute('#where .place', 'data-place'),
      choices: await choiceOptions(page),
      story: (await page.textContent('#story')) ?? '',
    };
    expect(after.place).toBe(before.place);
    expect(after.paragraphs).toBe(before.paragraphs);
    expect(after.choices.map((c) => c.index)).toEqual(before.choices);
    expect(cyrillicShare(after.story)).toBeGreaterThan(0.9);
    for (const c of after.choices) expect(c.text).toMatch(CYRILLIC);
    expect(await page.textContent('#where .date')).toMatch(
      /(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)/,
    );
    // the story goes on from the same place, in Russian
    await page.keyboard.press('1');
    await page.waitForFunction(() => !!document.querySelector('dialog[open]') || document.querySelectorAll('#story .echo').length >= 2);
    if (await page.$('dialog[open]')) {
      // a decision: its verdict card is in Russian too
      expect(await page.textContent('dialog[open]')).toContain(t('ui.verdictHeading'));
      await page.keyboard.press('Escape');
    }
    await page.waitForFunction(() => document.querySelectorAll('#story .echo').length >= 2);
    expect(await page.$$eval('#story .echo', (els) => els.map((e) => e.textContent ?? '').pop())).toContain(t('ui.echoPrefix'));
    // a reload keeps the language (stored with the settings), and back to English works the same way
    await page.reload();
    await page.waitForFunction(() => window.__tpReady === true);
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    expect(cyrillicShare((await page.textContent('#story')) ?? '')).toBeGreaterThan(0.9);
    if (await page.$('#welcome-dialog[open]')) await page.keyboard.press('Escape');
    await page.click('#tool-settings');
    await page.selectOption('#set-language', 'en');
    await page.waitForFunction(() => document.querySelector('#settings-dialog h2')?.textContent === 'Settings');
    await page.keyboard.press('Escape');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(cyrillicShare((await page.textContent('#story')) ?? '')).toBe(0);
    await page.context().close();
  });

  it('the debrief of a part played alone reads in Russian (screenshots at three sizes)', async () => {
    const page = await ready('ru-RU', 1366, 768, { textSpeed: 'instant' });
    await page.click('#tool-chapters');
    await page.click('button[data-action="part-bloc_1912"]');
    for (let step = 0; step < 80 && !(await page.$('[data-ending]')); step++) {
      const options = await choiceOptions(page);
      if (options.length === 0) break;
      const entry = content.record.find(
        (e) => options.some((o) => o.option) && options.every((o) => e.options.some((x) => x.id === o.option)),
      );
      // leave history at the first decision, so the debrief shows a path that differs
      const pick = entry ? options.findIndex((o) => (step < 3 ? o.option !== entry.chosen : o.option === entry.chosen)) : 0;
      await page.keyboard.press(String(Math.max(0, pick) + 1));
      await page.waitForFunction(
        () =>
          !!document.querySelector('dialog[open]') ||
          !!document.querySelector('[data-ending]') ||
          !document.querySelector('#choices button[disabled]'),
      );
      if (await page.$('dialog[open] .verdict')) await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('dialog[open]'));
      await settle(page);
    }
    await page.waitForSelector('[data-ending]');
    const debrief = (await page.textContent('#debrief-area')) ?? '';
    expect(debrief).toContain(t('ui.debrief.partEnd'));
    expect(debrief).toContain(t('ui.debrief.tableCaption'));
    // the sources are cited as published (English titles stay English); everything else is Russian
    const withoutSources = await page.$eval('#debrief-area', (el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      for (const cell of copy.querySelectorAll('td:last-child, th:last-child, cite')) cell.remove();
      return copy.textContent ?? '';
    });
    expect(cyrillicShare(withoutSources)).toBeGreaterThan(0.95);
    expect(
      withoutSources.match(/.{0,40}(January|February|March|April|May|June|July|August|September|October|November|December).{0,40}/g),
    ).toBeNull();
    for (const [w, h] of SIZES) {
      await page.setViewportSize({ width: w, height: h });
      await page.$eval('#debrief-area', (el) => el.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${RU_SHOTS}debrief-${w}.png` });
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    }
    await page.context().close();
  });

  it('the classroom in Russian: the episodes, a role card, and an episode on the projector up to the class’s vote, axe clean', async () => {
    const page = await ready('ru-RU', 1920, 1080, { textSpeed: 'instant' });
    await page.click('#tool-classroom');
    await page.waitForSelector('#class-menu[open]');
    const menu = (await page.textContent('#class-menu')) ?? '';
    expect(menu).toContain(t('ui.classroom.menuTitle'));
    expect(menu).toContain(t('episode.1903.title'));
    await page.click('button[data-action="view-cards-1903"]');
    await page.waitForSelector('#roles-dialog[open]');
    const cards = (await page.textContent('#roles-dialog')) ?? '';
    expect(cards).toContain(t('ui.classroom.goals'));
    expect(cyrillicShare(cards)).toBeGreaterThan(0.9);
    await page.screenshot({ path: `${RU_SHOTS}role-cards-1920.png` });
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Escape');
    // the episode on the projector: its brief, the banner and the class's vote panel, in Russian
    await page.click('[data-action="start-aug-1917"]');
    await page.waitForSelector('#brief-dialog[open]');
    expect(cyrillicShare((await page.textContent('#brief-dialog')) ?? '')).toBeGreaterThan(0.9);
    await page.click('[data-action="begin-episode"]');
    await page.waitForFunction(() => document.documentElement.dataset.mode === 'projector' && !document.querySelector('dialog[open]'));
    expect(await page.textContent('#class-banner')).toContain(t('episode.aug-1917.title'));
    for (let step = 0; step < 60 && !(await page.$('.vote-panel')); step++) {
      await page.keyboard.press('1');
      await page.waitForFunction(() => !document.querySelector('dialog[open]') && !document.querySelector('#choices button[disabled]'));
    }
    const panel = (await page.textContent('.vote-panel')) ?? '';
    expect(cyrillicShare(panel)).toBeGreaterThan(0.9);
    for (const c of await choiceOptions(page)) expect(panel).toContain(c.text.replace(/^\d+/, '').trim());
    await page.screenshot({ path: `${RU_SHOTS}class-vote-1920.png` });
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });

  it('on a phone at the largest text in the reading-help font (Andika: OpenDyslexic has no Cyrillic), the name and the panels fit', async () => {
    const page = await ready('ru-RU', 390, 844, { textSize: 'largest', font: 'dyslexic', textSpeed: 'instant' });
    await page.waitForFunction(() => document.fonts.check('16px Andika', 'Щ') && document.fonts.status === 'loaded');
    expect(await page.evaluate(() => [...document.fonts].some((f) => f.family === 'Andika' && f.status === 'loaded'))).toBe(true);
    // the game's name stands whole in the bar, not cut to "ПОВОРОТНЫЕ МОМЕН…"
    expect(await page.$eval('.brand', (el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await page.click('#tool-menu');
    await page.click('#tool-settings');
    await page.waitForSelector('#settings-dialog[open]');
    expect(await page.$eval('#settings-dialog', (d) => d.scrollWidth - d.clientWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${RU_SHOTS}settings-largest-andika-390.png` });
    await page.context().close();
  });

  it('reads aloud in the language on screen: the utterance is Russian, in a Russian voice', async () => {
    const page = await open('ru-RU', 1366, 768, { readAloud: true, textSpeed: 'instant' });
    await page.addInitScript(() => {
      const spoken: { lang: string; text: string; voice: string }[] = [];
      (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
      const voices = [
        { name: 'English', lang: 'en-GB', default: true, localService: true, voiceURI: 'en' },
        { name: 'Русский', lang: 'ru-RU', default: false, localService: true, voiceURI: 'ru' },
      ];
      // a plain utterance, so the fake voices can be given to it
      class Utterance {
        lang = '';
        rate = 1;
        voice: { name: string } | null = null;
        constructor(readonly text: string) {}
      }
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
      Object.defineProperty(window, 'speechSynthesis', {
        value: {
          speak: (u: SpeechSynthesisUtterance) => spoken.push({ lang: u.lang, text: u.text, voice: u.voice?.name ?? '' }),
          cancel: () => undefined,
          getVoices: () => voices,
        },
      });
    });
    await page.goto(inject('baseUrl'));
    await page.waitForFunction(() => window.__tpReady === true);
    // the opening turn is read as soon as it is on screen
    await page.waitForFunction(() => (window as unknown as { __spoken: unknown[] }).__spoken.length > 0);
    const said = await page.evaluate(() =>
      (window as unknown as { __spoken: { lang: string; text: string; voice: string }[] }).__spoken.at(-1),
    );
    expect(said?.lang).toBe('ru-RU');
    expect(said?.voice).toBe('Русский');
    expect(cyrillicShare(said?.text ?? '')).toBeGreaterThan(0.9);
    await page.context().close();
  });
});
