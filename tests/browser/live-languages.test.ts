// A live room in two languages at once, in real Chromium against the real room server: the projector in
// English, one phone in Russian (its browser's language) and one in English that switches to Russian in
// the middle of the vote. Each phone shows its role card, the ballot and the interface in its own words;
// the votes are option ids, so the projector counts the Russian phone's vote under the English option.
// Then the other way round: a Russian projector counts an English phone's vote under the Russian option.
// Screenshots go to test-results/ru/.

import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { compileStory, loadClassroom, loadContent } from '../../scripts/content.ts';
import { loadLanguage } from '../../scripts/i18n-lib.ts';
import { fill } from '../../src/core/i18n.ts';
import type { LiveServer } from '../../src/server/server.ts';
import { launch } from './chromium.ts';
import { startRoomServer } from './live-host.ts';
import { axeViolations as axe, SHOTS } from './page-tools.ts';

const RU_SHOTS = `${SHOTS}ru/`;
mkdirSync(RU_SHOTS, { recursive: true });

const content = loadContent();
const classroom = loadClassroom(content, compileStory().json ?? '');
const episode = classroom.episodes.find((e) => e.id === '1903')!;
/** a vote the whole class takes (no body weighs it): the count is one vote a phone */
const DECISION = 'DP04-bund';
const record = content.record.find((x) => x.id === DECISION)!;
const RU = loadLanguage('ru');
/** a Russian text of the tables (the test fails if it is missing) */
const ru = (id: string): string => {
  const t = RU[id];
  if (typeof t !== 'string' || t.trim() === '') throw new Error(`no Russian text for ${id}`);
  return t;
};
const enLabel = (o: string) => record.options.find((x) => x.id === o)?.label ?? o;
const ruLabel = (o: string) => ru(`record.${DECISION}.options.${o}.label`);
const roleOf = (name: string, lang: 'en' | 'ru') =>
  episode.roles.find((r) => (lang === 'en' ? r.name : ru(`episode.1903.roles.${r.id}.name`)) === name)?.id ?? '';

let server: LiveServer;
let url: string;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function page(locale: string, width: number, height: number, phone: boolean): Promise<Page> {
  const ctx = await browser.newContext({ locale, viewport: { width, height }, isMobile: phone, hasTouch: phone });
  contexts.push(ctx);
  const p = await ctx.newPage();
  if (!phone)
    await p.addInitScript(() => {
      if (!localStorage.getItem('turning-points:settings'))
        localStorage.setItem('turning-points:settings', JSON.stringify({ textSpeed: 'instant' }));
    });
  return p;
}

/** Opens a live room for 1903 on a projector page; returns its join code. */
async function openRoom(projector: Page): Promise<string> {
  await projector.goto(`${url}/`);
  await projector.waitForFunction(() => window.__tpReady === true);
  await projector.click('#tool-classroom');
  await projector.click('[data-action="live-1903"]');
  await projector.waitForSelector('#live-room .live-code[data-code]');
  return (await projector.getAttribute('#live-room .live-code', 'data-code')) ?? '';
}

async function join(phone: Page, code: string): Promise<void> {
  await phone.goto(`${url}/join?code=${code}`);
  await phone.waitForSelector('#live-code');
  await phone.click('.live-join button[type="submit"]');
  await phone.waitForSelector('main[data-phase="seated"]');
}

/** The phone's language switch: pressed, and the page's `lang` follows. */
async function switchTo(phone: Page, lang: 'en' | 'ru'): Promise<void> {
  await phone.click(`.live-lang button[data-lang="${lang}"]`);
  await phone.waitForFunction((l) => document.documentElement.lang === l, lang);
  expect(await phone.getAttribute(`.live-lang button[data-lang="${lang}"]`, 'aria-pressed')).toBe('true');
}

/** A full page of the phone, and whether any of its text runs past the screen's width. */
async function overflow(phone: Page): Promise<string[]> {
  return phone.$$eval('main *', (els) =>
    els
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && e.getBoundingClientRect().width > 0)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${(e.textContent ?? '').slice(0, 40)}`),
  );
}

beforeAll(async () => {
  ({ server, url } = await startRoomServer(content, classroom));
  browser = await launch();
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
});

describe('an English projector, a Russian phone and a phone that switches', () => {
  let projector: Page;
  let phoneRu: Page;
  let phoneEn: Page;
  let code = '';
  let roleRu = '';
  let roleEn = '';

  it('each phone opens in its browser’s language; the projector keeps the game’s', async () => {
    projector = await page('en-GB', 1366, 768, false);
    phoneRu = await page('ru-RU', 390, 844, true);
    phoneEn = await page('en-US', 390, 844, true);
    code = await openRoom(projector);
    expect(await projector.getAttribute('html', 'lang')).toBe('en');
    expect(await projector.textContent('#live-room')).toContain('Open the vote');

    await phoneRu.goto(`${url}/join`);
    await phoneRu.waitForSelector('#live-code');
    expect(await phoneRu.getAttribute('html', 'lang')).toBe('ru');
    expect(await phoneRu.textContent('h1')).toBe(ru('ui.live.joinTitle'));
    expect(await phoneRu.title()).toBe(ru('ui.live.page.title'));
    expect(await phoneRu.textContent('.live-join button[type="submit"]')).toBe(ru('ui.live.join'));
    expect(await phoneRu.getAttribute('.live-lang button[data-lang="ru"]', 'aria-pressed')).toBe('true');
    expect(await axe(phoneRu)).toEqual([]);
    await phoneRu.screenshot({ path: `${RU_SHOTS}live-phone-join.png` });
    await join(phoneRu, code);
    await join(phoneEn, code);
    expect(await phoneEn.getAttribute('html', 'lang')).toBe('en');
    expect(await phoneEn.textContent('.live-status')).toMatch(/Wait for your teacher/);
    expect(await phoneRu.textContent('.live-status')).toBe(ru('ui.live.seatWaiting'));
    await projector.waitForFunction(() => document.querySelectorAll('#live-room .live-seats li').length === 2);
  });

  it('the sides are balanced: the Russian phone reads its role card in Russian, the projector names its side in English', async () => {
    await projector.click('[data-action="live-balance"]');
    await phoneRu.waitForSelector('.live-card:not([hidden]) h3');
    await phoneEn.waitForSelector('.live-card:not([hidden]) h3');
    roleRu = roleOf((await phoneRu.textContent('.live-card h3')) ?? '', 'ru');
    roleEn = roleOf((await phoneEn.textContent('.live-card h3')) ?? '', 'en');
    expect(roleRu).not.toBe('');
    expect(roleEn).not.toBe('');
    const card = `episode.1903.roles.${roleRu}`;
    expect(await phoneRu.textContent('h1')).toBe(fill(ru('ui.live.youAre'), { faction: ru(`${card}.name`), n: 1 }, 'ru'));
    expect(await phoneRu.textContent('.live-card h2')).toBe(ru('ui.live.roleCard'));
    expect(await phoneRu.textContent('.live-card p')).toBe(ru(`${card}.who`));
    expect(await phoneRu.textContent('.live-card li')).toBe(ru(`${card}.goals.0`));
    // the projector shows the same seat in the game's language
    const english = episode.roles.find((r) => r.id === roleRu)?.name ?? '?';
    await projector.waitForFunction((n) => (document.querySelector('#live-room .live-seats')?.textContent ?? '').includes(n), english);
    expect(await overflow(phoneRu)).toEqual([]);
    expect(await axe(phoneRu)).toEqual([]);
    await phoneRu.screenshot({ path: `${RU_SHOTS}live-phone-card.png`, fullPage: true });
  });

  it('the vote: each phone votes in its own language, switches mid-vote and keeps its vote; the projector counts option ids', async () => {
    await projector.selectOption('#live-decision', DECISION);
    await projector.click('[data-action="live-open"]');
    await phoneRu.waitForSelector('.live-ballot input[type="radio"]');
    await phoneEn.waitForSelector('.live-ballot input[type="radio"]');

    // the Russian phone's ballot: the question, the options, the aim and the button in Russian
    expect(await phoneRu.textContent('.live-ballot legend')).toBe(ru(`record.${DECISION}.title`));
    expect(await phoneRu.textContent('.live-ballot label[for="live-option-0"]')).toBe(ruLabel('oppose'));
    expect(await phoneRu.textContent('.live-ballot button[type="submit"]')).toBe(ru('ui.live.castVote'));
    expect(await phoneRu.textContent('.live-ballot')).toContain(ru(`episode.1903.roles.${roleRu}.aims.${DECISION}`));
    await phoneRu.check('.live-ballot input[value="oppose"]');
    await phoneRu.fill('#live-reason', 'Партия должна быть единой');
    await phoneRu.click('.live-ballot button[type="submit"]');
    await phoneRu.waitForSelector('.live-your-vote:not(:empty)');
    expect(await phoneRu.textContent('.live-your-vote')).toBe(fill(ru('ui.live.yourVote'), { option: ruLabel('oppose') }, 'ru'));
    await phoneRu.evaluate(() => window.scrollTo(0, 0));
    await phoneRu.screenshot({ path: `${RU_SHOTS}live-phone-ballot.png` });
    // the voices of its side, opened, in Russian (where its side spoke at this vote)
    if (await phoneRu.$('.live-voices')) {
      await phoneRu.click('.live-voices summary');
      expect(await phoneRu.textContent('.live-voices summary')).toBe(ru('ui.live.voicesOfYourSide'));
    }
    expect(await overflow(phoneRu)).toEqual([]);
    expect(await axe(phoneRu)).toEqual([]);
    await phoneRu.screenshot({ path: `${RU_SHOTS}live-phone-ballot-full.png`, fullPage: true });

    // the Russian phone switches to English after voting: the same vote, now in English; and back
    await switchTo(phoneRu, 'en');
    expect(await phoneRu.textContent('.live-ballot legend')).toBe(record.title);
    expect(await phoneRu.textContent('.live-your-vote')).toContain(enLabel('oppose'));
    expect(await phoneRu.isChecked('.live-ballot input[value="oppose"]')).toBe(true);
    expect(await phoneRu.inputValue('#live-reason')).toBe('Партия должна быть единой');
    expect(await phoneRu.textContent('.live-card h3')).toBe(episode.roles.find((r) => r.id === roleRu)?.name);
    expect(await phoneRu.isVisible('.live-voices .live-voice')).toBe(!!(await phoneRu.$('.live-voices')));
    await switchTo(phoneRu, 'ru');
    expect(await phoneRu.textContent('.live-your-vote')).toContain(ruLabel('oppose'));

    // the English phone picks and types, switches to Russian before casting: its pick and its words stay
    await phoneEn.check('.live-ballot input[value="support"]');
    await phoneEn.fill('#live-reason', 'The Bund speaks for its workers');
    await switchTo(phoneEn, 'ru');
    expect(await phoneEn.textContent('.live-ballot label[for="live-option-1"]')).toBe(ruLabel('support'));
    expect(await phoneEn.isChecked('.live-ballot input[value="support"]')).toBe(true);
    expect(await phoneEn.inputValue('#live-reason')).toBe('The Bund speaks for its workers');
    expect(await phoneEn.textContent('.live-card h3')).toBe(ru(`episode.1903.roles.${roleEn}.name`));
    await phoneEn.click('.live-ballot button[type="submit"]');
    await phoneEn.waitForSelector('.live-your-vote:not(:empty)');
    expect(await phoneEn.textContent('.live-your-vote')).toContain(ruLabel('support'));
    // its choice is kept on the phone: a reload comes back in Russian, to the same vote
    await phoneEn.reload();
    await phoneEn.waitForSelector('main[data-phase="seated"] .live-your-vote:not(:empty)');
    expect(await phoneEn.getAttribute('html', 'lang')).toBe('ru');
    expect(await phoneEn.textContent('.live-your-vote')).toContain(ruLabel('support'));
    expect(await phoneEn.isChecked('.live-ballot input[value="support"]')).toBe(true);

    await projector.waitForFunction(() => /2 of 2 have voted/.test(document.querySelector('#live-room .live-count')?.textContent ?? ''));
  });

  it('the vote closes: the projector counts each vote under its English option, each phone reads the outcome in its own', async () => {
    await projector.click('[data-action="live-close"]');
    await projector.waitForSelector(`#live-room .live-debrief li[data-decision="${DECISION}"]`);
    const debrief = (await projector.textContent('#live-room .live-debrief')) ?? '';
    expect(debrief).toContain(`${enLabel('oppose')}: 1 vote`);
    expect(debrief).toContain(`${enLabel('support')}: 1 vote`);
    // the Russian phone's reason, under its side's English name and the English option
    const side = episode.roles.find((r) => r.id === roleRu)?.name ?? '?';
    expect(debrief).toContain(`${side} — ${enLabel('oppose')}: Партия должна быть единой`);
    // nothing else on the projector is Russian: the phone's language stayed on the phone
    expect(debrief.replace('Партия должна быть единой', '')).not.toMatch(/[А-Яа-яЁё]/);
    await projector.locator('#live-room .live-debrief').scrollIntoViewIfNeeded();
    await projector.screenshot({ path: `${RU_SHOTS}live-projector-en-1366.png` });
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await projector.locator('#live-room .live-debrief').scrollIntoViewIfNeeded();
    await projector.screenshot({ path: `${RU_SHOTS}live-projector-en-1920.png` });

    await phoneRu.waitForSelector(`.live-results li[data-decision="${DECISION}"]`);
    const results = (await phoneRu.textContent('.live-results')) ?? '';
    expect(results.startsWith(ru('ui.live.results'))).toBe(true);
    expect(results).toContain(ru(`record.${DECISION}.title`));
    expect(await axe(phoneRu)).toEqual([]);
    expect(await overflow(phoneRu)).toEqual([]);
    await phoneRu.screenshot({ path: `${RU_SHOTS}live-phone-results.png`, fullPage: true });
  });
});

describe('a Russian projector and an English phone', () => {
  it('the projector shows the room in Russian and counts the English phone’s vote under the Russian option', async () => {
    const projector = await page('ru-RU', 1366, 768, false);
    const phone = await page('en-US', 390, 844, true);
    const code = await openRoom(projector);
    expect(await projector.getAttribute('html', 'lang')).toBe('ru');
    expect(await projector.textContent('#live-room [data-action="live-open"]')).toBe(ru('ui.live.openBallot'));
    await join(phone, code);
    expect(await phone.getAttribute('html', 'lang')).toBe('en');
    await projector.click('[data-action="live-balance"]');
    await phone.waitForSelector('.live-card:not([hidden]) h3');
    await projector.selectOption('#live-decision', DECISION);
    await projector.click('[data-action="live-open"]');
    await phone.waitForSelector('.live-ballot input[type="radio"]');
    expect(await phone.textContent('.live-ballot legend')).toBe(record.title);
    await phone.check('.live-ballot input[value="silent"]');
    await phone.click('.live-ballot button[type="submit"]');
    await phone.waitForSelector('.live-your-vote:not(:empty)');
    const voted = fill(ru('ui.live.voted'), { n: 1, of: 1 }, 'ru');
    await projector.waitForFunction((t) => document.querySelector('#live-room .live-count')?.textContent === t, voted);
    await projector.click('[data-action="live-close"]');
    await projector.waitForSelector(`#live-room .live-debrief li[data-decision="${DECISION}"]`);
    const debrief = (await projector.textContent('#live-room .live-debrief')) ?? '';
    expect(debrief).toContain(fill(ru('ui.live.classChose'), { title: ru(`record.${DECISION}.title`), winner: ruLabel('silent') }, 'ru'));
    expect(debrief).toContain(fill(ru('ui.live.votesFor'), { option: ruLabel('silent'), votes: 1 }, 'ru'));
    await projector.locator('#live-room .live-debrief').scrollIntoViewIfNeeded();
    await projector.screenshot({ path: `${RU_SHOTS}live-projector-ru-1366.png` });
    await phone.waitForSelector(`.live-results li[data-decision="${DECISION}"]`);
    expect(await phone.textContent('.live-results')).toContain(`the class chose “${enLabel('silent')}”`);
  });
});
