// The story check for writers: compiles any ink file and plays seeded random playthroughs of it.
// Works on any valid ink story: INCLUDEs, EXTERNAL functions (bound to harmless defaults unless the
// story has an ink fallback), threads, tunnels and lists are all left to the real inkjs runtime.

import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { dirname, join } from 'node:path';
import { compileInkFile, type InkIssue } from '../src/core/compile.ts';
import { parseTag } from '../src/core/tags.ts';
import { externalNames, knotNames, playRuns, storyTags, type RunsResult } from './story-check-play.ts';

export { knotNames, externalNames, playRuns, storyTags, type RunsResult };

export interface CheckOptions {
  runs: number;
  seed: number;
  maxSteps: number;
  /** tag names to accept besides the game's own vocabulary */
  allowTags: string[];
  /**
   * Whether a tag outside the game's vocabulary fails the check. Unset: only for a story written for
   * this game (a README.md with our tag table beside the file or above it); any other ink story's
   * tags (Inky's `# title:`, `# author:`, `# CLASS:`, or its own) are listed as information.
   */
  strictTags?: boolean;
}

export interface CheckReport {
  file: string;
  compileIssues: InkIssue[];
  knots: string[];
  visited: string[];
  runs: number;
  endings: number;
  deadEnds: { seed: number; at: string; reason: string }[];
  runtimeErrors: { seed: number; message: string }[];
  unknownTags: Map<string, string>;
  /** true when unknown tags fail the check (a story written for this game) */
  strictTags: boolean;
  externals: string[];
  ok: boolean;
}

/** The header of the tag table in story/README.md: its presence marks a story written for this game. */
const TAG_TABLE = '| tag | where | value | what it does |';

/** True when a README.md with our tag table stands beside the ink file or in a folder above it. */
export function writtenForThisGame(file: string): boolean {
  let dir = dirname(file);
  for (let i = 0; i < 4; i++) {
    const readme = join(dir, 'README.md');
    if (existsSync(readme) && readFileSync(readme, 'utf8').includes(TAG_TABLE)) return true;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return false;
}

/** A compiler warning that means the flow can run out: a dead end, which fails the check. */
const LOOSE_END = /loose end/i;

function tagName(tag: string): string {
  const i = tag.indexOf(':');
  return (i < 0 ? tag : tag.slice(0, i)).trim().toLowerCase();
}

/** The tags of the story outside the game's vocabulary (and not allowed), each with why: found in the compiled story, reachable or not. */
function unknownTagsOf(json: string, allowTags: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of new Set(storyTags(json))) {
    if (allowTags.includes(tagName(t))) continue;
    try {
      parseTag(t);
    } catch (e) {
      out.set(t, `in the story: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return out;
}

function defaults(opts: Partial<CheckOptions>): CheckOptions {
  return { runs: 1000, seed: 1, maxSteps: 5000, allowTags: [], ...opts };
}

/** Compiles the story: the report so far, and the JSON to play (null when it does not compile). */
function compileForCheck(file: string, o: CheckOptions): { report: CheckReport; json: string | null } {
  const compiled = compileInkFile(file, undefined, { countAllVisits: true });
  const json = compiled.json;
  const report: CheckReport = {
    file,
    compileIssues: compiled.issues,
    knots: json ? knotNames(json) : [],
    visited: [],
    runs: 0,
    endings: 0,
    deadEnds: [],
    runtimeErrors: [],
    unknownTags: json ? unknownTagsOf(json, o.allowTags) : new Map(),
    strictTags: o.strictTags ?? writtenForThisGame(file),
    externals: json ? externalNames(json) : [],
    ok: false,
  };
  return { report, json };
}

/** Adds the slices' findings to the report and decides whether it passes. */
function finish(report: CheckReport, slices: RunsResult[]): CheckReport {
  const visited = new Set<string>();
  for (const r of slices) {
    report.runs += r.runs;
    report.endings += r.endings;
    report.deadEnds.push(...r.deadEnds);
    report.runtimeErrors.push(...r.runtimeErrors);
    for (const k of r.visited) visited.add(k);
  }
  report.visited = report.knots.filter((k) => visited.has(k));
  // warnings that leave the story sound (a blank choice, text after a return) are reported, not failed
  const looseEnds = report.compileIssues.filter((i) => i.severity === 'warning' && LOOSE_END.test(i.message));
  for (const l of looseEnds)
    report.deadEnds.push({ seed: 0, at: l.file ? `${l.file} line ${l.line ?? '?'}` : '(compiler)', reason: l.message });
  report.ok =
    !report.compileIssues.some((i) => i.severity === 'error') &&
    report.deadEnds.length === 0 &&
    report.runtimeErrors.length === 0 &&
    (!report.strictTags || report.unknownTags.size === 0);
  return report;
}

export function checkStory(file: string, opts: Partial<CheckOptions> = {}): CheckReport {
  const o = defaults(opts);
  const { report, json } = compileForCheck(file, o);
  return finish(report, json ? [playRuns(json, o)] : []);
}

/** Playthroughs handed to a worker at a time: small enough that neither core waits long for the other at the end. */
const CHUNK = 25;

/**
 * The same check with the playthroughs shared among worker threads (one per core). The workers start
 * first, loading the ink runtime while the story compiles here once; then each builds the Story once
 * and takes the next chunk of seeds whenever it is done with one, so both cores stay busy to the end.
 */
export async function checkStoryInParallel(
  file: string,
  opts: Partial<CheckOptions> = {},
  threads = availableParallelism(),
): Promise<CheckReport> {
  const o = defaults(opts);
  const n = Math.max(1, Math.min(threads, Math.ceil(o.runs / CHUNK)));
  const workers = Array.from({ length: n }, () => new Worker(new URL('./story-check-worker.mjs', import.meta.url)));
  try {
    const { report, json } = compileForCheck(file, o);
    if (!json) return finish(report, []);
    let next = 0;
    const take = () => {
      const runs = Math.min(CHUNK, o.runs - next);
      const slice = { runs, seed: o.seed + next, maxSteps: o.maxSteps };
      next += runs;
      return slice;
    };
    const slices: RunsResult[] = [];
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            w.on('error', reject);
            w.on('message', (r: RunsResult) => {
              slices.push(r);
              if (next < o.runs) w.postMessage({ slice: take() });
              else resolve();
            });
            if (next < o.runs) w.postMessage({ json, slice: take() });
            else resolve();
          }),
      ),
    );
    // the slices come back in any order: the report lists its findings by seed
    const bySeed = <T extends { seed: number }>(a: T, b: T) => a.seed - b.seed;
    const merged = finish(report, slices);
    merged.deadEnds.sort(bySeed);
    merged.runtimeErrors.sort(bySeed);
    return merged;
  } finally {
    for (const w of workers) void w.terminate();
  }
}

export function formatReport(r: CheckReport): string {
  const out: string[] = [`story check: ${r.file}`];
  const errors = r.compileIssues.filter((i) => i.severity === 'error');
  const warnings = r.compileIssues.filter((i) => i.severity === 'warning');
  if (errors.length) out.push(`compile errors: ${errors.length}`, ...errors.map((i) => `  ${i.message}`));
  if (warnings.length)
    out.push(`compile warnings: ${warnings.length} (a loose end fails; the others do not)`, ...warnings.map((i) => `  ${i.message}`));
  if (errors.length) {
    out.push('FAILED: the story does not compile');
    return out.join('\n');
  }
  out.push(`playthroughs: ${r.runs} (seeded), ${r.endings} reached an end`);
  out.push(`knots visited: ${r.visited.length} of ${r.knots.length}`);
  const missed = r.knots.filter((k) => !r.visited.includes(k));
  if (missed.length) out.push(`  never visited: ${missed.join(', ')}`);
  if (r.externals.length) out.push(`external functions (bound to return 0 unless the story has a fallback): ${r.externals.join(', ')}`);
  out.push(`dead ends: ${r.deadEnds.length} playthrough(s)`);
  for (const [what, seeds] of grouped(r.deadEnds.map((d) => [`at ${d.at}: ${d.reason}`, d.seed]))) out.push(`  ${what} (${seeds})`);
  out.push(`runtime errors: ${r.runtimeErrors.length} playthrough(s)`);
  for (const [what, seeds] of grouped(r.runtimeErrors.map((e) => [e.message, e.seed]))) out.push(`  ${what} (${seeds})`);
  out.push(
    r.strictTags
      ? `unknown tags: ${r.unknownTags.size} (this story is written for Turning Points: its tags must be in story/README.md)`
      : `tags the game does not use: ${r.unknownTags.size} (information only: this story is not written for Turning Points)`,
  );
  for (const [t, why] of [...r.unknownTags].slice(0, 20)) out.push(`  # ${t}  (${r.strictTags ? why : why.split(':')[0]})`);
  out.push(r.ok ? 'OK' : 'FAILED');
  return out.join('\n');
}

/** The same problem met by many seeds is printed once, with how many and the first seed. */
function grouped(items: [string, number][]): [string, string][] {
  const by = new Map<string, number[]>();
  for (const [what, seed] of items) by.set(what, [...(by.get(what) ?? []), seed]);
  return [...by].slice(0, 10).map(([what, seeds]) => [what, `${seeds.length}x, first seed ${seeds[0]}`]);
}
