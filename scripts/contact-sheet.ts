// The contact sheet: every place of the chapter (and every view of a place) drawn by the real stage in
// Chromium at 1366x768, in one labelled image, test-results/contact-sheet.png. Also measures, for the
// browser test, how alike any two places' backgrounds are and whether any place came out blank.
//
//   npm run build && npx tsx scripts/contact-sheet.ts

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { rng } from '../src/core/random.ts';
import type { Content } from '../src/core/record.ts';
import { Session, type StageState } from '../src/core/session.ts';
import { compileStory, loadContent, STORY_DIR } from './content.ts';
import { toDual } from '../src/core/calendar.ts';
import { MOODS, type Mood } from '../src/core/tags.ts';

export const SHEET = resolve(import.meta.dirname, '..', 'test-results', 'contact-sheet.png');

export interface Shot {
  /** "place" or "place / view" */
  label: string;
  /** the first state of the story that shows this place (with its people), for the sheet */
  state: StageState;
}

/** The first stage state of each place and view, from the historical path and seeded random walks. */
export function placeShots(json: string, content: Content, walks = 40): Shot[] {
  const found = new Map<string, StageState>();
  const visit = (st: StageState): void => {
    if (!st.place) return;
    const key = st.view ? `${st.place} / ${st.view}` : st.place;
    if (!found.has(key)) found.set(key, st);
  };
  for (let w = 0; w <= walks; w++) {
    const r = rng(w * 7919 + 1);
    const s = new Session(json, content);
    let turn = s.start();
    visit(turn.stage);
    for (let i = 0; i < 2000 && turn.choices.length > 0; i++) {
      const entry = turn.decision ? content.record.find((e) => e.id === turn.decision) : undefined;
      const historical = turn.choices.find((c) => c.option === entry?.chosen);
      const pick = w === 0 ? (historical ?? turn.choices[0]) : turn.choices[Math.floor(r() * turn.choices.length)];
      turn = s.choose(pick?.index ?? 0).turn;
      visit(turn.stage);
    }
  }
  // a place shown only in the middle of a turn is never a turn's last state: read its first line's tags
  for (const file of readdirSync(STORY_DIR).filter((f) => f.endsWith('.ink'))) {
    for (const line of readFileSync(join(STORY_DIR, file), 'utf8').split('\n')) {
      const tags = new Map([...line.matchAll(/#\s*([a-z]+):([^#]*)/g)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]));
      const place = tags.get('place');
      const view = tags.get('view');
      const key = view ? `${place ?? ''} / ${view}` : place;
      if (!place || !key || found.has(key)) continue;
      const date = /^(\S+)\s+(os|ns)$/.exec(tags.get('date') ?? '');
      const mood = tags.get('mood');
      found.set(key, {
        ...(view ? { view } : {}),
        place,
        date: date?.[1] && date[2] ? toDual(date[1], date[2] as 'os' | 'ns') : null,
        people: (tags.get('people') ?? '')
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
        actor: tags.get('actor') ?? null,
        mood: (MOODS as readonly string[]).includes(mood ?? '') ? (mood as Mood) : null,
      });
    }
  }
  const shots: Shot[] = [];
  for (const [id, place] of Object.entries(content.places)) {
    for (const view of [null, ...Object.keys(place.views)]) {
      const label = view ? `${id} / ${view}` : id;
      const base: StageState = { place: id, date: null, people: [], actor: null, mood: null };
      shots.push({ label, state: found.get(label) ?? (view ? { ...base, view } : base) });
    }
  }
  return shots;
}

export interface SheetResult {
  png: Buffer;
  /** pairs of places whose backgrounds (no people, no date) are nearly the same picture */
  alike: { a: string; b: string; diff: number }[];
  /** the least different pair, for the report */
  closest: { a: string; b: string; diff: number };
  /** places whose background has hardly any colours */
  blank: string[];
}

/** Signature of a background: the print below the captions and the top centre, 64x32 samples. */
interface Sig {
  px: number[];
  colours: number;
}

/** Draws every shot on the stage of a page already showing the game; returns the sheet and the comparisons. */
export async function contactSheet(
  page: Page,
  shots: Shot[],
  threshold = 10,
  keep?: (label: string, png: Buffer) => void,
): Promise<SheetResult> {
  await page.evaluate(() => {
    document.documentElement.dataset.motion = 'reduce';
  });
  const draw = async (state: StageState): Promise<void> => {
    await page.evaluate((st) => {
      const host = document.querySelector<HTMLElement>('#stage');
      host?.dispatchEvent(new CustomEvent('tp-stage-show', { detail: st }));
    }, state);
    await page.waitForFunction(
      (st) => {
        const host = document.querySelector<HTMLElement>('#stage');
        return host?.dataset.place === st.place && host.dataset.busy === undefined;
      },
      state,
      { timeout: 10_000 },
    );
  };
  const cols = 6;
  const tw = 400;
  const th = Math.round((tw * 830) / 1280);
  const lh = 30;
  await page.evaluate(
    ({ n, cols, tw, th, lh }) => {
      const c = document.createElement('canvas');
      c.id = 'tp-sheet';
      c.width = cols * tw;
      c.height = Math.ceil(n / cols) * (th + lh);
      c.style.display = 'none';
      document.body.append(c);
      const ctx = c.getContext('2d');
      if (ctx) {
        ctx.fillStyle = '#222';
        ctx.fillRect(0, 0, c.width, c.height);
      }
    },
    { n: shots.length, cols, tw, th, lh },
  );
  const sigs: Sig[] = [];
  for (const [i, shot] of shots.entries()) {
    // the background alone: no people, no date, the place's own hour and sky (and the view)
    const bare: StageState = { place: shot.state.place, date: null, people: [], actor: null, mood: null };
    if (shot.state.view) bare.view = shot.state.view;
    await draw(bare);
    sigs.push(
      await page.evaluate(() => {
        const src = document.querySelector<HTMLCanvasElement>('#stage canvas');
        const t = document.createElement('canvas');
        t.width = 64;
        t.height = 44;
        const ctx = t.getContext('2d', { willReadFrequently: true });
        if (!src || !ctx) return { px: [], colours: 0 };
        // the print without the date banner, the map and the place name band: the top centre, then all below them
        ctx.drawImage(src, 420, 0, 520, 215, 0, 0, 64, 12);
        ctx.drawImage(src, 0, 215, 1280, 440, 0, 12, 64, 32);
        const d = ctx.getImageData(0, 0, 64, 44).data;
        const seen = new Set<number>();
        const px: number[] = [];
        for (let j = 0; j < d.length; j += 4) {
          px.push(d[j] ?? 0, d[j + 1] ?? 0, d[j + 2] ?? 0);
          seen.add(((d[j] ?? 0) >> 4) * 256 + ((d[j + 1] ?? 0) >> 4) * 16 + ((d[j + 2] ?? 0) >> 4));
        }
        return { px, colours: seen.size };
      }),
    );
    // the scene as the story first shows it, on the sheet
    await draw(shot.state);
    await page.evaluate(
      ({ i, label, cols, tw, th, lh }) => {
        const src = document.querySelector<HTMLCanvasElement>('#stage canvas');
        const sheet = document.querySelector<HTMLCanvasElement>('#tp-sheet');
        const ctx = sheet?.getContext('2d');
        if (!src || !ctx) return;
        const x = (i % cols) * tw;
        const y = Math.floor(i / cols) * (th + lh);
        ctx.drawImage(src, x + 2, y + 2, tw - 4, th - 4);
        ctx.fillStyle = '#f4ecdc';
        ctx.font = 'bold 18px Arial, sans-serif';
        ctx.fillText(`${i + 1}. ${label}`, x + 8, y + th + 21);
      },
      { i, label: shot.label, cols, tw, th, lh },
    );
    if (keep) {
      const one = await page.evaluate(() => document.querySelector<HTMLCanvasElement>('#stage canvas')?.toDataURL('image/png') ?? '');
      keep(shot.label, Buffer.from(one.replace(/^data:image\/png;base64,/, ''), 'base64'));
    }
  }
  const url = await page.evaluate(() => document.querySelector<HTMLCanvasElement>('#tp-sheet')?.toDataURL('image/png') ?? '');
  const png = Buffer.from(url.replace(/^data:image\/png;base64,/, ''), 'base64');
  const alike: SheetResult['alike'] = [];
  let closest = { a: '', b: '', diff: Infinity };
  for (let i = 0; i < sigs.length; i++) {
    for (let j = i + 1; j < sigs.length; j++) {
      const a = sigs[i]?.px ?? [];
      const b = sigs[j]?.px ?? [];
      let sum = 0;
      for (let n = 0; n < a.length; n++) sum += Math.abs((a[n] ?? 0) - (b[n] ?? 0));
      const diff = sum / Math.max(1, a.length);
      const pair = { a: shots[i]?.label ?? '', b: shots[j]?.label ?? '', diff: Math.round(diff * 10) / 10 };
      if (diff < closest.diff) closest = pair;
      if (diff < threshold) alike.push(pair);
    }
  }
  const blank = shots.filter((_, i) => (sigs[i]?.colours ?? 0) < 6).map((s) => s.label);
  return { png, alike, closest, blank };
}

async function main(): Promise<void> {
  const { preview } = await import('vite');
  const { launch } = await import('../tests/browser/chromium.ts');
  const compiled = compileStory();
  if (!compiled.json) throw new Error('the story does not compile');
  const shots = placeShots(compiled.json, loadContent());
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', open: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.on('pageerror', (e) => console.error('page error:', e.stack));
    await page.goto(url);
    await page.waitForSelector('#stage[data-ready="true"]', { timeout: 30_000 });
    const t0 = Date.now();
    // --each also writes every picture at full size, test-results/places/<place>.png
    const each = process.argv.includes('--each') ? resolve(SHEET, '..', 'places') : null;
    if (each) mkdirSync(each, { recursive: true });
    const only = process.argv
      .find((a) => a.startsWith('--only='))
      ?.slice(7)
      .split(',');
    const res = await contactSheet(
      page,
      only ? shots.filter((s) => only.includes(s.label.split(' ')[0] ?? '')) : shots,
      10,
      each ? (label, png) => writeFileSync(join(each, `${label.replace(/ \/ /g, '--')}.png`), png) : undefined,
    );
    mkdirSync(resolve(SHEET, '..'), { recursive: true });
    writeFileSync(SHEET, res.png);
    console.log(`${shots.length} pictures in ${((Date.now() - t0) / 1000).toFixed(1)} s -> ${SHEET}`);
    console.log(`closest pair: ${res.closest.a} ~ ${res.closest.b} (mean difference ${res.closest.diff} of 255)`);
    if (res.alike.length) console.log('alike:', res.alike);
    if (res.blank.length) console.log('blank:', res.blank);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
