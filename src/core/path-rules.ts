// The protagonist's path as data (story/protagonist.json): which decision puts him on which side,
// what changes that side later, where he is held, what he is known for by a date. Validated once.

import { parseIsoDay } from './calendar.ts';
import { isObj } from './guards.ts';
import { RecordError } from './record-error.ts';

/** Free or held, as the scene's place has it. */
export const HELD = ['free', 'prison', 'exile', 'trial', 'interned', 'bail'] as const;
export type Held = (typeof HELD)[number];

export interface SetSide {
  decision: string;
  /** the options that put him on this side; empty: any option of the decision */
  options: string[];
  side: string;
}
export interface LaterSide {
  /** applies when the side was last set by one of these decisions (empty: whichever) */
  setBy: string[];
  /** applies when the side is this one (null: whichever) */
  was: string | null;
  /** from this New Style date on */
  from: string;
  side: string;
}
export interface KnownForRule {
  id: string;
  text: string;
  from: string;
  /** when set: only on a path that took one of `options` at this decision */
  decision: string | null;
  options: string[];
}
export interface PathRules {
  /** side id → how the cast list names it */
  sides: Record<string, string>;
  setSide: SetSide[];
  laterSide: LaterSide[];
  /** place id → how he is held there */
  heldAt: Record<string, Held>;
  /** after this decision, free means free on bail */
  bailAfter: string | null;
  knownFor: KnownForRule[];
}

export const NO_PATH_RULES: PathRules = { sides: {}, setSide: [], laterSide: [], heldAt: {}, bailAfter: null, knownFor: [] };

const WHERE = 'protagonist.json';

function strs(v: unknown, field: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new RecordError(WHERE, field, 'must be an array of strings');
  return v;
}

function str(o: Record<string, unknown>, field: string, where: string): string {
  const v = o[field];
  if (typeof v !== 'string' || v.trim() === '') throw new RecordError(where, field, 'must be a non-empty string');
  return v;
}

function date(o: Record<string, unknown>, where: string): string {
  const d = str(o, 'from', where);
  if (!parseIsoDay(d)) throw new RecordError(where, 'from', `"${d}" is not a YYYY-MM-DD date`);
  return d;
}

/**
 * Reads story/protagonist.json against the places and decisions of the story: every place, decision,
 * option and side it names must exist. Absent: no rules (a chapter without them shows less).
 */
export function readPathRules(
  raw: unknown,
  places: Readonly<Record<string, unknown>>,
  options: ReadonlyMap<string, readonly string[]>,
): PathRules {
  if (raw === undefined || raw === null) return NO_PATH_RULES;
  if (!isObj(raw)) throw new RecordError(WHERE, '(file)', 'must be an object');
  if (!isObj(raw.sides)) throw new RecordError(WHERE, 'sides', 'must be an object of side id to label');
  const sides: Record<string, string> = Object.fromEntries(
    Object.entries(raw.sides).map(([id, label]) => {
      if (typeof label !== 'string' || !label) throw new RecordError(WHERE, `sides.${id}`, 'must be a non-empty string');
      return [id, label];
    }),
  );
  const side = (v: unknown, where: string): string => {
    if (typeof v !== 'string' || !Object.prototype.hasOwnProperty.call(sides, v))
      throw new RecordError(where, 'side', `"${String(v)}" is not in "sides"`);
    return v;
  };
  const decisionOptions = (d: string, opts: string[], where: string) => {
    const known = options.get(d);
    if (!known) throw new RecordError(where, 'decision', `"${d}" is not a decision of the record`);
    for (const o of opts) if (!known.includes(o)) throw new RecordError(where, 'options', `"${o}" is not an option of ${d}`);
  };
  const list = (field: string): Record<string, unknown>[] => {
    const v = raw[field];
    if (v === undefined) return [];
    if (!Array.isArray(v) || !v.every(isObj)) throw new RecordError(WHERE, field, 'must be an array of objects');
    return v;
  };
  const setSide = list('setSide').map((r, i) => {
    const where = `${WHERE}, setSide[${i}]`;
    const rule = { decision: str(r, 'decision', where), options: strs(r.options, `setSide[${i}].options`), side: side(r.side, where) };
    decisionOptions(rule.decision, rule.options, where);
    return rule;
  });
  const laterSide = list('laterSide').map((r, i) => {
    const where = `${WHERE}, laterSide[${i}]`;
    const setBy = strs(r.setBy, `laterSide[${i}].setBy`);
    for (const d of setBy) decisionOptions(d, [], where);
    return { setBy, was: r.was === undefined ? null : side(r.was, where), from: date(r, where), side: side(r.side, where) };
  });
  const heldRaw = raw.heldAt === undefined ? {} : raw.heldAt;
  if (!isObj(heldRaw)) throw new RecordError(WHERE, 'heldAt', 'must be an object of place id to how he is held');
  const heldAt = Object.fromEntries(
    Object.entries(heldRaw).map(([place, how]) => {
      if (!Object.prototype.hasOwnProperty.call(places, place))
        throw new RecordError(WHERE, `heldAt.${place}`, `"${place}" is not in story/places/`);
      if (typeof how !== 'string' || !(HELD as readonly string[]).includes(how) || how === 'free') {
        throw new RecordError(WHERE, `heldAt.${place}`, `must be one of ${HELD.filter((h) => h !== 'free').join(', ')}`);
      }
      return [place, how as Held];
    }),
  );
  const bailAfter = raw.bailAfter === undefined ? null : String(raw.bailAfter);
  if (bailAfter !== null) decisionOptions(bailAfter, [], `${WHERE}, bailAfter`);
  const knownFor = list('knownFor').map((r, i) => {
    const where = `${WHERE}, knownFor[${i}]`;
    const decision = r.decision === undefined ? null : str(r, 'decision', where);
    const opts = strs(r.options, `knownFor[${i}].options`);
    if (decision) decisionOptions(decision, opts, where);
    return { id: str(r, 'id', where), text: str(r, 'text', where), from: date(r, where), decision, options: opts };
  });
  return { sides, setSide, laterSide, heldAt, bailAfter, knownFor };
}
