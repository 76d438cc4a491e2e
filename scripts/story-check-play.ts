// The playthroughs of the story check: the only part that runs in worker threads, so it imports only the
// ink runtime and the seeded generator (a worker starts in a fraction of the time the compiler needs).

import { Story } from 'inkjs';
import { rng } from '../src/core/random.ts';

type Json = Record<string, unknown>;

/** Knot names: the named containers at the top of the compiled root, not ink's own bookkeeping. */
export function knotNames(storyJson: string): string[] {
  const root = (JSON.parse(storyJson) as Json).root as unknown[];
  const named = root[root.length - 1];
  if (!named || typeof named !== 'object') return [];
  return Object.keys(named as Json).filter((k) => k !== 'global decl' && !k.startsWith('#'));
}

/** Names of EXTERNAL functions the story calls (compiled as {"x()": name}). */
export function externalNames(storyJson: string): string[] {
  const out = new Set<string>();
  JSON.parse(storyJson, (key, value: unknown) => {
    if (key === 'x()' && typeof value === 'string') out.add(value);
    return value;
  });
  return [...out].sort();
}

/** Every tag in the compiled story, reachable or not, as often as it occurs: `"#", "^text", "/#"` runs, and the older `{"#": text}`. */
export function storyTags(storyJson: string): string[] {
  const tags: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      let buf: string | null = null;
      for (const n of node) {
        if (n === '#') buf = '';
        else if (n === '/#') {
          if (buf !== null && buf.trim() !== '') tags.push(buf.trim());
          buf = null;
        } else if (buf !== null && typeof n === 'string' && n.startsWith('^')) buf += n.slice(1);
        else walk(n);
      }
    } else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node as Json)) {
        if (k === '#' && typeof v === 'string') tags.push(v.trim());
        else walk(v);
      }
    }
  };
  walk(JSON.parse(storyJson));
  return tags;
}

/** What a slice of the playthroughs found: plain data, so a worker thread can send it back. */
export interface RunsResult {
  runs: number;
  endings: number;
  visited: string[];
  deadEnds: { seed: number; at: string; reason: string }[];
  runtimeErrors: { seed: number; message: string }[];
}

export interface RunsOptions {
  runs: number;
  seed: number;
  maxSteps: number;
}

/** Plays `runs` seeded random playthroughs from `seed` on, with one Story rewound between them. */
export function playRuns(json: string, o: RunsOptions): RunsResult {
  return player(json)(o);
}

/**
 * A player of slices of playthroughs: the Story is built once (that costs far more than a playthrough),
 * then each call plays the seeds it is given, rewinding the Story between them.
 */
export function player(json: string): (o: RunsOptions) => RunsResult {
  const knots = knotNames(json);
  const externals = externalNames(json);
  // One Story for all the playthroughs: ResetState() rewinds it, where building it anew costs far more.
  const story = new Story(json);
  story.allowExternalFunctionFallbacks = true;
  let warnings: string[] = [];
  let errors: string[] = [];
  story.onError = (message: string, type: number) => {
    (type === 1 ? warnings : errors).push(message);
  };
  for (const name of externals) {
    // An ink function of the same name is the story's own fallback: let it run.
    if (knots.includes(name)) continue;
    story.BindExternalFunction(name, () => 0, true);
  }
  let played = 0;
  return (o) => {
    const out: RunsResult = { runs: 0, endings: 0, visited: [], deadEnds: [], runtimeErrors: [] };
    const visited = new Set<string>();
    for (let run = 0; run < o.runs; run++) {
      const seed = o.seed + run;
      const random = rng(seed);
      if (played++ > 0) story.ResetState();
      story.state.storySeed = seed;
      warnings = [];
      errors = [];
      let steps = 0;
      let ended = false;
      let last = '(start)';
      try {
        while (steps < o.maxSteps) {
          // the text itself is not needed here: ContinueAsync(0) plays a line without building it for us
          while (story.canContinue && steps < o.maxSteps) {
            story.ContinueAsync(0);
            steps++;
          }
          const choices = story.currentChoices;
          if (choices.length === 0) {
            ended = true;
            break;
          }
          last = story.state.currentPathString ?? last;
          story.ChooseChoiceIndex(Math.floor(random() * choices.length));
          steps++;
        }
      } catch (e) {
        errors.push(e instanceof Error ? e.message : String(e));
      }
      for (const k of knots) if (!visited.has(k) && (story.state.VisitCountAtPathString(k) ?? 0) > 0) visited.add(k);
      const at = story.state.currentPathString ?? last;
      // Running out of content (no -> END, -> DONE or choice) is a dead end, whichever way ink reports it.
      const ranOut = [...errors, ...warnings].find((w) => /ran out of content/i.test(w));
      for (const message of errors) if (message !== ranOut) out.runtimeErrors.push({ seed, message });
      if (ranOut) out.deadEnds.push({ seed, at, reason: ranOut.replace(/^RUNTIME ERROR: /, '') });
      else if (!ended && errors.length === 0) out.deadEnds.push({ seed, at, reason: `no end after ${o.maxSteps} steps (a loop?)` });
      if (ended && !ranOut && errors.length === 0) out.endings++;
      out.runs++;
    }
    out.visited = [...visited];
    return out;
  };
}
