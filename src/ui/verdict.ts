// The verdict card: the player's choice beside what really happened, in two layers: a summary that fits
// one screen, then the others, the sources, where historians disagree and where the book is wrong.
// A native <dialog>: Escape closes it.

import { formatDual } from '../core/calendar.ts';
import type { Verdict } from '../core/checker.ts';
import type { Content } from '../core/record.ts';
import { h } from './dom.ts';
import { leadAndRest } from './sentences.ts';
import { STRINGS } from './strings.ts';

function personName(content: Content, id: string): string {
  return content.people[id]?.short ?? id;
}

/** How much of a card shows: the summary, or everything. The player's choice is remembered (Settings). */
export interface VerdictLayers {
  full: boolean;
  remember(full: boolean): void;
}

const SUMMARY_ONLY: VerdictLayers = { full: false, remember: () => undefined };

/**
 * The card in two layers. The summary (the choice, what history chose, and why it mattered, or where the
 * record has no such line, what followed at first) fits one screen; the rest (the others, historians, what might have followed, the question, the book's errors,
 * the sources) is one tap away, in the same card.
 */
export function verdictElement(v: Verdict, content: Content, layers: VerdictLayers = SUMMARY_ONLY): HTMLElement {
  const e = v.entry;
  const place = content.places[e.place]?.name ?? e.place;
  const actor = personName(content, e.actor);
  // with a line on why it mattered, the summary gives that, and what followed is all in the second layer
  const followed = e.mattered ? { lead: '', rest: e.followed } : leadAndRest(e.followed);
  const more = h(
    'div',
    { class: 'verdict-more', id: 'verdict-more' },
    followed.rest &&
      h('section', {}, h('h3', {}, e.mattered ? STRINGS.whatFollowed : STRINGS.verdict.followedMore), h('p', {}, followed.rest)),
    !v.matchesHistory &&
      v.yours.whatIf &&
      h(
        'section',
        { class: 'whatif' },
        h('h3', {}, STRINGS.verdict.whatIf),
        h('span', { class: 'tag' }, STRINGS.verdict.whatIfNote),
        h('p', {}, v.yours.whatIf),
      ),
    e.others.length > 0 &&
      h(
        'section',
        {},
        h('h3', {}, STRINGS.others),
        h('ul', { class: 'others' }, ...e.others.map((o) => h('li', {}, h('strong', {}, personName(content, o.who)), ` — ${o.did}`))),
      ),
    e.contested.length > 0 &&
      h(
        'section',
        {},
        h('h3', {}, STRINGS.contested),
        h('ul', {}, ...e.contested.map((c) => h('li', {}, c.reading, h('span', { class: 'held' }, ` (${STRINGS.heldBy} ${c.heldBy})`)))),
      ),
    e.corrections.length > 0 &&
      h(
        'section',
        { class: 'corrections' },
        h('h3', {}, STRINGS.corrections),
        h('p', { class: 'about-source' }, STRINGS.correctionsAbout),
        h(
          'ul',
          {},
          ...e.corrections.map((c) =>
            h(
              'li',
              {},
              h('span', { class: 'says' }, `${STRINGS.chapterSays} ${c.chapterSays}`),
              h('br'),
              h('span', { class: 'shows' }, `${STRINGS.recordShows} ${c.record}`),
              h('span', { class: 'held' }, ` (${c.source})`),
            ),
          ),
        ),
      ),
    e.discuss && h('section', { class: 'discuss' }, h('h3', {}, STRINGS.verdict.discuss), h('p', {}, e.discuss)),
    h(
      'section',
      { class: 'sources' },
      h('h3', {}, STRINGS.sources),
      h(
        'ul',
        {},
        ...e.sources.map((s) =>
          h('li', {}, s.url ? h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, s.title) : s.title),
        ),
      ),
    ),
  );
  const toggle = h('button', {
    type: 'button',
    class: 'small more-toggle',
    'data-action': 'verdict-more',
    'aria-controls': 'verdict-more',
  });
  const show = (full: boolean) => {
    more.hidden = !full;
    toggle.setAttribute('aria-expanded', String(full));
    toggle.textContent = full ? STRINGS.verdict.less : STRINGS.verdict.more;
  };
  show(layers.full);
  toggle.addEventListener('click', () => {
    const full = more.hidden;
    show(full);
    layers.remember(full);
    if (full) more.querySelector('h3')?.scrollIntoView({ block: 'nearest' });
  });
  return h(
    'article',
    { class: `verdict ${v.matchesHistory ? 'match' : 'diverge'}`, 'data-decision': e.id },
    h(
      'div',
      { class: 'verdict-summary' },
      h('p', { class: 'kicker' }, `${STRINGS.verdictHeading} · ${formatDual(e.date, STRINGS.months)} · ${place}`),
      h('h2', { id: 'verdict-title', tabindex: '-1' }, e.title),
      h('p', { class: 'question' }, e.question),
      h(
        'div',
        { class: 'compare' },
        h('div', { class: 'yours' }, h('h3', {}, STRINGS.youChose), h('p', {}, v.yours.label)),
        h(
          'div',
          { class: 'history' },
          h('h3', {}, `${STRINGS.historyChose} (${actor})`),
          h('p', {}, v.historical.label),
          h('p', { class: 'detail' }, v.historical.detail),
        ),
      ),
      v.reason && h('p', { class: 'reason' }, `${STRINGS.reasons.yours}: ${STRINGS.quoted(v.reason)}`),
      h('p', { class: 'outcome', role: 'status' }, v.matchesHistory ? STRINGS.matches : STRINGS.diverges),
      !e.mattered && h('h3', {}, STRINGS.whatFollowed),
      e.mattered
        ? h('p', { class: 'mattered' }, h('strong', {}, `${STRINGS.verdict.mattered} `), e.mattered)
        : h('p', { class: 'followed' }, followed.lead),
      toggle,
    ),
    more,
  );
}

/** Shows the verdict as a modal dialog; resolves when the player closes it. */
export function showVerdict(v: Verdict, content: Content, layers: VerdictLayers = SUMMARY_ONLY): Promise<void> {
  return new Promise((resolve) => {
    const close = h('button', { type: 'button', class: 'primary', 'data-action': 'close-verdict' }, STRINGS.continueStory);
    const dialog = h(
      'dialog',
      { class: 'verdict-dialog', 'aria-labelledby': 'verdict-title' },
      h('div', { class: 'verdict-scroll' }, verdictElement(v, content, layers)),
      h('div', { class: 'verdict-foot' }, close),
    );
    document.body.append(dialog);
    const done = () => {
      if (dialog.open) dialog.close();
      dialog.remove();
      resolve();
    };
    close.addEventListener('click', done);
    dialog.addEventListener('close', done);
    dialog.showModal();
    dialog.querySelector<HTMLElement>('#verdict-title')?.focus();
  });
}
