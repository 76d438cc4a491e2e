// The history checker: compares what the player chose at a decision point with what really happened.

import type { Content, Option, RecordEntry } from './record.ts';
import { entryById } from './record.ts';

export interface Verdict {
  decision: string;
  /** the player's reason, when they wrote one */
  reason: string;
  entry: RecordEntry;
  /** the option the player took */
  yours: Option;
  /** the option history took */
  historical: Option;
  matchesHistory: boolean;
}

export interface DecisionTaken {
  decision: string;
  option: string;
  /** the player's one line of reasoning, if they wrote one */
  reason?: string;
}

export class CheckError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckError';
  }
}

export function checkDecision(content: Content, taken: DecisionTaken): Verdict {
  const entry = entryById(content, taken.decision);
  if (!entry) throw new CheckError(`Decision "${taken.decision}" has no entry in the record.`);
  const yours = entry.options.find((o) => o.id === taken.option);
  if (!yours) {
    throw new CheckError(
      `Decision "${taken.decision}" has no option "${taken.option}" (record options: ${entry.options.map((o) => o.id).join(', ')}).`,
    );
  }
  const historical = entry.options.find((o) => o.id === entry.chosen);
  if (!historical) throw new CheckError(`Decision "${taken.decision}": its chosen option is missing.`);
  return { decision: entry.id, reason: taken.reason ?? '', entry, yours, historical, matchesHistory: yours.id === historical.id };
}

export interface PathSummary {
  verdicts: Verdict[];
  /** decisions taken as history took them */
  matched: number;
  /** ids of the decisions where the player left history, in order */
  diverged: string[];
}

export function checkPath(content: Content, taken: readonly DecisionTaken[]): PathSummary {
  const verdicts = taken.map((t) => checkDecision(content, t));
  return {
    verdicts,
    matched: verdicts.filter((v) => v.matchesHistory).length,
    diverged: verdicts.filter((v) => !v.matchesHistory).map((v) => v.decision),
  };
}
