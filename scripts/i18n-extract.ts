// npm run i18n:extract [-- ru]   brings story/i18n/<language>/ up to date with the story and the interface:
// new ids are added with an empty translation, changed English is marked `old` (the translation
// keeps its text until a translator looks), ids gone from the source are dropped (and listed).
import { LANGUAGES, SOURCE_LANGUAGE } from '../src/core/i18n.ts';
import { extract } from './i18n-lib.ts';

const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const langs = asked.length > 0 ? asked : LANGUAGES.filter((l) => l !== SOURCE_LANGUAGE);
for (const lang of langs) {
  const r = extract(lang);
  console.log(`i18n:extract ${lang}: ${r.files} tables; ${r.added} new ids, ${r.changed} changed English (marked "old")`);
  for (const d of r.dropped) console.log(`  dropped (no longer in the source): ${d}`);
}
