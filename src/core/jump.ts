// Chapter select: the story as history had it at a decision point, by playing the historical path to it.

import type { ContentIndex } from './record.ts';
import { Session } from './session.ts';
import type { CompiledStory } from './runner.ts';

/** At each decision the record's choice, elsewhere the first choice: the path the record describes. */
export function historicalChoice(session: Session): number {
  const turn = session.current;
  if (!turn.decision) return turn.choices[0]?.index ?? 0;
  const entry = session.content.decisions.find((e) => e.id === turn.decision);
  const choice = turn.choices.find((c) => c.option === entry?.chosen);
  return (choice ?? turn.choices[0])?.index ?? 0;
}

/**
 * A new session standing at `decision`, reached along history's path. Null when history's
 * path does not pass through it (a decision only a divergent path can reach).
 */
export function sessionAtDecision(compiled: CompiledStory, content: ContentIndex, decision: string, maxSteps = 2000): Session | null {
  const s = new Session(compiled, content);
  let turn = s.start();
  for (let i = 0; i < maxSteps && turn.choices.length > 0; i++) {
    if (turn.decision === decision) return s;
    turn = s.choose(historicalChoice(s)).turn;
  }
  return null;
}

/**
 * A new session at the start of a part of the chapter (a classroom episode), with the story state
 * as history had it: history's path is played up to the page turn into the part, which is taken.
 */
export function sessionAtPart(
  compiled: CompiledStory,
  content: ContentIndex,
  part: string,
  maxSteps = 2000,
  play: { classroom?: boolean } = {},
): Session | null {
  const s = new Session(compiled, content, play);
  let turn = s.start();
  for (let i = 0; i < maxSteps && turn.choices.length > 0; i++) {
    const turnPage = turn.choices.find((c) => c.part === part);
    if (turnPage) {
      s.choose(turnPage.index);
      return s;
    }
    turn = s.choose(historicalChoice(s)).turn;
  }
  return null;
}

/** An episode is over when the story offers the page turn into another part, or ends. */
export function episodeOver(turn: Session['current']): boolean {
  return turn.ending !== null || turn.choices.some((c) => c.part !== null);
}
