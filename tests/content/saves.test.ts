// Saves of the real chapter: compact (the path, not the ink state), and a save replays to the same place.
import { describe, expect, it } from 'vitest';
import { makeSave, parseSave } from '../../src/core/saves.ts';
import { Session } from '../../src/core/session.ts';
import { compileStory, loadContent } from '../../scripts/content.ts';
import { rng } from '../../src/core/random.ts';

const compiled = compileStory();
const json = compiled.json ?? '';
const content = loadContent();
const META = { name: 'Autosave', savedAt: '2026-12-01T12:00:00.000Z', place: 'Smolny', date: '25 October (7 November) 1917' };

/** Plays a walk's choices in a session of its own and returns it. */
function replay(choices: string[]): Session {
  const s = new Session(json, content);
  s.start();
  for (const text of choices) {
    const c = s.current.choices.find((x) => x.text === text);
    if (!c) throw new Error(`no choice "${text}"`);
    s.choose(c.index, 'A reason the player typed, of a realistic length for a sentence.');
  }
  return s;
}

describe('saves of the whole chapter', () => {
  it('a save after the longest of 100 playthroughs is at most 64 KB, and replays to the same place', () => {
    // 100 seeded random playthroughs, each as the text of the choices taken; keep the longest
    const s = new Session(json, content, { stepBack: 0 });
    let path: string[] = [];
    for (let seed = 1; seed <= 100; seed++) {
      const r = rng(seed);
      const taken: string[] = [];
      let turn = s.start();
      while (turn.choices.length > 0) {
        const c = turn.choices[Math.floor(r() * turn.choices.length)] ?? turn.choices[0];
        if (!c) break;
        taken.push(c.text);
        turn = s.choose(c.index).turn;
      }
      if (taken.length > path.length) path = taken;
    }
    const played = replay(path);
    const file = makeSave(played.save(), META);
    console.log(`save after ${path.length} choices: ${file.length} bytes`);
    expect(file.length).toBeLessThanOrEqual(64 * 1024);
    const check = parseSave(file, played.fingerprint);
    if (!check.ok) throw new Error(check.reason);
    const back = new Session(json, content);
    expect(back.restore(check.state)).toEqual(played.current);
    expect(back.decisions).toEqual(played.decisions);
    // stepping back works at once after a load, as far back as before
    let steps = 0;
    while (back.canRollback) {
      back.rollback();
      steps++;
    }
    expect(steps).toBe(Math.min(40, path.length));
  });
});
