// The one tag parser: turns ink tags into typed cues and rejects anything it does not know.

import type { Calendar } from './calendar.ts';

export const MOODS = ['calm', 'tense', 'hopeful', 'grim', 'triumph'] as const;
export type Mood = (typeof MOODS)[number];

export type Cue =
  | { kind: 'place'; id: string }
  | { kind: 'date'; iso: string; calendar: Calendar }
  | { kind: 'people'; ids: string[] }
  | { kind: 'actor'; id: string }
  | { kind: 'mood'; mood: Mood }
  | { kind: 'decision'; id: string }
  | { kind: 'option'; id: string }
  | { kind: 'speculation' }
  | { kind: 'ending'; id: string }
  | { kind: 'quote'; source: string }
  | { kind: 'sfx'; id: string }
  | { kind: 'part'; id: string };

export type TagName = Cue['kind'];

/** The vocabulary, documented in story/README.md: the table there and this list must agree. */
export const TAG_NAMES: readonly TagName[] = [
  'place',
  'date',
  'people',
  'actor',
  'mood',
  'decision',
  'option',
  'speculation',
  'ending',
  'quote',
  'sfx',
  'part',
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
    case 'date': {
      const m = /^(\d{4}-\d{2}-\d{2})\s+(os|ns)$/i.exec(needValue());
      if (!m || !m[1] || !m[2]) throw new TagError(tag, 'expected "YYYY-MM-DD os" or "YYYY-MM-DD ns"');
      return { kind: 'date', iso: m[1], calendar: m[2].toLowerCase() as Calendar };
    }
    default:
      throw new TagError(tag, `unknown tag "${name}" (known: ${TAG_NAMES.join(', ')})`);
  }
}

export function parseTags(tags: readonly string[] | null | undefined): Cue[] {
  return (tags ?? []).map(parseTag);
}
