// Settings: applied to the page at once, shown as a form in a dialog (the app remembers them).

import { AUTONYMS, LANGUAGES } from '../core/i18n.ts';
import { FONTS, LINE_SPACINGS, MOTIONS, TEXT_SIZES, TEXT_SPEEDS, THEMES, type Settings } from '../core/settings.ts';
import { openDialog } from './dialog.ts';
import { h } from './dom.ts';
import { currentLanguage } from './language.ts';
import { STRINGS } from './strings.ts';

/** True when motion should be reduced: the player's choice, or the system's when set to follow it. */
export function reduceMotion(s: Settings): boolean {
  if (s.motion === 'reduce') return true;
  if (s.motion === 'full') return false;
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Puts the settings on the root element, where the stylesheet reads them. */
export function applySettings(s: Settings): void {
  const root = document.documentElement;
  root.dataset.textSize = s.textSize;
  root.dataset.lineSpacing = s.lineSpacing;
  root.dataset.textSpeed = s.textSpeed;
  root.dataset.theme = s.theme;
  root.dataset.font = s.font;
  root.dataset.motion = reduceMotion(s) ? 'reduce' : 'full';
  if (s.font === 'dyslexic') void import('./dyslexic-font.ts');
}

type Choice<T extends string> = { value: T; label: string; lang?: string };

function select<T extends string>(id: string, label: string, value: T, choices: Choice<T>[], set: (v: T) => void): HTMLElement {
  const sel = h('select', { id }, ...choices.map((c) => h('option', { value: c.value, ...(c.lang ? { lang: c.lang } : {}) }, c.label)));
  sel.value = value;
  sel.addEventListener('change', () => set(sel.value as T));
  return h('div', { class: 'field' }, h('label', { for: id }, label), sel);
}

function range(id: string, label: string, value: number, min: number, max: number, step: number, set: (v: number) => void): HTMLElement {
  const input = h('input', { id, type: 'range', min: String(min), max: String(max), step: String(step) });
  input.value = String(value);
  input.addEventListener('input', () => set(Number(input.value)));
  return h('div', { class: 'field' }, h('label', { for: id }, label), input);
}

function check(id: string, label: string, value: boolean, set: (v: boolean) => void): HTMLElement {
  const input = h('input', { id, type: 'checkbox' });
  input.checked = value;
  input.addEventListener('change', () => set(input.checked));
  return h('div', { class: 'field check' }, input, h('label', { for: id }, label));
}

const L = STRINGS.settings;

export function showSettings(current: Settings, onChange: (s: Settings) => void, voices: () => SpeechSynthesisVoice[]): void {
  let s = { ...current };
  const update = (patch: Partial<Settings>) => {
    s = { ...s, ...patch };
    onChange(s);
  };
  const voiceList = voices();
  const body = [
    h(
      'form',
      { class: 'settings', 'aria-label': L.title },
      h(
        'fieldset',
        {},
        h('legend', {}, L.reading),
        select(
          'set-language',
          L.language,
          s.language ?? currentLanguage(),
          // each language is named in itself, with its code for the screen reader's pronunciation
          LANGUAGES.map((v) => ({ value: v, label: AUTONYMS[v], lang: v })),
          (v) => update({ language: v }),
        ),
        select(
          'set-size',
          L.textSize,
          s.textSize,
          TEXT_SIZES.map((v) => ({ value: v, label: L.sizes[v] })),
          (v) => update({ textSize: v }),
        ),
        select(
          'set-spacing',
          L.lineSpacing,
          s.lineSpacing,
          LINE_SPACINGS.map((v) => ({ value: v, label: L.spacings[v] })),
          (v) => update({ lineSpacing: v }),
        ),
        select(
          'set-speed',
          L.textSpeed,
          s.textSpeed,
          TEXT_SPEEDS.map((v) => ({ value: v, label: L.speeds[v] })),
          (v) => update({ textSpeed: v }),
        ),
        select(
          'set-theme',
          L.theme,
          s.theme,
          THEMES.map((v) => ({ value: v, label: L.themes[v] })),
          (v) => update({ theme: v }),
        ),
        select(
          'set-font',
          L.font,
          s.font,
          FONTS.map((v) => ({ value: v, label: L.fonts[v] })),
          (v) => update({ font: v }),
        ),
        select(
          'set-motion',
          L.motion,
          s.motion,
          MOTIONS.map((v) => ({ value: v, label: L.motions[v] })),
          (v) => update({ motion: v }),
        ),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, L.speech),
        check('set-read', L.readAloud, s.readAloud, (v) => update({ readAloud: v })),
        voiceList.length > 0
          ? select(
              'set-voice',
              L.voice,
              s.voice,
              [{ value: '', label: L.defaultVoice }, ...voiceList.map((v) => ({ value: v.name, label: `${v.name} (${v.lang})` }))],
              (v) => update({ voice: v }),
            )
          : h('p', { class: 'hint' }, L.noVoices),
        range('set-rate', L.rate, s.rate, 0.5, 2, 0.1, (v) => update({ rate: v })),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, L.sound),
        range('set-music', L.music, s.music, 0, 1, 0.05, (v) => update({ music: v })),
        range('set-effects', L.effects, s.effects, 0, 1, 0.05, (v) => update({ effects: v })),
        check('set-muted', L.muted, s.muted, (v) => update({ muted: v })),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, L.play),
        check('set-reasons', L.reasons, s.reasons, (v) => update({ reasons: v })),
        check('set-verdict-full', L.verdictFull, s.verdictFull, (v) => update({ verdictFull: v })),
      ),
    ),
  ];
  openDialog('settings-dialog', L.title, body);
}
