// Chapter select: every decision point the player has reached, to jump to as history had it there.

import { formatDual } from '../core/calendar.ts';
import type { Content } from '../core/record.ts';
import { openDialog } from './dialog.ts';
import { h } from './dom.ts';
import { STRINGS } from './strings.ts';

export interface PartChoice {
  id: string;
  title: string;
}

export function showChapters(
  content: Content,
  reached: ReadonlySet<string>,
  jump: (decision: string) => string | null,
  parts: PartChoice[] = [],
  playPart: (id: string) => void = () => undefined,
): void {
  const entries = [...content.record].sort((a, b) => a.date.ns.localeCompare(b.date.ns));
  const list = h(
    'ol',
    { class: 'chapters' },
    ...entries.map((e) => {
      const open = reached.has(e.id);
      const btn = h('button', { type: 'button', class: 'small', 'data-action': `jump-${e.id}` }, STRINGS.chapters.jump);
      if (!open) btn.disabled = true;
      btn.addEventListener('click', () => {
        const problem = jump(e.id);
        if (problem) dlg.status.textContent = problem;
        else dlg.close();
      });
      return h(
        'li',
        { class: open ? 'reached' : 'locked', 'data-decision': e.id },
        h('strong', {}, open ? e.title : STRINGS.chapters.locked),
        ` — ${formatDual(e.date, STRINGS.months)}`,
        ' ',
        btn,
      );
    }),
  );
  const alone = h(
    'ul',
    { class: 'chapters parts' },
    ...parts.map((p) => {
      const btn = h('button', { type: 'button', class: 'small', 'data-action': `part-${p.id}` }, STRINGS.chapters.playPart);
      btn.addEventListener('click', () => {
        dlg.close();
        playPart(p.id);
      });
      return h('li', { 'data-part': p.id }, h('strong', {}, p.title), ' ', btn);
    }),
  );
  const dlg = openDialog('chapters-dialog', STRINGS.chapters.title, [
    h('p', { class: 'hint' }, STRINGS.chapters.hint),
    list,
    ...(parts.length > 0 ? [h('h3', {}, STRINGS.chapters.partsTitle), h('p', { class: 'hint' }, STRINGS.chapters.partsHint), alone] : []),
  ]);
}
