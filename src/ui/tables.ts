// Loads a language's table: its chunks are built from story/i18n/ (scripts/vite-plugin-i18n.ts) and
// fetched only when that language is chosen. `first` is what the story's first screen needs (lines,
// interface, people, places); `full` adds the record and the glossary; `class` the classroom's episodes
// and the teacher guide; `live` is what a live room's phone shows (the live interface, the episodes, the record).

import { SOURCE_LANGUAGE, type Language, type Table } from '../core/i18n.ts';

type Loader = () => Promise<{ default: Table }>;
type Part = 'first' | 'full' | 'class' | 'live';

const LOADERS: Record<Exclude<Language, typeof SOURCE_LANGUAGE>, Record<Part, Loader>> = {
  ru: {
    first: () => import('virtual:i18n/ru'),
    full: () => import('virtual:i18n/ru/full'),
    class: () => import('virtual:i18n/ru/class'),
    live: () => import('virtual:i18n/ru/live'),
  },
};

const cache = new Map<string, Promise<Table>>();

/** One part of a language's table (null for English); fetched once. */
export function loadTable(lang: Language, part: Part = 'first'): Promise<Table | null> {
  if (lang === SOURCE_LANGUAGE) return Promise.resolve(null);
  const key = `${lang}/${part}`;
  let p = cache.get(key);
  if (!p) {
    p = LOADERS[lang][part]().then((m) => m.default);
    p.catch(() => cache.delete(key));
    cache.set(key, p);
  }
  return p;
}
