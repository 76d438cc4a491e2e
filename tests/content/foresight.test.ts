// Choices played ahead in idle time (Session.foresee) must change nothing a player or a save can see:
// the chapter played with foresight, stepping back now and then, gives the same turns, decisions and
// saves as the chapter played without it.

import { describe, expect, it } from 'vitest';
import { compileStory, loadContent, MAIN_INK } from '../../scripts/content.ts';
import { rng } from '../../src/core/random.ts';
import { Session } from '../../src/core/session.ts';

const json = compileStory(MAIN_INK).json ?? '';
const content = loadContent();

/** A session at the start of the chapter with a given ink seed (shuffles and RANDOM follow it). */
function seeded(seed: number): Session {
  const s = new Session(json, content);
  s.restore({ format: 2, story: s.fingerprint, seed, chose: [], taken: [] });
  return s;
}

describe('choices played ahead', () => {
  it('play, step back and save exactly as choices played when taken (40 seeded walks of the chapter)', () => {
    let swapped = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const r = rng(seed);
      const plain = seeded(seed);
      const ahead = seeded(seed);
      expect(ahead.current).toEqual(plain.current);
      for (let step = 0; step < 400 && plain.current.choices.length > 0; step++) {
        // play ahead all choices on most turns, some of them on a few, none on the rest
        const how = r();
        if (how < 0.8) {
          ahead.prepare();
          while (ahead.foresee().more);
        } else if (how < 0.9) ahead.foresee();
        if (step > 2 && r() < 0.1 && plain.canRollback) {
          expect(ahead.rollback()).toEqual(plain.rollback());
          continue;
        }
        const turn = plain.current;
        const c = turn.choices[Math.floor(r() * turn.choices.length)]!;
        if (how < 0.8) swapped++;
        expect(ahead.choose(c.index)).toEqual(plain.choose(c.index));
        expect(ahead.variable('c1903_martov_serves')).toEqual(plain.variable('c1903_martov_serves'));
      }
      expect(plain.current.ending).not.toBeNull();
      expect(ahead.backlog).toEqual(plain.backlog);
      expect(ahead.decisions).toEqual(plain.decisions);
      expect(ahead.save()).toEqual(plain.save());
    }
    expect(swapped).toBeGreaterThan(1000);
  });

  it('a choice played ahead and then taken leaves the story where its save replays to', () => {
    const s = seeded(7);
    for (let i = 0; i < 30 && s.current.choices.length > 0; i++) {
      s.prepare();
      while (s.foresee().more);
      s.choose(s.current.choices[s.current.choices.length - 1]!.index);
    }
    const again = new Session(json, content);
    expect(again.restore(s.save())).toEqual(s.current);
    expect(again.decisions).toEqual(s.decisions);
  });
});
