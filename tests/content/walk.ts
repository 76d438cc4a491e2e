// Plays the real story through the game's own session: seeded random walks and the historical path.

import { Session, type Turn } from '../../src/core/session.ts';
import type { Content } from '../../src/core/record.ts';

export { rng } from '../../src/core/random.ts';
import { rng } from '../../src/core/random.ts';

export interface Walk {
  turns: Turn[];
  decisions: { decision: string; option: string }[];
  ending: string | null;
}

const MAX_STEPS = 2000;

/** One session per story, reused (start() rewinds ink; building a Story anew costs ~60 ms), with no step-back states. */
let reused: { json: string; content: Content; session: Session } | null = null;
function sessionFor(json: string, content: Content): Session {
  if (reused?.json !== json || reused.content !== content) reused = { json, content, session: new Session(json, content, { stepBack: 0 }) };
  return reused.session;
}

export function playWith(json: string, content: Content, pick: (turn: Turn) => number): Walk {
  const s = sessionFor(json, content);
  let turn = s.start();
  const turns = [turn];
  for (let i = 0; i < MAX_STEPS && turn.choices.length > 0; i++) {
    const index = pick(turn);
    turn = s.choose(index).turn;
    turns.push(turn);
  }
  if (turn.choices.length > 0) throw new Error(`no end after ${MAX_STEPS} choices: a loop?`);
  return { turns, decisions: [...s.decisions], ending: turn.ending };
}

export function randomWalk(json: string, content: Content, seed: number): Walk {
  const r = rng(seed);
  return playWith(json, content, (t) => t.choices[Math.floor(r() * t.choices.length)]?.index ?? 0);
}

/** At each decision, the option history took; elsewhere the first choice. */
export function historicalWalk(json: string, content: Content): Walk {
  return playWith(json, content, (t) => {
    if (!t.decision) return t.choices[0]?.index ?? 0;
    const entry = content.record.find((e) => e.id === t.decision);
    const c = t.choices.find((x) => x.option === entry?.chosen);
    if (!c) throw new Error(`decision ${t.decision}: no choice offers the historical option ${entry?.chosen}`);
    return c.index;
  });
}
