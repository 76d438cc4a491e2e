// For writers: checks one part of the chapter on its own.
//   npx tsx scripts/try-part.ts story/1905-soviet.ink soviet_1905
// Compiles the part inside a wrapper with main.ink's variables, plays seeded random walks and the
// historical path through the game's own engine, measures the reading grade and checks the glossary.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compileInkFile } from '../src/core/compile.ts';
import { textStats } from '../src/core/readability.ts';
import { glossaryAt } from '../src/core/record.ts';
import { historicalWalk, randomWalk, type Walk } from '../tests/content/walk.ts';
import { loadContent, MAIN_INK } from './content.ts';

const [file, knot] = process.argv.slice(2);
if (!file || !knot) {
  console.error('usage: npx tsx scripts/try-part.ts story/<part>.ink <main_knot>');
  process.exit(2);
}
const problems: string[] = [];
const content = loadContent();
const vars = readFileSync(MAIN_INK, 'utf8')
  .split('\n')
  .filter((l) => /^\s*(VAR|CONST|LIST)\b/.test(l))
  .join('\n');
const dir = mkdtempSync(join(tmpdir(), 'try-part-'));
const wrapper = join(dir, 'wrapper.ink');
writeFileSync(wrapper, `${vars}\nINCLUDE ${resolve(file)}\n-> ${knot} ->\nThe part is over. # ending: try-part-end\n-> END\n`);
const compiled = compileInkFile(wrapper);
for (const i of compiled.issues) if (i.severity !== 'todo') problems.push(`ink ${i.severity}: ${i.message}`);
if (!compiled.json) {
  console.log(problems.join('\n'));
  console.log('FAILED: does not compile');
  process.exit(1);
}
const json = compiled.json;
const testContent = { ...content, endings: [...content.endings, { id: 'try-part-end', title: 'x', historical: true, summary: 'x' }] };

const walks: Walk[] = [];
for (let seed = 1; seed <= 500; seed++) {
  try {
    walks.push(randomWalk(json, testContent, seed));
  } catch (e) {
    problems.push(`random walk seed ${seed}: ${e instanceof Error ? e.message : String(e)}`);
    if (problems.length > 20) break;
  }
}
const decisions = new Set(walks.flatMap((w) => w.decisions.map((d) => d.decision)));
const options = new Set(walks.flatMap((w) => w.decisions.map((d) => `${d.decision}:${d.option}`)));
for (const e of content.record) {
  if (!decisions.has(e.id)) continue;
  for (const o of e.options) if (!options.has(`${e.id}:${o.id}`)) problems.push(`${e.id}: option ${o.id} never offered in 500 walks`);
}
let hist: Walk | null = null;
try {
  hist = historicalWalk(json, testContent);
  const wrong = hist.decisions.filter((d) => content.record.find((e) => e.id === d.decision)?.chosen !== d.option);
  if (wrong.length) problems.push(`historical path diverges at ${wrong.map((w) => w.decision).join(', ')}`);
} catch (e) {
  problems.push(`historical path: ${e instanceof Error ? e.message : String(e)}`);
}

// reading grade over the narration seen in the walks (each line once), quotations excepted
const lines = new Map<string, string>();
for (const w of walks) for (const t of w.turns) for (const l of t.lines) if (!l.quote) lines.set(l.text, l.text);
const stats = textStats([...lines.values()].join('\n'));

// glossary: every match word in the text should resolve at the scene's date
const unresolved = new Set<string>();
for (const w of walks.slice(0, 50)) {
  for (const t of w.turns) {
    const date = t.stage.date?.ns ?? '9999-12-31';
    for (const l of t.lines) {
      for (const g of content.glossary) {
        if (g.match.some((m) => l.text.includes(m)) && !glossaryAt(content, g.id, date)) {
          unresolved.add(`${g.id} appears on ${date} but its first entry is from ${g.from}`);
        }
      }
    }
  }
}
problems.push(...unresolved);

console.log(`part ${knot}: ${walks.length} random walks, decisions seen: ${[...decisions].join(', ') || 'none'}`);
console.log(`historical path: ${hist ? hist.decisions.map((d) => `${d.decision}=${d.option}`).join(', ') : 'failed'}`);
console.log(`narration: ${stats.words} words (distinct lines seen), ${stats.sentences} sentences, FK grade ${stats.grade.toFixed(1)}`);
if (stats.grade > 9) problems.push(`reading grade ${stats.grade.toFixed(1)} is above 9`);
if (problems.length) {
  console.log(problems.map((p) => `- ${p}`).join('\n'));
  console.log('FAILED');
  process.exit(1);
}
console.log('OK');
