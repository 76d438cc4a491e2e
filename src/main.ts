// The composition root: builds the session from the compiled story and wires the views to it.

import validatedContent from 'virtual:content';
import story from 'virtual:story';
import { checkDecision, checkPath, type Verdict } from './core/checker.ts';
import { sessionAtDecision } from './core/jump.ts';
import type { Content } from './core/record.ts';
import { makeSave, SaveStore, type SaveCheck, type SaveMeta } from './core/saves.ts';
import { Session, type Turn } from './core/session.ts';
import type { Settings } from './core/settings.ts';
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
import { endingElement, showVerdict } from './ui/verdict.ts';
import { StoryView } from './ui/view.ts';
import './ui/styles.css';

// The plugin validated it against the schema at build time (scripts/vite-plugin-story.ts).
const content = validatedContent as Content;
const REACHED_KEY = 'turning-points:reached';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage blocked (private mode, policy): play on without saves
  }
}

let session = new Session(story, content);
let stage: StageView | null = null;
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
  const w = describeStage(session.current.stage, content);
  return { name, savedAt: new Date().toISOString(), place: w.place, date: w.date };
}

function autosave(): void {
  // quota or blocked storage: the game goes on; only the save is lost
  saves.write('autosave', makeSave(session.save(), metaNow(STRINGS.autosaveName)));
}

const view = new StoryView(content, (index) => void choose(index), showGlossary);
const backBtn = byId<HTMLButtonElement>('tool-back');

/** Everything that follows a new turn on screen: stage, reading aloud, tools, the ending. */
function afterTurn(turn: Turn): void {
  stage?.show(turn.stage);
  markReached(turn);
  backBtn.disabled = !session.canRollback;
  speak(
    turn.lines.map((l) => l.text),
    settings,
  );
  if (turn.ending) showEnding(turn);
}

function showEnding(turn: Turn): void {
  const ending = content.endings.find((e) => e.id === turn.ending);
  if (!ending) return;
  const el = endingElement(ending, checkPath(content, session.decisions), content, restart);
  view.appendBlock(el);
  el.querySelector<HTMLElement>('#ending-title')?.focus();
}

async function choose(index: number): Promise<void> {
  const choice = session.current.choices.find((c) => c.index === index);
  if (!choice) return;
  view.setLocked(true);
  unsay();
  stopSpeaking();
  try {
    const { turn, verdict } = session.choose(index);
    autosave();
    if (verdict) await showVerdict(verdict, content);
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
  session = new Session(story, content);
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
  const next = new Session(story, content);
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
  const next = sessionAtDecision(story, content, decision);
  if (!next) return STRINGS.chapters.failed;
  session = next;
  autosave();
  showFresh(next.current);
  say(STRINGS.chapters.jumped);
  return null;
}

function verdictFor(decision: string): Verdict | null {
  const taken = session.decisions.filter((d) => d.decision === decision).pop();
  return taken ? checkDecision(content, taken) : null;
}

function wireTools(): void {
  backBtn.addEventListener('click', stepBack);
  byId('tool-backlog').addEventListener('click', () =>
    showBacklog(session.backlog, verdictFor, (v) => void showVerdict(v, content)),
  );
  byId('tool-saves').addEventListener('click', () =>
    showSaves({
      store: saves,
      fingerprint: session.fingerprint,
      current: (name) => ({ state: session.save(), meta: metaNow(name) }),
      load: loadSave,
    }),
  );
  byId('tool-chapters').addEventListener('click', () => showChapters(content, reached(), jumpTo));
  byId('tool-settings').addEventListener('click', () =>
    showSettings(
      settings,
      (s) => {
        settings = s;
        applySettings(s);
        saveSettings(storage(), s);
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
        session = new Session(story, content);
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
    stage = await mountStage(holder, content);
    stage.show(session.current.stage);
    status.textContent = '';
    holder.dataset.ready = 'true';
  } catch (e) {
    status.textContent = STRINGS.stageFailed;
    console.error(e);
  }
}

boot();
// Phaser is a chunk of its own, fetched after the story is on screen and playable.
if ('requestIdleCallback' in window) window.requestIdleCallback(() => void loadStage(), { timeout: 500 });
else setTimeout(() => void loadStage(), 0);
