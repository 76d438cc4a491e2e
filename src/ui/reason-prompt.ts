// Before a decision is committed, the player may write one line of reasoning. Cancel keeps the choice open.

import { openDialog } from './dialog.ts';
import { h } from './dom.ts';
import { STRINGS } from './strings.ts';

export function askReason(choiceText: string): Promise<string | null> {
  return new Promise((resolve) => {
    let answered = false;
    const input = h('input', { type: 'text', id: 'reason-input', maxlength: '280', autocomplete: 'off', autofocus: '' });
    const commit = h('button', { type: 'submit', class: 'primary', 'data-action': 'commit-reason' }, STRINGS.reasons.commit);
    const cancel = h('button', { type: 'button', class: 'small', 'data-action': 'cancel-reason' }, STRINGS.reasons.cancel);
    const form = h(
      'form',
      { class: 'reason-form' },
      h('p', { class: 'echo' }, `${STRINGS.youChose}: ${choiceText}`),
      h('label', { for: 'reason-input' }, STRINGS.reasons.prompt),
      input,
      h('div', { class: 'slot-actions' }, commit, cancel),
    );
    const dlg = openDialog('reason-dialog', STRINGS.reasons.title, [form], () => {
      if (!answered) resolve(null);
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      answered = true;
      resolve(input.value);
      dlg.close();
    });
    cancel.addEventListener('click', () => dlg.close());
  });
}
