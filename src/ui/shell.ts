// The page around the story: the toolbar's buttons, the welcome back, the stage's loading progress.
// Each button opens a view or calls one of the app's actions; nothing here holds game state.

import type { App } from '../app/controller.ts';
import type { Classroom } from '../core/classroom.ts';
import { checkDecision } from '../core/checker.ts';
import type { Content, ContentIndex } from '../core/record.ts';
import type { SaveMeta } from '../core/saves.ts';
import type { Settings } from '../core/settings.ts';
import { pickLanguage, type Language } from '../core/i18n.ts';
import type { StageWords } from '../stage/types.ts';
import { currentLanguage } from './language.ts';
import type { Localised } from './localised.ts';
import type { AudioDirector } from '../audio/index.ts';
import type { StageView } from '../stage/types.ts';
import { showBacklog } from './backlog-panel.ts';
import { showChapters } from './chapters-panel.ts';
import { showAbout, showIntro } from './intro.ts';
import { showBrief, showTeacherMenu } from './classroom.ts';
import { openDialog } from './dialog.ts';
import { byId, h } from './dom.ts';
import { noticeText } from './notices.ts';
import { showSaves } from './saves-panel.ts';
import { applySettings, showSettings } from './settings-panel.ts';
import { stopSpeaking, voices } from './speech.ts';
import { STRINGS } from './strings.ts';
import { showVerdict, type VerdictLayers } from './verdict.ts';
import { showVoices } from './voices-panel.ts';

export interface ShellDeps {
  app: App;
  index: ContentIndex;
  fullContent(): Promise<Content>;
  classroomData(): Promise<Classroom>;
  /** the sound's volumes follow the settings once howler has loaded */
  onSettings(): void;
  /** shows the game in another language, where the player is */
  switchLanguage(lang: Language): Promise<void>;
}

/** Leaving the current game replaces the autosave: ask first when there are choices to lose. */
function mayLeave(app: App): boolean {
  return !app.hasProgress || window.confirm(STRINGS.chapters.replaceConfirm);
}

/** The page's own labels come from the strings file too (the HTML carries the same English). */
function labelTools(): void {
  const t = STRINGS.tools;
  const labels: [string, string][] = [
    ['tool-back', t.back],
    ['tool-backlog', t.backlog],
    ['tool-saves', t.saves],
    ['tool-chapters', t.chapters],
    ['tool-settings', t.settings],
    ['tool-about', STRINGS.intro.tool],
    ['tool-menu', STRINGS.menu.open],
    ['tool-classroom', t.classroom],
    ['restart', t.restart],
  ];
  for (const [id, text] of labels) byId(id).textContent = text;
  byId('tools').setAttribute('aria-label', STRINGS.menu.label);
  // on a touch screen there are no number keys to press: say "tap"
  const touch = typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
  byId('howto').textContent = touch ? STRINGS.howToTouch : STRINGS.howTo;
}

/** Every word of the page around the story in the current language (after the language changed). */
export function labelPage(index: ContentIndex): void {
  labelTools();
  document.title = `${STRINGS.gameTitle} — ${index.chapter.title}`;
  const set = (selector: string, text: string) => {
    const el = document.querySelector(selector);
    if (el) el.textContent = text;
  };
  set('a.skip', STRINGS.skipToStory);
  set('.brand .game', STRINGS.gameTitle);
  set('.brand .chapter', index.chapter.title);
  set('#cast-title', STRINGS.page.cast);
  set('#choices-heading', STRINGS.choicesLabel);
  set('#voices-btn', STRINGS.voices.open);
  document.querySelector('.text-panel')?.setAttribute('aria-label', STRINGS.page.story);
  document.querySelector('meta[name="description"]')?.setAttribute('content', STRINGS.page.description);
}

/** Shows everything in another language, where the player is: nothing in the story moves. */
export function languageSwitch(
  app: App,
  shown: Localised,
  presenter: { relocalise(): void },
  begin: () => void,
): (lang: Language) => Promise<void> {
  return async (lang) => {
    await shown.use(lang, { full: true, withClass: app.current.mode.kind === 'class' });
    labelPage(shown.index);
    presenter.relocalise();
    // the title screen, if it is up, speaks the new language too
    if (!byId('intro').hidden) showIntro(shown.index, begin);
  };
}

/** The words the stage paints, in the current language. */
export function stageWords(index: ContentIndex): StageWords {
  return { title: STRINGS.gameTitle, subtitle: index.chapter.title, months: STRINGS.months };
}

/**
 * On a narrow screen the tools fold into one Menu button (styles.css shows the button only there).
 * Choosing a tool, Escape, or a click elsewhere folds the menu again.
 */
function wireMenu(): void {
  const nav = byId('tools');
  const btn = byId('tool-menu');
  const set = (open: boolean) => {
    btn.setAttribute('aria-expanded', String(open));
    if (open) nav.dataset.open = 'true';
    else delete nav.dataset.open;
  };
  btn.addEventListener('click', () => set(btn.getAttribute('aria-expanded') !== 'true'));
  byId('tools-list').addEventListener('click', (e) => {
    if ((e.target as Element | null)?.closest('button')) set(false);
  });
  nav.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && nav.dataset.open) {
      set(false);
      btn.focus();
    }
  });
  document.addEventListener('click', (e) => {
    if (nav.dataset.open && !nav.contains(e.target as Node)) set(false);
  });
}

/** How much of a verdict card opens: the player's last choice, kept in Settings. */
export function verdictLayers(app: App): VerdictLayers {
  return {
    full: app.current.settings.verdictFull,
    remember: (full) => app.setSettings({ ...app.current.settings, verdictFull: full }),
  };
}

export function wireTools(deps: ShellDeps): void {
  const { app } = deps;
  labelTools();
  wireMenu();
  const on = (id: string, f: () => void) => byId(id).addEventListener('click', f);
  on('tool-about', () => showAbout(deps.index));

  on('tool-classroom', () => {
    void Promise.all([deps.classroomData(), deps.fullContent()]).then(([classroom, content]) =>
      showTeacherMenu(classroom, content, {
        start: (episode, name) =>
          void deps.fullContent().then(async (content) => {
            await showBrief(episode, content);
            app.startEpisode({ id: episode.id, part: episode.part, name });
          }),
        sessions: app.classSessions(),
        resume: (shelf) => (shelf === null ? app.resumeClass() : app.resumeShelvedClass(shelf)),
        remove: (shelf) => app.deleteClassSession(shelf),
      }),
    );
  });
  on('voices-btn', () => {
    const decision = app.current.session.current.decision;
    if (!decision) return;
    void deps.fullContent().then((content) => {
      const entry = content.record.find((e) => e.id === decision);
      if (entry) showVoices(entry);
    });
  });
  on('tool-back', () => {
    stopSpeaking();
    app.stepBack();
  });
  on('tool-backlog', () => {
    void deps.fullContent().then((content) => {
      const decisions = app.current.session.decisions;
      showBacklog(
        app.current.session.backlog,
        (d) => {
          const taken = decisions.filter((t) => t.decision === d).pop();
          try {
            return taken ? checkDecision(content, taken) : null;
          } catch {
            return null; // a decision the record does not know: shown without its verdict
          }
        },
        (v) => void showVerdict(v, content, verdictLayers(app)),
      );
    });
  });
  on('tool-saves', () =>
    showSaves({
      store: app.persistence.slots,
      current: (name) => app.snapshot(name),
      load: (check) => {
        const problem = app.load(check);
        return problem ? noticeText(problem) : null;
      },
      importText: (text) => {
        const problem = app.importSave(text);
        return problem ? noticeText(problem) : null;
      },
      keptAside: () => app.persistence.keptAside(),
      dropKeptAside: (at) => app.persistence.dropKeptAside(at),
    }),
  );
  on('tool-chapters', () => {
    void Promise.all([deps.fullContent(), deps.classroomData()]).then(([content, classroom]) =>
      showChapters(
        content,
        app.reached(),
        (decision) => {
          if (!mayLeave(app)) return null;
          return app.jump(decision) ? null : STRINGS.chapters.failed;
        },
        classroom.episodes.map((e) => ({ id: e.part, title: e.title })),
        (part) => {
          const title = classroom.episodes.find((e) => e.part === part)?.title ?? part;
          if (app.current.mode.kind === 'part' || mayLeave(app)) app.playPart(part, title);
        },
      ),
    );
  });
  const settings = (): void =>
    showSettings(
      app.current.settings,
      (s) => {
        const before = app.current.settings.language ?? pickLanguage(navigator.languages);
        app.setSettings(s);
        applySettings(s);
        deps.onSettings();
        if (!s.readAloud) stopSpeaking();
        const lang = s.language ?? before;
        if (lang !== currentLanguage()) {
          // the whole game changes language where the player is; the settings reopen in it
          void deps.switchLanguage(lang).then(() => {
            settings();
            document.getElementById('set-language')?.focus();
          });
        }
      },
      voices,
    );
  on('tool-settings', settings);
  on('restart', () => {
    if (window.confirm(STRINGS.restartConfirm)) {
      stopSpeaking();
      app.restart();
    }
  });
  // a pending autosave is written when the page is left
  window.addEventListener('pagehide', () => app.flush());
}

/**
 * The first screen: a verdict card left open comes back; a returning player is welcomed back to their game; a new player gets the title
 * screen beside the opening text (what the game is, who they are, the two calendars).
 */
export function greet(app: App, index: ContentIndex, begin: () => void): void {
  const state = app.current;
  // a reload with a verdict card open brings the card back: that is where the player was
  if (app.verdictWasOpen) void app.resumeVerdict();
  else if (state.mode.kind === 'class') return;
  else if (state.welcomeBack) welcomeBack(app, state.welcomeBack, index.chapter.title);
  else if (!app.hasProgress && state.mode.kind === 'chapter') showIntro(index, begin);
}

/** The title screen of a returning player: continue where they were, or start afresh. */
export function welcomeBack(app: App, meta: SaveMeta, chapterTitle: string): void {
  const go = h('button', { type: 'button', class: 'primary', 'data-action': 'continue', autofocus: '' }, STRINGS.welcome.continue);
  const fresh = h('button', { type: 'button', class: 'small', 'data-action': 'new-game' }, STRINGS.welcome.newGame);
  const dlg = openDialog('welcome-dialog', STRINGS.gameTitle, [
    h('p', { class: 'kicker' }, chapterTitle),
    h('p', {}, STRINGS.welcome.where(meta.place, meta.date)),
    h('div', { class: 'slot-actions' }, go, fresh),
  ]);
  go.addEventListener('click', () => dlg.close());
  fresh.addEventListener('click', () => {
    dlg.close();
    if (window.confirm(STRINGS.restartConfirm)) app.restart();
  });
}

/** Loads the Phaser stage with a progress bar; the story plays on without it if it fails. */
export async function loadStage(index: ContentIndex): Promise<StageView | null> {
  const holder = byId('stage');
  const status = byId('stage-status');
  const bar = byId<HTMLProgressElement>('stage-progress');
  const label = byId('stage-progress-label');
  const step = (n: number, words: string) => {
    bar.value = n;
    label.textContent = words;
  };
  status.hidden = false;
  step(1, STRINGS.loading.engine);
  try {
    const { mountStage } = await import('../stage/index.ts');
    step(2, STRINGS.loading.scene);
    const stage = await mountStage(holder, index, stageWords(index));
    step(3, STRINGS.loading.done);
    status.hidden = true;
    return stage;
  } catch (e) {
    status.hidden = false;
    label.textContent = STRINGS.stageFailed;
    bar.hidden = true;
    console.error(e);
    return null;
  }
}

/**
 * Sound: howler loads after the story is playable, and nothing plays before the player's first
 * click or key (browsers require a gesture). If audio fails, the game plays on silently.
 */
export async function loadSound(settings: Settings): Promise<AudioDirector | null> {
  try {
    const mod = await import('../audio/index.ts');
    const audio = mod.createAudio({ music: settings.music, effects: settings.effects, muted: settings.muted });
    // read by the browser tests: what is sounding (nothing is sent anywhere)
    window.__tpAudio = () => audio.status();
    const unlock = () => {
      audio.unlock();
      window.removeEventListener('pointerdown', unlock, true);
      window.removeEventListener('keydown', unlock, true);
    };
    window.addEventListener('pointerdown', unlock, true);
    window.addEventListener('keydown', unlock, true);
    return audio;
  } catch {
    return null; // no sound: the game does not need it
  }
}
