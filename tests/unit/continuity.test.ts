import { describe, expect, it } from 'vitest';
import { contradiction, contradictions } from '../../src/core/continuity.ts';
import { parseTag, TagError } from '../../src/core/tags.ts';

describe('continuity claims', () => {
  it('parse from a # presumes tag: several claims, several options, = and !=', () => {
    expect(parseTag('presumes: DP03 = escape, DP04d != bolsheviks/neutral')).toEqual({
      kind: 'presumes',
      claims: [
        { decision: 'DP03', op: '=', options: ['escape'] },
        { decision: 'DP04d', op: '!=', options: ['bolsheviks', 'neutral'] },
      ],
    });
    expect(() => parseTag('presumes:')).toThrow(/needs a value/);
    expect(() => parseTag('presumes: DP03 escape')).toThrow(TagError);
    expect(() => parseTag('presumes: DP03 = <b>')).toThrow(TagError);
    expect(() => parseTag('presumed: DP03 = escape')).toThrow(/unknown tag/);
  });
  it('hold or fail against the decisions taken before the line', () => {
    const claim = { decision: 'DP03', op: '=' as const, options: ['escape'] };
    expect(contradiction(claim, [{ decision: 'DP03', option: 'escape' }])).toBeNull();
    expect(contradiction(claim, [{ decision: 'DP03', option: 'stay' }])).toMatch(/chose "stay" at DP03/);
    expect(contradiction(claim, [])).toMatch(/not been decided yet/);
    const not = { decision: 'DP04d', op: '!=' as const, options: ['bolsheviks'] };
    expect(contradiction(not, [{ decision: 'DP04d', option: 'mensheviks' }])).toBeNull();
    expect(contradiction(not, [{ decision: 'DP04d', option: 'bolsheviks' }])).not.toBeNull();
  });
  it('judge claims about the ending only once the ending is known', () => {
    const claim = { decision: 'ending', op: '!=' as const, options: ['arrested-1917'] };
    expect(contradiction(claim, [], null)).toBeNull();
    expect(contradiction(claim, [], 'october-1917')).toBeNull();
    expect(contradiction(claim, [], 'arrested-1917')).toMatch(/ends at "arrested-1917"/);
  });
  it('report the line, the claim, why, and the path', () => {
    const found = contradictions(
      [
        {
          text: 'You met her in Paris late in 1902.',
          claims: [{ decision: 'DP03', op: '=', options: ['escape'] }],
          taken: [{ decision: 'DP03', option: 'stay' }],
        },
      ],
      null,
    );
    expect(found).toEqual([
      { line: 'You met her in Paris late in 1902.', claim: 'DP03 = escape', why: 'the player chose "stay" at DP03', path: 'DP03=stay' },
    ]);
  });
});
