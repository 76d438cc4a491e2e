// Classroom mode as data: episodes, role cards and the teacher guide (validated), the class's votes,
// and the class debrief against history and against each faction's goals. No DOM, no storage.

import type { DecisionTaken } from './checker.ts';
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
  /** what the faction wants at each decision, in words a student can act on (printed on the card, scored in the debrief) */
  aims: Record<string, string>;
  /** undecided delegates: no goal of their own at the votes; `aims` says what would win them */
  swing: boolean;
}

/** A vote that history settled by a body's vote: each faction's seats carry the weight it had. */
export interface BodyVote {
  /** the body, as the class sees it: 'The congress (51 votes)' */
  name: string;
  /** seats (whole votes) per role card; a faction with 0 seats is absent (walked out) */
  seats: Record<string, number>;
  /** the outcomes the body chooses between (options of the decision) */
  options: string[];
  /** the outcome a tie gives (the motion fails, the chair's casting vote) */
  onTie: string;
}

/** What the class reads on the path a lesson follows (the full text stays available). */
export interface LessonPath {
  /** the brief read out in the lesson (the full brief is one click away) */
  brief: string[];
  /** decisions whose 'voices of the time' are read aloud in the lesson */
  voices: string[];
}

export interface Episode {
  id: string;
  title: string;
  part: string;
  /** the day the brief is set (New Style): its word list gives each word as known that day */
  date: string;
  minutes: { brief: number; play: number; debrief: number };
  objectives: string[];
  brief: string[];
  vocabulary: string[];
  decisions: string[];
  prompts: Record<string, string>;
  roles: RoleCard[];
  debrief: string[];
  hardMatters: string;
  /** votes decided by a body, keyed by decision; every other decision is one person's, advised by the class */
  bodies: Record<string, BodyVote>;
  lesson: LessonPath;
  /** a short written check at the end of the lesson */
  exitTicket: string[];
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

function isoDate(where: string, v: unknown): string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new RecordError(where, 'date', 'must be a New Style date, YYYY-MM-DD');
  return v;
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
      const swing = r.swing === true;
      const aims = strMap(rw, 'aims', r.aims ?? {});
      for (const d of Object.keys(aims))
        if (!decisions.includes(d)) throw new RecordError(rw, `aims.${d}`, 'is not a decision of this episode');
      for (const d of Object.keys(wants))
        if (!aims[d])
          throw new RecordError(rw, `aims.${d}`, 'a card must say in words what the faction wants at each vote it is scored on');
      if (swing && Object.keys(wants).length > 0)
        throw new RecordError(rw, 'wants', 'undecided delegates have no goal of their own to be scored on');
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
        aims,
        swing,
      };
    });
    const roleIds = roles.map((r) => r.id);
    const bodiesRaw = raw.bodies ?? {};
    if (!isObj(bodiesRaw)) throw new RecordError(where, 'bodies', 'must be an object keyed by decision');
    const bodies: Record<string, BodyVote> = {};
    for (const [d, b] of Object.entries(bodiesRaw)) {
      const bw = `${where}, bodies.${d}`;
      const entry = content.record.find((e) => e.id === d);
      if (!entry || !decisions.includes(d)) throw new RecordError(bw, '(key)', 'is not a decision of this episode');
      if (!isObj(b) || !isObj(b.seats)) throw new RecordError(bw, 'seats', 'must be an object of seats per role');
      const seats: Record<string, number> = {};
      for (const [role, n] of Object.entries(b.seats)) {
        if (!roleIds.includes(role)) throw new RecordError(bw, `seats.${role}`, 'is not a role card of this episode');
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
          throw new RecordError(bw, `seats.${role}`, 'must be a whole number of seats');
        seats[role] = n;
      }
      const options = strs(bw, 'options', b.options);
      for (const o of options)
        if (!entry.options.some((x) => x.id === o)) throw new RecordError(bw, 'options', `"${o}" is not an option of ${d}`);
      const onTie = str(bw, 'onTie', b.onTie);
      if (!options.includes(onTie)) throw new RecordError(bw, 'onTie', "must be one of the body's options");
      bodies[d] = { name: str(bw, 'name', b.name), seats, options, onTie };
    }
    const lessonRaw = raw.lesson;
    if (!isObj(lessonRaw)) throw new RecordError(where, 'lesson', 'must be { brief, voices }');
    const lesson: LessonPath = {
      brief: strs(where, 'lesson.brief', lessonRaw.brief),
      voices: strs(where, 'lesson.voices', lessonRaw.voices, true),
    };
    for (const d of lesson.voices)
      if (!decisions.includes(d)) throw new RecordError(where, 'lesson.voices', `"${d}" is not a decision of this episode`);
    return {
      id: str(where, 'id', raw.id),
      title: str(where, 'title', raw.title),
      part,
      date: isoDate(where, raw.date),
      minutes: { brief: Number(m.brief), play: Number(m.play), debrief: Number(m.debrief) },
      objectives: strs(where, 'objectives', raw.objectives),
      brief: strs(where, 'brief', raw.brief),
      vocabulary,
      decisions,
      prompts,
      roles,
      debrief: strs(where, 'debrief', raw.debrief),
      hardMatters: str(where, 'hardMatters', raw.hardMatters),
      bodies,
      lesson,
      exitTicket: strs(where, 'exitTicket', raw.exitTicket),
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

/** The key under which a faction's students who hold back their vote are counted. */
export const ABSTAIN = 'abstain';

/** Hands raised by each faction's students, per option (and ABSTAIN), keyed by role. */
export type FactionHands = Record<string, Tally>;

export interface BodyResult {
  /** whole seats per option (and ABSTAIN): each faction's seats shared out by its students' hands */
  seats: Record<string, number>;
  /** the outcome the body chose */
  winner: string;
  /** the winner came from the tie rule */
  tie: boolean;
  /** seats between the winner and the next option */
  margin: number;
  /** a close vote: a margin of two seats or less, or under a tenth of the seats cast */
  narrow: boolean;
  /** seats cast for an option (not held back) */
  cast: number;
  /** whether any student voted at all (with no hands, nothing is decided) */
  voted: boolean;
}

/**
 * The game's rule for a body's vote. Each faction's seats are shared out among the options in
 * proportion to its students' hands, in whole seats (largest remainder; a faction with no hands
 * holds its seats back). The option with most seats wins; a tie gives the body's `onTie` outcome.
 */
export function bodyResult(body: BodyVote, hands: FactionHands): BodyResult {
  const keys = [...body.options, ABSTAIN];
  const seats: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
  let voted = false;
  for (const [role, n] of Object.entries(body.seats)) {
    const h = hands[role] ?? {};
    const counts = keys.map((k) => Math.max(0, Math.floor(h[k] ?? 0)));
    const total = counts.reduce((a, b) => a + b, 0);
    if (total === 0) {
      seats[ABSTAIN] = (seats[ABSTAIN] ?? 0) + n;
      continue;
    }
    voted = true;
    const quotas = counts.map((c) => (n * c) / total);
    const whole = quotas.map((q) => Math.floor(q));
    let left = n - whole.reduce((a, b) => a + b, 0);
    const order = quotas.map((q, i) => ({ i, r: q - Math.floor(q) })).sort((a, b) => b.r - a.r || a.i - b.i);
    for (const { i } of order) {
      if (left <= 0) break;
      whole[i] = (whole[i] ?? 0) + 1;
      left--;
    }
    keys.forEach((k, i) => (seats[k] = (seats[k] ?? 0) + (whole[i] ?? 0)));
  }
  const ranked = [...body.options].sort((a, b) => (seats[b] ?? 0) - (seats[a] ?? 0));
  const top = seats[ranked[0] ?? ''] ?? 0;
  const tied = body.options.filter((o) => (seats[o] ?? 0) === top);
  const tie = tied.length > 1;
  const winner = tie ? (tied.includes(body.onTie) ? body.onTie : (tied[0] ?? body.onTie)) : (ranked[0] ?? body.onTie);
  const second = Math.max(0, ...body.options.filter((o) => o !== winner).map((o) => seats[o] ?? 0));
  const margin = (seats[winner] ?? 0) - second;
  const cast = body.options.reduce((a, o) => a + (seats[o] ?? 0), 0);
  return { seats, winner, tie, margin, narrow: margin <= Math.max(2, cast / 10), cast, voted };
}

export interface FactionRow {
  role: string;
  name: string;
  /** per decision of the episode: did the class choose what this faction wanted (null: it wanted nothing in particular) */
  got: Record<string, boolean | null>;
  score: number;
  wanted: number;
}

/** How each faction fared: the class's choices against what each faction's card says it wants at each vote. */
export function factionOutcomes(episode: Episode, chosen: Record<string, string>): FactionRow[] {
  // undecided delegates have no goals of their own to be scored on
  return episode.roles
    .filter((r) => !r.swing)
    .map((r) => {
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
  /** the class's name as the teacher gave it ('9B, Tuesday'): several classes keep their sessions apart */
  name: string;
  /** the teacher's tallies, per decision */
  votes: Record<string, Tally>;
  /** at a body's vote: the hands of each faction's students, per decision */
  hands: Record<string, FactionHands>;
  /** the option the class played, per decision */
  chosen: Record<string, string>;
  /** how many decisions the playthrough had taken when the episode began */
  from: number;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;
const MAX_VOTES = 10_000;
const MAX_NAME = 60;

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
  const count = (n: unknown) => (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_VOTES ? n : null);
  // sessions stored before body votes have no hands
  const hands = v.hands === undefined ? {} : idMap(v.hands, (d) => idMap(d, (t) => idMap(t, count)));
  if (!votes || !chosen || !hands) return null;
  const name = typeof v.name === 'string' ? v.name.trim().slice(0, MAX_NAME) : '';
  return { episode: v.episode, name, votes, chosen, hands, from: v.from };
}

/** One row of the class's votes: an option at a decision, its count, and the class's reason. */
export interface ClassVoteRow {
  decision: string;
  title: string;
  /** a body's vote (seats) or advice to one person (hands) */
  body: boolean;
  option: string;
  label: string;
  /** seats at a body's vote, hands otherwise */
  count: number;
  /** the class played this option */
  chosen: boolean;
  /** history's option */
  history: boolean;
  /** the class's reason, on the row of the option it played */
  reason: string;
}

/** The class's votes with readable labels, from the record: for the debrief, print and CSV. */
export function classVoteRows(
  e: Episode,
  content: Pick<Content, 'record'>,
  progress: ClassProgress,
  taken: readonly DecisionTaken[],
): ClassVoteRow[] {
  const rows: ClassVoteRow[] = [];
  for (const d of e.decisions) {
    const entry = content.record.find((r) => r.id === d);
    if (!entry) continue;
    const tally = progress.votes[d] ?? {};
    const chosen = progress.chosen[d];
    const reason = taken.filter((t) => t.decision === d).pop()?.reason ?? '';
    const body = e.bodies[d];
    const options = body ? body.options : entry.options.map((o) => o.id);
    for (const o of options) {
      rows.push({
        decision: d,
        title: entry.title,
        body: body !== undefined,
        option: o,
        label: entry.options.find((x) => x.id === o)?.label ?? o,
        count: tally[o] ?? 0,
        chosen: chosen === o,
        history: entry.chosen === o,
        reason: chosen === o ? reason : '',
      });
    }
  }
  return rows;
}

function csvCell(v: string | number | boolean): string {
  let s = String(v);
  // a cell starting with = + - @ could run as a formula in a spreadsheet: keep it as text
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The votes as CSV; the header and the words for yes/no and the kind of vote come from the views. */
export function classVotesCsv(
  rows: readonly ClassVoteRow[],
  words: { header: readonly string[]; body: string; advice: string; yes: string; no: string },
): string {
  const lines = [words.header.map(csvCell).join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.decision,
        r.title,
        r.body ? words.body : words.advice,
        r.option,
        r.label,
        r.count,
        r.chosen ? words.yes : words.no,
        r.history ? words.yes : words.no,
        r.reason,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
