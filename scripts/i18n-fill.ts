// npx tsx scripts/i18n-fill.ts ru record/1903.json /tmp/ru-record-1903.json
// Writes translations into one table from a plain map { "id": "текст", ... } (a list for glossary
// `match`): refuses ids the table lacks and shapes that differ from the English, so a translator
// never has to copy the English back.
import { readFileSync } from 'node:fs';
import { readTable, writeTable } from './i18n-lib.ts';

const [lang, source, mapFile] = process.argv.slice(2);
if (!lang || !source || !mapFile) {
  console.error('usage: tsx scripts/i18n-fill.ts LANG SOURCE(.json|.ink) MAP.json');
  process.exit(2);
}
const table = readTable(lang, source);
if (table.size === 0) {
  console.error(`no table for ${source} in ${lang} (run npm run i18n:extract)`);
  process.exit(2);
}
const map = JSON.parse(readFileSync(mapFile, 'utf8')) as Record<string, unknown>;
const problems: string[] = [];
let n = 0;
for (const [id, v] of Object.entries(map)) {
  const e = table.get(id);
  if (!e) problems.push(`unknown id ${id}`);
  else if (
    Array.isArray(e.en) !== Array.isArray(v) ||
    (typeof v !== 'string' && !(Array.isArray(v) && v.every((x) => typeof x === 'string')))
  )
    problems.push(`${id}: give ${Array.isArray(e.en) ? 'a list of strings' : 'a string'}`);
  else {
    e.tr = v as string | string[];
    n += 1;
  }
}
for (const p of problems) console.error(p);
writeTable(lang, source, table);
const left = [...table.values()].filter((e) => (Array.isArray(e.tr) ? e.tr.length === 0 : e.tr.trim() === '')).length;
console.log(`${source}: ${n} translations written, ${problems.length} refused, ${left} of ${table.size} still empty`);
process.exit(problems.length > 0 ? 1 : 0);
