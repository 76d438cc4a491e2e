// A save fuzzer: seeded hostile saves through the real import path, and garbage in every stored key
// before boot. Any exception, any change to another stored key, any message that is not the refusal's
// own, or any change to the live game after a refusal fails the test, with the case that did it.
import { beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/app/controller.ts';
import { KEYS } from '../../src/app/persistence.ts';
import type { Notice } from '../../src/app/state.ts';
import { compileInkFile } from '../../src/core/compile.ts';
import { rng } from '../../src/core/random.ts';
import { MAX_SAVE_BYTES, type KeyValue } from '../../src/core/saves.ts';
import { storyFingerprint } from '../../src/core/session.ts';
import { miniContent } from '../fixtures/mini-content.ts';

const CASES = 1200;
let story = '';
let otherStory = '';
beforeAll(() => {
  story = compileInkFile(new URL('../fixtures/parts/main.ink', import.meta.url).pathname).json ?? '';
  otherStory = compileInkFile(new URL('../fixtures/mini/main.ink', import.meta.url).pathname).json ?? '';
});

class MemoryStorage implements KeyValue {
  readonly data = new Map<string, string>();
  getItem(k: string): string | null {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.data.set(k, v);
  }
  removeItem(k: string): void {
    this.data.delete(k);
  }
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.data);
  }
}

function appOver(kv: KeyValue, compiled = story): App {
  return new App({
    story: compiled,
    index: miniContent(),
    storage: kv,
    autosaveName: 'Autosave',
    ports: { askReason: async () => 'a reason', showVerdict: async () => undefined },
    now: () => new Date('2026-12-01T12:00:00Z'),
  });
}

/** A game with some history in every key: autosave, a slot, settings, a class session, reached. */
async function seeded(): Promise<{ kv: MemoryStorage; app: App; good: string; other: string }> {
  const kv = new MemoryStorage();
  const app = appOver(kv);
  app.boot();
  app.startEpisode({ id: 'street', part: 'street_part' });
  await app.classVote('D1', { strict: 3 }, 0);
  app.endClass();
  await app.choose(0);
  await app.choose(0);
  await app.choose(1);
  kv.setItem(`${KEYS.slots}slot-1`, kv.getItem(`${KEYS.slots}autosave`) ?? '');
  app.setSettings({ ...app.current.settings, textSize: 'large' });
  const good = kv.getItem(`${KEYS.slots}autosave`) ?? '';
  const o = appOver(new MemoryStorage(), otherStory);
  o.boot();
  await o.choose(0);
  const other = JSON.stringify({
    kind: 'turning-points-save',
    format: 2,
    meta: JSON.parse(good).meta,
    check: '',
    state: o.snapshot('x').state,
  });
  return { kv, app, good, other };
}

// ---- the generator ---------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const HOSTILE: Json[] = [
  null,
  0,
  -1,
  1.5,
  1e300,
  '',
  'x',
  '<img src=x onerror=alert(1)>',
  '__proto__',
  'constructor',
  'toString',
  [],
  {},
  true,
  [1, 'a', null],
  { __proto__: { polluted: true } } as unknown as Json,
  'x'.repeat(5000),
];
const KEYS_HOSTILE = ['__proto__', 'constructor', 'toString', 'prototype', 'hasOwnProperty'];

/** Every path to a value in a JSON tree. */
function paths(v: Json, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(v)) return [...here, ...v.flatMap((x, i) => paths(x, [...at, i]))];
  if (v && typeof v === 'object') return [...here, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...at, k]))];
  return here;
}

function setAt(root: Json, path: (string | number)[], value: Json): Json {
  if (path.length === 0) return value;
  const copy = JSON.parse(JSON.stringify(root)) as Json;
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1];
  if (last !== undefined) node[last] = value;
  return copy;
}

/** Re-signs a save file after an edit, as a forger who knows the 32-bit check would. */
function resign(file: Json): string {
  if (file && typeof file === 'object' && !Array.isArray(file) && file.state !== undefined) {
    try {
      (file as Record<string, Json>).check = storyFingerprint(JSON.stringify(file.state));
    } catch {
      // nested too deep to sign: leave it
    }
  }
  return JSON.stringify(file);
}

function deep(n: number): string {
  return '['.repeat(n) + ']'.repeat(n);
}

/** One hostile save text and the family it belongs to. */
function hostile(r: () => number, good: string, other: string): { family: string; text: string } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const parsed = JSON.parse(good) as Json;
  const families = [
    'truncate',
    'flip',
    'wrong-type',
    'wrong-type-signed',
    'proto-key',
    'markup',
    'other-story',
    'deep',
    'oversize',
    'forged-path',
    'format-1',
  ];
  const family = pick(families);
  switch (family) {
    case 'truncate':
      return { family, text: good.slice(0, Math.floor(r() * good.length)) };
    case 'flip': {
      const i = Math.floor(r() * good.length);
      return { family, text: good.slice(0, i) + String.fromCharCode(32 + Math.floor(r() * 95)) + good.slice(i + 1) };
    }
    case 'wrong-type':
    case 'wrong-type-signed': {
      const edited = setAt(parsed, pick(paths(parsed)), pick(HOSTILE));
      return { family, text: family === 'wrong-type' ? JSON.stringify(edited) : resign(edited) };
    }
    case 'proto-key': {
      const objs = paths(parsed).filter((p) => {
        let v: Json = parsed;
        for (const k of p) v = (v as Record<string | number, Json>)[k] as Json;
        return v !== null && typeof v === 'object' && !Array.isArray(v);
      });
      const at = pick(objs);
      const text = resign(parsed).replace(
        JSON.stringify(at.length ? at[at.length - 1] : 'kind') + ':',
        (m) => `"${pick(KEYS_HOSTILE)}":{"polluted":true},${m}`,
      );
      return { family, text: r() < 0.5 ? text : resign(setAt(parsed, ['state', 'taken', 0, 'decision'], pick(KEYS_HOSTILE))) };
    }
    case 'markup': {
      const strings = paths(parsed).filter((p) => {
        let v: Json = parsed;
        for (const k of p) v = (v as Record<string | number, Json>)[k] as Json;
        return typeof v === 'string';
      });
      return {
        family,
        text: resign(
          setAt(parsed, pick(strings), pick(['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '=HYPERLINK("x")', '{{7*7}}'])),
        ),
      };
    }
    case 'other-story':
      return { family, text: resign(JSON.parse(other) as Json) };
    case 'deep':
      // nesting in the state itself: the check has to re-serialise it
      return { family, text: good.replace('"state":{', `"state":{"junk":${deep(1000 + Math.floor(r() * 20000))},`) };
    case 'oversize':
      return { family, text: good.replace('"meta":', `"junk":"${'x'.repeat(MAX_SAVE_BYTES)}","meta":`) };
    case 'forged-path': {
      const forged = setAt(
        parsed,
        ['state', 'chose'],
        pick([['Sleep'], ['Look around', 'Look around'], ['Turn the page', 'Look around'], []]),
      );
      return { family, text: resign(forged) };
    }
    default: {
      // a format 1 save as an older version wrote it, with a forged backlog
      const state = {
        format: 1,
        story: 'x',
        ink: '{}',
        taken: [],
        backlog: [
          { turn: {}, chose: pick(HOSTILE) },
          { turn: {}, chose: null },
        ],
        past: [],
      };
      return {
        family,
        text: resign({ kind: 'turning-points-save', format: 1, meta: (parsed as Record<string, Json>).meta ?? null, check: '', state }),
      };
    }
  }
}

const REFUSALS = new Set(['import-refused']);

describe('the save fuzzer', () => {
  it(`${CASES} hostile saves through the real import path: refused cleanly, nothing else touched`, async () => {
    const { kv, app, good, other } = await seeded();
    const r = rng(20261201);
    const families = new Map<string, { tried: number; refused: number }>();
    for (let i = 0; i < CASES; i++) {
      const { family, text } = hostile(r, good, other);
      const before = kv.snapshot();
      const turn = app.current.session.current;
      const decisions = app.current.session.decisions;
      let result: Notice | null;
      try {
        result = app.importSave(text);
      } catch (e) {
        throw new Error(`case ${i} (${family}) threw: ${String(e)}\n${text.slice(0, 300)}`, { cause: e });
      }
      const f = families.get(family) ?? { tried: 0, refused: 0 };
      families.set(family, f);
      f.tried++;
      if (result !== null) {
        f.refused++;
        expect(REFUSALS.has(result.id), `case ${i} (${family}): ${JSON.stringify(result)}`).toBe(true);
        expect(kv.snapshot(), `case ${i} (${family}) changed storage`).toEqual(before);
        expect(app.current.session.current, `case ${i} (${family}) changed the game`).toBe(turn);
        expect(app.current.session.decisions).toBe(decisions);
      } else {
        // accepted (an edit that changed nothing that matters): the game is whole and playable
        const { [`${KEYS.slots}autosave`]: _a, [KEYS.mode]: _m, [KEYS.reached]: _r, ...rest } = before;
        const { [`${KEYS.slots}autosave`]: _a2, [KEYS.mode]: _m2, [KEYS.reached]: _r2, ...after } = kv.snapshot();
        expect(after, `case ${i} (${family}) changed another key`).toEqual(rest);
        expect(app.current.session.current.choices.length + (app.current.session.current.ending ? 1 : 0)).toBeGreaterThan(0);
        app.importSave(good); // back to the seeded game for the next case
      }
      expect(({} as Record<string, unknown>).polluted, `case ${i} (${family}) polluted Object.prototype`).toBeUndefined();
    }
    // every family was tried, and most hostile files are refused
    expect([...families.keys()].sort()).toHaveLength(11);
    const refused = [...families.values()].reduce((n, f) => n + f.refused, 0);
    expect(refused).toBeGreaterThan(CASES * 0.8);
    console.log(
      `save fuzzer: ${CASES} cases, ${refused} refused; by family: ${[...families].map(([k, f]) => `${k} ${f.refused}/${f.tried}`).join(', ')}`,
    );
  });

  it('garbage in each stored key before boot: the game starts, nothing else is touched, a refused save is kept aside', async () => {
    const { kv, good } = await seeded();
    const r = rng(7);
    const keys = [
      `${KEYS.slots}autosave`,
      `${KEYS.slots}slot-1`,
      KEYS.settings,
      KEYS.reached,
      KEYS.mode,
      KEYS.classSession,
      KEYS.keptAside,
    ];
    let cases = 0;
    for (const key of keys) {
      for (let n = 0; n < 40; n++) {
        const store = new MemoryStorage();
        for (const [k, v] of Object.entries(kv.snapshot())) store.setItem(k, v);
        const { text } = hostile(r, good, good);
        const garbage = n % 4 === 0 ? JSON.stringify(HOSTILE[n % HOSTILE.length]) : text;
        store.setItem(key, garbage);
        if (key === KEYS.classSession) store.setItem(KEYS.mode, '{"kind":"class"}');
        const before = store.snapshot();
        const app = appOver(store);
        try {
          app.boot();
        } catch (e) {
          throw new Error(`boot threw with garbage in ${key}: ${String(e)}\n${garbage.slice(0, 200)}`, { cause: e });
        }
        cases++;
        const turn = app.current.session.current;
        expect(turn.choices.length, key).toBeGreaterThan(0);
        // booting writes nothing but the kept-aside copy of a refused save
        const { [KEYS.keptAside]: kept, ...after } = store.snapshot();
        const { [KEYS.keptAside]: keptBefore, ...rest } = before;
        expect(after, `boot changed storage (garbage in ${key})`).toEqual(rest);
        if (kept !== keptBefore)
          expect(
            app.persistence.keptAside().some((k) => k.text === before[key]),
            key,
          ).toBe(true);
        await app.choose(turn.choices[0]?.index ?? 0); // and the game plays on
      }
    }
    expect(cases).toBe(keys.length * 40);
  });
});
