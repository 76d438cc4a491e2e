// The live room's languages. A phone has its own: the browser's on first visit, then the one its student
// picked (kept on that phone); it loads only the live part of the table (the live interface, the
// episodes, the record). The projector keeps the game's language (the Settings' one) and adds the live
// part to it when a teacher opens a live room. Each device shows the same room and the same vote in its
// own words: what goes over the socket is ids (src/core/live-i18n.ts).

import { SOURCE_LANGUAGE, isLanguage, pickLanguage, type Language } from '../core/i18n.ts';
import { currentLanguage, currentTable, extendTable, useLanguage } from './language.ts';
import { loadTable } from './tables.ts';
import { setInterfaceLanguage } from './ui-text.ts';

/** Where a phone keeps its student's language (this phone only; the game's settings are the projector's). */
export const PHONE_LANGUAGE_KEY = 'tp-live-language';

function stored(): string | null {
  try {
    return localStorage.getItem(PHONE_LANGUAGE_KEY);
  } catch {
    return null;
  }
}

/** The phone's language: the one its student picked, else the browser's first the game has. */
export function phoneLanguage(): Language {
  const kept = stored();
  return isLanguage(kept) ? kept : pickLanguage(typeof navigator === 'undefined' ? [] : navigator.languages);
}

/**
 * Shows the phone's page in `lang` (its table's live part; English if that cannot be fetched) and, when
 * `remember` is set, keeps the choice on this phone. Returns the language now shown.
 */
let asked = 0;
export async function usePhoneLanguage(lang: Language, remember: boolean): Promise<Language> {
  // a later pick wins, even if its table arrives first (English needs none)
  const mine = ++asked;
  const table = await loadTable(lang, 'live').catch(() => null);
  if (mine !== asked) return currentLanguage();
  const shown = lang !== SOURCE_LANGUAGE && !table ? SOURCE_LANGUAGE : lang;
  useLanguage(shown, table);
  if (remember) {
    try {
      localStorage.setItem(PHONE_LANGUAGE_KEY, lang);
    } catch {
      // private browsing without storage: the choice lasts as long as the page
    }
  }
  return shown;
}

/** The projector: the live room's words joined to the game's table, in the game's language. */
export async function addLiveWords(): Promise<void> {
  const lang = currentLanguage();
  const table = await loadTable(lang, 'live').catch(() => null);
  if (!table || lang !== currentLanguage()) return;
  extendTable(lang, 'live', table);
  // the interface's words read the merged table from now on (the live panel's and the game's alike)
  setInterfaceLanguage(lang, currentTable());
}
