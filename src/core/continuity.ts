// Continuity: a line that takes an earlier choice for granted says so (`# presumes: DP03 = escape`),
// and a playthrough that shows it after a different choice is a contradiction the build reports.

import type { Claim } from './tags.ts';

/** The decision name that stands for the ending a playthrough reaches (checked when it ends). */
export const ENDING_CLAIM = 'ending';

export interface TakenSoFar {
  decision: string;
  option: string;
}

/** The claim as a writer would read it: "DP03 = escape", "DP05 != bolsheviks/independent". */
export function describeClaim(c: Claim): string {
  return `${c.decision} ${c.op} ${c.options.join('/')}`;
}

/**
 * Why a claim does not hold for a playthrough, or null when it holds. `taken` are the decisions
 * taken before the line was shown; `ending` is the ending reached (null while it is unknown, in
 * which case claims about the ending are not judged).
 */
export function contradiction(c: Claim, taken: readonly TakenSoFar[], ending: string | null = null): string | null {
  if (c.decision === ENDING_CLAIM) {
    if (ending === null) return null;
    const holds = c.options.includes(ending) === (c.op === '=');
    return holds ? null : `the playthrough ends at "${ending}"`;
  }
  // the latest time the decision was taken counts (a decision is taken at most once in this story)
  let option: string | null = null;
  for (const t of taken) if (t.decision === c.decision) option = t.option;
  if (option === null) return `${c.decision} has not been decided yet`;
  const holds = c.options.includes(option) === (c.op === '=');
  return holds ? null : `the player chose "${option}" at ${c.decision}`;
}

export interface Shown {
  text: string;
  claims: readonly Claim[];
  /** decisions taken before this line was shown */
  taken: readonly TakenSoFar[];
}

export interface Contradiction {
  line: string;
  claim: string;
  why: string;
  /** the decisions of the playthrough up to the line: "DP01=workers DP02=marxism ..." */
  path: string;
}

/** Every claim of every shown line that the playthrough contradicts. */
export function contradictions(shown: readonly Shown[], ending: string | null): Contradiction[] {
  const out: Contradiction[] = [];
  for (const s of shown) {
    for (const c of s.claims) {
      const why = contradiction(c, s.taken, ending);
      if (why !== null) {
        out.push({
          line: s.text,
          claim: describeClaim(c),
          why,
          path: s.taken.map((t) => `${t.decision}=${t.option}`).join(' '),
        });
      }
    }
  }
  return out;
}
