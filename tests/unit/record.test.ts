import { describe, expect, it } from 'vitest';
import { RecordError, validateContent } from '../../src/core/record.ts';
import { miniRaw } from '../fixtures/mini-content.ts';

function withEntry(patch: Record<string, unknown>) {
  const raw = miniRaw();
  const entry = { ...raw.record['record/mini.json'][0], ...patch };
  return { ...raw, record: { 'record/mini.json': [entry] } };
}

describe('record validation', () => {
  it('accepts a good record', () => {
    const c = validateContent(miniRaw());
    expect(c.record[0]?.id).toBe('D1');
    expect(c.endings.map((e) => e.id)).toEqual(['strict-end', 'loose-end']);
  });
  it.each([
    [{ chosen: 'neither' }, 'chosen', /not one of the options/],
    [{ date: { os: '1903-07-17', ns: '1903-07-29' } }, 'date', /is not 1903-07-29/],
    [{ date: { os: '17 July 1903', ns: '1903-07-30' } }, 'date.os', /not a YYYY-MM-DD/],
    [
      {
        sources: [
          { title: 'Minutes', kind: 'primary' },
          { title: 'Book', kind: 'secondary' },
        ],
      },
      'sources',
      /chapter/,
    ],
    [{ sources: [{ title: 'The chapter', kind: 'chapter' }] }, 'sources', /at least two/],
    [{ place: 'moon' }, 'place', /not in story\/places/],
    [{ others: [{ who: 'napoleon', did: 'x' }] }, 'others[0].who', /not in story\/people/],
    [{ followed: '' }, 'followed', /non-empty string/],
    [{ contested: undefined }, 'contested', /must be an array/],
    [{ options: [{ id: 'a', label: 'A', detail: 'd' }] }, 'options', /at least two/],
  ])('names the entry and the field of a bad entry: %o', (patch, field, reason) => {
    let err: unknown;
    try {
      validateContent(withEntry(patch));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RecordError);
    const re = err as RecordError;
    expect(re.field).toBe(field);
    expect(re.message).toMatch(/entry D1/);
    expect(re.message).toMatch(reason);
  });
  it('refuses a place the stage has no drawing for', () => {
    const raw = miniRaw();
    const places = {
      'places/mini.json': {
        ...raw.places['places/mini.json'],
        moon: { name: 'The moon', city: 'Moon', country: 'Space', lat: 0, lon: 0, art: 'crater' },
      },
    };
    expect(() => validateContent({ ...raw, places })).toThrow(/moon, field "art": "crater" has no drawing/);
  });
  it('refuses two entries with one id', () => {
    const raw = miniRaw();
    const e = raw.record['record/mini.json'][0];
    expect(() => validateContent({ ...raw, record: { 'a.json': [e], 'b.json': [e] } })).toThrow(/more than one entry/);
  });
});

describe('glossary', () => {
  it('tells what was known at a date and nothing later', async () => {
    const { glossaryAt } = await import('../../src/core/record.ts');
    const c = validateContent(miniRaw());
    expect(glossaryAt(c, 'lenin', '1903-08-01')?.text).toBe('A leader of the party in 1903.');
    expect(glossaryAt(c, 'lenin', '1917-10-25')?.text).toBe('Back in Russia, leading the Bolsheviks.');
    expect(glossaryAt(c, 'lenin', '1899-01-01')).toBeNull();
  });
  it('refuses a person defined in two files, naming both', () => {
    const raw = miniRaw();
    const people = { ...raw.people, 'people/other.json': { lenin: { name: 'L', short: 'L', look: 'x' } } };
    expect(() => validateContent({ ...raw, people })).toThrow(/already defined in people\/mini.json/);
  });
});

describe('glossary links', () => {
  it('links the first appearance of a term, at the entry known on the scene date', async () => {
    const { linkTerms } = await import('../../src/core/glossary.ts');
    const c = validateContent(miniRaw());
    const seen = new Set<string>();
    const a = linkTerms('Then Lenin spoke, and Lenin again.', c, '1903-08-01', seen);
    expect(a).toEqual(['Then ', { text: 'Lenin', entry: expect.objectContaining({ from: '1903-07-30' }) }, ' spoke, and Lenin again.']);
    expect(linkTerms('Lenin once more.', c, '1903-08-02', seen)).toEqual(['Lenin once more.']);
    const later = linkTerms('Lenin is back.', c, '1917-10-25', new Set());
    expect(later[0]).toEqual({ text: 'Lenin', entry: expect.objectContaining({ from: '1917-04-16' }) });
  });
  it('links nothing before the term is known, and not inside other words', async () => {
    const { linkTerms } = await import('../../src/core/glossary.ts');
    const c = validateContent(miniRaw());
    expect(linkTerms('Lenin was a boy.', c, '1880-01-01', new Set())).toEqual(['Lenin was a boy.']);
    expect(linkTerms('Leninism.', c, '1903-08-01', new Set())).toEqual(['Leninism.']);
  });
});
