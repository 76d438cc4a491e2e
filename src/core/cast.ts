// The cast of a scene, computed: who is on stage, each dated (age on the scene's date, what was
// known of them by then), and the player's character following the player's own path.

import { ageOn } from './calendar.ts';
import type { DecisionTaken } from './checker.ts';
import { glossaryAt, type Content } from './record.ts';
import type { StageState } from './session.ts';

/** Where the protagonist stands among the party's groups, as the player's choices have it. */
export type Side =
  | 'union'
  | 'iskra'
  | 'mensheviks'
  | 'bolsheviks'
  | 'no-faction'
  | 'august-bloc'
  | 'mezhraiontsy'
  | 'mezhraiontsy-lenin'
  | 'mezhraiontsy-martov';

/** Free or held, as the scene's place has it. */
export type Held = 'free' | 'prison' | 'exile' | 'trial' | 'interned' | 'bail';

/** What the protagonist is known for by a date, along the player's path (newest last). */
export type KnownFor =
  'bund-reply' | 'political-tasks' | 'soviet-1905' | 'trial-speech' | 'vienna-pravda' | 'zimmerwald-manifesto' | 'soviet-chairman';

export interface ProtagonistPath {
  side: Side | null;
  held: Held;
  /** the city of the scene */
  where: string | null;
  /** at most the two newest things he is known for by the scene's date */
  knownFor: KnownFor[];
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

/**
 * Places where the protagonist is not free. Only places a scene with him in it can use; a content
 * test checks every id here is a place of the story.
 */
export const HELD_AT: Readonly<Record<string, Held>> = {
  'odessa-prison': 'prison',
  'petersburg-kresty': 'prison',
  'petersburg-preliminary-detention': 'prison',
  'petersburg-court': 'trial',
  'kresty-prison': 'prison',
  'ust-kut': 'exile',
  'verkholensk-hut': 'exile',
  berezov: 'exile',
  'amherst-camp': 'interned',
};

/** The decision that last settled the protagonist's side, in the order they come in the chapter. */
const SIDE_DECISIONS: Readonly<Record<string, Readonly<Record<string, Side>>>> = {
  DP04d: { mensheviks: 'mensheviks', bolsheviks: 'bolsheviks', neutral: 'no-faction' },
  DP05: { mensheviks: 'mensheviks', bolsheviks: 'bolsheviks', independent: 'no-faction' },
  DP11: { convene: 'august-bloc', 'join-lenin': 'bolsheviks', 'stand-aside': 'no-faction' },
  DP14: { bolsheviks: 'mezhraiontsy-lenin', independent: 'mezhraiontsy', martov: 'mezhraiontsy-martov' },
};

/** The Mezhraiontsy joined the Bolshevik party at its Sixth Congress, 26 July (8 August) 1917. */
const MERGER_NS = '1917-08-08';
/** Trotsky's Vienna Pravda, a paper of no faction, from October 1908 (the story says so on every path). */
const VIENNA_PRAVDA_NS = '1908-10-01';
/** The war: Germany declared war on Russia on 1 August 1914 (New Style). */
const WAR_NS = '1914-08-01';
/** The August Bloc fell apart by 1914; after that the protagonist stood outside every faction. */
const BLOC_ENDED_NS = '1914-01-01';

/** The protagonist's side on a date (New Style), from the decisions taken so far. */
export function sideOf(decisions: readonly DecisionTaken[], dateNs: string): Side | null {
  let side: Side | null = null;
  let from = '';
  for (const d of decisions) {
    if (d.decision === 'DP01' && d.option === 'workers') side = 'union';
    if (d.decision === 'DP03') side = 'iskra';
    const mapped = SIDE_DECISIONS[d.decision]?.[d.option];
    if (mapped) {
      side = mapped;
      from = d.decision;
    }
  }
  // whatever side he took in 1903-1904, by his Vienna Pravda of 1908 he stands outside the factions
  if ((from === 'DP04d' || from === 'DP05') && dateNs >= VIENNA_PRAVDA_NS) return 'no-faction';
  // on every path the story has him join the Bolsheviks with the Mezhraiontsy in July 1917
  if (from === 'DP14' && dateNs >= MERGER_NS) return 'bolsheviks';
  // on the path where he joined Lenin in 1912, the war pulls them apart (the story says so)
  if (from === 'DP11' && side === 'bolsheviks' && dateNs >= WAR_NS) return 'no-faction';
  if (side === 'august-bloc' && dateNs >= BLOC_ENDED_NS) return 'no-faction';
  return side;
}

const took = (decisions: readonly DecisionTaken[], decision: string, ...options: string[]): boolean =>
  decisions.some((d) => d.decision === decision && options.includes(d.option));

/** What he is known for by a date (New Style), along the player's path: the two newest. */
export function knownFor(decisions: readonly DecisionTaken[], dateNs: string): KnownFor[] {
  const out: KnownFor[] = [];
  if (took(decisions, 'DP04-bund', 'oppose') && dateNs >= '1903-08-02') out.push('bund-reply');
  // the pamphlet of August 1904 was written by the Trotsky who had not joined Lenin
  if (took(decisions, 'DP04d', 'mensheviks', 'neutral') && dateNs >= '1904-08-20') out.push('political-tasks');
  if (dateNs >= '1905-10-28') out.push('soviet-1905');
  if (took(decisions, 'DP09', 'political') && dateNs >= '1906-10-17') out.push('trial-speech');
  if (dateNs >= '1908-10-16') out.push('vienna-pravda');
  if (took(decisions, 'DP12', 'manifesto') && dateNs >= '1915-09-08') out.push('zimmerwald-manifesto');
  if (dateNs >= '1917-10-08') out.push('soviet-chairman');
  return out.slice(-2);
}

/** Free or held, from the scene's place; after his release on bail (DP17 taken) he is free on bail. */
export function heldAt(place: string | null, decisions: readonly DecisionTaken[]): Held {
  const held = place ? HELD_AT[place] : undefined;
  if (held) return held;
  return decisions.some((d) => d.decision === 'DP17') ? 'bail' : 'free';
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
            side: sideOf(decisions, dateNs ?? ''),
            held: heldAt(stage.place, decisions),
            where: stage.place ? (content.places[stage.place]?.city ?? null) : null,
            knownFor: knownFor(decisions, dateNs ?? ''),
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
