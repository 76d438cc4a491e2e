// The historical record and the story's reference data: types, and the one validator for each.
// A bad entry is a RecordError naming the file, the entry and the field.

import { isObj, type Obj } from './guards.ts';
import { NO_PATH_RULES, readPathRules, type PathRules } from './path-rules.ts';
import { RecordError } from './record-error.ts';
import { isConsistent, parseIsoDay, type DualDate } from './calendar.ts';
import { POSES, TIMES, WEATHERS, type Pose, type TimeOfDay, type Weather } from './tags.ts';

export interface Option {
  id: string;
  label: string;
  detail: string;
  /** for an option history did not take: one restrained line on what might have followed (speculation) */
  whatIf: string;
}
/** A voice of the time: the case one side made, in a short speech written for the game. */
export interface Voice {
  who: string;
  /** who speaks, as the card heads it: "Martov and his supporters" */
  label: string;
  speech: string;
  /** a short real quotation inside the case, marked and cited */
  quote: { text: string; source: string } | null;
}
export interface Source {
  title: string;
  kind: 'chapter' | 'primary' | 'secondary';
  url?: string;
}
export interface OtherActor {
  who: string;
  did: string;
}
export interface Contested {
  reading: string;
  heldBy: string;
}
export interface Correction {
  chapterSays: string;
  record: string;
  source: string;
}
export interface RecordEntry {
  id: string;
  title: string;
  date: DualDate;
  place: string;
  actor: string;
  question: string;
  options: Option[];
  chosen: string;
  followed: string;
  /** one line on why the decision mattered, for the verdict's summary ('' when the entry has none) */
  mattered: string;
  others: OtherActor[];
  sources: Source[];
  contested: Contested[];
  corrections: Correction[];
  voices: Voice[];
  /** one question for a class to discuss */
  discuss: string;
}
export interface Ending {
  id: string;
  title: string;
  historical: boolean;
  summary: string;
}
/** The backgrounds the stage can draw; a place's `art` must be one of them (each is drawn for at most three places). */
export const ART_KINDS = [
  'garden', 'workroom', 'cell', 'taiga', 'hut', 'terrace', 'warehouse', 'street', 'hall', 'parlour', 'lake',
  'office', 'flat', 'salon', 'avenue', 'lecture', 'facade', 'colonnade', 'court', 'visiting', 'cafe', 'press',
  'alpine', 'foundry', 'quay', 'railway', 'fortress', 'station', 'circus', 'field', 'corridor',
] as const; // prettier-ignore
export type ArtKind = (typeof ART_KINDS)[number];
/** What a place's text points at, drawn on its background: a place's `landmarks` come from this list. */
export const LANDMARKS = [
  'samovar', 'icon', 'lamp', 'books', 'letter', 'suitcases', 'cradle', 'newspapers', 'rifles', 'banners',
  'portrait', 'map', 'domes', 'birches', 'skyline', 'admiralty', 'huts', 'reindeer', 'river', 'car',
  'balcony', 'dark', 'trams', 'troops', 'bench', 'bell', 'dome', 'chandeliers', 'gate', 'winter-palace',
] as const; // prettier-ignore
export type Landmark = (typeof LANDMARKS)[number];

/** How a place (or one view of it) is drawn: background, landmarks, default hour and sky, the actor's default pose. */
export interface PlaceLook {
  art: ArtKind;
  landmarks: Landmark[];
  time: TimeOfDay;
  weather: Weather;
  /** what the actor does here unless a `# pose:` says otherwise */
  pose: Pose | null;
}

export interface Place extends PlaceLook {
  name: string;
  city: string;
  country: string;
  lat: number;
  lon: number;
  /** other views of the same place (a palace's courtyard, a prison's gate), chosen by `# view:` */
  views: Record<string, PlaceLook>;
}
export interface Person {
  name: string;
  short: string;
  look: string;
  /** birth date, New Style (YYYY-MM-DD), when known: ages are computed from it, never written */
  born?: string;
  /** one line on who this is, for people and groups the glossary does not explain (the cast list) */
  about?: string;
}
/** What a reader is told about a term or person, as known on `from` (New Style date); never later. */
export interface GlossaryEntry {
  id: string;
  term: string;
  /** words in the story text that link to this entry (first appearance) */
  match: string[];
  from: string;
  text: string;
}

/** The chapter as a whole: its title, whose life it follows, the timeline's range and the music's eras. */
export interface Chapter {
  title: string;
  /** the player's character: birth and death (New Style), for ages and the timeline */
  protagonist: { id: string; born: string; died: string };
  /** the timeline band under the stage: first and last year, and the years labelled */
  timeline: { from: number; to: number; labels: number[] };
  /** music eras in order: each starts at a month (YYYY-MM, the scene's calendar) and lasts until the next */
  music: { from: string; era: string }[];
}

/** A decision point as the engine needs it while playing: which options exist, which history took. */
export interface DecisionIndex {
  id: string;
  /** New Style date, for the timeline */
  date: string;
  options: string[];
  chosen: string;
}

/**
 * What the engine needs to play and check the story: small enough to ship with the first
 * screen. The full record and the glossary follow in a chunk of their own.
 */
export interface ContentIndex {
  chapter: Chapter;
  decisions: DecisionIndex[];
  endings: Ending[];
  places: Record<string, Place>;
  people: Record<string, Person>;
}

/** Everything the story refers to by id, validated together. */
export interface Content extends ContentIndex {
  record: RecordEntry[];
  glossary: GlossaryEntry[];
  /** the protagonist's path along the player's choices, for the cast list (story/protagonist.json) */
  protagonistPath: PathRules;
}

export function indexOf(content: Content): ContentIndex {
  return {
    chapter: content.chapter,
    decisions: content.decisions,
    endings: content.endings,
    places: content.places,
    people: content.people,
  };
}

export { RecordError };

class Reader {
  constructor(
    readonly where: string,
    readonly obj: Obj,
  ) {}
  fail(field: string, reason: string): never {
    throw new RecordError(this.where, field, reason);
  }
  str(field: string, opts: { optional?: boolean } = {}): string {
    const v = this.obj[field];
    if (v === undefined && opts.optional) return '';
    if (typeof v !== 'string' || v.trim() === '') this.fail(field, 'must be a non-empty string');
    return v;
  }
  num(field: string): number {
    const v = this.obj[field];
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(field, 'must be a number');
    return v;
  }
  bool(field: string): boolean {
    const v = this.obj[field];
    if (typeof v !== 'boolean') this.fail(field, 'must be true or false');
    return v;
  }
  arr(field: string): unknown[] {
    const v = this.obj[field];
    if (!Array.isArray(v)) this.fail(field, 'must be an array');
    return v;
  }
  objs<T>(field: string, each: (r: Reader, i: number) => T): T[] {
    return this.arr(field).map((item, i) => {
      if (!isObj(item)) this.fail(`${field}[${i}]`, 'must be an object');
      return each(new Reader(this.where, item), i);
    });
  }
}

function readEntry(raw: unknown, where: string): RecordEntry {
  if (!isObj(raw)) throw new RecordError(where, '(entry)', 'must be an object');
  const id = typeof raw.id === 'string' ? raw.id : '';
  const r = new Reader(id ? `${where}, entry ${id}` : where, raw);
  r.str('id');
  const dateRaw = raw.date;
  if (!isObj(dateRaw)) throw new RecordError(r.where, 'date', 'must be { "os": "YYYY-MM-DD", "ns": "YYYY-MM-DD" }');
  const date = { os: String(dateRaw.os ?? ''), ns: String(dateRaw.ns ?? '') };
  if (!parseIsoDay(date.os)) r.fail('date.os', `"${date.os}" is not a YYYY-MM-DD date`);
  if (!parseIsoDay(date.ns)) r.fail('date.ns', `"${date.ns}" is not a YYYY-MM-DD date`);
  if (!isConsistent(date)) r.fail('date', `${date.os} (Old Style) is not ${date.ns} (New Style)`);
  const options = r.objs('options', (o, i) => {
    const opt = { id: o.str('id'), label: o.str('label'), detail: o.str('detail'), whatIf: o.str('whatIf', { optional: true }) };
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(opt.id)) r.fail(`options[${i}].id`, `"${opt.id}" is not an id`);
    return opt;
  });
  if (options.length < 2) r.fail('options', 'needs at least two options');
  const ids = options.map((o) => o.id);
  if (new Set(ids).size !== ids.length) r.fail('options', 'option ids must be unique');
  const chosen = r.str('chosen');
  if (!ids.includes(chosen)) r.fail('chosen', `"${chosen}" is not one of the options (${ids.join(', ')})`);
  const sources = r.objs('sources', (s, i) => {
    const kind = s.str('kind');
    if (kind !== 'chapter' && kind !== 'primary' && kind !== 'secondary') {
      throw new RecordError(r.where, `sources[${i}].kind`, 'must be "chapter", "primary" or "secondary"');
    }
    const url = s.str('url', { optional: true });
    if (url && !/^https?:\/\//.test(url)) r.fail(`sources[${i}].url`, 'must start with http:// or https://');
    const src: Source = { title: s.str('title'), kind };
    if (url) src.url = url;
    return src;
  });
  if (sources.length < 2) r.fail('sources', 'needs at least two sources');
  if (!sources.some((s) => s.kind === 'chapter')) r.fail('sources', 'needs the chapter among its sources');
  if (!sources.some((s) => s.kind !== 'chapter')) r.fail('sources', 'needs a source besides the chapter');
  return {
    id: r.str('id'),
    title: r.str('title'),
    date,
    place: r.str('place'),
    actor: r.str('actor'),
    question: r.str('question'),
    options,
    chosen,
    followed: r.str('followed'),
    mattered: r.str('mattered', { optional: true }),
    others: r.objs('others', (o) => ({ who: o.str('who'), did: o.str('did') })),
    sources,
    contested: r.objs('contested', (o) => ({ reading: o.str('reading'), heldBy: o.str('heldBy') })),
    corrections: r.objs('corrections', (o) => ({
      chapterSays: o.str('chapterSays'),
      record: o.str('record'),
      source: o.str('source'),
    })),
    voices:
      raw.voices === undefined
        ? []
        : r.objs('voices', (o) => {
            const q = o.obj.quote;
            let quote: Voice['quote'] = null;
            if (q !== undefined && q !== null) {
              if (!isObj(q)) throw new RecordError(o.where, 'voices[].quote', 'must be { "text", "source" } or null');
              const qr = new Reader(o.where, q);
              quote = { text: qr.str('text'), source: qr.str('source') };
            }
            return { who: o.str('who'), label: o.str('label'), speech: o.str('speech'), quote };
          }),
    discuss: r.str('discuss', { optional: true }),
  };
}

/** Merges files of objects keyed by id; an id defined in two files is an error naming both. */
function readMaps<T>(files: Record<string, unknown>, each: (r: Reader) => T): Record<string, T> {
  const out: Record<string, T> = {};
  const from: Record<string, string> = {};
  for (const [file, raw] of Object.entries(files)) {
    if (!isObj(raw)) throw new RecordError(file, '(file)', 'must be an object keyed by id');
    for (const [id, v] of Object.entries(raw)) {
      if (!isObj(v)) throw new RecordError(`${file}, ${id}`, '(entry)', 'must be an object');
      if (from[id]) throw new RecordError(`${file}, ${id}`, 'id', `is already defined in ${from[id]}`);
      from[id] = file;
      out[id] = each(new Reader(`${file}, ${id}`, v));
    }
  }
  return out;
}

/** One of a list of known words, or the default when the field is absent. */
function pick<T extends string>(r: Reader, field: string, shown: string, known: readonly T[], dflt: T | null): T | null {
  const v = r.obj[field];
  if (v === undefined && dflt !== undefined) return dflt;
  if (typeof v !== 'string' || !(known as readonly string[]).includes(v))
    r.fail(shown, `"${String(v)}" is not known (known: ${known.join(', ')})`);
  return v as T;
}

/** A place's look: `art` (required), `landmarks`, `time`, `weather`, `pose` (optional). */
function readLook(r: Reader, prefix: string): PlaceLook {
  const marks = r.obj.landmarks ?? [];
  if (!Array.isArray(marks)) r.fail(`${prefix}landmarks`, 'must be an array');
  const landmarks = marks.map((m, i): Landmark => {
    if (typeof m !== 'string' || !(LANDMARKS as readonly string[]).includes(m))
      r.fail(`${prefix}landmarks[${i}]`, `"${String(m)}" has no drawing (known: ${LANDMARKS.join(', ')})`);
    return m as Landmark;
  });
  const art = r.obj.art;
  if (typeof art !== 'string' || !(ART_KINDS as readonly string[]).includes(art))
    r.fail(`${prefix}art`, `"${String(art)}" has no drawing (known: ${ART_KINDS.join(', ')})`);
  return {
    art: art as ArtKind,
    landmarks,
    time: pick(r, 'time', `${prefix}time`, TIMES, 'day') ?? 'day',
    weather: pick(r, 'weather', `${prefix}weather`, WEATHERS, 'clear') ?? 'clear',
    pose: pick(r, 'pose', `${prefix}pose`, POSES, null),
  };
}

export interface RawContent {
  /** story/chapter.json */
  chapter: unknown;
  /** story/protagonist.json, if the chapter has one */
  protagonist?: unknown;
  /** record files by name, each an array of entries */
  record: Record<string, unknown>;
  endings: unknown;
  /** places files by name, each an object keyed by place id */
  places: Record<string, unknown>;
  /** people files by name, each an object keyed by person id */
  people: Record<string, unknown>;
  /** glossary files by name, each an array of entries */
  glossary: Record<string, unknown>;
}

function readGlossary(files: Record<string, unknown>): GlossaryEntry[] {
  const out: GlossaryEntry[] = [];
  const seen = new Set<string>();
  for (const [file, raw] of Object.entries(files)) {
    if (!Array.isArray(raw)) throw new RecordError(file, '(file)', 'must be an array of entries');
    raw.forEach((e, i) => {
      if (!isObj(e)) throw new RecordError(`${file} [${i}]`, '(entry)', 'must be an object');
      const r = new Reader(`${file}, ${typeof e.id === 'string' ? e.id : `[${i}]`}`, e);
      const match = r.arr('match');
      if (!match.every((m) => typeof m === 'string' && m.trim().length > 1)) r.fail('match', 'must be words (strings)');
      const entry = { id: r.str('id'), term: r.str('term'), match: match as string[], from: r.str('from'), text: r.str('text') };
      if (!parseIsoDay(entry.from)) r.fail('from', `"${entry.from}" is not a YYYY-MM-DD date (New Style)`);
      const key = `${entry.id}@${entry.from}`;
      if (seen.has(key)) r.fail('from', `${entry.id} already has an entry from ${entry.from}`);
      seen.add(key);
      out.push(entry);
    });
  }
  return out;
}

/** The glossary text for `id` as known on `date` (New Style ISO); null when nothing is known yet. */
export function glossaryAt(content: Content, id: string, date: string): GlossaryEntry | null {
  let best: GlossaryEntry | null = null;
  for (const e of content.glossary) {
    if (e.id === id && e.from <= date && (!best || e.from > best.from)) best = e;
  }
  return best;
}

/** Validates all content and the references between its parts. Throws RecordError on the first fault. */
function readChapter(raw: unknown): Chapter {
  const where = 'chapter.json';
  if (!isObj(raw)) throw new RecordError(where, '(file)', 'must be an object');
  const r = new Reader(where, raw);
  const p = raw.protagonist;
  if (!isObj(p)) return r.fail('protagonist', 'must be { "id", "born", "died" }');
  const pr = new Reader(where, p);
  const protagonist = { id: pr.str('id'), born: pr.str('born'), died: pr.str('died') };
  for (const f of ['born', 'died'] as const) {
    if (!parseIsoDay(protagonist[f])) r.fail(`protagonist.${f}`, `"${protagonist[f]}" is not a YYYY-MM-DD date`);
  }
  const t = raw.timeline;
  if (!isObj(t)) return r.fail('timeline', 'must be { "from", "to", "labels" }');
  const tr = new Reader(where, t);
  const timeline = {
    from: tr.num('from'),
    to: tr.num('to'),
    labels: tr.arr('labels').map((y, i): number => {
      if (typeof y !== 'number' || !Number.isInteger(y)) return r.fail(`timeline.labels[${i}]`, 'must be a year');
      return y;
    }),
  };
  if (!(timeline.from < timeline.to)) r.fail('timeline', '"from" must come before "to"');
  if (timeline.labels.some((y) => y < timeline.from || y > timeline.to))
    r.fail('timeline.labels', 'every label must lie between "from" and "to"');
  const music = r.objs('music', (m, i) => {
    const from = m.str('from');
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(from)) r.fail(`music[${i}].from`, `"${from}" is not a YYYY-MM month`);
    return { from, era: m.str('era') };
  });
  if (music.length === 0) r.fail('music', 'needs at least one era');
  for (let i = 1; i < music.length; i++) {
    if ((music[i]?.from ?? '') <= (music[i - 1]?.from ?? '')) r.fail(`music[${i}].from`, 'eras must be in order of time');
  }
  return { title: r.str('title'), protagonist, timeline, music };
}

/** The music era of a scene's month: the last era that began on or before it. */
export function eraAt(chapter: Chapter, year: number, month: number): string {
  const at = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  let era = chapter.music[0]?.era ?? '';
  for (const m of chapter.music) if (m.from <= at) era = m.era;
  return era;
}

export function validateContent(raw: RawContent): Content {
  const chapter = readChapter(raw.chapter);
  const places = readMaps(raw.places, (r) => {
    const views: Record<string, PlaceLook> = {};
    const rawViews = r.obj.views ?? {};
    if (!isObj(rawViews)) r.fail('views', 'must be an object keyed by view id');
    for (const [id, v] of Object.entries(rawViews)) {
      if (!isObj(v)) r.fail(`views.${id}`, 'must be an object');
      views[id] = readLook(new Reader(r.where, v), `views.${id}.`);
    }
    return {
      name: r.str('name'),
      city: r.str('city'),
      country: r.str('country'),
      lat: r.num('lat'),
      lon: r.num('lon'),
      ...readLook(r, ''),
      views,
    };
  });
  const people = readMaps(raw.people, (r): Person => {
    const person: Person = { name: r.str('name'), short: r.str('short'), look: r.str('look') };
    const born = r.str('born', { optional: true });
    if (born) {
      if (!parseIsoDay(born, 'ns')) r.fail('born', `"${born}" is not a YYYY-MM-DD date (New Style)`);
      person.born = born;
    }
    const about = r.str('about', { optional: true });
    if (about) person.about = about;
    return person;
  });
  const glossary = readGlossary(raw.glossary);
  if (!Array.isArray(raw.endings)) throw new RecordError('record/endings.json', '(file)', 'must be an array');
  const endings = raw.endings.map((e, i) => {
    if (!isObj(e)) throw new RecordError(`record/endings.json, item ${i}`, '(entry)', 'must be an object');
    const r = new Reader(`record/endings.json, ending ${String(e.id ?? i)}`, e);
    return { id: r.str('id'), title: r.str('title'), historical: r.bool('historical'), summary: r.str('summary') };
  });
  const record: RecordEntry[] = [];
  for (const [file, entries] of Object.entries(raw.record)) {
    if (!Array.isArray(entries)) throw new RecordError(file, '(file)', 'must be an array of entries');
    entries.forEach((e, i) => record.push(readEntry(e, `${file} [${i}]`)));
  }
  const seen = new Set<string>();
  for (const e of record) {
    const where = `record, entry ${e.id}`;
    if (seen.has(e.id)) throw new RecordError(where, 'id', 'is used by more than one entry');
    seen.add(e.id);
    if (!places[e.place]) throw new RecordError(where, 'place', `"${e.place}" is not in story/places/`);
    if (!people[e.actor]) throw new RecordError(where, 'actor', `"${e.actor}" is not in story/people/`);
    e.others.forEach((o, i) => {
      if (!people[o.who]) throw new RecordError(where, `others[${i}].who`, `"${o.who}" is not in story/people/`);
    });
    e.voices.forEach((v, i) => {
      if (!people[v.who]) throw new RecordError(where, `voices[${i}].who`, `"${v.who}" is not in story/people/`);
    });
  }
  const endingIds = new Set<string>();
  for (const e of endings) {
    if (endingIds.has(e.id)) throw new RecordError(`record/endings.json, ending ${e.id}`, 'id', 'is used twice');
    endingIds.add(e.id);
  }
  const decisions = record.map((e) => ({ id: e.id, date: e.date.ns, options: e.options.map((o) => o.id), chosen: e.chosen }));
  if (!people[chapter.protagonist.id])
    throw new RecordError('chapter.json', 'protagonist.id', `"${chapter.protagonist.id}" is not in story/people/`);
  const protagonistPath =
    raw.protagonist === undefined
      ? NO_PATH_RULES
      : readPathRules(raw.protagonist, places, new Map(decisions.map((d) => [d.id, d.options])));
  return { chapter, record, decisions, endings, places, people, glossary, protagonistPath };
}

export function entryById(content: Content, id: string): RecordEntry | undefined {
  return content.record.find((e) => e.id === id);
}
