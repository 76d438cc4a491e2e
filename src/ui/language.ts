// The language the page shows, and the game's data in it. The story keeps running in English (ink, the
// session, saves: nothing of them changes with the language); what is shown goes through here: a turn's
// lines and choices by their ids, the content and the classroom by their data ids, the interface by
// `ui.*` ids. A language other than English is one table (id → text), loaded on demand (see tables.ts).
// Usable on any page: the game (main.ts) and a live room's pages load their own table and call use().

import type { Classroom } from '../core/classroom.ts';
import {
  SOURCE_LANGUAGE,
  lineText,
  localiseClassroom,
  localiseContent,
  localiseIndex,
  quoteSource,
  type Language,
  type Table,
} from '../core/i18n.ts';
import type { Content, ContentIndex } from '../core/record.ts';
import type { BacklogEntry, ChoiceView, Line, Turn } from '../core/session.ts';
import { setInterfaceLanguage } from './ui-text.ts';

let code: Language = SOURCE_LANGUAGE;
let table: Table | null = null;
/** localised copies of data, per language: dropped when the language changes */
let memo = new WeakMap<object, unknown>();
/** the parts of the table merged so far (extendTable) */
const parts = new Set<string>();
const listeners: ((lang: Language) => void)[] = [];

/** The language shown now. */
export const currentLanguage = (): Language => code;
/** Its table (null for English). */
export const currentTable = (): Table | null => table;

/**
 * Shows the page in `lang` from now on: the interface's words, `<html lang>`, and every localised
 * copy of the data made after this. Listeners re-render what is on screen.
 */
export function useLanguage(lang: Language, t: Table | null): void {
  code = lang;
  table = lang === SOURCE_LANGUAGE ? null : t;
  memo = new WeakMap();
  parts.clear();
  setInterfaceLanguage(lang, table);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  for (const f of listeners) f(lang);
}

/** Adds a later part of the current language's table (the record and the classroom arrive after the first screen). */
export function extendTable(lang: Language, part: string, more: Table | null): void {
  if (lang !== code || !more || !table || parts.has(part)) return;
  parts.add(part);
  table = { ...table, ...more };
  memo = new WeakMap();
}

/** Calls `f` after every change of language. */
export function onLanguage(f: (lang: Language) => void): void {
  listeners.push(f);
}

function memoised<T extends object>(data: T, make: (d: T) => T): T {
  if (!table) return data;
  const hit = memo.get(data);
  if (hit) return hit as T;
  const made = make(data);
  memo.set(data, made);
  return made;
}

/** The content (record, glossary, people, places, chapter) in the current language. */
export const localContent = (c: Content): Content => memoised(c, (d) => localiseContent(d, table));
/** The content index (chapter, endings, people, places) in the current language. */
export const localIndex = (i: ContentIndex): ContentIndex => memoised(i, (d) => localiseIndex(d, table));
/** The classroom (episodes, role cards, the teacher guide) in the current language. */
export const localClassroom = (c: Classroom): Classroom => memoised(c, (d) => localiseClassroom(d, table));

/** A story line in the current language: its text by its ids, a quotation's citation by `ID#source`. */
export function localLine(line: Line): Line {
  if (!table) return line;
  return {
    ...line,
    text: lineText(line.ids, line.text, table),
    quote: line.quote === null ? null : quoteSource(line.ids, line.quote, table),
  };
}

/** A choice's text in the current language. */
export const choiceText = (c: ChoiceView): string => (table && c.id ? lineText([c.id], c.text, table) : c.text);

/** A turn as shown: its lines and choices in the current language (indices, ids and cues unchanged). */
export function localTurn(turn: Turn): Turn {
  if (!table) return turn;
  return { ...turn, lines: turn.lines.map(localLine), choices: turn.choices.map((c) => ({ ...c, text: choiceText(c) })) };
}

/** The text of a choice taken at `turn` (the session keeps the English text): in the current language. */
export function choseText(turn: Turn, english: string): string {
  const c = turn.choices.find((x) => x.text === english);
  return c ? choiceText(c) : english;
}

/** The backlog as shown: each turn and the choice taken there, in the current language. */
export function localBacklog(entries: readonly BacklogEntry[]): BacklogEntry[] {
  return entries.map((e) => ({ turn: localTurn(e.turn), chose: e.chose === null ? null : choseText(e.turn, e.chose) }));
}

/** The `lang` of the current language for speech and `<html lang>` (BCP 47). */
export const speechLang = (): string => (code === 'ru' ? 'ru-RU' : 'en');
