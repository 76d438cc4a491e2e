// The words a verdict's summary and a report choose: the lead of a record paragraph, and reasons only when typed.

import { describe, expect, it } from 'vitest';
import { reasonsGiven, type Report } from '../../src/core/report.ts';
import { DEFAULT_SETTINGS, readSettings } from '../../src/core/settings.ts';
import { leadAndRest, sentences } from '../../src/ui/sentences.ts';

describe('the lead of a paragraph', () => {
  it('ends at a full stop, not at an initial or an abbreviation', () => {
    expect(sentences('G. A. Ziv wrote it. St. Petersburg followed, ch. 5 says so. Then more.')).toEqual([
      'G. A. Ziv wrote it.',
      'St. Petersburg followed, ch. 5 says so.',
      'Then more.',
    ]);
  });
  it('takes a second sentence when the first is very short, and keeps the rest whole', () => {
    const { lead, rest } = leadAndRest(
      'He left. The union grew to about two hundred members by the end of that year, by his count. Police came.',
    );
    expect(lead).toBe('He left. The union grew to about two hundred members by the end of that year, by his count.');
    expect(rest).toBe('Police came.');
  });
  it('gives the whole text as the lead when it is one sentence', () => {
    expect(leadAndRest('Only this.')).toEqual({ lead: 'Only this.', rest: '' });
  });
});

describe('a report speaks of reasons only when some were typed', () => {
  const report = (reasons: string[]): Report => ({ rows: reasons.map((reason) => ({ reason })) }) as unknown as Report; // only the rows' reasons matter here
  it('none typed, or only spaces', () => {
    expect(reasonsGiven(report(['', '  ']))).toBe(false);
  });
  it('one typed', () => {
    expect(reasonsGiven(report(['', 'Because the workers are organised.']))).toBe(true);
  });
});

describe('how much of a verdict card opens is remembered', () => {
  it('a summary by default; the player’s choice read back; junk ignored', () => {
    expect(DEFAULT_SETTINGS.verdictFull).toBe(false);
    expect(readSettings(JSON.stringify({ verdictFull: true })).verdictFull).toBe(true);
    expect(readSettings(JSON.stringify({ verdictFull: 'yes' })).verdictFull).toBe(false);
  });
});
