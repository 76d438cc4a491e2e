// The app controller in Node, over real inkjs and a two-part fixture story: the modes (chapter, a part
// alone, a class episode), what survives a reload, one autosave per choice, and failed writes told.
import { beforeAll, describe, expect, it } from 'vitest';
import { App, type AppPorts } from '../../src/app/controller.ts';
import { KEYS } from '../../src/app/persistence.ts';
import type { Change, Notice } from '../../src/app/state.ts';
import type { DecisionTaken } from '../../src/core/checker.ts';
import { compileInkFile } from '../../src/core/compile.ts';
import type { KeyValue } from '../../src/core/saves.ts';
import { miniContent } from '../fixtures/mini-content.ts';

const PARTS = new URL('../fixtures/parts/main.ink', import.meta.url).pathname;
let story = '';
beforeAll(() => {
  const r = compileInkFile(PARTS);
  expect(r.issues).toEqual([]);
  story = r.json ?? '';
});

/** localStorage as a Map: counts writes per key, and can be made full. */
class MemoryStorage implements KeyValue {
  readonly data = new Map<string, string>();
  readonly writes = new Map<string, number>();
  full = false;
  getItem(k: string): string | null {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.data.set(k, v);
    this.writes.set(k, (this.writes.get(k) ?? 0) + 1);
  }
  removeItem(k: string): void {
    this.data.delete(k);
  }
  count(k: string): number {
    return this.writes.get(k) ?? 0;
  }
}

const AUTOSAVE = `${KEYS.slots}autosave`;

function makeApp(storage: KeyValue | null, ports: Partial<AppPorts> = {}) {
  const verdicts: DecisionTaken[] = [];
  const changes: Change[] = [];
  const app = new App({
    story,
    index: miniContent(),
    storage,
    autosaveName: 'Autosave',
    ports: {
      askReason: ports.askReason ?? (async () => ''),
      showVerdict:
        ports.showVerdict ??
        (async (t) => {
          verdicts.push(t);
        }),
    },
    now: () => new Date('2026-12-01T12:00:00Z'),
  });
  app.subscribe((_s, c) => changes.push(c));
  return { app, verdicts, changes };
}

const texts = (app: App) => app.current.session.current.lines.map((l) => l.text);
const EPISODE = { id: 'street', part: 'street_part' };

describe('the app controller', () => {
  it('plays the chapter: a choice advances, a decision shows its verdict, the ending is the chapter’s', async () => {
    const { app, verdicts, changes } = makeApp(new MemoryStorage());
    app.boot();
    expect(app.current.mode).toEqual({ kind: 'chapter' });
    expect(texts(app)).toEqual(['The hall is cold.']);
    await app.choose(0);
    expect(app.finished).toBe(false); // a page turn does not end the chapter
    await app.choose(0);
    await app.choose(1);
    expect(verdicts).toEqual([{ decision: 'D1', option: 'loose' }]);
    expect(changes.filter((c) => c.kind === 'advance').map((c) => (c.kind === 'advance' ? c.echo : ''))).toEqual([
      'Look around',
      'Turn the page',
      'Vote with Martov',
    ]);
    await app.choose(0);
    expect(app.current.session.current.ending).toBe('loose-end');
    expect(app.finished).toBe(true);
  });

  it('writes one autosave per choice, a decision included', async () => {
    const kv = new MemoryStorage();
    const { app } = makeApp(kv);
    app.boot();
    expect(kv.count(AUTOSAVE)).toBe(0); // booting writes nothing
    await app.choose(0);
    expect(kv.count(AUTOSAVE)).toBe(1);
    await app.choose(0);
    expect(kv.count(AUTOSAVE)).toBe(2);
    await app.choose(0); // a decision: saved at once, before its verdict, and only once
    expect(kv.count(AUTOSAVE)).toBe(3);
    app.flush();
    expect(kv.count(AUTOSAVE)).toBe(3);
  });

  it('debounces the autosave through the scheduler and flushes it on leaving', async () => {
    const kv = new MemoryStorage();
    const queued: (() => void)[] = [];
    const app = new App({
      story,
      index: miniContent(),
      storage: kv,
      autosaveName: 'Autosave',
      ports: { askReason: async () => '', showVerdict: async () => undefined },
      schedule: (run) => queued.push(run),
    });
    app.boot();
    await app.choose(0);
    expect(kv.count(AUTOSAVE)).toBe(0);
    app.flush();
    expect(kv.count(AUTOSAVE)).toBe(1);
    queued.forEach((run) => run()); // the scheduled write finds nothing left to do
    expect(kv.count(AUTOSAVE)).toBe(1);
  });

  it('resumes the game after a reload, and a refused save is left as it was', async () => {
    const kv = new MemoryStorage();
    const first = makeApp(kv).app;
    first.boot();
    await first.choose(0);
    const again = makeApp(kv).app;
    again.boot();
    expect(texts(again)).toEqual(['You look around the hall.']);
    expect(again.current.notice).toEqual({ id: 'resumed', sameStory: true });
    expect(again.current.welcomeBack?.name).toBe('Autosave');

    const newer = '{"kind":"turning-points-save","format":99}';
    kv.setItem(AUTOSAVE, newer);
    const refused = makeApp(kv).app;
    refused.boot();
    expect(refused.current.notice).toEqual({ id: 'save-refused', reason: 'newer-format', keptAside: true });
    expect(texts(refused)).toEqual(['The hall is cold.']);
    expect(kv.getItem(AUTOSAVE)).toBe(newer); // booting writes nothing
    await refused.choose(0); // the new game is saved; the refused one is kept aside, unchanged
    expect(refused.persistence.keptAside()).toMatchObject([{ from: 'autosave', reason: 'newer-format', text: newer }]);
    const another = makeApp(kv).app;
    another.boot();
    expect(another.persistence.keptAside()).toHaveLength(1);
  });

  it('holds the autosave back when a refused save cannot even be kept aside', async () => {
    const kv = new MemoryStorage();
    kv.setItem(AUTOSAVE, '{"kind":"turning-points-save","format":99}');
    kv.full = true;
    const { app } = makeApp(kv);
    app.boot();
    expect(app.current.notice).toEqual({ id: 'save-refused', reason: 'newer-format', keptAside: false });
    kv.full = false;
    await app.choose(0);
    expect(kv.getItem(AUTOSAVE)).toBe('{"kind":"turning-points-save","format":99}');
  });

  it('tells the player of a failed write in every mode, once, and the notice stays until a write succeeds', async () => {
    for (const start of ['chapter', 'part', 'class'] as const) {
      const kv = new MemoryStorage();
      const { app } = makeApp(kv);
      app.boot();
      if (start === 'part') app.playPart('street_part', 'The street');
      if (start === 'class') app.startEpisode(EPISODE);
      let told = 0;
      let last: Notice | null = null;
      app.subscribe((s) => {
        if (s.notice?.id === 'storage' && last?.id !== 'storage') told++;
        last = s.notice;
      });
      kv.full = true;
      await app.choose(0);
      expect(app.current.notice, start).toEqual({ id: 'storage', reason: 'storage-full' } satisfies Notice);
      await app.choose(0);
      expect(app.current.notice, start).toEqual({ id: 'storage', reason: 'storage-full' });
      expect(told, start).toBe(1);
      kv.full = false;
      app.stepBack(); // the next write succeeds: the warning goes
      expect(app.current.notice?.id, start).toBe('stepped-back');
      expect(JSON.parse(kv.getItem(start === 'class' ? KEYS.classSession : AUTOSAVE) ?? 'null'), start).not.toBeNull();
    }
    const blocked = makeApp(null).app;
    blocked.boot();
    await blocked.choose(0);
    expect(blocked.current.notice).toEqual({ id: 'storage', reason: 'storage-blocked' });
  });

  it('keeps playing when a dialog fails, and ignores a choice that is not there', async () => {
    const { app } = makeApp(new MemoryStorage(), {
      showVerdict: async () => {
        throw new Error('no dialog');
      },
    });
    app.boot();
    await app.choose(0);
    await app.choose(0);
    await app.choose(0); // the verdict cannot be shown: the story goes on
    expect(texts(app)).toEqual(['You raise your hand for Lenin.', 'Home at last.']);
    await app.choose(7);
    expect(texts(app)).toEqual(['You raise your hand for Lenin.', 'Home at last.']);
    expect(app.current.busy).toBe(false);
  });

  it('asks a reason before a decision when the player wants to, and "think again" keeps the choice open', async () => {
    let answer: string | null = null;
    const { app, verdicts } = makeApp(new MemoryStorage(), { askReason: async () => answer });
    app.boot();
    await app.choose(0);
    await app.choose(0);
    await app.choose(0); // reasons are off: none asked
    expect(verdicts).toEqual([{ decision: 'D1', option: 'strict' }]);
    app.stepBack();
    app.setSettings({ ...app.current.settings, reasons: true });
    await app.choose(1); // "think again"
    expect(app.current.session.current.decision).toBe('D1');
    answer = 'Martov is right';
    await app.choose(1);
    expect(verdicts[1]).toEqual({ decision: 'D1', option: 'loose', reason: 'Martov is right' });
  });
});

describe('loads are all or nothing', () => {
  it('an import that cannot be stored is refused, and the game on screen stays as it was', async () => {
    const kv = new MemoryStorage();
    const { app } = makeApp(kv);
    app.boot();
    await app.choose(0);
    const file = kv.getItem(AUTOSAVE) ?? '';
    await app.choose(0);
    const turn = app.current.session.current;
    kv.full = true;
    expect(app.importSave(file)).toEqual({ id: 'storage', reason: 'storage-full' });
    expect(app.current.session.current).toBe(turn);
    kv.full = false;
    expect(app.importSave(file)).toBeNull();
    expect(texts(app)).toEqual(['You look around the hall.']);
    expect(app.current.notice).toEqual({ id: 'loaded', sameStory: true });
  });

  it('a save that does not replay is refused, and the game on screen stays as it was', async () => {
    const { app } = makeApp(new MemoryStorage());
    app.boot();
    await app.choose(0);
    const turn = app.current.session.current;
    const state = { ...app.snapshot('x').state, chose: ['Look around', 'Turn the page', 'Fly to the moon'] };
    const check = { ok: true as const, state, sameStory: true, meta: { name: 'x', savedAt: '', place: '', date: '' } };
    expect(app.load(check)).toEqual({ id: 'save-refused', reason: 'damaged', keptAside: false });
    expect(app.current.session.current).toBe(turn);
  });
});

describe('modes', () => {
  async function inClass(kv: MemoryStorage, reason: string | null = 'because') {
    const { app, verdicts } = makeApp(kv, { askReason: async () => reason });
    app.boot();
    await app.choose(0);
    await app.choose(0);
    await app.choose(0); // the player's own game has a decision in it
    expect(app.startEpisode(EPISODE)).toBe(true);
    expect(app.current.mode.kind).toBe('class');
    return { app, verdicts };
  }
  const own = [{ decision: 'D1', option: 'strict' }];

  it('a class votes: the tally is kept, a reason is asked, the class’s choice is played', async () => {
    const kv = new MemoryStorage();
    const { app, verdicts } = await inClass(kv);
    await app.classVote('D1', { strict: 4, loose: 11 }, 1);
    const mode = app.current.mode;
    if (mode.kind !== 'class') throw new Error('not a class');
    expect(mode.progress.votes).toEqual({ D1: { strict: 4, loose: 11 } });
    expect(mode.progress.chosen).toEqual({ D1: 'loose' });
    expect(verdicts.at(-1)).toEqual({ decision: 'D1', option: 'loose', reason: 'because' });
    expect(app.decisionsInMode).toEqual([{ decision: 'D1', option: 'loose', reason: 'because' }]);
    await app.choose(0);
    expect(app.finished).toBe(true);
  });

  it('loading a save during a class episode ends the episode; the class session keeps the class’s game', async () => {
    const kv = new MemoryStorage();
    const { app } = await inClass(kv);
    await app.classVote('D1', { strict: 3 }, 0);
    const classStored = kv.getItem(KEYS.classSession);
    const other = makeApp(new MemoryStorage()).app;
    other.boot();
    const check = {
      ok: true as const,
      state: other.snapshot('x').state,
      sameStory: true,
      meta: { name: 'Slot', savedAt: '', place: '', date: '' },
    };
    expect(app.load(check)).toBeNull();
    expect(app.current.mode).toEqual({ kind: 'chapter' });
    expect(texts(app)).toEqual(['The hall is cold.']);
    await app.choose(0);
    expect(kv.getItem(KEYS.classSession)).toBe(classStored); // the class's session is untouched
    expect(JSON.parse(kv.getItem(KEYS.mode) ?? '')).toEqual({ kind: 'chapter' });
    expect(JSON.parse(kv.getItem(AUTOSAVE) ?? '').state.chose).toEqual(['Look around']);
  });

  it('reloading mid-episode resumes the episode with its votes; ending it returns to the player’s own game', async () => {
    const kv = new MemoryStorage();
    const { app } = await inClass(kv);
    await app.classVote('D1', { strict: 12 }, 0);
    const after = makeApp(kv).app;
    after.boot();
    const mode = after.current.mode;
    if (mode.kind !== 'class') throw new Error('not a class');
    expect(mode.progress.episode).toBe('street');
    expect(mode.progress.votes).toEqual({ D1: { strict: 12 } });
    expect(texts(after)).toEqual(['You raise your hand for Lenin.', 'Home at last.']);
    expect(after.current.notice).toEqual({ id: 'class-resumed' });
    after.endClass();
    expect(after.current.mode).toEqual({ kind: 'chapter' });
    expect(after.current.session.decisions).toEqual(own);
    expect(kv.getItem(KEYS.classSession)).toBeNull();
    const third = makeApp(kv).app;
    third.boot();
    expect(third.current.mode).toEqual({ kind: 'chapter' });
    expect(third.current.session.decisions).toEqual(own);
  });

  it('a stored class session of a bad shape is refused with a message, and the player’s game resumes', async () => {
    const kv = new MemoryStorage();
    await inClass(kv);
    const stored = JSON.parse(kv.getItem(KEYS.classSession) ?? '{}');
    const bad = [null, [], { D1: { strict: -1 } }, JSON.parse('{"__proto__": {"x": 1}}'), { D1: { strict: 'many' } }, { D1: null }];
    for (const votes of bad) {
      kv.setItem(KEYS.classSession, JSON.stringify({ ...stored, progress: { ...stored.progress, votes } }));
      const next = makeApp(kv).app;
      next.boot();
      expect(next.current.mode, JSON.stringify(votes)).toEqual({ kind: 'chapter' });
      expect(next.current.notice).toEqual({ id: 'resumed', sameStory: true });
      expect(next.current.session.decisions).toEqual(own);
      expect(next.canResumeClass).toBe(false);
      expect(next.resumeClass()).toBe(false);
      expect(next.current.notice).toEqual({ id: 'class-refused', reason: 'damaged', keptAside: true });
    }
  });

  it('a part played alone is kept over a reload, and a jump or a load leaves it', async () => {
    const kv = new MemoryStorage();
    const { app } = makeApp(kv);
    app.boot();
    expect(app.playPart('street_part', 'The street')).toBe(true);
    expect(app.current.mode).toEqual({ kind: 'part', part: 'street_part', title: 'The street', from: 0 });
    await app.choose(0);
    const reloaded = makeApp(kv).app;
    reloaded.boot();
    expect(reloaded.current.mode).toEqual({ kind: 'part', part: 'street_part', title: 'The street', from: 0 });
    expect(reloaded.decisionsInMode).toEqual([{ decision: 'D1', option: 'strict' }]);
    expect(reloaded.jump('D1')).toBe(true);
    expect(reloaded.current.mode).toEqual({ kind: 'chapter' });
    expect(reloaded.current.session.current.decision).toBe('D1');

    reloaded.playPart('street_part', 'The street');
    const check = {
      ok: true as const,
      state: app.snapshot('x').state,
      sameStory: true,
      meta: { name: 'x', savedAt: '', place: '', date: '' },
    };
    reloaded.load(check);
    expect(reloaded.current.mode).toEqual({ kind: 'chapter' });
    expect(JSON.parse(kv.getItem(KEYS.mode) ?? '')).toEqual({ kind: 'chapter' });
  });

  it('a part ends at its ending or the next page turn; the chapter goes on through a page turn', async () => {
    const { app } = makeApp(new MemoryStorage());
    app.boot();
    await app.choose(0);
    expect(app.finished).toBe(false);
    app.playPart('street_part', 'The street');
    await app.choose(1);
    expect(app.finished).toBe(false);
    await app.choose(0);
    expect(app.finished).toBe(true);
    expect(app.decisionsInMode).toEqual([{ decision: 'D1', option: 'loose' }]);
  });

  it('a jump the story cannot make says so and keeps the game', () => {
    const { app } = makeApp(new MemoryStorage());
    app.boot();
    expect(app.jump('nowhere')).toBe(false);
    expect(app.current.notice).toEqual({ id: 'jump-failed' });
    expect(texts(app)).toEqual(['The hall is cold.']);
  });

  it('step back restores the turn and the decisions, and keeps the mode', async () => {
    const { app } = await inClass(new MemoryStorage());
    await app.classVote('D1', { loose: 2 }, 1);
    app.stepBack();
    expect(app.current.mode.kind).toBe('class');
    expect(texts(app)).toEqual(['Out in the street.', 'Lenin speaks first.']);
    expect(app.current.session.decisions).toEqual([]); // the episode began on history's path, before D1
    const mode = app.current.mode;
    expect(mode.kind === 'class' && mode.progress.votes).toEqual({ D1: { loose: 2 } });
    expect(app.current.notice).toEqual({ id: 'stepped-back' });
  });

  it('start again in a class ends the class, not the player’s game', async () => {
    const { app } = await inClass(new MemoryStorage());
    app.restart();
    expect(app.current.mode).toEqual({ kind: 'chapter' });
    expect(app.current.session.decisions).toEqual(own);
  });
});
