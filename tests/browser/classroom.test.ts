// Classroom mode at projector size: a teacher runs the 1903 episode, enters the class's votes, and
// reaches the class debrief; role cards print one per page; axe-core finds nothing in projector mode.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { compileStory, loadClassroom, loadContent } from '../../scripts/content.ts';
import { historicalChoice, sessionAtPart } from '../../src/core/jump.ts';
import { launch } from './chromium.ts';
import { choiceOptions, SHOTS } from './page-tools.ts';

const content = loadContent();
const classroom = loadClassroom(content, compileStory().json ?? '');
const episode = classroom.episodes.find((e) => e.id === '1903');

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('dialog', (d) => void d.accept());
  await page.addInitScript(() => {
    window.print = () => undefined;
    if (!localStorage.getItem('turning-points:settings'))
      localStorage.setItem('turning-points:settings', JSON.stringify({ textSpeed: 'instant' }));
  });
  await page.goto(inject('baseUrl'));
  await page.waitForFunction(() => window.__tpReady === true);
  await page.waitForSelector('#stage[data-ready="true"]', { timeout: 30_000 });
});
afterAll(async () => {
  await browser?.close();
});

async function axe(): Promise<string[]> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  return r.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

describe('a class plays the 1903 episode on one projector', () => {
  it('the teacher picks the episode; the brief opens at its top, with its notes on sensitive material and a word list that gives nothing away', async () => {
    expect(episode).toBeTruthy();
    await page.click('#tool-classroom');
    await page.waitForSelector('#class-menu[open]');
    expect(await axe()).toEqual([]);
    await page.click('[data-action="start-1903"]');
    await page.waitForSelector('#brief-dialog[open]');
    const brief = (await page.textContent('#brief-dialog')) ?? '';
    expect(brief).toContain(episode?.lesson.brief[0]?.slice(0, 40) ?? '');
    expect(brief).toContain(episode?.hardMatters.slice(0, 60) ?? '');
    // the names Bolshevik and Menshevik come from the votes: listed, not defined, before play
    expect(brief).not.toMatch(/won the last votes|supporters of Lenin/);
    expect(await page.$eval('#brief-dialog', (d) => d.scrollTop)).toBe(0);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action)).not.toBe('begin-episode');
    expect(await axe()).toEqual([]);
    const width = await page.$eval('#brief-dialog', (d) => d.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(1500); // the projector's width, not a narrow column
    await page.click('[data-action="begin-episode"]');
    await page.waitForFunction(() => document.documentElement.dataset.mode === 'projector' && !document.querySelector('dialog[open]'));
    expect(await page.getAttribute('#where .place', 'data-place')).toBe('brussels-warehouse');
    const size = await page.$eval('#story p', (p) => parseFloat(getComputedStyle(p).fontSize));
    expect(size).toBeGreaterThanOrEqual(24); // readable from the back of a room at 1920x1080
    await page.screenshot({ path: `${SHOTS}class-1903-scene-1920.png` });
  });

  it('the class is the congress: the factions’ seats lose Paragraph 1 for Martov, a number key keeps the tally, and the story follows the count', async () => {
    const votedFor: Record<string, string> = {};
    for (let step = 0; step < 100 && !(await page.$('.class-debrief')); step++) {
      const body = await page.$('.body-vote');
      if (body) {
        const options = await choiceOptions(page);
        expect(await page.isVisible('#choices')).toBe(false); // the count plays the choice, not a button
        expect(options.map((o) => o.option).sort()).toEqual(['lenin', 'martov']);
        // hands per group and outcome: the centre swings to Lenin, so Martov's wording loses
        const hands: Record<string, Record<string, number>> = {
          'lenin-supporters': { lenin: 5 },
          plekhanov: { lenin: 1 },
          trotsky: { martov: 1 },
          'martov-supporters': { martov: 4 },
          bund: { martov: 3 },
          economists: { martov: 2 },
          centre: { lenin: 3, martov: 1 },
        };
        for (const [role, row] of Object.entries(hands))
          for (const [option, n] of Object.entries(row))
            await page.fill(`.body-vote input[data-role="${role}"][data-option="${option}"]`, String(n));
        {
          // a number key pressed away from the fields neither plays a choice nor loses the tally
          await page.click('.body-vote h3');
          await page.keyboard.press('2');
          await page.waitForTimeout(300);
          expect(await page.$('#reason-dialog[open]')).toBeNull();
          expect(await page.inputValue('.body-vote input[data-role="bund"][data-option="martov"]')).toBe('3');
          expect(await page.textContent('.body-vote .body-seats')).toMatch(/ 31\b/); // 22 + 2 + 7 of the centre's 10
          expect(await axe()).toEqual([]);
          await page.screenshot({ path: `${SHOTS}class-1903-vote-1920.png` });
        }
        await page.click('[data-action="count-vote"]');
        await page.waitForSelector('#reason-dialog[open]');
        await page.fill('#reason-input', 'The centre went with Lenin.');
        await page.keyboard.press('Enter');
        await page.waitForSelector('dialog[open] .verdict');
        votedFor.DP04a = 'lenin';
        await page.keyboard.press('Escape');
      } else if (await page.$('.vote-panel')) {
        const options = await choiceOptions(page);
        const entry = content.record.find((e) => options.every((o) => e.options.some((x) => x.id === o.option)));
        if (!entry) throw new Error('decision not in the record');
        const winner = options.findIndex((o) => o.option === entry.chosen);
        for (let i = 0; i < options.length; i++) await page.fill(`#vote-${i}`, String(i === winner ? 17 : 4 + i));
        votedFor[entry.id] = options[winner]?.option ?? '';
        await page.click('[data-action="play-vote"]');
        await page.waitForSelector('#reason-dialog[open]');
        await page.fill('#reason-input', 'The class argued it out.');
        await page.keyboard.press('Enter');
        await page.waitForSelector('dialog[open] .verdict');
        await page.keyboard.press('Escape');
      } else {
        await page.keyboard.press('1');
      }
      await page.waitForFunction(() => !document.querySelector('dialog[open]') && !document.querySelector('#choices button[disabled]'));
      if (votedFor.DP04a && !votedFor.DP04c) {
        // the story plays the congress's result: Lenin's wording carried, marked as speculation
        const story = (await page.textContent('#story')) ?? '';
        if (story.includes("Lenin's wording carries")) votedFor.followed = 'yes';
      }
    }
    await page.waitForSelector('.class-debrief');
    expect(votedFor.followed).toBe('yes');
    expect(
      Object.keys(votedFor)
        .filter((k) => k !== 'followed')
        .sort(),
    ).toEqual([...(episode?.decisions ?? [])].sort());
    const diverged = await page.$$eval('.class-debrief .report-table:not(.factions) tr.diverge', (r) =>
      r.map((x) => (x as HTMLElement).dataset.decision),
    );
    expect(diverged).toEqual(['DP04a']);
    // scored rows: every faction with goals (the undecided have none)
    expect(await page.$$eval('.class-debrief .factions tbody tr', (r) => r.length)).toBe(episode?.roles.filter((r) => !r.swing).length);
    const debrief = (await page.textContent('.class-debrief')) ?? '';
    expect(debrief).toContain("Lenin's wording");
    expect(debrief).not.toMatch(/DP04|keep-six\b/); // readable labels, not internal ids
    expect(await axe()).toEqual([]);
    await page.locator('.class-debrief').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}class-1903-debrief-1920.png` });
    // the votes and reasons as a spreadsheet
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-class-csv"]')]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv.split('\r\n')[0]).toContain('decision');
    expect(csv).toContain("Lenin's wording");
    expect(csv).toContain('The centre went with Lenin.');
    // the printed debrief ends with content, not with a heading over buttons that print hides
    await page.click('[data-action="print-class-debrief"]');
    const dangling = await page.$$eval('#print-class h3', (hs) => hs.filter((x) => !x.nextElementSibling).length);
    expect(dangling).toBe(0);
    expect(await page.$$eval('#print-class [data-action]', (b) => b.length)).toBe(0);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  });

  it('a reload mid-lesson stays in the lesson, and the session is offered in the Classroom menu', async () => {
    await page.reload();
    await page.waitForFunction(() => window.__tpReady === true);
    // still the class's projector screen and its debrief, not the player's own game
    expect(await page.evaluate(() => document.documentElement.dataset.mode)).toBe('projector');
    await page.waitForSelector('.class-debrief');
    expect(await page.textContent('#notice')).not.toContain('Your game was resumed');
    await page.click('#tool-classroom');
    await page.waitForSelector('[data-action="resume-class"]');
    await page.click('[data-action="resume-class"]');
    await page.waitForSelector('.class-debrief');
  });

  it('role cards print one to a page', async () => {
    await page.click('#tool-classroom');
    await page.waitForSelector('#class-menu[open]');
    await page.click('[data-action="cards-1903"]');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(episode?.roles.length);
    try {
      // for a person to look at: the first card as printed (pdftoppm, where installed)
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-', `${SHOTS}class-role-card`], { input: pdf });
    } catch {
      // no poppler here: the page count above is the check
    }
    await page.emulateMedia({ media: 'screen' });
  });

  it('loading a save during the lesson leaves the lesson: no projector, no class banner, the class session kept', async () => {
    await page.keyboard.press('Escape'); // the teacher's menu, still open from the role cards
    await page.waitForSelector('dialog[open]', { state: 'detached' });
    await page.click('#tool-saves');
    await page.waitForSelector('#saves-dialog[open]');
    await page.click('[data-action="save-slot-1"]');
    await page.click('[data-action="load-slot-1"]');
    await page.waitForFunction(() => document.documentElement.dataset.mode === undefined);
    expect(await page.isVisible('#class-banner')).toBe(false);
    expect(await page.locator('#class-area').textContent()).toBe('');
    const stored = await page.evaluate(() => localStorage.getItem('turning-points:class'));
    expect(stored).not.toBeNull();
  });
});

describe('a class plays August 1917: the class’s advice changes what follows', () => {
  const aug = classroom.episodes.find((e) => e.id === 'aug-1917');
  /** The first new line of story after the sailor's decision, for each option, played in Node. */
  function firstLineAfter(option: string): string {
    const s = sessionAtPart(compileStory().json ?? '', content, aug?.part ?? '', undefined, { classroom: true });
    if (!s) throw new Error('no August 1917 part');
    for (let i = 0; i < 200 && s.current.decision !== 'DP17-sailor'; i++) s.choose(historicalChoice(s));
    const c = s.current.choices.find((x) => x.option === option);
    if (!c) throw new Error(`no option ${option}`);
    return s.choose(c.index).turn.lines[0]?.text ?? '';
  }

  it('the sailors refuse to guard Kerensky, and the story goes another way than history', async () => {
    const refused = firstLineAfter('refuse');
    const guarded = firstLineAfter('guard');
    expect(refused).not.toBe(guarded);
    await page.click('#tool-classroom');
    await page.waitForSelector('#class-menu[open]');
    await page.click('[data-action="start-aug-1917"]');
    await page.waitForSelector('#brief-dialog[open]');
    // the word list as known on 27 August 1917: the Winter Palace is the government's seat, not the Tsar's home
    expect(await page.textContent('#brief-dialog .vocab')).toContain('seat of the Provisional Government');
    await page.click('[data-action="begin-episode"]');
    await page.waitForFunction(() => document.documentElement.dataset.mode === 'projector' && !document.querySelector('dialog[open]'));
    for (let step = 0; step < 60 && !(await page.$('.vote-panel')); step++) {
      await page.keyboard.press('1');
      await page.waitForFunction(() => !document.querySelector('dialog[open]') && !document.querySelector('#choices button[disabled]'));
    }
    const options = await choiceOptions(page);
    const refuse = options.findIndex((o) => o.option === 'refuse');
    expect(refuse).toBeGreaterThanOrEqual(0);
    expect(await page.textContent('.vote-panel')).toContain('decides'); // the class advises the sailor
    for (let i = 0; i < options.length; i++) await page.fill(`#vote-${i}`, String(i === refuse ? 19 : 3));
    await page.click('.vote-panel h3');
    await page.keyboard.press('1'); // a number key does not play choice 1 and lose the tally
    expect(await page.inputValue(`#vote-${refuse}`)).toBe('19');
    await page.click('[data-action="play-vote"]');
    await page.waitForSelector('#reason-dialog[open]');
    await page.fill('#reason-input', 'Kerensky jailed our comrades.');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog[open] .verdict');
    // on the projector the verdict comes in sections, one at a time, across the screen's width
    await page.waitForSelector('.class-verdict [data-action="next-section"]');
    const first = await page.textContent('.class-verdict .section-count');
    expect(first).toMatch(/1 of [2-9]/);
    expect(await page.isVisible('.class-verdict .verdict-summary')).toBe(true);
    await page.click('.class-verdict [data-action="next-section"]');
    expect(await page.textContent('.class-verdict .section-count')).toMatch(/2 of/);
    expect(await page.isVisible('.class-verdict .verdict-summary')).toBe(false);
    expect(await page.$eval('.class-verdict', (d) => d.getBoundingClientRect().width)).toBeGreaterThan(1500);
    await page.screenshot({ path: `${SHOTS}class-aug-1917-verdict-1920.png` });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    // the next turn follows the verdict's closing a moment later: wait for the refusal's branch to be shown
    await page
      .waitForFunction((text) => (document.querySelector('#story')?.textContent ?? '').includes(text), refused.slice(0, 60), {
        timeout: 10_000,
      })
      .catch(() => undefined);
    const story = (await page.textContent('#story')) ?? '';
    expect(story).toContain(refused.slice(0, 60));
    expect(story).not.toContain(guarded.slice(0, 60));
    // the timer and its end stay on screen while the story scrolls
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const top = await page.$eval('#class-banner', (b) => b.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(200);
  });
});

describe('saved class sessions', () => {
  it('the Classroom menu keeps both classes’ sessions and says which episode each holds', async () => {
    await page.click('#tool-classroom');
    await page.waitForSelector('#class-menu[open] .class-sessions');
    const list = (await page.textContent('.class-sessions')) ?? '';
    expect(list).toContain(classroom.episodes.find((e) => e.id === 'aug-1917')?.title ?? '?');
    expect(list).toContain(episode?.title ?? '?');
    expect(await axe()).toEqual([]);
    await page.keyboard.press('Escape');
  });
});

describe('the teacher guide, printed', () => {
  it('prints the curriculum links, the rubric, and each episode’s note on sensitive material and exit ticket', async () => {
    await page.click('#tool-classroom');
    await page.waitForSelector('#class-menu[open]');
    await page.click('[data-action="open-guide"]');
    await page.waitForSelector('#guide-dialog[open]');
    await page.click('[data-action="print-guide"]');
    const printed = (await page.textContent('#print-guide')) ?? '';
    for (const e of classroom.episodes) {
      expect(printed).toContain(e.hardMatters.slice(0, 50));
      expect(printed).toContain(e.exitTicket[0] ?? '?');
    }
    expect(printed).toContain('D2.His.');
    expect(printed).toContain('RH.9-10');
    expect(await page.$$eval('#print-guide [data-section="rubric"] li', (l) => l.length)).toBe(4);
    // the timeline is in date order: January 1898 before March 1898
    expect(printed.indexOf('28 January (9 February) 1898')).toBeLessThan(printed.indexOf('1-3 (13-15) March 1898'));
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.keyboard.press('Escape');
  });
});
