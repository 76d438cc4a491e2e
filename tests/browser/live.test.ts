// A live classroom in real Chromium: the projector opens a live room for the 1903 episode; three phones
// (390×844) join by code; the sides are balanced; the class votes at the congress while one phone reloads
// mid-vote and keeps its vote; the weighted tally decides; the debrief shows on each phone and the
// projector; axe finds nothing on the phone pages. The real room server serves the build here.

import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { compileStory, loadClassroom, loadContent } from '../../scripts/content.ts';
import { bodyResult, type FactionHands } from '../../src/core/classroom.ts';
import type { LiveServer } from '../../src/server/server.ts';
import { launch } from './chromium.ts';
import { startRoomServer } from './live-host.ts';
import { SHOTS } from './page-tools.ts';

const content = loadContent();
const classroom = loadClassroom(content, compileStory().json ?? '');
const episode = classroom.episodes.find((e) => e.id === '1903')!;
const DECISION = 'DP04a';
const body = episode.bodies[DECISION]!;
const labelOf = (o: string) => content.record.find((x) => x.id === DECISION)?.options.find((x) => x.id === o)?.label ?? o;

let server: LiveServer;
let url: string;
let browser: Browser;
let projector: Page;
const phones: Page[] = [];

beforeAll(async () => {
  ({ server, url } = await startRoomServer(content, classroom));
  browser = await launch();
  const teacher = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  projector = await teacher.newPage();
  await projector.addInitScript(() => {
    if (!localStorage.getItem('turning-points:settings'))
      localStorage.setItem('turning-points:settings', JSON.stringify({ textSpeed: 'instant' }));
  });
  for (let i = 0; i < 3; i++) {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    phones.push(await ctx.newPage());
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function axe(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

let code = '';
/** the phones' votes at the congress, by side, as the weighted rule takes them */
let liveHands: FactionHands = {};

describe('a live room: the projector and three phones', () => {
  it('the teacher opens a live room: a join code, a QR code and the join address', async () => {
    await projector.goto(`${url}/`);
    await projector.waitForFunction(() => window.__tpReady === true);
    await projector.click('#tool-classroom');
    await projector.click('[data-action="live-1903"]');
    await projector.waitForSelector('#live-room .live-code[data-code]');
    code = (await projector.getAttribute('#live-room .live-code', 'data-code')) ?? '';
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    expect(await projector.textContent('#live-room')).toContain(`${url}/join`);
    // the QR code is drawn (dark and light pixels), not fetched
    const dark = await projector.$eval('#live-room canvas.live-qr', (c) => {
      const d =
        (c as HTMLCanvasElement).getContext('2d')?.getImageData(0, 0, (c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height)
          .data ?? [];
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if ((d[i] ?? 255) < 50) n++;
      return n;
    });
    expect(dark).toBeGreaterThan(1000);
    await projector.screenshot({ path: `${SHOTS}live-1-projector-code.png` });
  });

  it("three phones join by the code: typed loosely, or carried by the QR code's address; a wrong code is explained", async () => {
    for (const [i, phone] of phones.entries()) {
      // the third phone scans the QR code: the address carries the code
      await phone.goto(i === 2 ? `${url}/join?code=${code}` : `${url}/join`);
      await phone.waitForSelector('#live-code');
      if (i === 0) {
        expect(await axe(phone)).toEqual([]);
        await phone.fill('#live-code', 'ZZZ-ZZZ');
        await phone.click('button[type="submit"]');
        await phone.waitForSelector('#live-join-problem:not(:empty)');
        await phone.screenshot({ path: `${SHOTS}live-2-phone-wrong-code.png` });
      }
      if (i === 2) expect(await phone.inputValue('#live-code')).toBe(code);
      else await phone.fill('#live-code', `${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
      await phone.click('button[type="submit"]');
      await phone.waitForSelector('main[data-phase="seated"]');
    }
    await projector.waitForFunction(() => document.querySelectorAll('#live-room .live-seats li').length === 3);
    expect(await phones[0]!.textContent('.live-status')).toMatch(/Wait for your teacher/);
    await phones[0]!.screenshot({ path: `${SHOTS}live-3-phone-seated.png` });
  });

  it('the teacher balances the sides: each phone gets a seat named by its side and its private card', async () => {
    await projector.click('[data-action="live-balance"]');
    for (const phone of phones) await phone.waitForFunction(() => /^You are .+ \d+$/.test(document.querySelector('h1')?.textContent ?? ''));
    const names = await Promise.all(phones.map((p) => p.textContent('h1')));
    expect(new Set(names).size).toBe(3);
    // a card is private: each phone shows its own side's card only
    const cards = await Promise.all(phones.map((p) => p.textContent('.live-card h3')));
    for (const [i, n] of names.entries()) expect(n).toContain(cards[i] ?? '?');
    expect(await axe(phones[0]!)).toEqual([]);
    await phones[0]!.screenshot({ path: `${SHOTS}live-4-phone-card.png`, fullPage: true });
    await projector.click('[data-action="live-lock"]');
    await projector.screenshot({ path: `${SHOTS}live-5-projector-seats.png` });
  });

  it('the class votes; a phone reloads mid-vote and keeps its vote; the live count shows who voted, not how', async () => {
    await projector.selectOption('#live-decision', DECISION);
    await projector.click('[data-action="live-open"]');
    for (const phone of phones) await phone.waitForSelector('.live-ballot input[type="radio"]');
    expect(await phones[1]!.textContent('.live-ballot')).toContain('What your side wants');
    // the voices of the time at this vote: each phone shows its own side's, where its side spoke
    const voiced = await Promise.all(phones.map((p) => p.locator('.live-voices .live-voice').count()));
    expect(voiced.some((n) => n > 0)).toBe(true);
    const choice = [0, 1, 0];
    const picked: string[] = [];
    for (const [i, phone] of phones.entries()) {
      const radio = phone.locator('.live-ballot input[type="radio"]').nth(choice[i] ?? 0);
      picked.push((await radio.getAttribute('value')) ?? '');
      await radio.check();
      if (i === 1) await phone.fill('#live-reason', 'The party must be broad');
      await phone.click('.live-ballot button[type="submit"]');
      await phone.waitForSelector('.live-your-vote:not(:empty)');
      if (i === 1) {
        await phone.screenshot({ path: `${SHOTS}live-6-phone-voted.png`, fullPage: true });
        await phone.reload();
        await phone.waitForSelector('main[data-phase="seated"] .live-your-vote:not(:empty)');
        expect(await phone.textContent('.live-your-vote')).toContain(labelOf(picked[1] ?? ''));
        expect(await phone.isChecked(`.live-ballot input[value="${picked[1]}"]`)).toBe(true);
        expect(await phone.inputValue('#live-reason')).toBe('The party must be broad');
      }
    }
    await projector.waitForFunction(() => /3 of 3 have voted/.test(document.querySelector('#live-room .live-count')?.textContent ?? ''));
    const seatsText = (await projector.textContent('#live-room .live-seats')) ?? '';
    for (const o of body.options) expect(seatsText).not.toContain(labelOf(o));
    expect(await axe(phones[1]!)).toEqual([]);
    await projector.screenshot({ path: `${SHOTS}live-7-projector-count.png` });

    // the weighted rule decides: each side's seats shared by its phones' votes
    const factionOf = async (p: Page) => {
      const name = ((await p.textContent('h1')) ?? '').replace(/^You are /, '').replace(/ \d+$/, '');
      return episode.roles.find((r) => r.name === name)?.id ?? '';
    };
    const hands: FactionHands = {};
    for (const [i, p] of phones.entries()) {
      const f = await factionOf(p);
      const h = (hands[f] ??= {});
      h[picked[i] ?? ''] = (h[picked[i] ?? ''] ?? 0) + 1;
    }
    const expected = bodyResult(body, hands);
    liveHands = hands;
    await projector.click('[data-action="live-close"]');
    await projector.waitForSelector(`#live-room .live-debrief li[data-decision="${DECISION}"]`);
    const debrief = (await projector.textContent('#live-room .live-debrief')) ?? '';
    expect(debrief).toContain(`the class chose “${labelOf(expected.winner)}”`);
    expect(debrief).toContain('The party must be broad');
    await projector.locator('#live-room .live-debrief').scrollIntoViewIfNeeded();
    await projector.screenshot({ path: `${SHOTS}live-8-projector-debrief.png` });
    for (const phone of phones) {
      await phone.waitForSelector(`.live-results li[data-decision="${DECISION}"]`);
      expect(await phone.textContent('.live-results')).toContain(labelOf(expected.winner));
    }
    expect(await axe(phones[2]!)).toEqual([]);
    await phones[2]!.screenshot({ path: `${SHOTS}live-9-phone-results.png`, fullPage: true });
  });

  it('the teacher closes the panel to let the story play: the room carries on, and the panel reopens into it', async () => {
    await projector.click('#live-room [data-action="close"]');
    await projector.waitForFunction(() => !document.querySelector('#live-room'));
    await projector.waitForTimeout(500);
    for (const phone of phones) expect(await phone.getAttribute('main', 'data-phase')).toBe('seated');
    await projector.click('#tool-classroom');
    await projector.click('[data-action="live-1903"]');
    await projector.waitForSelector('#live-room .live-code[data-code]');
    expect(await projector.getAttribute('#live-room .live-code', 'data-code')).toBe(code);
    await projector.waitForFunction(() => document.querySelectorAll('#live-room .live-seats li').length === 3);
  });

  it('the projector reloads and reopens the live room: the same code, the seats and the debrief are back', async () => {
    await projector.reload();
    await projector.waitForFunction(() => window.__tpReady === true);
    await projector.click('#tool-classroom');
    await projector.click('[data-action="live-1903"]');
    await projector.waitForSelector('#live-room .live-code[data-code]');
    expect(await projector.getAttribute('#live-room .live-code', 'data-code')).toBe(code);
    await projector.waitForFunction(() => document.querySelectorAll('#live-room .live-seats li').length === 3);
    await projector.waitForSelector(`#live-room .live-debrief li[data-decision="${DECISION}"]`);
    expect(await projector.textContent('#live-room .live-debrief')).toContain('The party must be broad');
  });

  it("the story plays on the projector; at the congress the live room's votes fill the hands and the count decides", async () => {
    await projector.click('#live-room [data-action="close"]');
    await projector.click('#tool-classroom');
    await projector.click('[data-action="start-1903"]');
    await projector.waitForSelector('#brief-dialog[open]');
    await projector.click('[data-action="begin-episode"]');
    await projector.waitForFunction(() => !document.querySelector('dialog[open]'));
    for (let step = 0; step < 60 && !(await projector.$('.body-vote')); step++) {
      if (await projector.$('.vote-panel')) {
        // a decision the class only advises on: the teacher enters a show of hands
        await projector.fill('#vote-0', '1');
        await projector.click('[data-action="play-vote"]');
        await projector.waitForSelector('#reason-dialog[open]');
        await projector.keyboard.press('Enter');
        await projector.waitForSelector('dialog[open] .verdict');
        await projector.keyboard.press('Escape');
      } else await projector.keyboard.press('1');
      await projector.waitForFunction(
        () => !document.querySelector('dialog[open]') && !document.querySelector('#choices button[disabled]'),
      );
    }
    await projector.click('[data-action="use-live-vote"]');
    for (const [role, row] of Object.entries(liveHands))
      for (const [option, n] of Object.entries(row))
        expect(await projector.inputValue(`.body-vote input[data-role="${role}"][data-option="${option}"]`)).toBe(String(n));
    await projector.screenshot({ path: `${SHOTS}live-11-projector-congress.png` });
    await projector.click('[data-action="count-vote"]');
    await projector.waitForSelector('#reason-dialog[open]');
    await projector.keyboard.press('Enter');
    await projector.waitForSelector('dialog[open] .verdict');
    await projector.keyboard.press('Escape');
  });

  it('the teacher ends the room: each phone says so and keeps what happened', async () => {
    await projector.click('#tool-classroom');
    await projector.click('[data-action="live-1903"]');
    await projector.waitForSelector('#live-room .live-code[data-code]');
    await projector.click('[data-action="live-end"]');
    for (const phone of phones) await phone.waitForSelector('main[data-phase="ended"]');
    expect(await phones[0]!.isVisible(`.live-results li[data-decision="${DECISION}"]`)).toBe(true);
    await phones[0]!.screenshot({ path: `${SHOTS}live-10-phone-ended.png`, fullPage: true });
  });
});
