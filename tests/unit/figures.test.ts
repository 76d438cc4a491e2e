// The stage's data: figures (story/figures) validated with clear errors, looks by date; place looks and the
// tags that change them (weather, time, view, pose).

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../../src/core/compile.ts';
import { validateContent } from '../../src/core/record.ts';
import { Session } from '../../src/core/session.ts';
import { miniRaw } from '../fixtures/mini-content.ts';
import { figureOn, validateFigures } from '../../src/core/figures.ts';
import { parseTag } from '../../src/core/tags.ts';
import { loadContent, loadFigures } from '../../scripts/content.ts';

const people = ['lenin', 'trotsky', 'crowd'];

describe('figures', () => {
  it('builds on a base and on other figures, and changes look by date', () => {
    const f = validateFigures(
      {
        'figures/a.json': {
          worker: { type: true, hat: 'cap' },
          lenin: { hair: 'bald', beard: 'pointed', looks: [{ from: '1917-07-20', to: '1917-11-07', beard: 'none', hair: 'wig' }] },
          crowd: { crowd: ['worker'], most: 3 },
        },
        'figures/b.json': { trotsky: { like: 'worker', pinceNez: true } },
      },
      people,
    );
    expect(f.trotsky?.spec.hat).toBe('cap');
    expect(f.crowd?.crowd).toEqual({ of: ['worker'], most: 3 });
    const lenin = f.lenin;
    if (!lenin) throw new Error('no lenin');
    expect(figureOn(lenin, '1903-08-11').beard).toBe('pointed');
    expect(figureOn(lenin, '1917-11-06')).toMatchObject({ beard: 'none', hair: 'wig' });
    expect(figureOn(lenin, '1918-01-01').hair).toBe('bald');
  });
  it('names the file, the entry and the field of a fault', () => {
    const bad = (entry: unknown) => () => validateFigures({ 'figures/x.json': { lenin: entry } }, people);
    expect(bad({ beard: 'long' })).toThrow(/figures\/x\.json, lenin, field "beard": "long" is not one of/);
    expect(bad({ hieght: 90 })).toThrow(/field "hieght": is not a figure field/);
    expect(bad({ height: 400 })).toThrow(/field "height": must be a number from 40 to 130/);
    expect(bad({ looks: [{ from: '1917-13-01' }] })).toThrow(/field "looks\[0\]\.from"/);
    expect(bad({ like: 'nobody' })).toThrow(/field "like"/);
    expect(bad({ crowd: ['nobody'] })).toThrow(/field "crowd\[0\]"/);
    expect(() => validateFigures({ 'figures/x.json': { stalin: {} } }, people)).toThrow(/stalin, field "id": is not in story\/people/);
    expect(() => validateFigures({ 'a.json': { lenin: {} }, 'b.json': { lenin: {} } }, people)).toThrow(/already defined in a\.json/);
  });
  it('the chapter: every figure is valid, Lenin is shaved and in a wig at Sukhanov’s flat', () => {
    const content = loadContent();
    const figures = loadFigures(content);
    const lenin = figures.lenin;
    if (!lenin) throw new Error('no figure for lenin');
    expect(figureOn(lenin, '1917-10-23')).toMatchObject({ beard: 'none', moustache: false, hair: 'wig' });
    expect(figureOn(lenin, '1903-08-11').beard).not.toBe('none');
  });
});

describe('places', () => {
  it('no background is drawn for more than three places (views count)', () => {
    const uses = new Map<string, string[]>();
    for (const [id, place] of Object.entries(loadContent().places)) {
      for (const look of [place, ...Object.values(place.views)]) uses.set(look.art, [...(uses.get(look.art) ?? []), id]);
    }
    for (const [art, ids] of uses) expect(ids.length, `"${art}" is drawn for ${ids.join(', ')}`).toBeLessThanOrEqual(3);
  });
  it('the stage tags parse, and unknown values fail', () => {
    expect(parseTag('weather: snow')).toEqual({ kind: 'weather', weather: 'snow' });
    expect(parseTag('time: night')).toEqual({ kind: 'time', time: 'night' });
    expect(parseTag('view: courtyard')).toEqual({ kind: 'view', id: 'courtyard' });
    expect(parseTag('pose: lenin speak, martov seated')).toEqual({
      kind: 'pose',
      poses: [
        { id: 'lenin', pose: 'speak' },
        { id: 'martov', pose: 'seated' },
      ],
    });
    expect(() => parseTag('weather: hail')).toThrow(/unknown weather "hail"/);
    expect(() => parseTag('time: teatime')).toThrow(/unknown time/);
    expect(() => parseTag('pose: lenin dance')).toThrow(/unknown pose "dance"/);
    expect(() => parseTag('pose: lenin')).toThrow(/ID POSE/);
  });
});

describe('stage state from the tags', () => {
  const ink = [
    'The hall. # place: hall # people: lenin, martov # actor: trotsky # weather: snow # time: night',
    'Lenin rises. # pose: lenin speak, martov fold',
    'Into the yard. # view: yard',
    'Martov leaves. # people: lenin',
    '* [Go out]',
    '- The street. # place: street # people: lenin',
    '-> END',
  ].join('\n');
  function play(text: string): Session {
    const dir = mkdtempSync(join(tmpdir(), 'tp-stage-'));
    writeFileSync(join(dir, 'main.ink'), text);
    const r = compileInkFile(join(dir, 'main.ink'));
    if (!r.json) throw new Error(r.issues.map((i) => i.message).join('\n'));
    const raw = miniRaw();
    const places = raw.places['places/mini.json'] as Record<string, Record<string, unknown>>;
    places.hall = { ...places.hall, views: { yard: { art: 'facade', landmarks: ['gate'] } } };
    return new Session(r.json, validateContent(raw));
  }
  it('keeps weather, time, view and poses for the scene; a new cast or place clears them', () => {
    const s = play(ink);
    expect(s.start().stage).toMatchObject({ place: 'hall', weather: 'snow', time: 'night', view: 'yard', poses: { lenin: 'speak' } });
    const next = s.choose(0).turn.stage;
    expect(next.place).toBe('street');
    expect(next).not.toHaveProperty('weather');
    expect(next).not.toHaveProperty('view');
    expect(next).not.toHaveProperty('poses');
  });
  it('refuses a view the place does not have, and a pose for nobody', () => {
    expect(() => play('Hall. # place: hall # view: garden\n-> END').start()).toThrow(/Unknown view "garden"/);
    expect(() => play('Hall. # place: hall # pose: stalin speak\n-> END').start()).toThrow(/Unknown person "stalin"/);
  });
});
