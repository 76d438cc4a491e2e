// The cast of a scene, computed: who is on stage, each dated (age on the scene's date, what was
// known of them by then), and the player's character following the player's own path.

import { ageOn } from './calendar.ts';
import type { DecisionTaken } from './checker.ts';
import type { Held, PathRules } from './path-rules.ts';
import { glossaryAt, type Content } from './record.ts';
import type { StageState } from './session.ts';

/** Where the protagonist stands, along the player's path: ids from story/protagonist.json. */
export interface ProtagonistPath {
  /** a side id of the path rules (its label is theirs), or null before he takes one */
  side: string | null;
  held: Held;
  /** the city of the scene */
  where: string | null;
  /** what he is known for by the scene's date: ids of the path rules, the two newest */
  knownFor: string[];
}

export interface CastEntry {
  id: string;
  name: string;
  /** completed years on the scene's date; null when the birth date is unknown or there is no date */
  age: number | null;
  /** true for the person whose shoes the player is in */
  you: boolean;
  /** who they are, as known on the scene's date (the glossary), else the person's own line */
  line: string;
  /** for the chapter's protagonist: side, free or held, and where, along the player's path */
  path: ProtagonistPath | null;
}

/** The protagonist's side on a date (New Style), from the decisions taken so far and the path rules. */
export function sideOf(rules: PathRules, decisions: readonly DecisionTaken[], dateNs: string): string | null {
  let side: string | null = null;
  let setBy = '';
  for (const d of decisions) {
    for (const r of rules.setSide) {
      if (r.decision !== d.decision || (r.options.length > 0 && !r.options.includes(d.option))) continue;
      side = r.side;
      setBy = d.decision;
    }
  }
  for (const later of rules.laterSide) {
    if (later.setBy.length > 0 && !later.setBy.includes(setBy)) continue;
    if (later.was !== null && later.was !== side) continue;
    if (dateNs >= later.from) return later.side;
  }
  return side;
}

/** What he is known for by a date (New Style), along the player's path: the two newest. */
export function knownFor(rules: PathRules, decisions: readonly DecisionTaken[], dateNs: string): string[] {
  return rules.knownFor
    .filter(
      (k) => dateNs >= k.from && (k.decision === null || decisions.some((d) => d.decision === k.decision && k.options.includes(d.option))),
    )
    .map((k) => k.id)
    .slice(-2);
}

/** Free or held, from the scene's place; after the rules' bail decision, free on bail. */
export function heldAt(rules: PathRules, place: string | null, decisions: readonly DecisionTaken[]): Held {
  const held = place !== null && Object.prototype.hasOwnProperty.call(rules.heldAt, place) ? rules.heldAt[place] : undefined;
  if (held) return held;
  return rules.bailAfter !== null && decisions.some((d) => d.decision === rules.bailAfter) ? 'bail' : 'free';
}

/** The cast of a scene: everyone on stage, in the order the scene names them. */
export function castOf(stage: StageState, content: Content, decisions: readonly DecisionTaken[]): CastEntry[] {
  const dateNs = stage.date?.ns ?? null;
  const protagonist = content.chapter.protagonist.id;
  return stage.people.map((id): CastEntry => {
    const person = content.people[id];
    const known = dateNs ? glossaryAt(content, id, dateNs) : null;
    const born = id === protagonist ? content.chapter.protagonist.born : person?.born;
    const age = born && dateNs && dateNs >= born ? ageOn(born, dateNs) : null;
    const path: ProtagonistPath | null =
      id === protagonist
        ? {
            side: sideOf(content.protagonistPath, decisions, dateNs ?? ''),
            held: heldAt(content.protagonistPath, stage.place, decisions),
            where: stage.place ? (content.places[stage.place]?.city ?? null) : null,
            knownFor: knownFor(content.protagonistPath, decisions, dateNs ?? ''),
          }
        : null;
    return {
      id,
      name: person?.name ?? id,
      age,
      you: id === stage.actor,
      // the protagonist's glossary entries follow history; along the player's path his line is `path`
      line: id === protagonist ? '' : (known?.text ?? person?.about ?? ''),
      path,
    };
  });
}
