// Translations: every text of the story, the record, the classroom and the interface has its Russian;
// the tables hold nothing the sources lack; placeholders and glossary links survive; the historical
// path and 1,000 seeded playthroughs run in Russian without a missing line; Russian reads at grade 9.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileStory, loadContent, MAIN_INK } from '../../scripts/content.ts';
import { isEmpty, loadLanguage, readTable, sourceTexts, type Entry } from '../../scripts/i18n-lib.ts';
import { checkIds, inkText } from '../../scripts/ink-ids-lib.ts';
import { lineText, placeholders, type Table } from '../../src/core/i18n.ts';
import { rng } from '../../src/core/random.ts';
import { textStatsRu } from '../../src/core/readability.ts';
import { StoryRunner } from '../../src/core/runner.ts';

const LANG = 'ru';
const compiled = compileStory(MAIN_INK);
const content = loadContent();
const json = compiled.json ?? '{"inkVersion":21,"root":[]}';
const sources = sourceTexts();
const tables = new Map<string, Map<string, Entry>>([...sources.keys()].map((s) => [s, readTable(LANG, s)]));
const table: Table = loadLanguage(LANG);
const english = new Map<string, string>();
for (const texts of sources.values()) for (const [id, t] of texts) if (typeof t.en === 'string') english.set(id, t.en);

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

  // the historical path and 1,000 seeded playthroughs, played by the runner (parsed once)
  const runner = new StoryRunner(json);
  const fresh = runner.save();
  const shownIds = new Set<string>();
  const missingOnScreen: string[] = [];
  const ruLines = new Set<string>();
  function play(pick: (n: number, decision: string | null, options: (string | null)[]) => number): void {
    runner.restore(fresh);
    for (let step = 0; step < 2000; step++) {
      const s = runner.continue();
      let decision: string | null = null;
      for (const l of s.lines) {
        const ids = l.cues.flatMap((c) => (c.kind === 'id' ? [c.id] : []));
        if (l.cues.some((c) => c.kind === 'decision')) decision = l.cues.flatMap((c) => (c.kind === 'decision' ? [c.id] : []))[0] ?? null;
        if (l.text === '') continue;
        const en = ids.map((i) => english.get(i)).join(' ');
        if (ids.length === 0 || en !== l.text)
          missingOnScreen.push(`a line the tables do not give as shown: «${l.text.slice(0, 70)}» (ids: ${ids.join(', ') || 'none'})`);
        const ru = lineText(ids, '', table);
        if (ru === '') missingOnScreen.push(`no Russian for the line ${ids.join(' + ')}`);
        else if (!l.cues.some((c) => c.kind === 'quote')) ruLines.add(ru);
        for (const i of ids) shownIds.add(i);
      }
      if (s.choices.length === 0) return;
      for (const c of s.choices) {
        const id = c.cues.flatMap((q) => (q.kind === 'id' ? [q.id] : []))[0];
        if (!id || english.get(id) !== c.text) missingOnScreen.push(`a choice the tables do not give as shown: [${c.text}]`);
        else if (typeof table[id] !== 'string') missingOnScreen.push(`no Russian for the choice ${id} [${c.text}]`);
        else shownIds.add(id);
      }
      const options = s.choices.map((c) => c.cues.find((x) => x.kind === 'option')?.id ?? null);
      const chosen = s.choices[pick(s.choices.length, decision, options)];
      if (!chosen) throw new Error('no such choice');
      runner.choose(chosen.index);
    }
    throw new Error('no end after 2,000 choices');
  }

  it('the historical path and 1,000 seeded playthroughs run in Russian without a missing line', () => {
    play((_n, decision, options) => {
      const entry = decision ? content.record.find((e) => e.id === decision) : undefined;
      return Math.max(0, options.indexOf(entry?.chosen ?? ''));
    });
    for (let seed = 0; seed < 1000; seed++) {
      const r = rng(seed);
      play((n) => Math.floor(r() * n));
    }
    const unique = [...new Set(missingOnScreen)];
    expect(unique, listed(unique)).toEqual([]);
    expect(shownIds.size).toBeGreaterThan(800);
  });

  it('the Russian narration reads at grade 9 or lower (Flesch-Kincaid adapted to Russian; quotations excepted)', () => {
    const stats = textStatsRu([...ruLines].join('\n'));
    expect(stats.words).toBeGreaterThan(1000);
    expect(stats.grade, `grade ${stats.grade.toFixed(1)} over ${stats.words} words`).toBeLessThanOrEqual(9);
  });
});
