// One description of how a turn looks: the place line, the paragraphs, the choices. Plain data (no DOM),
// so the build renders the opening turn into index.html from it and the live view builds elements from it.

import { linkTerms, type Segment } from '../core/glossary.ts';
import { describeStage } from '../core/describe.ts';
import type { Content, ContentIndex } from '../core/record.ts';
import type { Line, Turn } from '../core/session.ts';
import { STRINGS } from './strings.ts';

/** An element as data: a tag, its attributes, and its children (text is always text, never markup). */
export interface Markup {
  tag: 'p' | 'span' | 'button' | 'blockquote' | 'cite' | 'li';
  attrs: Record<string, string>;
  children: (Markup | string)[];
}

const m = (tag: Markup['tag'], attrs: Record<string, string>, ...children: (Markup | string)[]): Markup => ({ tag, attrs, children });

/** The place, both dates and whose shoes the player is in. */
export function whereMarkup(turn: Turn, index: ContentIndex): Markup[] {
  const w = describeStage(turn.stage, index, STRINGS.months);
  return [
    m('span', { class: 'place', 'data-place': turn.stage.place ?? '' }, w.place),
    m('span', { class: 'date', 'data-date': turn.stage.date?.ns ?? '' }, w.date),
    m('span', { class: 'actor' }, `${STRINGS.youAre}: ${w.actor}`),
  ];
}

/** Punctuation at the end of the text before a term, and at the start of the text after it. */
const BEFORE = /[^\s\p{L}\p{N}]+$/u;
const AFTER = /^[^\s\p{L}\p{N}]+/u;

/**
 * Text with its glossary links. A link keeps the punctuation that touches it ("Iskra," or "(Bund)")
 * in one unbreakable piece, so a line never starts with a comma or ends with an opening bracket.
 */
function segmentMarkup(segments: readonly Segment[]): (Markup | string)[] {
  const out: (Markup | string)[] = [];
  const rest = segments.map((s) => (typeof s === 'string' ? s : null));
  segments.forEach((s, i) => {
    if (typeof s === 'string') {
      const text = rest[i] ?? '';
      if (text) out.push(text);
      return;
    }
    const before = typeof segments[i - 1] === 'string' ? (BEFORE.exec(rest[i - 1] ?? '')?.[0] ?? '') : '';
    const after = typeof segments[i + 1] === 'string' ? (AFTER.exec(rest[i + 1] ?? '')?.[0] ?? '') : '';
    const term = m('button', { type: 'button', class: 'term', 'data-term': s.entry.id, 'data-from': s.entry.from }, s.text);
    if (before) {
      const prev = out.pop();
      const kept = (rest[i - 1] ?? '').slice(0, -before.length);
      if (typeof prev === 'string' && kept) out.push(kept);
      else if (typeof prev !== 'string' && prev) out.push(prev);
    }
    if (after) rest[i + 1] = (rest[i + 1] ?? '').slice(after.length);
    out.push(before || after ? m('span', { class: 'term-glue' }, ...(before ? [before] : []), term, ...(after ? [after] : [])) : term);
  });
  return out;
}

/** One paragraph: a quotation with its source, a speculation marked as such, or narration. */
export function lineMarkup(line: Line, segments: readonly Segment[] = [line.text]): Markup {
  const body = segmentMarkup(segments);
  if (line.quote) return m('blockquote', { class: 'quote' }, m('p', {}, ...body), m('cite', {}, `${STRINGS.quoteFrom} ${line.quote}`));
  if (line.speculation) return m('p', { class: 'speculation' }, m('span', { class: 'tag' }, STRINGS.speculation), ' ', ...body);
  return m('p', {}, ...body);
}

/** The numbered choice buttons, each in its list item. */
export function choicesMarkup(turn: Turn): Markup[] {
  return turn.choices.map((c, i) =>
    m(
      'li',
      {},
      m(
        'button',
        { type: 'button', class: 'choice', 'data-choice': String(c.index), ...(c.option ? { 'data-option': c.option } : {}) },
        m('span', { class: 'num', 'aria-hidden': 'true' }, String(i + 1)),
        m('span', { class: 'label' }, c.text),
      ),
    ),
  );
}

/** The glossary links of each line of a turn; `seen` carries first appearances across turns. */
export function linkTurn(turn: Turn, content: Content, seen: Set<string>): Segment[][] {
  const date = turn.stage.date?.ns ?? '0000-01-01';
  return turn.lines.map((l) => linkTerms(l.text, content, date, seen));
}
