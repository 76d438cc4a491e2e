// Classroom mode as data: episodes, role cards and the teacher guide (validated), the class's votes,
// and the class debrief against history and against each faction's goals. No DOM, no storage.

import { isObj } from './guards.ts';
import { RecordError, type Content } from './record.ts';

export interface RoleCard {
  id: string;
  name: string;
  people: string[];
  who: string;
  goals: string[];
  fears: string[];
  knew: string[];
  /** the option this faction wanted at a decision */
  wants: Record<string, string>;
}

export interface Episode {
  id: string;
  title: string;
  part: string;
  minutes: { brief: number; play: number; debrief: number };
  objectives: string[];
  brief: string[];
  vocabulary: string[];
  decisions: string[];
  prompts: Record<string, string>;
  roles: RoleCard[];
  debrief: string[];
  hardMatters: string;
}

export interface GuideSection {
  id: string;
  heading: string;
  paragraphs: string[];
  list: string[];
}
export interface Guide {
  title: string;
  sections: GuideSection[];
}
export interface Classroom {
  episodes: Episode[];
  guide: Guide;
}

function strs(where: string, field: string, v: unknown, optional = false): string[] {
  if (v === undefined && optional) return [];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && x.trim() !== '')) {
    throw new RecordError(where, field, 'must be a list of non-empty strings');
  }
  return v as string[];
}
function str(where: string, field: string, v: unknown): string {
  if (typeof v !== 'string' || v.trim() === '') throw new RecordError(where, field, 'must be a non-empty string');
  return v;
}
function strMap(where: string, field: string, v: unknown): Record<string, string> {
  if (!isObj(v)) throw new RecordError(where, field, 'must be an object of strings');
  for (const [k, x] of Object.entries(v)) if (typeof x !== 'string') throw new RecordError(where, `${field}.${k}`, 'must be a string');
  return v as Record<string, string>;
}

/** Validates the classroom files against the story's content: every id they name must exist. */
export function validateClassroom(episodesRaw: unknown, guideRaw: unknown, content: Content, parts: readonly string[]): Classroom {
  if (!Array.isArray(episodesRaw)) throw new RecordError('classroom/episodes.json', '(file)', 'must be an array');
  const episodes = episodesRaw.map((raw, i): Episode => {
    if (!isObj(raw)) throw new RecordError(`classroom/episodes.json [${i}]`, '(entry)', 'must be an object');
    const where = `classroom/episodes.json, episode ${String(raw.id ?? i)}`;
    const m = raw.minutes;
    if (!isObj(m) || ![m.brief, m.play, m.debrief].every((n) => typeof n === 'number' && n > 0)) {
      throw new RecordError(where, 'minutes', 'must be { brief, play, debrief } in minutes');
    }
    const decisions = strs(where, 'decisions', raw.decisions);
    for (const d of decisions)
      if (!content.record.some((e) => e.id === d)) throw new RecordError(where, 'decisions', `"${d}" is not in the record`);
    const part = str(where, 'part', raw.part);
    if (!parts.includes(part)) throw new RecordError(where, 'part', `"${part}" is not a part of the chapter (no # part page turn)`);
    const vocabulary = strs(where, 'vocabulary', raw.vocabulary);
    for (const g of vocabulary)
      if (!content.glossary.some((e) => e.id === g)) throw new RecordError(where, 'vocabulary', `"${g}" is not in the glossary`);
    const prompts = strMap(where, 'prompts', raw.prompts);
    for (const d of decisions) if (!prompts[d]) throw new RecordError(where, `prompts.${d}`, 'every decision needs a discussion prompt');
    if (!Array.isArray(raw.roles) || raw.roles.length < 2) throw new RecordError(where, 'roles', 'needs at least two role cards');
    const roles = raw.roles.map((r, j): RoleCard => {
      if (!isObj(r)) throw new RecordError(where, `roles[${j}]`, 'must be an object');
      const rw = `${where}, role ${String(r.id ?? j)}`;
      const wants = strMap(rw, 'wants', r.wants ?? {});
      for (const [d, o] of Object.entries(wants)) {
        const entry = content.record.find((e) => e.id === d);
        if (!entry || !decisions.includes(d)) throw new RecordError(rw, `wants.${d}`, 'is not a decision of this episode');
        if (!entry.options.some((x) => x.id === o)) throw new RecordError(rw, `wants.${d}`, `"${o}" is not an option of ${d}`);
      }
      const people = strs(rw, 'people', r.people, true);
      for (const p of people) if (!content.people[p]) throw new RecordError(rw, 'people', `"${p}" is not in story/people/`);
      return {
        id: str(rw, 'id', r.id),
        name: str(rw, 'name', r.name),
        people,
        who: str(rw, 'who', r.who),
        goals: strs(rw, 'goals', r.goals),
        fears: strs(rw, 'fears', r.fears),
        knew: strs(rw, 'knew', r.knew),
        wants,
      };
    });
    return {
      id: str(where, 'id', raw.id),
      title: str(where, 'title', raw.title),
      part,
      minutes: { brief: Number(m.brief), play: Number(m.play), debrief: Number(m.debrief) },
      objectives: strs(where, 'objectives', raw.objectives),
      brief: strs(where, 'brief', raw.brief),
      vocabulary,
      decisions,
      prompts,
      roles,
      debrief: strs(where, 'debrief', raw.debrief),
      hardMatters: str(where, 'hardMatters', raw.hardMatters),
    };
  });
  if (!isObj(guideRaw) || !Array.isArray(guideRaw.sections)) throw new RecordError('classroom/guide.json', 'sections', 'must be an array');
  const guide: Guide = {
    title: str('classroom/guide.json', 'title', guideRaw.title),
    sections: guideRaw.sections.map((s, i) => {
      if (!isObj(s)) throw new RecordError(`classroom/guide.json [${i}]`, '(section)', 'must be an object');
      const w = `classroom/guide.json, section ${String(s.id ?? i)}`;
      return {
        id: str(w, 'id', s.id),
        heading: str(w, 'heading', s.heading),
        paragraphs: strs(w, 'paragraphs', s.paragraphs, true),
        list: strs(w, 'list', s.list, true),
      };
    }),
  };
  return { episodes, guide };
}

/** Votes per option id, as entered by the teacher. */
export type Tally = Record<string, number>;

/** The options with the most votes (more than one on a tie; none when nobody voted). */
export function leaders(tally: Tally): string[] {
  const max = Math.max(0, ...Object.values(tally));
  if (max <= 0) return [];
  return Object.entries(tally)
    .filter(([, n]) => n === max)
    .map(([o]) => o);
}

export interface FactionRow {
  role: string;
  name: string;
  /** per decision of the episode: did the class choose what this faction wanted (null: it wanted nothing in particular) */
  got: Record<string, boolean | null>;
  score: number;
  wanted: number;
}

/** How each faction fared: the class's choices against what each faction wanted. */
export function factionOutcomes(episode: Episode, chosen: Record<string, string>): FactionRow[] {
  return episode.roles.map((r) => {
    const got: Record<string, boolean | null> = {};
    let score = 0;
    let wanted = 0;
    for (const d of episode.decisions) {
      const want = r.wants[d];
      if (!want || !chosen[d]) got[d] = null;
      else {
        wanted++;
        got[d] = chosen[d] === want;
        if (got[d]) score++;
      }
    }
    return { role: r.id, name: r.name, got, score, wanted };
  });
}

/** A class session in progress: which episode, the class's votes and choices, and where it began. Plain data. */
export interface ClassProgress {
  episode: string;
  /** the teacher's tallies, per decision */
  votes: Record<string, Tally>;
  /** the option the class played, per decision */
  chosen: Record<string, string>;
  /** how many decisions the playthrough had taken when the episode began */
  from: number;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;
const MAX_VOTES = 10_000;

/** A map of ids to values, built without ever touching Object.prototype; null when any entry is bad. */
function idMap<T>(v: unknown, each: (x: unknown) => T | null): Record<string, T> | null {
  if (!isObj(v)) return null;
  const out: [string, T][] = [];
  for (const [k, x] of Object.entries(v)) {
    const val = each(x);
    if (!ID.test(k) || val === null) return null;
    out.push([k, val]);
  }
  return Object.fromEntries(out) as Record<string, T>;
}

/**
 * Reads a stored class session (storage is untrusted: edited, truncated, another version).
 * Returns null unless every field has its shape: ids, whole vote counts, a position.
 */
export function parseClassProgress(v: unknown): ClassProgress | null {
  if (!isObj(v) || typeof v.episode !== 'string' || !ID.test(v.episode)) return null;
  if (typeof v.from !== 'number' || !Number.isInteger(v.from) || v.from < 0) return null;
  const votes = idMap(v.votes, (t) =>
    idMap(t, (n) => (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_VOTES ? n : null)),
  );
  const chosen = idMap(v.chosen, (o) => (typeof o === 'string' && ID.test(o) ? o : null));
  if (!votes || !chosen) return null;
  return { episode: v.episode, votes, chosen, from: v.from };
}
