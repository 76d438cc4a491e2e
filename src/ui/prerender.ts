// Renders a turn as HTML text, for index.html at build time. Every story string is escaped: it is data.

import { linkTerms, type Segment } from '../core/glossary.ts';
import type { Content } from '../core/record.ts';
import type { Turn } from '../core/session.ts';
import { describeStage } from '../core/describe.ts';
import { STRINGS } from './strings.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function whereHtml(turn: Turn, content: Content): string {
  const w = describeStage(turn.stage, content);
  return (
    `<span class="place" data-place="${escapeHtml(turn.stage.place ?? '')}">${escapeHtml(w.place)}</span>` +
    `<span class="date" data-date="${escapeHtml(turn.stage.date?.ns ?? '')}">${escapeHtml(w.date)}</span>` +
    `<span class="actor">${escapeHtml(STRINGS.youAre)}: ${escapeHtml(w.actor)}</span>`
  );
}

function segmentsHtml(segments: Segment[]): string {
  return segments
    .map((s) =>
      typeof s === 'string'
        ? escapeHtml(s)
        : `<button type="button" class="term" data-term="${escapeHtml(s.entry.id)}" data-from="${escapeHtml(s.entry.from)}">${escapeHtml(s.text)}</button>`,
    )
    .join('');
}

export function lineHtml(line: Turn['lines'][number], segments: Segment[]): string {
  const body = segmentsHtml(segments);
  if (line.quote) {
    return `<blockquote class="quote"><p>${body}</p><cite>${escapeHtml(STRINGS.quoteFrom)} ${escapeHtml(line.quote)}</cite></blockquote>`;
  }
  if (line.speculation) {
    return `<p class="speculation"><span class="tag">${escapeHtml(STRINGS.speculation)}</span> ${body}</p>`;
  }
  return `<p>${body}</p>`;
}

/** The glossary links of each line of a turn; `seen` carries first appearances across turns. */
export function linkTurn(turn: Turn, content: Content, seen: Set<string>): Segment[][] {
  const date = turn.stage.date?.ns ?? '0000-01-01';
  return turn.lines.map((l) => linkTerms(l.text, content, date, seen));
}

export function choicesHtml(turn: Turn): string {
  return turn.choices
    .map(
      (c, i) =>
        `<li><button type="button" class="choice" data-choice="${c.index}"${c.option ? ` data-option="${escapeHtml(c.option)}"` : ''}><span class="num" aria-hidden="true">${i + 1}</span><span class="label">${escapeHtml(c.text)}</span></button></li>`,
    )
    .join('');
}

/** The markup that fills index.html's placeholders; `fingerprint` lets the script adopt it. */
export function turnToHtml(turn: Turn, content: Content, fingerprint: string): string {
  return (
    `<p id="where" class="where" data-prerendered="${escapeHtml(fingerprint)}">${whereHtml(turn, content)}</p>` +
    `<div id="story" class="story" role="log" aria-live="polite" aria-relevant="additions">${linkTurn(turn, content, new Set())
      .map((segs, i) => lineHtml(turn.lines[i] ?? { text: '', speculation: false, quote: null, sfx: [] }, segs))
      .join('')}</div>` +
    `<h2 id="choices-heading" class="choices-heading">${escapeHtml(STRINGS.choicesLabel)}</h2>` +
    `<p id="decision-tools" class="decision-tools"${turn.decision ? '' : ' hidden'}><button type="button" id="voices-btn" class="voices-btn">${escapeHtml(STRINGS.voices.open)}</button></p>` +
    `<ol id="choices" class="choices" aria-labelledby="choices-heading">${choicesHtml(turn)}</ol>`
  );
}
