// The translation tables on disk: story/i18n/<language>/<the source file's path>.json, one per source
// file (story/1904-break.ink → story/i18n/ru/1904-break.json, story/record/1903.json →
// story/i18n/ru/record/1903.json). Each holds, by id, the English beside the translation:
//   { "1904-break.12": { "en": "Go on", "ru": "Дальше" } }
// `note` tells the translator what kind of text it is (a choice, a quotation and its source);
// `old` appears when the English changed after it was translated: the translation needs a look, and
// the check fails until `old` is removed. Entries are written in the order of the source.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { textsOf, type Domain, type Table, type Text } from '../src/core/i18n.ts';
import { idsOf, inkTags, inkText, lineKind } from './ink-ids-lib.ts';

export const STORY = 'story';
export const I18N = join(STORY, 'i18n');

export interface Entry {
  en: Text;
  /** the translation; empty: not translated yet */
  tr: Text;
  note?: string;
  old?: Text;
}

/** One source file's texts, in order: id → English (and a note for the translator). */
export type SourceTexts = Map<string, { en: Text; note?: string }>;

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

/** The texts of one ink file, by line id. */
export function inkTexts(source: string): SourceTexts {
  const out: SourceTexts = new Map();
  for (const raw of source.split('\n')) {
    const [id] = idsOf(raw);
    const en = inkText(raw);
    if (!id || en === null) continue;
    const tags = inkTags(raw);
    const quote = tags.find((t) => t.startsWith('quote:'));
    const notes: string[] = [];
    if (lineKind(raw) === 'choice') notes.push('a choice the player clicks');
    if (quote) notes.push(`a quotation: ${quote.slice(6).trim()}`);
    if (tags.includes('speculation')) notes.push('speculation: what might have happened');
    out.set(id, notes.length > 0 ? { en, note: notes.join('; ') } : { en });
    if (quote) {
      out.set(`${id}#source`, {
        en: quote.slice(6).trim(),
        note: 'the citation of the quotation above: the Russian edition quoted, or the English source and "(пер. с англ.)" when the words are translated',
      });
    }
  }
  return out;
}

function collect(domain: Domain, prefix: string, data: unknown, out: SourceTexts): void {
  textsOf(domain, prefix, data, (id, en) => {
    out.set(id, { en });
  });
}

const arrayOf = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []);
const entriesOf = (v: unknown): [string, unknown][] => (v && typeof v === 'object' ? Object.entries(v) : []);

/** Every source file with texts to translate, by its path under story/ (the interface included). */
export function sourceTexts(): Map<string, SourceTexts> {
  const files = new Map<string, SourceTexts>();
  for (const f of readdirSync(STORY)
    .filter((n) => n.endsWith('.ink'))
    .sort()) {
    files.set(f, inkTexts(readFileSync(join(STORY, f), 'utf8')));
  }
  const add = (path: string, fill: (data: unknown, out: SourceTexts) => void) => {
    const full = join(STORY, path);
    if (!existsSync(full)) return;
    const out: SourceTexts = new Map();
    fill(readJson(full), out);
    files.set(path, out);
  };
  for (const full of jsonFiles(join(STORY, 'record'))) {
    const path = relative(STORY, full);
    if (path === join('record', 'endings.json'))
      add(path, (d, out) => arrayOf(d).forEach((e) => collect('ending', `ending.${String(e.id)}`, e, out)));
    else add(path, (d, out) => arrayOf(d).forEach((e) => collect('record', `record.${String(e.id)}`, e, out)));
  }
  for (const full of jsonFiles(join(STORY, 'glossary'))) {
    add(relative(STORY, full), (d, out) => arrayOf(d).forEach((e) => collect('glossary', `glossary.${String(e.id)}`, e, out)));
  }
  for (const folder of ['people', 'places'] as const) {
    for (const full of jsonFiles(join(STORY, folder))) {
      add(relative(STORY, full), (d, out) => entriesOf(d).forEach(([id, e]) => collect(folder, `${folder}.${id}`, e, out)));
    }
  }
  add('chapter.json', (d, out) => collect('chapter', 'chapter', d, out));
  add('protagonist.json', (d, out) => collect('protagonist', 'protagonist', d, out));
  add(join('classroom', 'episodes.json'), (d, out) => arrayOf(d).forEach((e) => collect('episode', `episode.${String(e.id)}`, e, out)));
  add(join('classroom', 'guide.json'), (d, out) => collect('guide', 'guide', d, out));
  add('interface.json', (d, out) => flattenInterface(d, 'ui', out));
  return files;
}

/** The interface strings (story/interface.json): nested objects of strings; lists are one text each item. */
export function flattenInterface(node: unknown, prefix: string, out: SourceTexts): void {
  if (typeof node === 'string') out.set(prefix, { en: node });
  else if (Array.isArray(node)) node.forEach((v, i) => flattenInterface(v, `${prefix}.${i}`, out));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) flattenInterface(v, `${prefix}.${k}`, out);
}

export function tablePath(lang: string, source: string): string {
  return join(I18N, lang, source.replace(/\.ink$/, '.json'));
}

/** A table file as written: id → { en, <lang>, note?, old? }. */
export function readTable(lang: string, source: string): Map<string, Entry> {
  const path = tablePath(lang, source);
  const out = new Map<string, Entry>();
  if (!existsSync(path)) return out;
  const raw = readJson(path);
  for (const [id, v] of entriesOf(raw)) {
    const e = v as Record<string, unknown>;
    const en = e.en as Text;
    const tr = (e[lang] ?? '') as Text;
    out.set(id, {
      en,
      tr,
      ...(typeof e.note === 'string' ? { note: e.note } : {}),
      ...(e.old !== undefined ? { old: e.old as Text } : {}),
    });
  }
  return out;
}

export function writeTable(lang: string, source: string, entries: Map<string, Entry>): void {
  const path = tablePath(lang, source);
  mkdirSync(dirname(path), { recursive: true });
  const obj: Record<string, Record<string, Text>> = {};
  for (const [id, e] of entries) {
    obj[id] = { en: e.en, [lang]: e.tr, ...(e.note ? { note: e.note } : {}), ...(e.old !== undefined ? { old: e.old } : {}) };
  }
  writeFileSync(path, `${JSON.stringify(obj, null, 2)}\n`);
}

const same = (a: Text, b: Text) => JSON.stringify(a) === JSON.stringify(b);
export const isEmpty = (t: Text | undefined) => t === undefined || (Array.isArray(t) ? t.length === 0 : t.trim() === '');

/** Brings one language's tables up to date with the sources; keeps every translation. */
export function extract(lang: string): { added: number; changed: number; dropped: string[]; files: number } {
  let added = 0;
  let changed = 0;
  const dropped: string[] = [];
  const sources = sourceTexts();
  for (const [source, texts] of sources) {
    const old = readTable(lang, source);
    const next = new Map<string, Entry>();
    for (const [id, { en, note }] of texts) {
      const was = old.get(id);
      if (!was) {
        added += 1;
        next.set(id, { en, tr: Array.isArray(en) ? [] : '', ...(note ? { note } : {}) });
        continue;
      }
      const entry: Entry = { en, tr: was.tr, ...(note ? { note } : {}) };
      if (was.old !== undefined) entry.old = was.old;
      else if (!same(was.en, en) && !isEmpty(was.tr)) {
        entry.old = was.en;
        changed += 1;
      }
      next.set(id, entry);
    }
    for (const [id, e] of old) if (!texts.has(id) && !isEmpty(e.tr)) dropped.push(`${source}: ${id}`);
    writeTable(lang, source, next);
  }
  return { added, changed, dropped, files: sources.size };
}

/** One language as the game loads it: id → translation, for every translated id of every table. */
export function loadLanguage(lang: string): Table {
  const out: Record<string, Text> = {};
  for (const source of sourceTexts().keys()) {
    for (const [id, e] of readTable(lang, source)) if (!isEmpty(e.tr)) out[id] = e.tr;
  }
  return out;
}
