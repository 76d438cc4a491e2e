// npm run story:check -- <file.ink> [--runs N] [--seed N] [--allow-tags a,b] [--strict-tags | --any-tags]
// Exits 0 when the story compiles and every playthrough ends without error; 1 on a compile error, a dead
// end (a loose end included) or a runtime error, and on an unknown tag in a story written for this game.

import { existsSync } from 'node:fs';
import { checkStoryInParallel, formatReport } from './story-check-lib.ts';

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && !(args[i - 1] ?? '').startsWith('--'));
const flag = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
if (!file) {
  console.error('usage: npm run story:check -- <file.ink> [--runs 1000] [--seed 1] [--allow-tags name,name] [--strict-tags | --any-tags]');
  process.exit(2);
}
if (!existsSync(file)) {
  console.error(`story check: no such file: ${file}`);
  process.exit(2);
}
const started = performance.now();
const report = await checkStoryInParallel(file, {
  runs: Number(flag('runs') ?? 1000),
  seed: Number(flag('seed') ?? 1),
  ...(args.includes('--strict-tags') ? { strictTags: true } : args.includes('--any-tags') ? { strictTags: false } : {}),
  allowTags: (flag('allow-tags') ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean),
});
console.log(formatReport(report));
console.log(`checked in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(report.ok ? 0 : 1);
