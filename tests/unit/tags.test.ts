import { describe, expect, it } from 'vitest';
import { parseTag, parseTags, TagError } from '../../src/core/tags.ts';

describe('tag parser', () => {
  it('turns each known tag into a typed cue', () => {
    expect(parseTags(['place: london-hall', 'date: 1903-08-07 os', 'people: lenin, martov', 'mood: tense'])).toEqual([
      { kind: 'place', id: 'london-hall' },
      { kind: 'date', iso: '1903-08-07', calendar: 'os' },
      { kind: 'people', ids: ['lenin', 'martov'] },
      { kind: 'mood', mood: 'tense' },
    ]);
    expect(parseTag('decision: DP04a')).toEqual({ kind: 'decision', id: 'DP04a' });
    expect(parseTag(' option: martov ')).toEqual({ kind: 'option', id: 'martov' });
    expect(parseTag('speculation')).toEqual({ kind: 'speculation' });
    expect(parseTag('quote: Trotsky, My Life, ch. 12')).toEqual({ kind: 'quote', source: 'Trotsky, My Life, ch. 12' });
    expect(parseTag('people:')).toEqual({ kind: 'people', ids: [] });
  });
  it('rejects unknown tags, naming the tag', () => {
    expect(() => parseTag('colour: red')).toThrow(TagError);
    expect(() => parseTag('colour: red')).toThrow(/unknown tag "colour"/);
  });
  it('rejects malformed values with a clear reason', () => {
    expect(() => parseTag('date: 7 August 1903')).toThrow(/YYYY-MM-DD os/);
    expect(() => parseTag('mood: sleepy')).toThrow(/unknown mood "sleepy"/);
    expect(() => parseTag('place:')).toThrow(/needs a value/);
    expect(() => parseTag('place: <img src=x>')).toThrow(/is not an id/);
    expect(() => parseTag('speculation: yes')).toThrow(/takes no value/);
  });
});
