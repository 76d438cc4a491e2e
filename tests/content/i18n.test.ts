// Translations: every text of the story, the record, the classroom and the interface has its Russian;
// the tables hold nothing the sources lack; placeholders and glossary links survive; the historical
// path and 1,000 seeded playthroughs run in Russian without a missing line (played in
// continuity.test.ts, with its walks); Russian reads at grade 9.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content.ts';
import { isEmpty, loadLanguage, readTable, sourceTexts, type Entry } from '../../scripts/i18n-lib.ts';
import { checkIds, inkText } from '../../scripts/ink-ids-lib.ts';
import { placeholders, type Table } from '../../src/core/i18n.ts';
import { textStatsRu } from '../../src/core/readability.ts';

const LANG = 'ru';
const content = loadContent();
const sources = sourceTexts();
const tables = new Map<string, Map<string, Entry>>([...sources.keys()].map((s) => [s, readTable(LANG, s)]));
const table: Table = loadLanguage(LANG);

const listed = (xs: string[], n = 12) => (xs.length <= n ? xs.join('\n') : `${xs.slice(0, n).join('\n')}\n… and ${xs.length - n} more`);

describe('the Russian translation is complete and sound', () => {
  it('every id of every source has a Russian text', () => {
    const missing: string[] = [];
    for (const [source, texts] of sources) {
      const t = tables.get(source);
      const empty = [...texts.keys()].filter((id) => isEmpty(t?.get(id)?.tr));
      if (empty.length > 0) missing.push(`${source}: ${empty.length} of ${texts.size} untranslated (first: ${empty[0]})`);
    }
    expect(missing, `untranslated texts (npm run i18n:status):\n${listed(missing, 70)}`).toEqual([]);
  });

  it('no table holds an id its source lacks, and no translation waits on changed English', () => {
    const stray: string[] = [];
    const stale: string[] = [];
    for (const [source, t] of tables) {
      const texts = sources.get(source);
      for (const [id, e] of t) {
        if (!texts?.has(id)) stray.push(`${source}: ${id}`);
        else if (JSON.stringify(texts.get(id)?.en) !== JSON.stringify(e.en)) stale.push(`${source}: ${id} (run npm run i18n:extract)`);
        if (e.old !== undefined) stale.push(`${source}: ${id}: the English changed since it was translated ("old")`);
      }
    }
    expect(stray, `ids in a table that its source lacks:\n${listed(stray)}`).toEqual([]);
    expect(stale, `translations to look at again:\n${listed(stale)}`).toEqual([]);
  });

  it('placeholders survive translation', () => {
    const broken: string[] = [];
    for (const [source, t] of tables) {
      for (const [id, e] of t) {
        if (typeof e.en !== 'string' || typeof e.tr !== 'string' || e.tr === '') continue;
        const want = placeholders(e.en).join(',');
        const got = placeholders(e.tr).join(',');
        if (want !== got) broken.push(`${source}: ${id}: English has {${want}}, Russian {${got}}`);
      }
    }
    expect(broken, listed(broken)).toEqual([]);
  });

  it('a glossary word linked in an English line is linked in its Russian line', () => {
    // the same rule as the game's linking: a match form standing as a whole word, case as written
    const esc = (m: string) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = (forms: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(esc).join('|')})(?![\\p{L}\\p{N}])`, 'u');
    const terms = new Map<string, { en: RegExp; ru: RegExp | null }>();
    const byId = new Map<string, { en: string[]; ru: string[] }>();
    for (const g of content.glossary) {
      const t = byId.get(g.id) ?? { en: [], ru: [] };
      t.en.push(...g.match);
      const ru = table[`glossary.${g.id}.match`];
      if (Array.isArray(ru)) t.ru.push(...ru);
      byId.set(g.id, t);
    }
    for (const [id, t] of byId) if (t.en.length > 0) terms.set(id, { en: re(t.en), ru: t.ru.length > 0 ? re(t.ru) : null });
    const lost: string[] = [];
    for (const [source, t] of tables) {
      if (!source.endsWith('.ink')) continue;
      for (const [id, e] of t) {
        if (typeof e.en !== 'string' || typeof e.tr !== 'string' || e.tr === '' || id.endsWith('#source')) continue;
        for (const [term, r] of terms) {
          if (r.en.test(e.en) && !r.ru?.test(e.tr))
            lost.push(`${id}: "${term}" is linked in the English, no Russian form of it in «${e.tr.slice(0, 60)}…»`);
        }
      }
    }
    expect(lost, `add the word form to glossary.${'<term>'}.match, or name the term in the line:\n${listed(lost, 30)}`).toEqual([]);
  });

  it('the line ids and the writing rules for translatable ink hold (one id a line, no text after a one-line conditional)', () => {
    const files = [...sources.keys()].filter((s) => s.endsWith('.ink'));
    const problems = checkIds(files.map((f) => ({ name: f, source: readFileSync(`story/${f}`, 'utf8') })));
    expect(problems, listed(problems)).toEqual([]);
    expect(inkText('  - (gather) Some text. # id: x.1 -> knot')).toBe('Some text.');
  });

  it('the Russian narration reads at grade 9 or lower (Flesch-Kincaid adapted to Russian; quotations excepted)', () => {
    // every line of the story's tables (reachable or not), quotations and their citations excepted;
    // the 1,000 playthroughs in Russian are checked with the continuity test's walks
    const ruLines: string[] = [];
    for (const [source, t] of tables) {
      if (!source.endsWith('.ink')) continue;
      for (const [id, e] of t)
        if (typeof e.tr === 'string' && !id.includes('#') && !(e.note ?? '').includes('quotation')) ruLines.push(e.tr);
    }
    const stats = textStatsRu(ruLines.join('\n'));
    expect(stats.words).toBeGreaterThan(1000);
    expect(stats.grade, `grade ${stats.grade.toFixed(1)} over ${stats.words} words`).toBeLessThanOrEqual(9);
  });
});
