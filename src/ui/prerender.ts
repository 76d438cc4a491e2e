// Renders the opening turn as HTML text, for index.html at build time, from the same markup the live
// view builds its elements from (turn-markup.ts). Every story string is escaped: it is data.

import type { Content } from '../core/record.ts';
import type { Turn } from '../core/session.ts';
import { STRINGS } from './strings.ts';
import { choicesMarkup, lineMarkup, linkTurn, whereMarkup, type Markup } from './turn-markup.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function toHtml(node: Markup | string): string {
  if (typeof node === 'string') return escapeHtml(node);
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');
  return `<${node.tag}${attrs}>${node.children.map(toHtml).join('')}</${node.tag}>`;
}

/** The markup that fills index.html's placeholder; `fingerprint` lets the script adopt it. */
export function turnToHtml(turn: Turn, content: Content, fingerprint: string): string {
  const lines = linkTurn(turn, content, new Set()).map((segs, i) => (turn.lines[i] ? toHtml(lineMarkup(turn.lines[i], segs)) : ''));
  return (
    `<p id="where" class="where" data-prerendered="${escapeHtml(fingerprint)}">${whereMarkup(turn, content).map(toHtml).join('')}</p>` +
    `<div id="story" class="story" role="log" aria-live="polite" aria-relevant="additions">${lines.join('')}</div>` +
    // the dock keeps the choices in view below a long text on a wide screen (see styles.css)
    `<div id="choices-dock" class="choices-dock">` +
    `<h2 id="choices-heading" class="choices-heading">${escapeHtml(STRINGS.choicesLabel)}</h2>` +
    `<p id="decision-tools" class="decision-tools"${turn.decision ? '' : ' hidden'}><button type="button" id="voices-btn" class="voices-btn">${escapeHtml(STRINGS.voices.open)}</button></p>` +
    `<ol id="choices" class="choices" aria-labelledby="choices-heading">${choicesMarkup(turn).map(toHtml).join('')}</ol>` +
    `</div>`
  );
}
