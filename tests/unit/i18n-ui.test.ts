// The language machinery a player meets: templates with plurals, the placeholders a translation must
// keep, the language stored with the settings, glossary links in Cyrillic text, dates in Russian, and
// the interface table (story/interface.json and its Russian) complete and consistent.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDual, toDual } from '../../src/core/calendar.ts';
import { describeStage } from '../../src/core/describe.ts';
import { linkTerms } from '../../src/core/glossary.ts';
import { fill, lineText, localiseContent, localiseIndex, pickLanguage, placeholders } from '../../src/core/i18n.ts';
import { indexOf } from '../../src/core/record.ts';
import { DEFAULT_SETTINGS, readSettings } from '../../src/core/settings.ts';
import { loadContent } from '../../scripts/content.ts';
import { flattenInterface, loadLanguage, readTable, type SourceTexts } from '../../scripts/i18n-lib.ts';

const VOTES_RU = '{n, plural, one {# голос} few {# голоса} many {# голосов} other {# голоса}}';

describe('templates', () => {
  it('fills a plural by the language’s rules: 1 голос, 2 голоса, 5 голосов, 11 голосов, 21 голос, 1.5 голоса', () => {
    const ru = (n: number) => fill(VOTES_RU, { n }, 'ru');
    expect([1, 2, 5, 11, 21, 22, 25, 1.5].map(ru)).toEqual([
      '1 голос',
      '2 голоса',
      '5 голосов',
      '11 голосов',
      '21 голос',
      '22 голоса',
      '25 голосов',
      '1.5 голоса',
    ]);
    const en = '{n, plural, one {# vote} other {# votes}}';
    expect([1, 2, 0].map((n) => fill(en, { n }))).toEqual(['1 vote', '2 votes', '0 votes']);
    expect(fill('{n, plural, =0 {nobody} one {# seat} other {# seats}}', { n: 0 })).toBe('nobody');
  });
  it('fills names inside a plural branch and around it; leaves what it cannot fill as written', () => {
    const t = 'Впереди «{text}»: {n} из {total, plural, one {# голоса} other {# голосов}}.';
    expect(fill(t, { text: 'Мартов', n: 28, total: 51 }, 'ru')).toBe('Впереди «Мартов»: 28 из 51 голоса.');
    expect(fill(t, { text: 'Мартов', n: 3, total: 5 }, 'ru')).toBe('Впереди «Мартов»: 3 из 5 голосов.');
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(fill('{ not a placeholder } {x, plural, one {#}}', { x: 1 })).toBe('{ not a placeholder } {x, plural, one {#}}');
    expect(fill('{x, plural, one {# {who}} other {# {who}s}}', { x: 2, who: 'delegate' })).toBe('2 delegates');
  });
  it('lists the placeholders of a template once each, a plural’s name and the names inside it included', () => {
    expect(placeholders('{n} of {of, plural, one {# decision} other {# decisions}}')).toEqual(['n', 'of']);
    expect(
      placeholders('Впереди «{text}»: {n} из {total, plural, one {# голоса} few {# голосов} many {# голосов} other {# голосов}}.'),
    ).toEqual(['n', 'text', 'total']);
    expect(placeholders('{x, plural, one {# {who}} other {#}} {y}')).toEqual(['who', 'x', 'y']);
    expect(placeholders('no placeholders {here }')).toEqual([]);
  });
});

describe('the language setting', () => {
  it('is remembered with the settings; old settings without it still load; a foreign value is dropped', () => {
    expect(DEFAULT_SETTINGS.language).toBeNull();
    expect(readSettings(JSON.stringify({ language: 'ru', textSize: 'large' })).language).toBe('ru');
    const old = readSettings(JSON.stringify({ textSize: 'large', theme: 'contrast' }));
    expect(old.language).toBeNull();
    expect(old.textSize).toBe('large');
    expect(readSettings(JSON.stringify({ language: 'fr' })).language).toBeNull();
    expect(readSettings(JSON.stringify({ language: { toString: 'ru' } })).language).toBeNull();
  });
  it('is picked from the browser’s languages on a first visit', () => {
    expect(pickLanguage(['ru-RU', 'en-US'])).toBe('ru');
    expect(pickLanguage(['uk-UA', 'ru', 'en'])).toBe('ru');
    expect(pickLanguage(['de-DE', 'fr'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});

describe('Russian in the story', () => {
  const content = loadContent();
  const ru = loadLanguage('ru');
  const months = readTable('ru', 'interface.json');
  const monthNames = Array.from({ length: 12 }, (_, i) => String(months.get(`ui.months.${i}`)?.tr ?? ''));

  it('writes dates with Russian months in the genitive, Old Style first', () => {
    expect(formatDual(toDual('1917-10-25', 'os'), monthNames)).toBe('25 октября (7 ноября) 1917');
    expect(formatDual(toDual('1903-08-05', 'os'), monthNames)).toBe('5 (18) августа 1903');
    expect(formatDual(toDual('1904-12-19', 'os'), monthNames)).toBe('19 декабря 1904 (1 января 1905)');
    const index = localiseIndex(indexOf(content), ru);
    const words = describeStage(
      { place: 'smolny', date: toDual('1917-10-25', 'os'), people: [], actor: 'trotsky', mood: null },
      index,
      monthNames,
    );
    expect(words.date).toBe('25 октября (7 ноября) 1917');
    expect(words.place).toMatch(/Смольн/);
  });

  it('links glossary words in Cyrillic text by whole words only (a letter of any script is part of a word, not only \\w)', () => {
    const local = localiseContent(content, ru);
    const iskra = local.glossary.find((g) => g.id === 'iskra');
    expect(iskra?.match.length).toBeGreaterThan(1);
    const form = iskra?.match.find((m) => m !== iskra.match[0]) ?? '';
    const text = `Статья вышла в «${form}», и все её читали.`;
    const linked = linkTerms(text, local, '1917-01-01', new Set());
    const link = linked.find((s) => typeof s !== 'string');
    expect(link && typeof link !== 'string' ? link.text : null).toBe(form);
    // inside a longer word it is no link: "Искрами" is not "Искра"
    const inside = linkTerms(`Он говорил о ${form}ами и о другом.`, local, '1917-01-01', new Set());
    expect(inside.every((s) => typeof s === 'string')).toBe(true);
  });

  it('shows a story line by its ids, and the English when a translation is missing', () => {
    expect(lineText(['main.1'], 'English', { 'main.1': 'Русский' })).toBe('Русский');
    expect(lineText(['main.1', 'main.2'], 'English', { 'main.1': 'Русский' })).toBe('English');
  });
});

describe('the interface table', () => {
  const en: SourceTexts = new Map();
  flattenInterface(JSON.parse(readFileSync('story/interface.json', 'utf8')), 'ui', en);
  const ru = readTable('ru', 'interface.json');

  it('has a Russian text for every interface text, with the same placeholders', () => {
    const missing: string[] = [];
    const wrong: string[] = [];
    for (const [id, { en: text }] of en) {
      const tr = ru.get(id)?.tr;
      if (typeof tr !== 'string' || tr.trim() === '') missing.push(id);
      else if (typeof text === 'string' && JSON.stringify(placeholders(tr)) !== JSON.stringify(placeholders(text)))
        wrong.push(`${id}: ${tr}`);
    }
    expect(missing).toEqual([]);
    expect(wrong).toEqual([]);
  });
});
