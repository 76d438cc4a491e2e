// The composition root: builds the session from the compiled story and wires the views to it.

import validatedIndex from 'virtual:content-index';
import story from 'virtual:story';
import { checkDecision, type Verdict } from './core/checker.ts';
import { episodeOver, sessionAtDecision, sessionAtPart } from './core/jump.ts';
import type { Classroom, Episode, Tally } from './core/classroom.ts';
import { glossaryAt, type Content, type ContentIndex } from './core/record.ts';
import { makeSave, parseSave, SaveStore, type SaveCheck, type SaveMeta } from './core/saves.ts';
import { Session, type Turn } from './core/session.ts';
import type { Settings } from './core/settings.ts';
import type { AudioDirector } from './audio/index.ts';
import type { StageView } from './stage/types.ts';
import { showBacklog } from './ui/backlog-panel.ts';
import { showCast } from './ui/cast-list.ts';
import { showChapters } from './ui/chapters-panel.ts';
import { describeStage } from './core/describe.ts';
import { byId } from './ui/dom.ts';
import { showGlossary } from './ui/glossary-card.ts';
import { showSaves } from './ui/saves-panel.ts';
import { applySettings, loadSettings, saveSettings, showSettings } from './ui/settings-panel.ts';
import { speak, stopSpeaking, voices } from './ui/speech.ts';
import { STRINGS } from './ui/strings.ts';
import { showVerdict } from './ui/verdict.ts';
import { debriefElement, pathPicture, reportTable } from './ui/debrief.ts';
import { buildReport, parseReport } from './core/report.ts';
import { openDialog } from './ui/dialog.ts';
import { h } from './ui/dom.ts';
import { askReason } from './ui/reason-prompt.ts';
import { showVoices } from './ui/voices-panel.ts';
import { classDebrief, showBrief, showRoleCards, showTeacherMenu, timerElement, votePanel } from './ui/classroom.ts';
import { StoryView } from './ui/view.ts';
import './ui/styles.css';

// The plugin validated both against the schema at build time (scripts/vite-plugin-story.ts).
// The index (places, people, endings, which options each decision has) ships with the first
// screen; the full record and the glossary come in a chunk of their own, fetched at once.
const index = validatedIndex as ContentIndex;
let contentPromise: Promise<Content> | null = null;
function fullContent(): Promise<Content> {
  contentPromise ??= import('virtual:content').then((m) => m.default as Content);
  return contentPromise;
}
const REACHED_KEY = 'turning-points:reached';
const CLASS_KEY = 'turning-points:class';

/** A class session: which episode, the class's votes and choices, and where it started. Plain data. */
interface ClassState {
  episode: string;
  votes: Record<string, Tally>;
  chosen: Record<string, string>;
  /** how many decisions the session had taken when the episode began */
  from: number;
}
let classState: ClassState | null = null;
/** One part played on its own: where it began, for its debrief. */
let soloPart: { title: string; part: string; from: number } | null = null;
let classroomPromise: Promise<Classroom> | null = null;
function classroomData(): Promise<Classroom> {
  classroomPromise ??= import('virtual:classroom').then((m) => m.default as Classroom);
  return classroomPromise;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage blocked (private mode, policy): play on without saves
  }
}

let session = new Session(story, index);
let stage: StageView | null = null;
let audio: AudioDirector | null = null;
let eraForYear: ((year: number, month?: number) => string) | null = null;
let settings: Settings = loadSettings(storage());
applySettings(settings);
const saves = new SaveStore(storage(), session.fingerprint);

const notice = byId('notice');
function say(message: string): void {
  notice.textContent = message;
  notice.hidden = false;
}
function unsay(): void {
  notice.hidden = true;
  notice.textContent = '';
}

/** Decision points ever reached in this browser, for chapter select. */
function reached(): Set<string> {
  try {
    const v: unknown = JSON.parse(storage()?.getItem(REACHED_KEY) ?? '[]');
    return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}
function markReached(turn: Turn): void {
  if (!turn.decision) return;
  const r = reached();
  if (r.has(turn.decision)) return;
  r.add(turn.decision);
  try {
    storage()?.setItem(REACHED_KEY, JSON.stringify([...r]));
  } catch {
    // not critical: chapter select just shows less
  }
}

function metaNow(name: string): SaveMeta {
  const w = describeStage(session.current.stage, index);
  return { name, savedAt: new Date().toISOString(), place: w.place, date: w.date };
}

function autosave(): void {
  // quota or blocked storage: the game goes on; only the save is lost
  const file = makeSave(session.save(), metaNow(STRINGS.autosaveName));
  if (classState) {
    // a class session is kept apart from the player's own autosave
    try {
      storage()?.setItem(CLASS_KEY, JSON.stringify({ state: classState, save: file }));
    } catch {
      say(STRINGS.storageProblems['storage-full']);
    }
    return;
  }
  saves.write('autosave', file);
}

let autosavePending = false;
/** Saves after the text is on screen (saving the whole backlog is not free); flushed on leaving. */
function autosaveSoon(): void {
  if (autosavePending) return;
  autosavePending = true;
  const run = () => {
    if (!autosavePending) return;
    autosavePending = false;
    autosave();
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 1000 });
  else setTimeout(run, 50);
}
window.addEventListener('pagehide', () => {
  if (autosavePending) {
    autosavePending = false;
    autosave();
  }
});

const view = new StoryView(index, (i) => void choose(i), showGlossary);
const backBtn = byId<HTMLButtonElement>('tool-back');

/** Runs `f` once the frame that shows the new text has been painted: the words come first. */
function afterPaint(f: () => void): void {
  requestAnimationFrame(() => setTimeout(f, 0));
}

/** Everything that follows a new turn on screen: stage, sound, saving, reading aloud, the ending. */
function afterTurn(turn: Turn): void {
  backBtn.disabled = !session.canRollback;
  markReached(turn);
  autosaveSoon();
  afterPaint(() => {
    if (session.current !== turn) return; // the player has already moved on
    stage?.show(turn.stage);
    playCues(turn);
    void fullContent().then((c) => {
      if (session.current === turn) showCast(turn, c, session.decisions);
    });
    speak(
      turn.lines.map((l) => l.text),
      settings,
    );
  });
  if (classState) {
    void classTurn(turn);
    return;
  }
  if (turn.ending || (soloPart && episodeOver(turn))) void showEnding(turn);
}

/** Music for the era and mood of the scene, and the sound effects of its lines. */
function playCues(turn: Turn): void {
  if (!audio || !eraForYear) return;
  const date = turn.stage.date?.ns;
  if (date) audio.setScene(eraForYear(Number(date.slice(0, 4)), Number(date.slice(5, 7))), turn.stage.mood);
  for (const line of turn.lines) for (const id of line.sfx) audio.sfx(id);
}

/**
 * Sound: howler loads after the story is playable, and nothing plays before the player's first
 * click or key (browsers require a gesture). If audio fails, the game plays on silently.
 */
async function loadAudio(): Promise<void> {
  try {
    const mod = await import('./audio/index.ts');
    eraForYear = mod.eraForYear;
    audio = mod.createAudio({ music: settings.music, effects: settings.effects, muted: settings.muted });
    // read by the browser tests: what is sounding (nothing is sent anywhere)
    window.__tpAudio = () => audio?.status() ?? null;
    const unlock = () => {
      audio?.unlock();
      playCues(session.current);
      window.removeEventListener('pointerdown', unlock, true);
      window.removeEventListener('keydown', unlock, true);
    };
    window.addEventListener('pointerdown', unlock, true);
    window.addEventListener('keydown', unlock, true);
  } catch {
    audio = null; // no sound: the game does not need it
  }
}

async function showEnding(turn: Turn): Promise<void> {
  const content = await fullContent();
  const part = soloPart;
  const taken = part ? session.decisions.slice(part.from) : session.decisions;
  const report = buildReport(content, taken, part ? null : turn.ending, part ? part.title : STRINGS.chapterTitle);
  const date = turn.stage.date?.ns ?? '9999-12-31';
  const terms = view
    .seenTerms()
    .map((id) => glossaryAt(content, id, date))
    .filter((e): e is NonNullable<typeof e> => e !== null)
    .sort((a, b) => a.term.localeCompare(b.term));
  const el = debriefElement(
    report,
    {
      onAgain: part ? () => playPart(part.part) : restart,
      openVerdict: (decision) => {
        const v = verdictFor(content, decision);
        if (v) void showVerdict(v, content);
      },
      openReport,
      terms,
      openTerm: showGlossary,
    },
    part ? STRINGS.debrief.partEnd : STRINGS.debrief.chapterEnd,
  );
  if (part) view.hideChoices();
  view.appendBlock(el);
  el.querySelector<HTMLElement>('#ending-title')?.focus();
}

/** Plays one part on its own, from where history had the story, to a debrief of that part. */
function playPart(part: string): void {
  if (!soloPart && !mayLeaveGame()) return;
  void classroomData().then((c) => {
    const episode = c.episodes.find((e) => e.part === part);
    const next = sessionAtPart(story, index, part);
    if (!next) return say(STRINGS.chapters.failed);
    if (classState) endClassQuietly();
    session = next;
    soloPart = { title: episode?.title ?? part, part, from: next.decisions.length };
    showFresh(session.current);
    say(STRINGS.chapters.partStarted);
  });
}

/** Opens an exported report file: validated data, shown as text, never as HTML. */
function openReport(): void {
  const input = h('input', { type: 'file', id: 'report-file', accept: '.json,application/json' });
  const holder = h('div', { class: 'report-view' });
  const dlg = openDialog('report-dialog', STRINGS.debrief.reportTitle, [
    h('label', { for: 'report-file' }, STRINGS.debrief.open),
    input,
    holder,
  ]);
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      const report = parseReport(text);
      if (!report) {
        dlg.status.textContent = STRINGS.debrief.reportRefused;
        holder.replaceChildren();
        return;
      }
      dlg.status.textContent = '';
      holder.replaceChildren(
        h('p', {}, report.ending ? `${report.ending.title} — ${report.ending.summary}` : STRINGS.debrief.episodeOver),
        pathPicture(report),
        reportTable(report),
      );
    });
  });
}

async function choose(picked: number): Promise<void> {
  const choice = session.current.choices.find((c) => c.index === picked);
  if (!choice) return;
  view.setLocked(true);
  unsay();
  stopSpeaking();
  let reason = '';
  if (session.current.decision && (settings.reasons || classState)) {
    const answer = await askReason(choice.text);
    if (answer === null) {
      // "think again": the choice stays open
      view.setLocked(false);
      return;
    }
    reason = answer;
  }
  try {
    const { turn, taken } = session.choose(picked, reason);
    if (taken && classState) classState.chosen[taken.decision] = taken.option;
    if (taken) {
      autosave(); // a decision is saved at once, before its verdict
      const content = await fullContent();
      await showVerdict(checkDecision(content, taken), content);
    }
    view.showTurn(turn, { echo: choice.text });
    afterTurn(turn);
    if (!turn.ending) view.focusChoices();
  } catch (e) {
    view.setLocked(false);
    say(`${STRINGS.storyError} ${e instanceof Error ? e.message : String(e)}`);
    throw e;
  }
}

/** Shows the whole current state afresh: after a load, a step back, a jump, a restart. */
function showFresh(turn: Turn): void {
  view.showTurn(turn, { fresh: true });
  afterTurn(turn);
  if (!turn.ending) view.focusChoices();
}

function restart(): void {
  stopSpeaking();
  soloPart = null;
  if (classState) return endClass();
  session = new Session(story, index);
  saves.remove('autosave');
  unsay();
  showFresh(session.start());
}

function stepBack(): void {
  if (!session.canRollback) return;
  stopSpeaking();
  const turn = session.rollback();
  autosave();
  showFresh(turn);
  say(STRINGS.steppedBack);
}

/** Loads a checked save; returns a sentence when it cannot, leaving the current game as it was. */
function loadSave(check: Extract<SaveCheck, { ok: true }>): string | null {
  const next = new Session(story, index);
  try {
    const turn = next.restore(check.state);
    session = next;
    autosave();
    showFresh(turn);
    say(check.sameStory ? STRINGS.saves.loaded : STRINGS.resumedUpdated);
    return null;
  } catch {
    return STRINGS.saveProblems[check.sameStory ? 'damaged' : 'other-story'];
  }
}

/** Jumping elsewhere replaces the autosave: ask first when there is progress to lose. */
function mayLeaveGame(): boolean {
  return session.backlog.length <= 1 || window.confirm(STRINGS.chapters.replaceConfirm);
}

function jumpTo(decision: string): string | null {
  if (!mayLeaveGame()) return null;
  const next = sessionAtDecision(story, index, decision);
  if (!next) return STRINGS.chapters.failed;
  soloPart = null;
  session = next;
  autosave();
  showFresh(next.current);
  say(STRINGS.chapters.jumped);
  return null;
}

function verdictFor(content: Content, decision: string): Verdict | null {
  const taken = session.decisions.filter((d) => d.decision === decision).pop();
  return taken ? checkDecision(content, taken) : null;
}

// ---- classroom mode -------------------------------------------------------------------------

const classArea = byId('class-area');
const classBanner = byId('class-banner');

function episodeById(c: Classroom, id: string): Episode | undefined {
  return c.episodes.find((e) => e.id === id);
}

async function classTurn(turn: Turn): Promise<void> {
  if (!classState) return;
  const [classroom, content] = await Promise.all([classroomData(), fullContent()]);
  const episode = episodeById(classroom, classState.episode);
  if (!episode) return;
  classArea.replaceChildren();
  if (episodeOver(turn)) {
    view.hideChoices();
    setPhase(episode, STRINGS.classroom.phaseDebrief);
    const taken = session.decisions.slice(classState.from);
    const report = buildReport(content, taken, null, episode.title);
    const el = classDebrief(episode, report, classState.chosen, classState.votes, {
      openVerdict: (d) => {
        const v = verdictFor(content, d);
        if (v) void showVerdict(v, content);
      },
      end: endClass,
    });
    classArea.append(el);
    el.querySelector<HTMLElement>('#class-debrief-title')?.focus();
    return;
  }
  setPhase(episode, STRINGS.classroom.phasePlay);
  if (turn.decision) {
    const state = classState;
    const decision = turn.decision;
    classArea.append(
      votePanel(turn.choices, episode.prompts[decision] ?? '', state.votes[decision] ?? {}, {
        play: (i, tally) => {
          state.votes[decision] = tally;
          void choose(i);
        },
      }),
    );
  }
}

function setPhase(episode: Episode, phase: string): void {
  const cards = h('button', { type: 'button', class: 'small', 'data-action': 'show-roles' }, STRINGS.classroom.viewCards);
  void fullContent().then((content) => cards.addEventListener('click', () => showRoleCards(episode, content)));
  const end = h('button', { type: 'button', class: 'small', 'data-action': 'end-class-banner' }, STRINGS.classroom.end);
  end.addEventListener('click', endClass);
  const existingTimer = classBanner.querySelector('.timer');
  classBanner.replaceChildren(
    h(
      'p',
      { class: 'class-title' },
      h('span', { class: 'kicker' }, `${STRINGS.classroom.banner} · ${phase}`),
      h('strong', {}, episode.title),
    ),
    existingTimer ?? timerElement(episode.minutes.play),
    h('div', { class: 'slot-actions' }, cards, end),
  );
  classBanner.hidden = false;
}

async function startEpisode(episode: Episode): Promise<void> {
  const content = await fullContent();
  document.documentElement.dataset.mode = 'projector';
  await showBrief(episode, content);
  const next = sessionAtPart(story, index, episode.part);
  if (!next) {
    say(STRINGS.chapters.failed);
    return;
  }
  session = next;
  soloPart = null;
  classState = { episode: episode.id, votes: {}, chosen: {}, from: next.decisions.length };
  classBanner.querySelector('.timer')?.remove();
  autosave();
  showFresh(session.current);
  say(STRINGS.classroom.saved);
}

function savedClass(): { state: ClassState; save: string } | null {
  try {
    const raw: unknown = JSON.parse(storage()?.getItem(CLASS_KEY) ?? 'null');
    if (!raw || typeof raw !== 'object') return null;
    const r = raw as { state?: ClassState; save?: unknown };
    const st = r.state;
    if (
      !st ||
      typeof st.episode !== 'string' ||
      typeof r.save !== 'string' ||
      typeof st.votes !== 'object' ||
      typeof st.chosen !== 'object' ||
      typeof st.from !== 'number'
    )
      return null;
    return { state: st, save: r.save };
  } catch {
    return null;
  }
}

function resumeClass(saved: { state: ClassState; save: string }): void {
  const check = parseSave(saved.save, session.fingerprint);
  if (!check.ok) {
    say(STRINGS.saveProblems[check.reason]);
    return;
  }
  const next = new Session(story, index);
  try {
    const turn = next.restore(check.state);
    session = next;
    classState = saved.state;
    document.documentElement.dataset.mode = 'projector';
    classBanner.querySelector('.timer')?.remove();
    showFresh(turn);
  } catch {
    say(STRINGS.saveProblems['other-story']);
  }
}

/** Leaves class mode without touching the game on screen (another mode takes over). */
function endClassQuietly(): void {
  classState = null;
  delete document.documentElement.dataset.mode;
  classBanner.hidden = true;
  classBanner.replaceChildren();
  classArea.replaceChildren();
}

function endClass(): void {
  classState = null;
  try {
    storage()?.removeItem(CLASS_KEY);
  } catch {
    // nothing to remove
  }
  delete document.documentElement.dataset.mode;
  classBanner.hidden = true;
  classBanner.replaceChildren();
  classArea.replaceChildren();
  // back to the player's own game, as it was
  const check = saves.read('autosave');
  session = new Session(story, index);
  let turn: Turn | null = null;
  if (check?.ok) {
    try {
      turn = session.restore(check.state);
    } catch {
      turn = null;
    }
  }
  showFresh(turn ?? session.start());
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
    ['tool-classroom', t.classroom],
    ['restart', t.restart],
  ];
  for (const [id, text] of labels) byId(id).textContent = text;
  byId('howto').textContent = STRINGS.howTo;
}

function wireTools(): void {
  labelTools();
  byId('tool-classroom').addEventListener('click', () => {
    void classroomData().then((classroom) => {
      const saved = savedClass();
      showTeacherMenu(classroom, {
        start: (e) => void startEpisode(e),
        resume: saved ? () => resumeClass(saved) : null,
      });
    });
  });
  byId('voices-btn').addEventListener('click', () => {
    const decision = session.current.decision;
    if (!decision) return;
    void fullContent().then((content) => {
      const entry = content.record.find((e) => e.id === decision);
      if (entry) showVoices(entry);
    });
  });
  backBtn.addEventListener('click', stepBack);
  byId('tool-backlog').addEventListener(
    'click',
    () =>
      void fullContent().then((content) =>
        showBacklog(
          session.backlog,
          (d) => verdictFor(content, d),
          (v) => void showVerdict(v, content),
        ),
      ),
  );
  byId('tool-saves').addEventListener('click', () =>
    showSaves({
      store: saves,
      fingerprint: session.fingerprint,
      current: (name) => ({ state: session.save(), meta: metaNow(name) }),
      load: loadSave,
    }),
  );
  byId('tool-chapters').addEventListener(
    'click',
    () =>
      void Promise.all([fullContent(), classroomData()]).then(([content, c]) =>
        showChapters(
          content,
          reached(),
          jumpTo,
          c.episodes.map((e) => ({ id: e.part, title: e.title })),
          playPart,
        ),
      ),
  );
  byId('tool-settings').addEventListener('click', () =>
    showSettings(
      settings,
      (s) => {
        settings = s;
        applySettings(s);
        saveSettings(storage(), s);
        audio?.setVolumes({ music: s.music, effects: s.effects, muted: s.muted });
        if (!s.readAloud) stopSpeaking();
      },
      voices,
    ),
  );
  byId('restart').addEventListener('click', () => {
    if (window.confirm(STRINGS.restartConfirm)) restart();
  });
}

/** The title screen of a returning player: continue where they were, or start afresh. */
function welcomeBack(meta: SaveMeta): void {
  const go = h('button', { type: 'button', class: 'primary', 'data-action': 'continue', autofocus: '' }, STRINGS.welcome.continue);
  const fresh = h('button', { type: 'button', class: 'small', 'data-action': 'new-game' }, STRINGS.welcome.newGame);
  const dlg = openDialog('welcome-dialog', STRINGS.gameTitle, [
    h('p', { class: 'kicker' }, STRINGS.chapterTitle),
    h('p', {}, STRINGS.welcome.where(meta.place, meta.date)),
    h('div', { class: 'slot-actions' }, go, fresh),
  ]);
  go.addEventListener('click', () => dlg.close());
  fresh.addEventListener('click', () => {
    dlg.close();
    if (window.confirm(STRINGS.restartConfirm)) restart();
  });
}

function boot(): void {
  const where = byId('where');
  const prerendered = where.dataset.prerendered === session.fingerprint;
  const check = saves.read('autosave');
  let turn: Turn | null = null;
  if (check !== null) {
    if (check.ok) {
      try {
        turn = session.restore(check.state);
        view.showTurn(turn, { fresh: true });
        say(check.sameStory ? STRINGS.resumed : STRINGS.resumedUpdated);
        if (session.backlog.length > 1) welcomeBack(check.meta);
      } catch {
        session = new Session(story, index);
        turn = null;
        say(STRINGS.saveRefused[check.sameStory ? 'damaged' : 'other-story']);
      }
    } else {
      say(STRINGS.saveRefused[check.reason]);
    }
  }
  if (!turn) {
    turn = session.start();
    // The build rendered this very turn into the page: keep it (and any focus the player gave it).
    if (prerendered) view.adopt(turn);
    else view.showTurn(turn, { fresh: true });
  }
  afterTurn(turn);
  wireTools();
  window.__tpReady = true;
  window.__tpReadyAt = performance.now();
  // A choice clicked before this script ran is honoured, not lost.
  const early = window.__tpEarly?.shift();
  window.__tpEarly = [];
  if (early !== undefined && !turn.ending) void choose(early);
}

async function loadStage(): Promise<void> {
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
    const { mountStage } = await import('./stage/index.ts');
    step(2, STRINGS.loading.scene);
    stage = await mountStage(holder, index, { title: STRINGS.gameTitle, subtitle: STRINGS.chapterTitle });
    step(3, STRINGS.loading.done);
    status.hidden = true;
    // the title card stands for a moment, then the scene comes in (at once if motion is reduced)
    const wait = document.documentElement.dataset.motion === 'reduce' ? 0 : 1200;
    setTimeout(() => {
      stage?.show(session.current.stage);
      holder.dataset.ready = 'true';
    }, wait);
  } catch (e) {
    status.hidden = false;
    label.textContent = STRINGS.stageFailed;
    bar.hidden = true;
    console.error(e);
  }
}

boot();
void fullContent().then((c) => view.setContent(c));
// Phaser is a chunk of its own, fetched after the story is on screen and playable.
const later = (f: () => void) => ('requestIdleCallback' in window ? window.requestIdleCallback(f, { timeout: 500 }) : setTimeout(f, 0));
later(() => void loadStage().then(() => loadAudio()));

// After one visit the game plays offline: the service worker caches the build (production only).
if (import.meta.env.PROD && 'serviceWorker' in navigator && location.protocol !== 'file:') {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // no offline play (a private window, a policy): the game works online all the same
    });
  });
}
