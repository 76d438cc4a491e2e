// Renders a turn as HTML text, for index.html at build time. Every story string is escaped: it is data.

import type { Content } from '../core/record.ts';
import type { Turn } from '../core/session.ts';
import { describeStage } from './describe.ts';
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

export function lineHtml(line: Turn['lines'][number]): string {
  if (line.quote) {
    return `<blockquote class="quote"><p>${escapeHtml(line.text)}</p><cite>${escapeHtml(STRINGS.quoteFrom)} ${escapeHtml(line.quote)}</cite></blockquote>`;
  }
  if (line.speculation) {
    return `<p class="speculation"><span class="tag">${escapeHtml(STRINGS.speculation)}</span> ${escapeHtml(line.text)}</p>`;
  }
  return `<p>${escapeHtml(line.text)}</p>`;
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
    `<div id="story" class="story" role="log" aria-live="polite" aria-relevant="additions">${turn.lines.map(lineHtml).join('')}</div>` +
    `<h2 id="choices-heading" class="choices-heading">${escapeHtml(STRINGS.choicesLabel)}</h2>` +
    `<ol id="choices" class="choices" aria-labelledby="choices-heading">${choicesHtml(turn)}</ol>`
  );
}
