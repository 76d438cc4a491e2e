// The glossary card: a term or person explained as known at the scene's date. A modal <dialog>.

import type { GlossaryEntry } from '../core/record.ts';
import { h } from './dom.ts';
import { STRINGS } from './strings.ts';

export function showGlossary(entry: GlossaryEntry, opener: HTMLElement): void {
  const close = h('button', { type: 'button', class: 'primary', 'data-action': 'close-glossary' }, STRINGS.close);
  const dialog = h(
    'dialog',
    { class: 'glossary-dialog', 'aria-labelledby': 'glossary-title' },
    h('p', { class: 'kicker' }, STRINGS.glossary),
    h('h2', { id: 'glossary-title' }, entry.term),
    h('p', {}, entry.text),
    close,
  );
  document.body.append(dialog);
  const done = () => {
    if (dialog.open) dialog.close();
    dialog.remove();
    opener.focus();
  };
  close.addEventListener('click', done);
  dialog.addEventListener('close', done);
  dialog.showModal();
  close.focus();
}
