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
  const w = describeStage(turn.stage, index);
  return [
    m('span', { class: 'place', 'data-place': turn.stage.place ?? '' }, w.place),
    m('span', { class: 'date', 'data-date': turn.stage.date?.ns ?? '' }, w.date),
    m('span', { class: 'actor' }, `${STRINGS.youAre}: ${w.actor}`),
  ];
}

function segmentMarkup(segments: readonly Segment[]): (Markup | string)[] {
  return segments.map((s) =>
    typeof s === 'string' ? s : m('button', { type: 'button', class: 'term', 'data-term': s.entry.id, 'data-from': s.entry.from }, s.text),
  );
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
