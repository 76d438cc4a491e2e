// The notice line under the toolbar: turns the app's notice ids into sentences from the strings file.

import type { Notice } from '../app/state.ts';
import { byId, h } from './dom.ts';
import { STRINGS } from './strings.ts';

/** The sentence for a notice. */
export function noticeText(n: Notice): string {
  switch (n.id) {
    case 'resumed':
      return n.sameStory ? STRINGS.resumed : STRINGS.resumedUpdated;
    case 'save-refused':
      return n.keptAside ? `${STRINGS.saveRefused[n.reason]} ${STRINGS.saves.keptAsideNote}` : STRINGS.saveRefused[n.reason];
    case 'import-refused':
      return `${STRINGS.saves.importRefused} ${STRINGS.saveProblems[n.reason]}`;
    case 'loaded':
      return n.sameStory ? STRINGS.saves.loaded : STRINGS.resumedUpdated;
    case 'stepped-back':
      return STRINGS.steppedBack;
    case 'jumped':
      return STRINGS.chapters.jumped;
    case 'jump-failed':
      return STRINGS.chapters.failed;
    case 'part-started':
      return STRINGS.chapters.partStarted;
    case 'class-started':
      return STRINGS.classroom.saved;
    case 'class-resumed':
      return STRINGS.classroom.resumed;
    case 'class-refused':
      return `${STRINGS.classroom.refused} ${STRINGS.saveProblems[n.reason]}${n.keptAside ? ` ${STRINGS.saves.keptAsideNote}` : ''}`;
    case 'storage':
      return STRINGS.storageProblems[n.reason];
    case 'story-error':
      return `${STRINGS.storyError} ${n.detail}`;
  }
}

/** Shows the app's notice (or hides the line when there is none); re-renders only on a new notice. */
export function noticeView(): (n: Notice | null, again?: boolean) => void {
  const el = byId('notice');
  let shown: Notice | null = null;
  return (n, again = false) => {
    if (n === shown && !again) return;
    shown = n;
    el.textContent = n ? noticeText(n) : '';
    el.hidden = n === null;
  };
}

/**
 * A part of the game could not be fetched: after an update the old files are gone from the server.
 * Says so, with a button that reloads into the new version (nothing is lost: the game is saved).
 */
export function updateReady(): void {
  const el = byId('notice');
  if (el.querySelector('[data-action="reload-update"]')) return;
  const reload = h('button', { type: 'button', class: 'small', 'data-action': 'reload-update' }, STRINGS.update.reload);
  reload.addEventListener('click', () => location.reload());
  el.replaceChildren(`${STRINGS.update.ready} `, reload);
  el.hidden = false;
}
