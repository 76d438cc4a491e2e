// Who looks like what: the figures of story/figures (validated at build time), on the scene's date;
// a person with no figure gets one guessed from their `look` in story/people, with a sash.

import { figureOn, MAN, WOMAN, type Figure, type Figures, type FigureSpec, type Tone } from '../core/figures';
import type { Person } from '../core/record';
import { hash } from './palette';

export type { FigureSpec, Tone } from '../core/figures';

const SASHES: Tone[] = ['red', 'ochre', 'green', 'navy', 'khaki'];

/** Reads a figure out of the free-text `look` of a person with no figure in story/figures. */
export function specFromLook(id: string, person: Person | undefined): FigureSpec {
  const look = ` ${person?.look ?? ''} `.toLowerCase();
  const has = (...words: string[]): boolean => words.some((w) => look.includes(w));
  const woman = has('woman', 'girl', ' she ', 'her hair', 'dress', 'skirt');
  const s: FigureSpec = { ...(woman ? WOMAN : MAN) };
  if (has('tall')) s.height += 6;
  if (has('short', 'small man')) s.height -= 6;
  if (has('stocky', 'broad', 'heavy', 'stout')) s.build = 1.15;
  if (has('slim', 'thin', 'slight')) s.build = 0.85;
  if (has('bald')) s.hair = 'bald';
  else if (has('curly')) s.hair = 'curly';
  else if (has('wavy', 'mop')) s.hair = 'wavy';
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
    s.coatTone = 'navy';
    s.tie = null;
  } else if (has('soldier', 'uniform', 'officer', 'general')) {
    s.hat = 'peaked';
    s.coat = 'tunic';
    s.coatTone = 'khaki';
    s.tie = null;
  } else if (has('bowler')) s.hat = 'bowler';
  else if (has(' cap', 'worker')) s.hat = 'cap';
  else if (has(' hat')) s.hat = 'soft';
  if (has('shawl')) s.shawl = true;
  if (has('rifle')) s.prop = 'rifle';
  s.sash = SASHES[hash(id) % SASHES.length] ?? 'red';
  return s;
}

export class Wardrobe {
  constructor(
    private readonly figures: Figures,
    private readonly people: Record<string, Person>,
  ) {}

  figure(id: string): Figure | undefined {
    return this.figures[id];
  }

  /** The figure for a person on a date (New Style ISO). */
  spec(id: string, date: string | null): FigureSpec {
    const f = this.figures[id];
    return f ? figureOn(f, date) : specFromLook(id, this.people[id]);
  }

  /** A group rather than one person: its figure says so, or (with no figure) its id reads like one. */
  crowd(id: string): { of: string[]; most: number } | null {
    const f = this.figures[id];
    if (f) return f.crowd;
    return /(^|-)(crowd|workers|delegates|soldiers|sailors|exiles|defendants|judges|prisoners|guards|deputies)$/.test(id)
      ? { of: [], most: 12 }
      : null;
  }
}
