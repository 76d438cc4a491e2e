// Line ids: added where missing, never renumbered; the writing rules for translatable ink are enforced.
import { describe, expect, it } from 'vitest';
import { addIds, checkIds, inkText } from '../../scripts/ink-ids-lib.ts';

const source = [
  '=== knot ===',
  'A line. # place: x # id: f.3',
  'A new line.',
  '{ - flag:',
  '    Inside a branch.',
  '- else:',
  '    The other branch. # speculation',
  '}',
  '{flag: A one-line conditional.}',
  '- (label) A gather with text. -> other',
  '* [A choice #option: a] -> other',
  '* {flag} [Another choice]',
  '~ x = 1',
  '- -> other',
  '// a comment',
].join('\n');

describe('line ids', () => {
  it('adds the next unused number to each line a player reads, and never touches an existing id', () => {
    const { text, added } = addIds(source, 'f');
    expect(added).toBe(7);
    const lines = text.split('\n');
    expect(lines[1]).toBe('A line. # place: x # id: f.3');
    expect(lines[2]).toBe('A new line. # id: f.4');
    expect(lines[4]).toBe('    Inside a branch. # id: f.5');
    expect(lines[6]).toBe('    The other branch. # speculation # id: f.6');
    expect(lines[8]).toBe('{flag: A one-line conditional. # id: f.7}');
    expect(lines[9]).toBe('- (label) A gather with text. # id: f.8 -> other');
    expect(lines[10]).toBe('* [A choice #option: a # id: f.9] -> other');
    expect(lines[11]).toBe('* {flag} [Another choice # id: f.10]');
    for (const i of [0, 3, 5, 7, 12, 13, 14]) expect(lines[i]).toBe(source.split('\n')[i]);
    expect(addIds(text, 'f').added).toBe(0);
    expect(checkIds([{ name: 'f.ink', source: text }])).toEqual([]);
  });

  it('reads the text a player sees, without tags, logic or diverts', () => {
    expect(inkText('- (label) A gather with text. # id: f.8 -> other')).toBe('A gather with text.');
    expect(inkText('* {flag} [Another choice # id: f.10]')).toBe('Another choice');
    expect(inkText('{flag: A one-line conditional. # id: f.7}')).toBe('A one-line conditional.');
    expect(inkText('~ x = 1')).toBeNull();
  });

  it('fails a line without an id, an id used twice, and ink that builds sentences from pieces', () => {
    const problems = checkIds([
      { name: 'a.ink', source: 'No id here.\nTwice. # id: a.1\nAgain. # id: a.1' },
      { name: 'b.ink', source: 'Glue <> # id: b.1\nA {name} here. # id: b.2\n{c: Cond.} and more. # id: b.3' },
    ]);
    expect(problems.join('\n')).toMatch(/a\.ink:1: this line has no "# id:" tag/);
    expect(problems.join('\n')).toMatch(/a\.ink:3: id "a\.1" is already used at a\.ink:2/);
    expect(problems.join('\n')).toMatch(/b\.ink:1: glue/);
    expect(problems.join('\n')).toMatch(/b\.ink:2: logic inside a line/);
    expect(problems.join('\n')).toMatch(/b\.ink:3: text after a one-line conditional/);
  });
});
