// The backlog: everything said so far in this playthrough, with the choices made, and the verdicts again.

import type { Verdict } from '../core/checker.ts';
import type { BacklogEntry } from '../core/session.ts';
import { openDialog } from './dialog.ts';
import { h } from './dom.ts';
import { localBacklog } from './language.ts';
import { STRINGS } from './strings.ts';

export function showBacklog(
  entries: readonly BacklogEntry[],
  verdictFor: (decision: string) => Verdict | null,
  openVerdict: (v: Verdict) => void,
): void {
  const items = localBacklog(entries).map((e, i) => {
    const lines = e.turn.lines.map((l) =>
      l.quote
        ? h('blockquote', { class: 'quote' }, h('p', {}, l.text), h('cite', {}, `${STRINGS.quoteFrom} ${l.quote}`))
        : h('p', { class: l.speculation ? 'speculation' : '' }, l.speculation ? `${STRINGS.speculation}: ${l.text}` : l.text),
    );
    const extra: HTMLElement[] = [];
    if (e.chose) extra.push(h('p', { class: 'echo' }, `${STRINGS.echoPrefix} ${e.chose}`));
    const v = e.turn.decision && e.chose ? verdictFor(e.turn.decision) : null;
    if (v) {
      const btn = h(
        'button',
        { type: 'button', class: 'small', 'data-action': `verdict-${v.decision}` },
        `${STRINGS.backlog.reopen}: ${v.entry.title}`,
      );
      btn.addEventListener('click', () => openVerdict(v));
      extra.push(btn);
    }
    return h('li', { class: 'backlog-entry', 'data-step': String(i) }, ...lines, ...extra);
  });
  openDialog('backlog-dialog', STRINGS.backlog.title, [h('ol', { class: 'backlog story' }, ...items)]);
  document.querySelector('#backlog-dialog .backlog-entry:last-child')?.scrollIntoView({ block: 'end' });
}
