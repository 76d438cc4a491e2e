// Ages agree everywhere: every age the story states is the one the age function gives for the
// person whose shoes the player is in, on the scene's date; the glossary states none.

import { describe, expect, it } from 'vitest';
import { compileStory, loadContent, MAIN_INK } from '../../scripts/content.ts';
import { ageOn } from '../../src/core/calendar.ts';
import { historicalWalk, randomWalk } from './walk.ts';

const content = loadContent();
const json = compileStory(MAIN_INK).json ?? '{"inkVersion":21,"root":[]}';

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy'];

/** "thirty-seven" → 37; null when the words are not a number. */
function numberWord(words: string): number | null {
  const w = words.toLowerCase();
  const teen = TEENS.indexOf(w);
  if (teen >= 0) return 10 + teen;
  const [t = '', u = ''] = w.split('-');
  const tens = TENS.indexOf(t);
  if (tens < 2) return null;
  const unit = u ? UNITS.indexOf(u) : 0;
  return unit < 0 ? null : tens * 10 + unit;
}

const STATED = /\b[Yy]ou are ([a-z]+(?:-[a-z]+)?)(?: years old)?\b|, ([a-z]+(?:-[a-z]+)?) years old\b/g;

describe('ages agree everywhere', () => {
  it('every age the text gives the player’s character is the age on the scene’s date', () => {
    const walks = [historicalWalk(json, content), ...Array.from({ length: 40 }, (_, i) => randomWalk(json, content, 7000 + i))];
    const wrong = new Set<string>();
    let checked = 0;
    for (const w of walks) {
      for (const t of w.turns) {
        const actor = t.stage.actor ?? '';
        const born = actor === content.chapter.protagonist.id ? content.chapter.protagonist.born : content.people[actor]?.born;
        const date = t.stage.date?.ns;
        for (const l of t.lines) {
          for (const m of l.text.matchAll(STATED)) {
            const n = numberWord(m[1] ?? m[2] ?? '');
            if (n === null) continue;
            if (!born || !date) continue; // a made-up person has no birth date
            checked++;
            const age = ageOn(born, date);
            if (age !== n) wrong.add(`"${l.text}" (${actor}, ${date}): says ${n}, the age is ${age}`);
          }
        }
      }
    }
    expect([...wrong]).toEqual([]);
    expect(checked).toBeGreaterThan(5);
  });

  it('no glossary entry writes a person’s age (the cast list computes it for each scene)', () => {
    const people = new Set(Object.keys(content.people));
    const stated = content.glossary.filter(
      (g) => people.has(g.id) && /\b(aged \d+|\d+-year-old|, \d{2},|turned \d{2}|at the age of \d+)/.test(g.text),
    );
    expect(stated.map((g) => `${g.id}@${g.from}: ${g.text}`)).toEqual([]);
  });

  it('every real person with a birth date was born before the scenes that show them', () => {
    for (const [id, p] of Object.entries(content.people)) if (p.born) expect(p.born < '1900-01-01', id).toBe(true);
  });
});
