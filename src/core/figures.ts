// How people look on stage: story/figures/*.json, one entry per person of story/people/ (or a type of person
// that crowds are made of), validated at build time. A bad entry is a RecordError naming file, entry and field.

import { parseIsoDay } from './calendar.ts';
import { isObj, type Obj } from './guards.ts';
import { RecordError } from './record.ts';

export const HAIRS = ['bald', 'wavy', 'swept', 'short', 'untidy', 'thinning', 'bun', 'cropped', 'wig', 'curly'] as const;
export const BEARDS = ['none', 'pointed', 'goatee', 'full', 'bushy', 'scraggly', 'neat', 'walrus'] as const;
export const HATS = ['none', 'bowler', 'cap', 'soft', 'peaked', 'sailor', 'fur', 'kerchief', 'hood'] as const;
export const COATS = ['jacket', 'frock', 'dress', 'tunic', 'blouse', 'greatcoat', 'robe'] as const;
export const PROPS = ['none', 'paper', 'cigarette', 'rifle', 'book', 'pipe', 'banner', 'pole'] as const;
/** the palette's named colours a detail may take */
export const TONES = ['ink', 'ink2', 'red', 'ochre', 'ochreLight', 'grey', 'paper', 'green', 'khaki', 'navy'] as const;

export type Hair = (typeof HAIRS)[number];
export type Beard = (typeof BEARDS)[number];
export type Hat = (typeof HATS)[number];
export type Coat = (typeof COATS)[number];
export type Prop = (typeof PROPS)[number];
export type Tone = (typeof TONES)[number];

export interface FigureSpec {
  /** standing height, 100 = an average man */
  height: number;
  /** body width factor, 1 = average */
  build: number;
  stoop: number;
  hair: Hair;
  hairTone: Tone;
  beard: Beard;
  beardTone: Tone;
  moustache: boolean;
  brows: boolean;
  pinceNez: boolean;
  spectacles: boolean;
  hat: Hat;
  coat: Coat;
  coatTone: Tone;
  waistcoat: boolean;
  tie: Tone | null;
  shawl: boolean;
  armband: Tone | null;
  /** a sash across the body: a mark for a figure guessed from a description */
  sash: Tone | null;
  prop: Prop;
  woman: boolean;
}

/** A change of look over a span of dates (New Style, inclusive): Lenin shaved and in a wig, a beard grown. */
export interface Look {
  from: string;
  to: string;
  change: Partial<FigureSpec>;
}

export interface Figure {
  spec: FigureSpec;
  looks: Look[];
  /** for a group (`"crowd": ["worker", "soldier"]`): the figures it is made of, and how many stand on stage at most */
  crowd: { of: string[]; most: number } | null;
  /** seen only as a picture on the wall (the Tsar): drawn as a framed portrait, not a person on the floor */
  portrait: boolean;
}

export type Figures = Record<string, Figure>;

export const MAN: FigureSpec = {
  height: 100,
  build: 1,
  stoop: 0,
  hair: 'short',
  hairTone: 'ink',
  beard: 'none',
  beardTone: 'ink',
  moustache: false,
  brows: false,
  pinceNez: false,
  spectacles: false,
  hat: 'none',
  coat: 'jacket',
  coatTone: 'ink',
  waistcoat: false,
  tie: 'ink',
  shawl: false,
  armband: null,
  sash: null,
  prop: 'none',
  woman: false,
};

export const WOMAN: FigureSpec = { ...MAN, height: 92, build: 0.9, hair: 'bun', coat: 'dress', tie: null, woman: true };

type Kind = readonly string[] | 'number' | 'boolean' | 'tone?';
const FIELDS: Record<keyof FigureSpec, Kind> = {
  height: 'number',
  build: 'number',
  stoop: 'number',
  hair: HAIRS,
  hairTone: TONES,
  beard: BEARDS,
  beardTone: TONES,
  moustache: 'boolean',
  brows: 'boolean',
  pinceNez: 'boolean',
  spectacles: 'boolean',
  hat: HATS,
  coat: COATS,
  coatTone: TONES,
  waistcoat: 'boolean',
  tie: 'tone?',
  shawl: 'boolean',
  armband: 'tone?',
  sash: 'tone?',
  prop: PROPS,
  woman: 'boolean',
};
const RANGES: Partial<Record<keyof FigureSpec, [number, number]>> = { height: [40, 130], build: [0.5, 1.6], stoop: [0, 12] };

/** Reads the look fields of an object; `where` and `prefix` name the place of a fault. */
function readChange(o: Obj, where: string, prefix: string, skip: readonly string[]): Partial<FigureSpec> {
  const out: Record<string, unknown> = {};
  for (const [field, v] of Object.entries(o)) {
    if (skip.includes(field)) continue;
    const kind = (FIELDS as Record<string, Kind | undefined>)[field];
    const name = `${prefix}${field}`;
    if (!kind) throw new RecordError(where, name, `is not a figure field (known: ${Object.keys(FIELDS).join(', ')})`);
    if (kind === 'number') {
      const [lo, hi] = RANGES[field as keyof FigureSpec] ?? [-Infinity, Infinity];
      if (typeof v !== 'number' || !(v >= lo && v <= hi)) throw new RecordError(where, name, `must be a number from ${lo} to ${hi}`);
    } else if (kind === 'boolean') {
      if (typeof v !== 'boolean') throw new RecordError(where, name, 'must be true or false');
    } else {
      const list = kind === 'tone?' ? TONES : kind;
      const ok = (kind === 'tone?' && v === null) || (typeof v === 'string' && list.includes(v));
      if (!ok) throw new RecordError(where, name, `"${String(v)}" is not one of ${list.join(', ')}${kind === 'tone?' ? ' or null' : ''}`);
    }
    out[field] = v;
  }
  return out as Partial<FigureSpec>;
}

/**
 * Validates the figures files against the people's ids. An entry's id is a person's, or a type of person
 * (`"type": true`) that other entries build on (`"like"`) and crowds are made of (`"crowd"`).
 */
export function validateFigures(files: Record<string, unknown>, people: readonly string[]): Figures {
  const raw = new Map<string, { where: string; obj: Obj }>();
  for (const [file, content] of Object.entries(files)) {
    if (!isObj(content)) throw new RecordError(file, '(file)', 'must be an object keyed by person id');
    for (const [id, v] of Object.entries(content)) {
      const where = `${file}, ${id}`;
      if (!isObj(v)) throw new RecordError(where, '(entry)', 'must be an object');
      const known = raw.get(id);
      if (known) throw new RecordError(where, 'id', `is already defined in ${known.where.split(',')[0] ?? ''}`);
      if (v.type !== true && !people.includes(id))
        throw new RecordError(where, 'id', 'is not in story/people/ (a type of person needs "type": true)');
      raw.set(id, { where, obj: v });
    }
  }
  const out: Figures = {};
  const resolving = new Set<string>();
  const resolve = (id: string): Figure => {
    const done = out[id];
    if (done) return done;
    const entry = raw.get(id);
    if (!entry) throw new Error(`no figure ${id}`);
    const { where, obj } = entry;
    if (resolving.has(id)) throw new RecordError(where, 'like', 'goes round in a circle');
    resolving.add(id);
    const like = obj.like ?? 'man';
    let base: FigureSpec;
    if (like === 'man') base = MAN;
    else if (like === 'woman') base = WOMAN;
    else if (typeof like === 'string' && raw.has(like)) base = resolve(like).spec;
    else throw new RecordError(where, 'like', `"${String(like)}" is not "man", "woman" or a figure`);
    const spec: FigureSpec = { ...base, ...readChange(obj, where, '', ['like', 'looks', 'crowd', 'most', 'type', 'portrait']) };
    const looksRaw = obj.looks ?? [];
    if (!Array.isArray(looksRaw)) throw new RecordError(where, 'looks', 'must be an array');
    const looks = looksRaw.map((l, i): Look => {
      if (!isObj(l)) throw new RecordError(where, `looks[${i}]`, 'must be an object');
      const span = { from: l.from ?? '0000-01-01', to: l.to ?? '9999-12-31' };
      for (const k of ['from', 'to'] as const) {
        if (typeof span[k] !== 'string' || !parseIsoDay(String(span[k])))
          throw new RecordError(where, `looks[${i}].${k}`, `"${String(span[k])}" is not a YYYY-MM-DD date (New Style)`);
      }
      return { from: String(span.from), to: String(span.to), change: readChange(l, where, `looks[${i}].`, ['from', 'to']) };
    });
    let crowd: Figure['crowd'] = null;
    if (obj.crowd !== undefined) {
      const of = obj.crowd;
      if (!Array.isArray(of) || of.length === 0) throw new RecordError(where, 'crowd', 'must be a list of figure ids');
      of.forEach((m, i) => {
        if (typeof m !== 'string' || !raw.has(m)) throw new RecordError(where, `crowd[${i}]`, `"${String(m)}" is not a figure`);
      });
      const most = obj.most ?? 24;
      if (typeof most !== 'number' || !Number.isInteger(most) || most < 1 || most > 60)
        throw new RecordError(where, 'most', 'must be a whole number from 1 to 60');
      crowd = { of: of as string[], most };
    }
    const portrait = obj.portrait ?? false;
    if (typeof portrait !== 'boolean') throw new RecordError(where, 'portrait', 'must be true or false');
    resolving.delete(id);
    const fig: Figure = { spec, looks, crowd, portrait };
    out[id] = fig;
    return fig;
  };
  for (const id of raw.keys()) resolve(id);
  return out;
}

/** A person's look on a date (New Style ISO): the spec with every look whose span holds the date. */
export function figureOn(fig: Figure, date: string | null): FigureSpec {
  if (!date || fig.looks.length === 0) return fig.spec;
  let spec = fig.spec;
  for (const l of fig.looks) if (l.from <= date && date <= l.to) spec = { ...spec, ...l.change };
  return spec;
}
