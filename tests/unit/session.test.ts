import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../../src/core/compile.ts';
import { checkDecision, checkPath, type DecisionTaken } from '../../src/core/checker.ts';
import { checkState, makeSave, parseSave, SaveStore } from '../../src/core/saves.ts';
import { KEYS } from '../../src/app/persistence.ts';
import { ContentError, Session } from '../../src/core/session.ts';
import { miniContent } from '../fixtures/mini-content.ts';

const verdictOf = (t: DecisionTaken | null) => (t ? checkDecision(miniContent(), t) : null);
const META = { name: 'Test', savedAt: '2026-11-27T12:00:00.000Z', place: 'The hall', date: '17 (30) July 1903' };
const MINI = new URL('../fixtures/mini/main.ink', import.meta.url).pathname;

function compiled(): string {
  const r = compileInkFile(MINI);
  expect(r.issues).toEqual([]);
  if (!r.json) throw new Error('no json');
  return r.json;
}

describe('session over real inkjs', () => {
  it('plays to the first decision with the stage set from tags', () => {
    const s = new Session(compiled(), miniContent());
    const turn = s.start();
    expect(turn.lines.map((l) => l.text)).toEqual(['The hall is cold.', 'Lenin speaks first.', 'Martov answers him.']);
    expect(turn.stage).toEqual({
      place: 'hall',
      date: { os: '1903-07-17', ns: '1903-07-30' },
      people: ['lenin', 'martov'],
      actor: 'trotsky',
      mood: 'tense',
    });
    expect(turn.decision).toBe('D1');
    expect(turn.choices.map((c) => [c.text, c.option])).toEqual([
      ['Vote with Lenin', 'strict'],
      ['Vote with Martov', 'loose'],
    ]);
  });

  it('gives a verdict on a decision and carries its consequence in ink variables', () => {
    const s = new Session(compiled(), miniContent());
    s.start();
    const { turn, taken } = s.choose(0);
    const verdict = verdictOf(taken);
    expect(verdict?.matchesHistory).toBe(false);
    expect(verdict?.yours.id).toBe('strict');
    expect(verdict?.historical.id).toBe('loose');
    expect(s.variable('trust')).toBe(1);
    expect(turn.lines[1]?.text).toBe('Lenin nods at you.');
    expect(turn.stage.place).toBe('street');
    expect(turn.stage.people).toEqual([]);
    expect(turn.lines[2]).toEqual({ text: '"A quoted line."', speculation: false, quote: 'Someone, Memoirs, ch. 1', sfx: [], ids: [] });
    const end = s.choose(0);
    expect(end.taken).toBeNull();
    expect(end.turn.ending).toBe('strict-end');
    expect(end.turn.choices).toEqual([]);
  });

  it('marks speculation and reaches the historical ending on the historical path', () => {
    const s = new Session(compiled(), miniContent());
    s.start();
    const { turn, taken } = s.choose(1);
    const verdict = verdictOf(taken);
    expect(verdict?.matchesHistory).toBe(true);
    expect(turn.lines.find((l) => l.speculation)?.text).toBe('Martov might have won by more.');
    expect(s.choose(0).turn.ending).toBe('loose-end');
    expect(checkPath(miniContent(), s.decisions)).toMatchObject({ matched: 1, diverged: [] });
  });

  it('saves as plain JSON and restores to the same story', () => {
    const json = compiled();
    const a = new Session(json, miniContent());
    a.start();
    a.choose(0);
    const text = makeSave(a.save(), META);
    const check = parseSave(text, a.fingerprint);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    const b = new Session(json, miniContent());
    expect(b.restore(check.state)).toEqual(a.current);
    expect(b.variable('trust')).toBe(1);
    expect(b.choose(0).turn).toEqual(a.choose(0).turn);
    expect(b.decisions).toEqual([{ decision: 'D1', option: 'strict' }]);
  });

  it('refuses bad saves with a reason and never throws', () => {
    const json = compiled();
    const a = new Session(json, miniContent());
    a.start();
    a.choose(0);
    const good = makeSave(a.save(), META);
    const fp = a.fingerprint;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test edits an untyped parsed file, as a person with a text editor would
    const edit = (f: (d: any) => void) => {
      // a test edits the parsed file freely, as a person with a text editor would
      const d = JSON.parse(good);
      f(d);
      return JSON.stringify(d);
    };
    expect(parseSave(good, fp)).toMatchObject({ ok: true, sameStory: true, meta: META });
    expect(parseSave(good, 'deadbeef')).toMatchObject({ ok: true, sameStory: false });
    expect(parseSave(good.slice(0, good.length / 2), fp)).toEqual({ ok: false, reason: 'not-json' });
    expect(parseSave('', fp)).toEqual({ ok: false, reason: 'not-json' });
    expect(parseSave('{"hello":"world"}', fp)).toEqual({ ok: false, reason: 'not-a-save' });
    expect(parseSave('[1,2,3]', fp)).toEqual({ ok: false, reason: 'not-a-save' });
    expect(
      parseSave(
        edit((d) => (d.format = 9)),
        fp,
      ),
    ).toEqual({ ok: false, reason: 'newer-format' });
    const damaged = [
      (d: any) => (d.state.chose = 'lots'), // eslint-disable-line @typescript-eslint/no-explicit-any -- a hand-edited file
      (d: any) => (d.state.chose = [1, 2]), // eslint-disable-line @typescript-eslint/no-explicit-any -- a hand-edited file
      (d: any) => (d.state.taken = [{ decision: '__proto__ x', option: 'loose' }]), // eslint-disable-line @typescript-eslint/no-explicit-any -- a hand-edited file
      (d: any) => (d.state.taken[0].reason = 'x'.repeat(5000)), // eslint-disable-line @typescript-eslint/no-explicit-any -- a hand-edited file
      (d: any) => (d.state.seed = 'seven'), // eslint-disable-line @typescript-eslint/no-explicit-any -- a hand-edited file
      (d: any) => delete d.meta, // eslint-disable-line @typescript-eslint/no-explicit-any -- a hand-edited file
    ];
    for (const f of damaged) expect(parseSave(edit(f), fp)).toEqual({ ok: false, reason: 'damaged' });
    // a valid-looking edit (a decision changed by hand) breaks the check
    expect(
      parseSave(
        edit((d) => (d.state.taken[0].option = 'loose')),
        fp,
      ),
    ).toEqual({ ok: false, reason: 'tampered' });
    expect(
      parseSave(
        edit((d) => (d.state.chose[0] = '<img src=x onerror=alert(1)>')),
        fp,
      ),
    ).toEqual({ ok: false, reason: 'tampered' });
    expect(parseSave('x'.repeat(9 * 1024 * 1024), fp)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('keeps slots apart: a damaged slot never harms another', () => {
    const map = new Map<string, string>();
    const kv = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    };
    const a = new Session(compiled(), miniContent());
    a.start();
    const store = new SaveStore(kv, a.fingerprint, KEYS.slots);
    expect(store.write('slot-1', makeSave(a.save(), { ...META, name: 'Before the vote' }))).toEqual({ ok: true });
    map.set(`${KEYS.slots}slot-2`, '{"kind":"turning-points-save", garbage');
    expect(store.list()).toEqual([
      { slot: 'autosave', state: 'empty' },
      { slot: 'slot-1', state: 'ok', meta: { ...META, name: 'Before the vote' } },
      { slot: 'slot-2', state: 'bad', reason: 'not-json' },
      { slot: 'slot-3', state: 'empty' },
    ]);
    const full = {
      ...kv,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(new SaveStore(full, a.fingerprint, KEYS.slots).write('slot-3', 'x')).toEqual({ ok: false, reason: 'storage-full' });
    expect(new SaveStore(null, a.fingerprint, KEYS.slots).write('slot-3', 'x')).toEqual({ ok: false, reason: 'storage-blocked' });
    expect(store.read('slot-1')).toMatchObject({ ok: true });
  });

  it('refuses an option tag that the record does not know', () => {
    const json = compiled().replace('"^option: loose"', '"^option: sideways"');
    // the compiled JSON stores tags as "#" entries; make sure the replacement hit something
    expect(json).toContain('sideways');
    expect(() => new Session(json, miniContent()).start()).toThrow(ContentError);
  });

  it('a turn prepared in idle time plays and steps back exactly as one that was not', () => {
    const plain = new Session(compiled(), miniContent());
    const eager = new Session(compiled(), miniContent());
    plain.start();
    eager.start();
    eager.prepare();
    expect(eager.choose(0)).toEqual(plain.choose(0));
    eager.prepare();
    eager.prepare(); // twice is once
    expect(eager.choose(0)).toEqual(plain.choose(0));
    expect(eager.rollback()).toEqual(plain.rollback());
    eager.prepare(); // after a step back the state is the one restored
    expect(eager.choose(0)).toEqual(plain.choose(0));
    expect(eager.rollback()).toEqual(plain.rollback());
    expect(eager.rollback()).toEqual(plain.rollback());
    expect(eager.variable('trust')).toBe(plain.variable('trust'));
    expect({ ...eager.save(), seed: 0 }).toEqual({ ...plain.save(), seed: 0 }); // each session draws its own seed
  });

  it('steps back to the previous choice, and again, then takes another road', () => {
    const s = new Session(compiled(), miniContent());
    const first = s.start();
    s.choose(0);
    const second = s.current;
    s.choose(0);
    expect(s.current.ending).toBe('strict-end');
    expect(s.backlog.map((b) => b.chose)).toEqual(['Vote with Lenin', 'Walk home', null]);
    expect(s.rollback()).toEqual(second);
    expect(s.rollback()).toEqual(first);
    expect(s.canRollback).toBe(false);
    expect(s.decisions).toEqual([]);
    expect(s.variable('trust')).toBe(0);
    expect(s.backlog).toEqual([{ turn: first, chose: null }]);
    const verdict = verdictOf(s.choose(1).taken);
    expect(verdict?.matchesHistory).toBe(true);
    expect(s.choose(0).turn.ending).toBe('loose-end');
    expect(s.backlog.map((b) => b.chose)).toEqual(['Vote with Martov', 'Walk home', null]);
  });

  it('a save is the path, a few hundred bytes, and replays to the same place with the same reasons', () => {
    const a = new Session(compiled(), miniContent());
    a.start();
    a.choose(1, 'Martov is right');
    const state = a.save();
    expect(state).toEqual({
      format: 2,
      story: a.fingerprint,
      seed: state.seed,
      chose: ['Vote with Martov'],
      taken: [{ decision: 'D1', option: 'loose', reason: 'Martov is right' }],
    });
    expect(JSON.stringify(state).length).toBeLessThan(300);
    const b = new Session(compiled(), miniContent());
    expect(b.restore(state)).toEqual(a.current);
    expect(b.backlog).toEqual(a.backlog);
    expect(b.decisions).toEqual(a.decisions);
    expect(b.canRollback).toBe(true);
    expect(b.rollback().decision).toBe('D1');
  });

  it('reads a format 1 save (ink state, backlog) by replaying the choices its backlog shows', () => {
    const a = new Session(compiled(), miniContent());
    a.start();
    a.choose(0);
    const v1 = {
      format: 1,
      story: a.fingerprint,
      ink: '{"not": "trusted"}',
      taken: [{ decision: 'D1', option: 'strict' }],
      backlog: a.backlog,
      past: [],
    };
    const check = checkState(v1, a.fingerprint);
    expect(check).toMatchObject({ ok: true, state: { format: 2, chose: ['Vote with Lenin'] } });
    if (!check.ok) throw new Error('refused');
    expect(new Session(compiled(), miniContent()).restore(check.state)).toEqual(a.current);
  });

  it('refuses a path whose decisions were forged, or that lists decisions it never took', () => {
    const a = new Session(compiled(), miniContent());
    a.start();
    a.choose(0);
    const state = a.save();
    expect(() => new Session(compiled(), miniContent()).restore({ ...state, taken: [{ decision: 'D1', option: 'loose' }] })).toThrow(
      /do not match/,
    );
    expect(() =>
      new Session(compiled(), miniContent()).restore({ ...state, taken: [...state.taken, { decision: 'D9', option: 'x' }] }),
    ).toThrow(/never took/);
    expect(() => new Session(compiled(), miniContent()).restore({ ...state, chose: ['Look at the moon'] })).toThrow(/no longer exists/);
  });

  it('refuses to restore a save whose place no longer exists in the story', () => {
    const a = new Session(compiled(), miniContent());
    a.start();
    a.choose(0);
    const state = a.save();
    // the story was rewritten: the choice is gone
    const changed = compiled().replaceAll('Vote with Lenin', 'Vote with Plekhanov');
    expect(() => new Session(changed, miniContent()).restore(state)).toThrow(/no longer exists/);
  });

  it('rejects a choice that does not exist', () => {
    const s = new Session(compiled(), miniContent());
    s.start();
    expect(() => s.choose(7)).toThrow(/no choice 8/);
  });
});

describe('compiler', () => {
  it('reports an ink error with its file and line', () => {
    const files: Record<string, string> = { '/x/main.ink': 'Hello.\nINCLUDE b.ink\n-> nowhere\n', '/x/b.ink': 'B.\n' };
    const r = compileInkFile('/x/main.ink', (p) => {
      const t = files[p];
      if (t === undefined) throw new Error(`no ${p}`);
      return t;
    });
    expect(r.json).toBeNull();
    const err = r.issues.find((i) => i.severity === 'error');
    expect(err?.message).toMatch(/nowhere/);
    expect(err?.file).toBe('main.ink');
    expect(err?.line).toBe(3);
    expect(r.files).toContain('/x/b.ink');
  });
});

describe('chapter select', () => {
  it('stands at a decision point with the state history had there', async () => {
    const { sessionAtDecision } = await import('../../src/core/jump.ts');
    const s = sessionAtDecision(compiled(), miniContent(), 'D1');
    expect(s?.current.decision).toBe('D1');
    expect(s?.variable('trust')).toBe(0);
    expect(sessionAtDecision(compiled(), miniContent(), 'nowhere')).toBeNull();
  });
});
