// The first minute: what the game is, who you are, how the two calendars are written. A title screen
// beside the opening text for a new player (it never covers the first choice), and a dialog from the
// toolbar's About at any time.

import type { ContentIndex } from '../core/record.ts';
import { openDialog } from './dialog.ts';
import { byId, h, setData, setHidden } from './dom.ts';
import { STRINGS } from './strings.ts';

const L = STRINGS.intro;

/** The words of the title screen, built from the chapter's data and the strings file. */
function introBody(index: ContentIndex): HTMLElement[] {
  const hero = index.people[index.chapter.protagonist.id];
  const born = index.chapter.protagonist.born.slice(0, 4);
  return [
    h('p', { class: 'intro-what' }, L.what),
    h('p', { class: 'intro-who' }, hero ? `${L.who(hero.name, born)} ` : '', L.others),
    h('h3', {}, L.calendarsTitle),
    h('p', { class: 'intro-calendars' }, L.calendars),
    h('h3', {}, L.howTitle),
    h('p', {}, L.how),
  ];
}

/** Fills and shows the title screen (#intro); `begin` runs when the player starts. */
export function showIntro(index: ContentIndex, begin: () => void): void {
  const el = byId('intro');
  const go = h('button', { type: 'button', class: 'primary', 'data-action': 'begin' }, L.begin);
  go.addEventListener('click', () => {
    hideIntro();
    begin();
  });
  el.replaceChildren(
    h('p', { class: 'kicker' }, L.kicker),
    h('h2', { id: 'intro-title' }, STRINGS.gameTitle),
    h('p', { class: 'intro-chapter' }, index.chapter.title),
    ...introBody(index),
    go,
  );
  el.hidden = false;
  document.documentElement.dataset.intro = 'open';
}

export function hideIntro(): void {
  // called on every turn: the page is touched only when the introduction is still there
  const el = document.getElementById('intro');
  if (el) setHidden(el, true);
  setData(document.documentElement, 'intro', null);
}

/** The same words as a dialog, from the toolbar. */
export function showAbout(index: ContentIndex): void {
  openDialog('about-dialog', L.title, [h('p', { class: 'kicker' }, index.chapter.title), ...introBody(index)]);
}
