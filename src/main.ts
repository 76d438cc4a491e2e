// The composition root: create the app, mount the views, subscribe, then load the stage and sound lazily.

import validatedIndex from 'virtual:content-index';
import story from 'virtual:story';
import { App } from './app/controller.ts';
import { checkDecision } from './core/checker.ts';
import { pickLanguage } from './core/i18n.ts';
import type { Classroom } from './core/classroom.ts';
import type { Content, ContentIndex } from './core/record.ts';
import { byId, whenIdle } from './ui/dom.ts';
import { updateReady } from './ui/notices.ts';
import { registerServiceWorker } from './ui/service-worker.ts';
import { showGlossary } from './ui/glossary-card.ts';
import { Presenter } from './ui/presenter.ts';
import { askReason } from './ui/reason-prompt.ts';
import { applySettings } from './ui/settings-panel.ts';
import { greet, languageSwitch, loadSound, loadStage, stageWords, verdictLayers, wireTools } from './ui/shell.ts';
import { localised } from './ui/localised.ts';
import { STRINGS } from './ui/strings.ts';
import { showVerdict } from './ui/verdict.ts';
import { StoryView } from './ui/view.ts';
import './ui/fonts.css';
import './ui/styles.css';

// Validated at build time (scripts/vite-plugin-story.ts). The index ships with the first screen; the
// record and glossary, and the classroom, come in chunks of their own.
const index = validatedIndex as ContentIndex;
/** A lazy chunk, fetched once; if it is gone (an update replaced the build), the player is told to reload. */
const once = <T>(load: () => Promise<T>) => {
  let p: Promise<T> | null = null;
  return () =>
    (p ??= load().catch((e: unknown) => {
      p = null;
      updateReady();
      throw e;
    }));
};
// what the views show is in the player's language (the app and its saves keep the English)
const shown = localised({
  index,
  content: once(() => import('virtual:content').then((m) => m.default as Content)),
  classroom: once(() => import('virtual:classroom').then((m) => m.default as Classroom)),
});
const { fullContent, classroomData } = shown;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage blocked (private mode, policy): play on without saves
  }
}

let presenterReady: Presenter | null = null;
const app: App = new App({
  story,
  index,
  storage: storage(),
  autosaveName: STRINGS.autosaveName,
  schedule: whenIdle,
  ports: {
    askReason,
    showVerdict: (taken): Promise<void> =>
      fullContent().then((content) => showVerdict(checkDecision(content, taken), content, verdictLayers(app))),
    // the presenter exists once the page's language is known; a turn played ahead before that is built when shown
    ahead: (from, choice, next) => presenterReady?.ahead(from, choice, next),
  },
});
app.boot();
const state = app.current;
applySettings(state.settings);
// the language: the player's setting, else the browser's (index.html's script chose the same for the first paint)
await shown.use(state.settings.language ?? pickLanguage(navigator.languages));
document.documentElement.removeAttribute('data-lang-swap');
const shownIndex = shown.index;
const view = new StoryView(shownIndex, (i) => void app.choose(i), showGlossary);
const presenter = new Presenter(app, {
  index: shownIndex,
  view,
  fullContent,
  classroomData,
  layers: () => verdictLayers(app),
  stageWords: () => stageWords(shownIndex),
});
presenterReady = presenter;
// The build rendered the opening turn into the page: a new game keeps it (and any focus given to it).
presenter.first(byId('where').dataset.prerendered === state.session.fingerprint && state.session.backlog.length === 1);
greet(app, shownIndex, () => view.focusChoices());
let audio: Awaited<ReturnType<typeof loadSound>> = null;
const switchLanguage = languageSwitch(app, shown, presenter, () => view.focusChoices());
wireTools({
  app,
  index: shownIndex,
  fullContent,
  classroomData,
  onSettings: () => audio?.setVolumes(app.current.settings),
  switchLanguage,
});
window.__tpReady = true;
window.__tpReadyAt = performance.now();
// A choice clicked before this script ran is honoured, not lost.
const early = window.__tpEarly?.shift();
window.__tpEarly = [];
if (early !== undefined) void app.choose(early);
void fullContent().then((c) => view.setContent(c));

// Phaser is a chunk of its own, fetched after the story is on screen and playable; then howler.
whenIdle(async () => {
  const stage = await loadStage(shownIndex);
  if (stage) {
    presenter.attachStage(stage);
    // the title card stands for a moment, then the scene comes in (at once if motion is reduced)
    setTimeout(
      () => {
        presenter.showStage();
        byId('stage').dataset.ready = 'true';
      },
      document.documentElement.dataset.motion === 'reduce' ? 0 : 1200,
    );
  }
  audio = await loadSound(app.current.settings);
  if (audio) presenter.attachAudio(audio);
});

// After one visit the game plays offline: the service worker caches the build (production only).
if (import.meta.env.PROD) registerServiceWorker();
