import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content.ts';
import { castOf, heldAt as heldIn, sideOf as sideIn } from '../../src/core/cast.ts';
import type { DecisionTaken } from '../../src/core/checker.ts';
import { readPathRules } from '../../src/core/path-rules.ts';
import { RecordError } from '../../src/core/record.ts';
import { toDual } from '../../src/core/calendar.ts';
import type { StageState } from '../../src/core/session.ts';

const content = loadContent();
const rules = content.protagonistPath;
const sideOf = (d: DecisionTaken[], date: string) => sideIn(rules, d, date);
const heldAt = (place: string, d: DecisionTaken[]) => heldIn(rules, place, d);
const stage = (place: string, os: string, people: string[], actor = 'trotsky'): StageState => ({
  place,
  date: toDual(os, 'os'),
  people,
  actor,
  mood: null,
});

describe('the cast of a scene', () => {
  it('dates the protagonist: his age on the scene day, not one written once', () => {
    const at = (os: string) => castOf(stage('geneva-iskra-office', os, ['trotsky']), content, [])[0]?.age;
    expect(at('1897-04-01')).toBe(17);
    expect(at('1905-01-10')).toBe(25);
    expect(at('1912-05-10')).toBe(32);
    expect(at('1917-10-24')).toBe(37);
    // 25 October (7 November) 1917, the day of the rising, was his 38th birthday (New Style)
    expect(at('1917-10-25')).toBe(38);
  });
  it('follows the player: side, prison or free, and where', () => {
    const path = (place: string, os: string, decisions: { decision: string; option: string }[]) =>
      castOf(stage(place, os, ['trotsky']), content, decisions)[0]?.path;
    expect(path('london-room', '1903-08-10', [{ decision: 'DP04d', option: 'bolsheviks' }])).toEqual({
      side: 'bolsheviks',
      held: 'free',
      where: 'London',
      knownFor: [],
    });
    expect(path('kresty-prison', '1917-08-27', [{ decision: 'DP14', option: 'bolsheviks' }])?.side).toBe('bolsheviks');
    expect(path('kresty-prison', '1917-08-27', [{ decision: 'DP14', option: 'bolsheviks' }])?.held).toBe('prison');
    expect(path('smolny', '1917-09-04', [{ decision: 'DP17', option: 'refuse' }])?.held).toBe('bail');
    expect(path('kresty-prison', '1917-10-28', [{ decision: 'DP17', option: 'refuse' }])?.held).toBe('prison');
    expect(path('verkholensk-hut', '1902-08-01', [])?.held).toBe('exile');
    expect(path('vienna-cafe', '1909-01-02', [{ decision: 'DP09', option: 'political' }])?.knownFor).toEqual([
      'trial-speech',
      'vienna-pravda',
    ]);
    expect(path('vienna-cafe', '1909-01-02', [{ decision: 'DP09', option: 'boycott' }])?.knownFor).toEqual([
      'soviet-1905',
      'vienna-pravda',
    ]);
    expect(path('geneva-room', '1904-09-02', [{ decision: 'DP04d', option: 'bolsheviks' }])?.knownFor).toEqual([]);
  });
  it('puts everyone drawn on stage in the list, each with a line', () => {
    const cast = castOf(stage('aurora-quay', '1917-08-28', ['sailor', 'kronstadt-sailors'], 'sailor'), content, []);
    expect(cast.map((c) => c.id)).toEqual(['sailor', 'kronstadt-sailors']);
    expect(cast.every((c) => c.line.length > 0)).toBe(true);
    expect(cast[0]?.you).toBe(true);
  });
  it('gives other people their age from their birth date, and the glossary as known on the day', () => {
    const [martov] = castOf(stage('london-hall', '1903-08-07', ['martov']), content, []);
    expect(martov?.age).toBe(29);
    expect(martov?.line).toMatch(/Iskra/);
  });
  it('reads sides in order, the latest decision winning', () => {
    expect(sideOf([], '1899-01-01')).toBeNull();
    expect(
      sideOf(
        [
          { decision: 'DP04d', option: 'mensheviks' },
          { decision: 'DP05', option: 'independent' },
        ],
        '1905-01-01',
      ),
    ).toBe('no-faction');
    expect(sideOf([{ decision: 'DP14', option: 'bolsheviks' }], '1917-06-01')).toBe('mezhraiontsy-lenin');
    expect(sideOf([{ decision: 'DP14', option: 'martov' }], '1917-09-09')).toBe('bolsheviks');
    expect(sideOf([{ decision: 'DP11', option: 'join-lenin' }], '1913-01-01')).toBe('bolsheviks');
    expect(sideOf([{ decision: 'DP11', option: 'join-lenin' }], '1915-02-10')).toBe('no-faction');
    expect(sideOf([{ decision: 'DP11', option: 'convene' }], '1914-06-20')).toBe('no-faction');
    expect(heldAt('petersburg-court', [])).toBe('trial');
    expect(sideOf([{ decision: 'DP05', option: 'bolsheviks' }], '1905-10-01')).toBe('bolsheviks');
    expect(sideOf([{ decision: 'DP05', option: 'bolsheviks' }], '1909-01-15')).toBe('no-faction');
  });
  it('reads its rules from story/protagonist.json, and refuses rules that name what the story lacks', () => {
    for (const id of Object.keys(rules.heldAt)) expect(content.places[id], id).toBeTruthy();
    const options = new Map([['DP01', ['workers', 'peasants']]]);
    const good = { sides: { union: 'The union' }, setSide: [{ decision: 'DP01', options: ['workers'], side: 'union' }] };
    expect(readPathRules(good, {}, options).setSide).toHaveLength(1);
    expect(() => readPathRules({ ...good, setSide: [{ decision: 'DP99', side: 'union' }] }, {}, options)).toThrow(RecordError);
    expect(() => readPathRules({ ...good, setSide: [{ decision: 'DP01', options: ['sailors'], side: 'union' }] }, {}, options)).toThrow(
      /not an option/,
    );
    expect(() => readPathRules({ ...good, setSide: [{ decision: 'DP01', side: 'martians' }] }, {}, options)).toThrow(/not in "sides"/);
    expect(() => readPathRules({ ...good, heldAt: { moon: 'prison' } }, {}, options)).toThrow(/not in story\/places/);
    expect(() => readPathRules({ ...good, knownFor: [{ id: 'x', text: 'X', from: '1903-13-40' }] }, {}, options)).toThrow(
      /not a YYYY-MM-DD/,
    );
  });
});
