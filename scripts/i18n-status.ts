// npx tsx scripts/i18n-status.ts [ru]   how much of each table is translated
import { isEmpty, readTable, sourceTexts } from './i18n-lib.ts';

const lang = process.argv[2] ?? 'ru';
let all = 0;
let done = 0;
for (const source of sourceTexts().keys()) {
  const t = readTable(lang, source);
  const n = [...t.values()].filter((e) => !isEmpty(e.tr)).length;
  const old = [...t.values()].filter((e) => e.old !== undefined).length;
  all += t.size;
  done += n;
  console.log(`${source.padEnd(32)} ${String(n).padStart(4)} / ${String(t.size).padEnd(4)}${old > 0 ? ` (${old} marked old)` : ''}`);
}
console.log(`${lang}: ${done} of ${all} texts translated`);
