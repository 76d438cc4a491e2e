// Translations by id. The ink keeps the logic and the source language (English); every line and
// choice carries `# id: FILE.N`. Every other text the player or the teacher reads (the record, the
// glossary, people, places, the chapter, classroom episodes, the teacher guide, the interface) has
// an id made from where it sits: `record.DP04a.options.martov.label`, `glossary.iskra.text`,
// `episode.1903.roles.lenin.goals.0`, `ui.verdictHeading`. A language is one table, id → text.
// This module lists those ids (the extraction script writes the tables from it) and applies a
// table to the data (the game localises what it shows). No DOM, no Phaser: it runs in Node tests.

import type { Classroom } from './classroom.ts';
import type { Content, ContentIndex } from './record.ts';

/** The languages the game ships; the first is the source language of the story. */
export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];
export const SOURCE_LANGUAGE = 'en' satisfies Language;
/** Each language named in itself, as a language switch shows it (never translated). */
export const AUTONYMS: Readonly<Record<Language, string>> = { en: 'English', ru: 'Русский' };

export function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
}

/** The language to start in: the first of the browser's languages the game has, else English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const p of preferred) {
    const base = p.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return SOURCE_LANGUAGE;
}

/** A text to translate: a string, or a list translated as a whole (a glossary term's match words). */
export type Text = string | string[];
/** One language: id → text. */
export type Table = Readonly<Record<string, Text>>;

/**
 * Where the texts sit in each kind of data, as paths: `*` is every key of an object, or every item
 * of a list (named by the item's `id` when it has one, else by its index). A path that ends on a
 * list of strings translates the list as one text.
 */
export const FIELDS = {
  record: [
    'title',
    'question',
    'discuss',
    'followed',
    'mattered',
    'options.*.label',
    'options.*.detail',
    'options.*.whatIf',
    'others.*.did',
    'voices.*.label',
    'voices.*.speech',
    'voices.*.quote.text',
    'voices.*.quote.source',
    'contested.*.reading',
    'contested.*.heldBy',
    'corrections.*.chapterSays',
    'corrections.*.record',
  ],
  ending: ['title', 'summary'],
  glossary: ['term', 'text', 'match'],
  people: ['name', 'short', 'look', 'about'],
  places: ['name', 'city', 'country'],
  chapter: ['title'],
  protagonist: ['sides.*', 'knownFor.*.text'],
  episode: [
    'title',
    'objectives.*',
    'brief.*',
    'prompts.*',
    'roles.*.name',
    'roles.*.who',
    'roles.*.goals.*',
    'roles.*.fears.*',
    'roles.*.knew.*',
    'roles.*.aims.*',
    'debrief.*',
    'hardMatters',
    'bodies.*.name',
    'lesson.brief.*',
    'exitTicket.*',
  ],
  guide: ['title', 'sections.*.heading', 'sections.*.paragraphs.*', 'sections.*.list.*'],
} as const;
export type Domain = keyof typeof FIELDS;

type Visit = (id: string, value: Text, set: (v: Text) => void) => void;

function keyOf(item: unknown, index: number): string {
  if (item && typeof item === 'object' && 'id' in item && typeof item.id === 'string') return item.id;
  return String(index);
}

function isTextList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** Calls `visit` on every text at `path` under `node`; `set` writes a replacement into `node`. */
function walk(node: unknown, path: readonly string[], id: string, visit: Visit): void {
  if (node === null || typeof node !== 'object') return;
  const [head, ...rest] = path;
  if (head === undefined) return;
  const children: [string, unknown, (v: Text) => void][] = [];
  if (Array.isArray(node)) {
    if (head !== '*') return;
    node.forEach((item: unknown, i) => children.push([keyOf(item, i), item, (v) => (node[i] = v)]));
  } else {
    const obj = node as Record<string, unknown>;
    const keys = head === '*' ? Object.keys(obj) : Object.prototype.hasOwnProperty.call(obj, head) ? [head] : [];
    for (const k of keys) children.push([k, obj[k], (v) => (obj[k] = v)]);
  }
  for (const [k, child, set] of children) {
    const childId = `${id}.${k}`;
    if (rest.length > 0) walk(child, rest, childId, visit);
    else if (typeof child === 'string' || isTextList(child)) visit(childId, child, set);
  }
}

/** Every text of one piece of data: `prefix` names it (`record.DP04a`, `places.smolny`, `chapter`). */
export function textsOf(domain: Domain, prefix: string, data: unknown, visit: Visit): void {
  for (const p of FIELDS[domain]) walk(data, p.split('.'), prefix, visit);
}

/** The texts of what ships with the first screen: endings, people, places, the chapter. */
function indexTexts(index: ContentIndex, visit: Visit): void {
  for (const e of index.endings) textsOf('ending', `ending.${e.id}`, e, visit);
  for (const [id, p] of Object.entries(index.people)) textsOf('people', `people.${id}`, p, visit);
  for (const [id, p] of Object.entries(index.places)) textsOf('places', `places.${id}`, p, visit);
  textsOf('chapter', 'chapter', index.chapter, visit);
}

/** The texts of the whole content: the index's, the record's, the glossary's, the protagonist's path. */
function contentTexts(content: Content, visit: Visit): void {
  for (const e of content.record) textsOf('record', `record.${e.id}`, e, visit);
  for (const g of content.glossary) textsOf('glossary', `glossary.${g.id}`, g, visit);
  indexTexts(content, visit);
  textsOf('protagonist', 'protagonist', content.protagonistPath, visit);
}

/** The texts of the classroom: its episodes and the teacher guide. */
function classroomTexts(classroom: Classroom, visit: Visit): void {
  for (const e of classroom.episodes) textsOf('episode', `episode.${e.id}`, e, visit);
  textsOf('guide', 'guide', classroom.guide, visit);
}

function sameShape(a: Text, b: Text | undefined): b is Text {
  return b !== undefined && Array.isArray(a) === Array.isArray(b) && (Array.isArray(b) ? b.length > 0 : b.trim() !== '');
}

/** A copy of `data` with every text the table has replaced; what it lacks stays in English. */
export function localise<T>(data: T, table: Table | null, each: (data: T, visit: Visit) => void): T {
  if (!table) return data;
  const copy = structuredClone(data);
  each(copy, (id, value, set) => {
    const t = table[id];
    if (sameShape(value, t)) set(t);
  });
  return copy;
}

export const localiseContent = (content: Content, table: Table | null): Content => localise(content, table, contentTexts);

/** The content index (what ships with the first screen) in a language: chapter, endings, people, places. */
export const localiseIndex = (index: ContentIndex, table: Table | null): ContentIndex => localise(index, table, indexTexts);

export const localiseClassroom = (classroom: Classroom, table: Table | null): Classroom => localise(classroom, table, classroomTexts);

/** The text of a story line in a language: its ink lines' translations, joined; the English when one is missing. */
export function lineText(ids: readonly string[], english: string, table: Table | null): string {
  if (!table || ids.length === 0) return english;
  const parts: string[] = [];
  for (const id of ids) {
    const t = table[id];
    if (typeof t !== 'string' || t.trim() === '') return english;
    parts.push(t);
  }
  return parts.join(' ');
}

/**
 * The citation of a quoted line (`# quote:`) in a language: the table's `ID#source` (the Russian edition
 * quoted, or the English source marked as translated); the ink's citation when the table has none.
 */
export function quoteSource(ids: readonly string[], english: string, table: Table | null): string {
  const t = table && ids.length > 0 ? table[`${ids[0]}#source`] : undefined;
  return typeof t === 'string' && t.trim() !== '' ? t : english;
}

/** A template's values: `{name}` takes a value as text; `{n, plural, ...}` takes a number. */
export type Values = Readonly<Record<string, string | number>>;

/** One piece of a parsed template: text, `{name}`, or `{name, plural, one {...} other {...}}`. */
type Piece = string | { name: string } | { name: string; plural: Record<string, Piece[]>; raw: string };

const NAME = /^([A-Za-z0-9_]+)\s*/;

/** The index of the `}` that closes the `{` at `open`, or -1. */
function closing(t: string, open: number): number {
  let depth = 0;
  for (let i = open; i < t.length; i++) {
    if (t[i] === '{') depth++;
    else if (t[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** The branches of a plural's body: `one {# vote} few {# votes} other {# votes}` (or `=0 {...}`). */
function branches(body: string): Record<string, Piece[]> | null {
  const out: Record<string, Piece[]> = {};
  let rest = body.trim();
  while (rest) {
    const m = /^(=\d+|zero|one|two|few|many|other)\s*\{/.exec(rest);
    if (!m) return null;
    const open = m[0].length - 1;
    const end = closing(rest, open);
    if (end < 0) return null;
    out[m[1] ?? 'other'] = parse(rest.slice(open + 1, end));
    rest = rest.slice(end + 1).trim();
  }
  return 'other' in out ? out : null;
}

/** Parses a template; anything that is not a well-formed placeholder stays as text. */
function parse(t: string): Piece[] {
  const out: Piece[] = [];
  let text = '';
  let i = 0;
  while (i < t.length) {
    const c = t[i] ?? '';
    const end = c === '{' ? closing(t, i) : -1;
    if (end < 0) {
      text += c;
      i++;
      continue;
    }
    const inner = t.slice(i + 1, end);
    const m = NAME.exec(inner);
    const after = m ? inner.slice(m[0].length) : '';
    let piece: Piece | null = null;
    if (m && after === '' && m[0] === m[1]) piece = { name: m[1] ?? '' };
    else if (m) {
      const pm = /^,\s*plural\s*,/.exec(after);
      const plural = pm ? branches(after.slice(pm[0].length)) : null;
      if (plural) piece = { name: m[1] ?? '', plural, raw: t.slice(i, end + 1) };
    }
    if (!piece) {
      text += c;
      i++;
      continue;
    }
    if (text) out.push(text);
    text = '';
    out.push(piece);
    i = end + 1;
  }
  if (text) out.push(text);
  return out;
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralOf(lang: string, n: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(n);
}

function render(pieces: readonly Piece[], values: Values, lang: string, hash: string | null): string {
  let out = '';
  for (const p of pieces) {
    if (typeof p === 'string') {
      out += hash === null ? p : p.replaceAll('#', hash);
      continue;
    }
    const has = Object.prototype.hasOwnProperty.call(values, p.name);
    if (!('plural' in p)) {
      out += has ? String(values[p.name]) : `{${p.name}}`;
      continue;
    }
    const n = Number(has ? values[p.name] : NaN);
    if (!Number.isFinite(n)) {
      out += p.raw;
      continue;
    }
    const branch = p.plural[`=${n}`] ?? p.plural[pluralOf(lang, n)] ?? p.plural.other ?? [];
    out += render(branch, values, lang, String(n));
  }
  return out;
}

/**
 * Fills a template: `{name}` takes its value; `{n, plural, one {# vote} few {# голоса} many {# голосов}
 * other {# votes}}` picks the branch of `n` by the language's plural rules (Intl.PluralRules; `=0 {...}`
 * matches exactly) and writes `n` for `#`. A placeholder without a value stays as written.
 */
export function fill(template: string, values: Values, lang: string = SOURCE_LANGUAGE): string {
  return render(parse(template), values, lang, null);
}

function names(pieces: readonly Piece[], into: Set<string>): void {
  for (const p of pieces) {
    if (typeof p === 'string') continue;
    into.add(p.name);
    if ('plural' in p) for (const b of Object.values(p.plural)) names(b, into);
  }
}

/** The placeholders of a template (a plural's name and those inside its branches), each once, sorted: a translation must keep the same set. */
export function placeholders(template: string): string[] {
  const out = new Set<string>();
  names(parse(template), out);
  return [...out].sort();
}
