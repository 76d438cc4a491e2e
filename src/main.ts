// The composition root: builds the session from the compiled story and wires the views to it.

import validatedContent from 'virtual:content';
import story from 'virtual:story';
import { checkPath } from './core/checker.ts';
import { makeSave, SaveStore, type SaveMeta } from './core/saves.ts';
import { describeStage } from './ui/describe.ts';
import { Session, type Turn } from './core/session.ts';
import { byId } from './ui/dom.ts';
import { STRINGS } from './ui/strings.ts';
import { endingElement, showVerdict } from './ui/verdict.ts';
import { showGlossary } from './ui/glossary-card.ts';
import { StoryView } from './ui/view.ts';
import type { StageView } from './stage/types.ts';
import type { Content } from './core/record.ts';
import './ui/styles.css';

// The plugin validated it against the schema at build time (scripts/vite-plugin-story.ts).
const content = validatedContent as Content;


let session = new Session(story, content);
let stage: StageView | null = null;

const notice = byId('notice');
function say(message: string): void {
  notice.textContent = message;
  notice.hidden = false;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage blocked (private mode, policy): play on without saves
  }
}

const saves = new SaveStore(storage(), session.fingerprint);

function metaNow(name: string): SaveMeta {
  const w = describeStage(session.current.stage, content);
  return { name, savedAt: new Date().toISOString(), place: w.place, date: w.date };
}

function autosave(): void {
  // quota or blocked storage: the game goes on; only the save is lost
  saves.write('autosave', makeSave(session.save(), metaNow(STRINGS.autosaveName)));
}

const view = new StoryView(content, (index) => void choose(index), showGlossary);

function afterTurn(turn: Turn): void {
  stage?.show(turn.stage);
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
  const before = session.current;
  const choice = before.choices.find((c) => c.index === index);
  if (!choice) return;
  view.setLocked(true);
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

function restart(): void {
  saves.remove('autosave');
  session = new Session(story, content);
  const turn = session.start();
  view.showTurn(turn, { fresh: true });
  afterTurn(turn);
  view.focusChoices();
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
  byId('restart').addEventListener('click', () => {
    if (window.confirm(STRINGS.restartConfirm)) restart();
  });
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
