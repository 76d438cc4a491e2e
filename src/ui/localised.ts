// The game's data as the views show it: in the player's language. The app and its saves keep the English
// (src/app, src/core); the views read the index, the content and the classroom from here, each localised
// once per language, and the language's table arrives in parts (tables.ts) as the data it covers does.

import type { Classroom } from '../core/classroom.ts';
import type { Language } from '../core/i18n.ts';
import type { Content, ContentIndex } from '../core/record.ts';
import { currentLanguage, extendTable, localClassroom, localContent, localIndex, useLanguage } from './language.ts';
import { loadTable } from './tables.ts';

export interface EnglishData {
  index: ContentIndex;
  content(): Promise<Content>;
  classroom(): Promise<Classroom>;
}

export interface Localised {
  /** the index the views read: one object, its fields replaced in place when the language changes */
  readonly index: ContentIndex;
  /** the record, glossary, people and places, in the current language */
  fullContent(): Promise<Content>;
  /** the episodes, role cards and teacher guide, in the current language */
  classroomData(): Promise<Classroom>;
  /** Shows `lang` from now on, once its first part (and, with `withClass`, the classroom's) has arrived. */
  use(lang: Language, opts?: { full?: boolean; withClass?: boolean }): Promise<void>;
}

export function localised(english: EnglishData): Localised {
  const index: ContentIndex = { ...english.index };
  /** a later part of the language's table, merged once it has arrived */
  const part = (p: 'full' | 'class'): Promise<void> => {
    const lang = currentLanguage();
    return loadTable(lang, p).then((t) => extendTable(lang, p, t));
  };
  return {
    index,
    fullContent: () => Promise.all([english.content(), part('full')]).then(([c]) => localContent(c)),
    classroomData: () => Promise.all([english.classroom(), part('class')]).then(([c]) => localClassroom(c)),
    async use(lang, opts = {}) {
      const [first, full, cls] = await Promise.all([
        loadTable(lang).catch(() => null),
        opts.full ? loadTable(lang, 'full') : null,
        opts.withClass ? loadTable(lang, 'class') : null,
      ]);
      useLanguage(lang, first);
      extendTable(lang, 'full', full);
      extendTable(lang, 'class', cls);
      Object.assign(index, localIndex(english.index));
    },
  };
}
