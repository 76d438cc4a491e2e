// The saves menu: the autosave and three named slots, with save, load, export, import and delete.

import type { KeptAside } from '../app/persistence.ts';
import { makeSave, SLOTS, type SaveCheck, type SaveMeta, type SaveStore, type SlotId } from '../core/saves.ts';
import { openDialog, type OpenDialog } from './dialog.ts';
import { download, h } from './dom.ts';
import { currentLanguage } from './language.ts';
import { STRINGS } from './strings.ts';

const L = STRINGS.saves;

export interface SavesHooks {
  store: SaveStore;
  /** the current game as a save state and its meta, for writing */
  current(name: string): { state: Parameters<typeof makeSave>[0]; meta: SaveMeta };
  /** loads a checked save into the game; returns a message when it cannot */
  load(check: Extract<SaveCheck, { ok: true }>): string | null;
  /** imports a save file's text into the game, all or nothing; returns a message when it cannot */
  importText(text: string): string | null;
  /** saves that could not be resumed, kept aside to export */
  keptAside(): KeptAside[];
  dropKeptAside(at: string): void;
}

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(currentLanguage());
}

export function showSaves(hooks: SavesHooks): void {
  const list = h('ol', { class: 'slots' });
  const aside = h('ol', { class: 'slots kept-aside', 'aria-label': L.keptAside });
  const fileInput = h('input', { type: 'file', id: 'import-file', accept: '.json,application/json' });
  const body = [
    list,
    aside,
    h('div', { class: 'import' }, h('label', { for: 'import-file' }, L.importLabel), fileInput),
    h('p', { class: 'hint' }, L.hint),
  ];
  const dlg: OpenDialog = openDialog('saves-dialog', L.title, body);
  const say = (m: string) => {
    dlg.status.textContent = m;
  };

  const renderAside = () => {
    aside.replaceChildren(
      ...hooks.keptAside().map((k, i) => {
        const exp = h('button', { type: 'button', class: 'small', 'data-action': `export-kept-${i}` }, L.export);
        exp.addEventListener('click', () => download(`turning-points-kept-${k.from}-${i + 1}.json`, 'application/json', k.text));
        const del = h('button', { type: 'button', class: 'small', 'data-action': `delete-kept-${i}` }, L.delete);
        del.addEventListener('click', () => {
          if (!window.confirm(L.deleteConfirm)) return;
          hooks.dropKeptAside(k.at);
          say(L.deleted);
          renderAside();
        });
        return h(
          'li',
          { class: 'slot', 'data-kept': String(i) },
          h('h3', {}, `${L.keptAside}: ${L.keptAsideFrom[k.from]}`),
          h('p', { class: 'slot-desc bad' }, `${STRINGS.saveProblems[k.reason]} ${when(k.at)}`),
          h('div', { class: 'slot-actions' }, exp, del),
        );
      }),
    );
    aside.hidden = aside.childElementCount === 0;
  };

  const render = () => {
    renderAside();
    list.replaceChildren(
      ...hooks.store.list().map((info) => {
        const label = info.slot === 'autosave' ? L.autosave : `${L.slot} ${SLOTS.indexOf(info.slot)}`;
        const desc =
          info.state === 'empty'
            ? h('p', { class: 'slot-desc' }, L.empty)
            : info.state === 'bad'
              ? h('p', { class: 'slot-desc bad' }, `${L.unreadable} ${STRINGS.saveProblems[info.reason]}`)
              : h(
                  'p',
                  { class: 'slot-desc' },
                  h('strong', {}, info.meta.name),
                  ` — ${info.meta.place}, ${info.meta.date}`,
                  h('br'),
                  h('span', { class: 'saved-at' }, `${L.savedAt} ${when(info.meta.savedAt)}`),
                );
        const buttons: HTMLElement[] = [];
        if (info.slot !== 'autosave') {
          const name = h('input', { type: 'text', id: `name-${info.slot}`, maxlength: '60', placeholder: L.namePlaceholder });
          const save = h('button', { type: 'button', class: 'small', 'data-action': `save-${info.slot}` }, L.saveHere);
          save.addEventListener('click', () => writeSlot(info.slot, name.value.trim() || `${L.slot} ${SLOTS.indexOf(info.slot)}`));
          buttons.push(h('label', { for: `name-${info.slot}`, class: 'visually-hidden' }, `${L.nameFor} ${label}`), name, save);
        }
        if (info.state === 'ok') {
          const load = h('button', { type: 'button', class: 'small', 'data-action': `load-${info.slot}` }, L.load);
          load.addEventListener('click', () => loadSlot(info.slot));
          const exp = h('button', { type: 'button', class: 'small', 'data-action': `export-${info.slot}` }, L.export);
          exp.addEventListener('click', () => {
            const text = hooks.store.raw(info.slot);
            if (text) download(`turning-points-${info.slot}.json`, 'application/json', text);
          });
          buttons.push(load, exp);
        }
        if (info.state !== 'empty' && info.slot !== 'autosave') {
          const del = h('button', { type: 'button', class: 'small', 'data-action': `delete-${info.slot}` }, L.delete);
          del.addEventListener('click', () => {
            if (window.confirm(L.deleteConfirm)) {
              hooks.store.remove(info.slot);
              say(L.deleted);
              render();
            }
          });
          buttons.push(del);
        }
        return h(
          'li',
          { class: 'slot', 'data-slot': info.slot },
          h('h3', {}, label),
          desc,
          h('div', { class: 'slot-actions' }, ...buttons),
        );
      }),
    );
  };

  const writeSlot = (slot: SlotId, name: string) => {
    const { state, meta } = hooks.current(name);
    const r = hooks.store.write(slot, makeSave(state, { ...meta, name }));
    say(r.ok ? L.saved : STRINGS.storageProblems[r.reason]);
    render();
  };

  const loadSlot = (slot: SlotId) => {
    const check = hooks.store.read(slot);
    if (!check) return say(L.empty);
    if (!check.ok) return say(STRINGS.saveProblems[check.reason]);
    const problem = hooks.load(check);
    if (problem) return say(problem);
    dlg.close();
  };

  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    if (file.size > 8 * 1024 * 1024) return say(STRINGS.saveProblems['too-large']);
    file
      .text()
      .then((text) => {
        const problem = hooks.importText(text);
        if (problem) return say(problem);
        dlg.close();
      })
      .catch(() => say(STRINGS.saveProblems['not-json']));
  });

  render();
}
