// The one tag parser: turns ink tags into typed cues and rejects anything it does not know.

import type { Calendar } from './calendar.ts';

export const MOODS = ['calm', 'tense', 'hopeful', 'grim', 'triumph'] as const;
export type Mood = (typeof MOODS)[number];
/** The sky over a scene (`# weather:`); a place's data gives its default. */
export const WEATHERS = ['clear', 'heat', 'rain', 'snow', 'fog'] as const;
export type Weather = (typeof WEATHERS)[number];
/** The hour of a scene (`# time:`): night lights the lamps indoors. */
export const TIMES = ['day', 'dawn', 'dusk', 'night'] as const;
export type TimeOfDay = (typeof TIMES)[number];
/** What a person on stage is doing (`# pose: lenin speak, martov seated`). */
export const POSES = ['stand', 'speak', 'point', 'seated', 'write', 'read', 'march', 'fold'] as const;
export type Pose = (typeof POSES)[number];

export type Cue =
  | { kind: 'place'; id: string }
  | { kind: 'date'; iso: string; calendar: Calendar }
  | { kind: 'people'; ids: string[] }
  | { kind: 'actor'; id: string }
  | { kind: 'mood'; mood: Mood }
  | { kind: 'weather'; weather: Weather }
  | { kind: 'time'; time: TimeOfDay }
  | { kind: 'view'; id: string }
  | { kind: 'pose'; poses: { id: string; pose: Pose }[] }
  | { kind: 'decision'; id: string }
  | { kind: 'option'; id: string }
  | { kind: 'speculation' }
  | { kind: 'ending'; id: string }
  | { kind: 'quote'; source: string }
  | { kind: 'sfx'; id: string }
  | { kind: 'part'; id: string }
  | { kind: 'presumes'; claims: Claim[] }
  | { kind: 'id'; id: string };

/**
 * What a line takes for granted about the player's path: at decision `decision` the player took
 * one of `options` (op '=') or none of them (op '!='). The decision `ending` stands for the
 * ending the playthrough reaches. Checked by the continuity test, never shown.
 */
export interface Claim {
  decision: string;
  op: '=' | '!=';
  options: string[];
}

export type TagName = Cue['kind'];

/** The vocabulary, documented in story/README.md: the table there and this list must agree. */
export const TAG_NAMES: readonly TagName[] = [
  'place',
  'date',
  'people',
  'actor',
  'mood',
  'weather',
  'time',
  'view',
  'pose',
  'decision',
  'option',
  'speculation',
  'ending',
  'quote',
  'sfx',
  'part',
  'presumes',
  'id',
];

export class TagError extends Error {
  constructor(
    readonly tag: string,
    reason: string,
  ) {
    super(`Tag "# ${tag}": ${reason}`);
    this.name = 'TagError';
  }
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

function requireId(tag: string, value: string): string {
  if (!ID.test(value)) throw new TagError(tag, `"${value}" is not an id (letters, digits, - and _)`);
  return value;
}

function oneOf<T extends string>(tag: string, what: string, value: string, known: readonly T[]): T {
  const v = value.toLowerCase();
  if (!(known as readonly string[]).includes(v)) throw new TagError(tag, `unknown ${what} "${v}" (known: ${known.join(', ')})`);
  return v as T;
}

/** Parses one tag (without the leading '#'). Throws TagError on anything unknown or malformed. */
export function parseTag(raw: string): Cue {
  const tag = raw.trim();
  const colon = tag.indexOf(':');
  const name = (colon < 0 ? tag : tag.slice(0, colon)).trim().toLowerCase();
  const value = colon < 0 ? '' : tag.slice(colon + 1).trim();
  const needValue = (): string => {
    if (!value) throw new TagError(tag, `"${name}" needs a value`);
    return value;
  };
  switch (name) {
    case 'place':
      return { kind: 'place', id: requireId(tag, needValue()) };
    case 'actor':
      return { kind: 'actor', id: requireId(tag, needValue()) };
    case 'decision':
      return { kind: 'decision', id: requireId(tag, needValue()) };
    case 'option':
      return { kind: 'option', id: requireId(tag, needValue()) };
    case 'ending':
      return { kind: 'ending', id: requireId(tag, needValue()) };
    case 'quote':
      return { kind: 'quote', source: needValue() };
    case 'part':
      return { kind: 'part', id: requireId(tag, needValue()) };
    case 'sfx':
      return { kind: 'sfx', id: requireId(tag, needValue()) };
    case 'speculation':
      if (value) throw new TagError(tag, '"speculation" takes no value');
      return { kind: 'speculation' };
    case 'id': {
      const v = needValue();
      if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(v)) throw new TagError(tag, `"${v}" is not a line id (letters, digits, ., - and _)`);
      return { kind: 'id', id: v };
    }
    case 'presumes':
      return { kind: 'presumes', claims: parseClaims(tag, needValue()) };
    case 'people': {
      const ids = value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0)
        .map((s) => requireId(tag, s));
      return { kind: 'people', ids };
    }
    case 'mood': {
      const mood = needValue().toLowerCase();
      if (!(MOODS as readonly string[]).includes(mood)) {
        throw new TagError(tag, `unknown mood "${mood}" (known: ${MOODS.join(', ')})`);
      }
      return { kind: 'mood', mood: mood as Mood };
    }
    case 'weather':
      return { kind: 'weather', weather: oneOf(tag, 'weather', needValue(), WEATHERS) };
    case 'time':
      return { kind: 'time', time: oneOf(tag, 'time', needValue(), TIMES) };
    case 'view':
      return { kind: 'view', id: requireId(tag, needValue()) };
    case 'pose': {
      const poses = needValue()
        .split(',')
        .map((s) => s.trim().split(/\s+/))
        .map(([id = '', pose = '', ...rest]) => {
          if (!pose || rest.length > 0) throw new TagError(tag, `expected "ID POSE, ID POSE" (poses: ${POSES.join(', ')})`);
          return { id: requireId(tag, id), pose: oneOf(tag, 'pose', pose, POSES) };
        });
      return { kind: 'pose', poses };
    }
    case 'date': {
      const m = /^(\d{4}-\d{2}-\d{2})\s+(os|ns)$/i.exec(needValue());
      if (!m || !m[1] || !m[2]) throw new TagError(tag, 'expected "YYYY-MM-DD os" or "YYYY-MM-DD ns"');
      return { kind: 'date', iso: m[1], calendar: m[2].toLowerCase() as Calendar };
    }
    default:
      throw new TagError(tag, `unknown tag "${name}" (known: ${TAG_NAMES.join(', ')})`);
  }
}

/** "DP03 = escape, DP04d != bolsheviks/neutral": claims separated by commas, options by / (ink reads | itself). */
function parseClaims(tag: string, value: string): Claim[] {
  return value.split(',').map((part) => {
    const m = /^\s*([A-Za-z0-9][A-Za-z0-9_-]*)\s*(!=|=)\s*([A-Za-z0-9_/\s-]+?)\s*$/.exec(part);
    if (!m || !m[1] || !m[2] || !m[3])
      throw new TagError(tag, `"${part.trim()}" is not a claim like "DP03 = escape" or "DP05 != bolsheviks/independent"`);
    const options = m[3].split('/').map((o) => requireId(tag, o.trim()));
    return { decision: m[1], op: m[2] === '!=' ? '!=' : '=', options };
  });
}

export function parseTags(tags: readonly string[] | null | undefined): Cue[] {
  return (tags ?? []).map(parseTag);
}
