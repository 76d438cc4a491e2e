// npm run story:ids           adds "# id: FILE.N" to every ink line and choice that has none
// npm run story:ids -- --check  only reports lines without an id (exit 1), changes nothing
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addIds, checkIds, prefixOf } from './ink-ids-lib.ts';

const dir = 'story';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ink'))
  .sort();
if (process.argv.includes('--check')) {
  const problems = checkIds(files.map((f) => ({ name: join(dir, f), source: readFileSync(join(dir, f), 'utf8') })));
  for (const p of problems) console.error(p);
  console.log(
    problems.length === 0 ? `story:ids: every line of ${files.length} files has one id` : `story:ids: ${problems.length} problems`,
  );
  process.exit(problems.length === 0 ? 0 : 1);
}
let total = 0;
for (const f of files) {
  const path = join(dir, f);
  const source = readFileSync(path, 'utf8');
  const { text, added } = addIds(source, prefixOf(f));
  if (added > 0) writeFileSync(path, text);
  total += added;
  if (added > 0) console.log(`${path}: ${added} ids added`);
}
console.log(`story:ids: ${total} ids added`);
