// One modal dialog pattern for every panel: a native <dialog>, a heading, a close button,
// Escape closes, and focus goes back to whatever opened it.

import { h } from './dom.ts';
import { STRINGS } from './strings.ts';

export interface OpenDialog {
  dialog: HTMLDialogElement;
  /** a polite status line inside the dialog, for messages such as "Saved." */
  status: HTMLElement;
  close(): void;
}

export function openDialog(id: string, title: string, body: Node[], onClose?: () => void): OpenDialog {
  document.getElementById(id)?.remove();
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const closeBtn = h('button', { type: 'button', class: 'dialog-close', 'data-action': 'close' }, STRINGS.close);
  const status = h('p', { class: 'dialog-status', role: 'status' });
  const dialog = h(
    'dialog',
    { id, class: 'panel-dialog', 'aria-labelledby': `${id}-title` },
    h('div', { class: 'dialog-head' }, h('h2', { id: `${id}-title` }, title), closeBtn),
    status,
    ...body,
  );
  document.body.append(dialog);
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    if (dialog.open) dialog.close();
    dialog.remove();
    onClose?.();
    if (opener?.isConnected) opener.focus();
  };
  closeBtn.addEventListener('click', close);
  dialog.addEventListener('close', close);
  dialog.showModal();
  const first = dialog.querySelector<HTMLElement>('[autofocus]') ?? closeBtn;
  first.focus();
  return { dialog, status, close };
}
