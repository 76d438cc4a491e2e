// The voices of the time: before a decision, the case each side made, with real words marked and cited.

import type { RecordEntry } from '../core/record.ts';
import { openDialog } from './dialog.ts';
import { h } from './dom.ts';
import { STRINGS } from './strings.ts';

export function voiceCards(entry: RecordEntry): HTMLElement {
  return h(
    'ul',
    { class: 'voices' },
    ...entry.voices.map((v) =>
      h(
        'li',
        { class: 'voice', 'data-who': v.who },
        h('h3', {}, v.label),
        h('p', {}, v.speech),
        v.quote &&
          h(
            'blockquote',
            { class: 'quote' },
            h('p', {}, h('span', { class: 'visually-hidden' }, `${STRINGS.voices.quoted} `), STRINGS.quoted(v.quote.text)),
            h('cite', {}, `${STRINGS.quoteFrom} ${v.quote.source}`),
          ),
      ),
    ),
  );
}

export function showVoices(entry: RecordEntry): void {
  openDialog('voices-dialog', `${STRINGS.voices.title}: ${entry.title}`, [
    h('p', { class: 'hint' }, STRINGS.voices.intro),
    h('p', { class: 'question' }, entry.question),
    voiceCards(entry),
  ]);
}
