// The composition root: builds the session from the compiled story and wires the views to it.

import validatedIndex from 'virtual:content-index';
import story from 'virtual:story';
import { checkDecision, type Verdict } from './core/checker.ts';
import { sessionAtDecision } from './core/jump.ts';
import type { Content, ContentIndex } from './core/record.ts';
import { makeSave, SaveStore, type SaveCheck, type SaveMeta } from './core/saves.ts';
import { Session, type Turn } from './core/session.ts';
import type { Settings } from './core/settings.ts';
import type { AudioDirector } from './audio/index.ts';
import type { StageView } from './stage/types.ts';
import { showBacklog } from './ui/backlog-panel.ts';
import { showChapters } from './ui/chapters-panel.ts';
import { describeStage } from './ui/describe.ts';
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
  saves.write('autosave', makeSave(session.save(), metaNow(STRINGS.autosaveName)));
}

const view = new StoryView(index, (i) => void choose(i), showGlossary);
const backBtn = byId<HTMLButtonElement>('tool-back');

/** Everything that follows a new turn on screen: stage, reading aloud, tools, the ending. */
function afterTurn(turn: Turn): void {
  stage?.show(turn.stage);
  playCues(turn);
  markReached(turn);
  backBtn.disabled = !session.canRollback;
  speak(
    turn.lines.map((l) => l.text),
    settings,
  );
  if (turn.ending) void showEnding(turn);
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
  const report = buildReport(content, session.decisions, turn.ending, STRINGS.chapterTitle);
  const el = debriefElement(
    report,
    {
      onAgain: restart,
      openVerdict: (decision) => {
        const v = verdictFor(content, decision);
        if (v) void showVerdict(v, content);
      },
      openReport,
    },
    STRINGS.debrief.chapterEnd,
  );
  view.appendBlock(el);
  el.querySelector<HTMLElement>('#ending-title')?.focus();
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
  if (session.current.decision && settings.reasons) {
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
    autosave();
    if (taken) {
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

function jumpTo(decision: string): string | null {
  const next = sessionAtDecision(story, index, decision);
  if (!next) return STRINGS.chapters.failed;
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

function wireTools(): void {
  byId('voices-btn').addEventListener('click', () => {
    const decision = session.current.decision;
    if (!decision) return;
    void fullContent().then((content) => {
      const entry = content.record.find((e) => e.id === decision);
      if (entry) showVoices(entry);
    });
  });
  backBtn.addEventListener('click', stepBack);
  byId('tool-backlog').addEventListener('click', () =>
    void fullContent().then((content) =>
      showBacklog(session.backlog, (d) => verdictFor(content, d), (v) => void showVerdict(v, content)),
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
  byId('tool-chapters').addEventListener('click', () =>
    void fullContent().then((content) => showChapters(content, reached(), jumpTo)),
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
  status.textContent = STRINGS.loadingStage;
  try {
    const { mountStage } = await import('./stage/index.ts');
    stage = await mountStage(holder, index);
    stage.show(session.current.stage);
    status.textContent = '';
    holder.dataset.ready = 'true';
  } catch (e) {
    status.textContent = STRINGS.stageFailed;
    console.error(e);
  }
}

boot();
void fullContent().then((c) => view.setContent(c));
// Phaser is a chunk of its own, fetched after the story is on screen and playable.
const later = (f: () => void) =>
  'requestIdleCallback' in window ? window.requestIdleCallback(f, { timeout: 500 }) : setTimeout(f, 0);
later(() => void loadStage().then(() => loadAudio()));

// After one visit the game plays offline: the service worker caches the build (production only).
if (import.meta.env.PROD && 'serviceWorker' in navigator && location.protocol !== 'file:') {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // no offline play (a private window, a policy): the game works online all the same
    });
  });
}
