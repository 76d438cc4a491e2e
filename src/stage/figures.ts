// Who looks like what: a figure description per known person, and one guessed from any other person's `look`.

import type { Person } from '../core/record';
import { hash } from './palette';

export type Hair = 'bald' | 'wavy' | 'swept' | 'short' | 'untidy' | 'thinning' | 'bun' | 'cropped';
export type Beard = 'none' | 'pointed' | 'goatee' | 'full' | 'bushy' | 'scraggly' | 'neat';
export type Hat = 'none' | 'bowler' | 'cap' | 'soft' | 'peaked' | 'sailor';
export type Coat = 'jacket' | 'frock' | 'dress' | 'tunic' | 'blouse';
export type Prop = 'none' | 'paper' | 'cigarette' | 'rifle' | 'book';
/** which named colour of the palette a detail uses */
export type Tone = 'ink' | 'ink2' | 'red' | 'ochre' | 'ochreLight' | 'grey' | 'paper';

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
  waistcoat: boolean;
  tie: Tone | null;
  shawl: boolean;
  armband: Tone | null;
  /** a sash across the body, as a colour, for people the stage has no drawing for */
  sash: number | null;
  prop: Prop;
  woman: boolean;
}

const MAN: FigureSpec = {
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
  waistcoat: false,
  tie: 'ink',
  shawl: false,
  armband: null,
  sash: null,
  prop: 'none',
  woman: false,
};

const WOMAN: FigureSpec = { ...MAN, height: 92, build: 0.9, hair: 'bun', coat: 'dress', tie: null, woman: true };

const BUNDIST: FigureSpec = { ...MAN, height: 97, hat: 'cap', moustache: true, armband: 'red', prop: 'paper' };
const ECONOMIST: FigureSpec = { ...MAN, height: 99, hat: 'bowler', beard: 'neat', moustache: true, prop: 'paper', tie: 'ochre' };

/** Figures for the people the stage knows by sight. */
const KNOWN: Record<string, FigureSpec> = {
  trotsky: { ...MAN, height: 100, build: 0.92, hair: 'wavy', beard: 'goatee', moustache: true, pinceNez: true, tie: 'red' },
  lenin: {
    ...MAN,
    height: 91,
    build: 1.1,
    hair: 'bald',
    hairTone: 'ochre',
    beard: 'pointed',
    beardTone: 'ochre',
    moustache: true,
    waistcoat: true,
    tie: 'red',
  },
  martov: {
    ...MAN,
    height: 98,
    build: 0.78,
    stoop: 4,
    hair: 'untidy',
    beard: 'scraggly',
    moustache: true,
    pinceNez: true,
    hat: 'soft',
    prop: 'cigarette',
    tie: null,
  },
  plekhanov: {
    ...MAN,
    height: 108,
    build: 1.02,
    hair: 'swept',
    beard: 'full',
    moustache: true,
    brows: true,
    coat: 'frock',
    waistcoat: true,
    tie: 'ink',
  },
  axelrod: {
    ...MAN,
    height: 97,
    build: 1.18,
    hair: 'thinning',
    hairTone: 'grey',
    beard: 'bushy',
    beardTone: 'grey',
    moustache: true,
    tie: null,
  },
  zasulich: { ...WOMAN, height: 90, hair: 'untidy', hairTone: 'grey', shawl: true, prop: 'cigarette' },
  krupskaya: { ...WOMAN, height: 94, hair: 'bun' },
  potresov: { ...MAN, height: 99, build: 0.88, beard: 'neat', moustache: true, hat: 'bowler', tie: 'ink' },
  bundist: BUNDIST,
  liber: { ...BUNDIST, beard: 'none' },
  economist: ECONOMIST,
  akimov: { ...ECONOMIST, beard: 'full' },
  martynov: { ...ECONOMIST, spectacles: true, hat: 'none' },
  kerensky: { ...MAN, height: 101, hair: 'cropped', coat: 'tunic', tie: null },
  kornilov: { ...MAN, height: 94, hat: 'peaked', coat: 'tunic', moustache: true, beard: 'goatee', tie: null, armband: 'ochre' },
  sailor: { ...MAN, hat: 'sailor', coat: 'blouse', tie: null, prop: 'rifle' },
  soldier: { ...MAN, hat: 'peaked', coat: 'tunic', moustache: true, tie: null, prop: 'rifle' },
  worker: { ...MAN, hat: 'cap', moustache: true, coat: 'blouse', tie: null, armband: 'red' },
  sokolovskaya: { ...WOMAN, hair: 'bun', shawl: true },
  sedova: { ...WOMAN, height: 93, hair: 'wavy', tie: null },
};

const SASHES = [0x9e1f16, 0xb07a1e, 0x2f5a3a, 0x2d3f6b, 0x6b2d5c, 0x7d150e];

/** Reads a figure out of the free-text `look` of a person the stage has no drawing for. */
export function specFromLook(id: string, person: Person | undefined): FigureSpec {
  const look = ` ${person?.look ?? ''} `.toLowerCase();
  const has = (...words: string[]): boolean => words.some((w) => look.includes(w));
  const h = hash(id);
  const woman = has('woman', 'girl', ' she ', 'her hair', 'dress', 'skirt');
  const s: FigureSpec = { ...(woman ? WOMAN : MAN) };
  if (has('tall')) s.height += 6;
  if (has('short', 'small man')) s.height -= 6;
  if (has('stocky', 'broad', 'heavy', 'stout')) s.build = 1.15;
  if (has('slim', 'thin', 'slight')) s.build = 0.85;
  if (has('bald')) s.hair = 'bald';
  else if (has('wavy', 'curly', 'mop')) s.hair = 'wavy';
  else if (has('cropped', 'crew', 'brush')) s.hair = 'cropped';
  if (has('grey', 'gray', 'white hair')) s.hairTone = s.beardTone = 'grey';
  if (!woman) {
    if (has('full beard', 'long beard', 'bushy')) s.beard = 'full';
    else if (has('pointed beard', 'goatee', 'tuft')) s.beard = 'goatee';
    else if (has('beard')) s.beard = 'neat';
    s.moustache = has('moustache', 'mustache', 'beard');
  }
  s.pinceNez = has('pince-nez');
  s.spectacles = !s.pinceNez && has('spectacles', 'glasses');
  if (has('sailor')) {
    s.hat = 'sailor';
    s.coat = 'blouse';
    s.tie = null;
  } else if (has('soldier', 'uniform', 'officer', 'general')) {
    s.hat = 'peaked';
    s.coat = 'tunic';
    s.tie = null;
  } else if (has('bowler')) s.hat = 'bowler';
  else if (has(' cap', 'worker')) s.hat = 'cap';
  else if (has(' hat')) s.hat = 'soft';
  if (has('shawl')) s.shawl = true;
  if (has('rifle')) s.prop = 'rifle';
  s.sash = SASHES[h % SASHES.length] ?? 0x9e1f16;
  return s;
}

/** The figure for a person id: a known drawing, else one guessed from the look, with a sash. */
export function figureFor(id: string, person: Person | undefined): FigureSpec {
  return KNOWN[id] ?? specFromLook(id, person);
}

/** True for ids that stand for a crowd rather than one person. */
export function isCrowd(id: string): boolean {
  return /(^|-)(crowd|workers|delegates|soldiers|sailors|exiles|defendants|judges|prisoners|guards|deputies)$/.test(id);
}
