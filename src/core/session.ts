// A playthrough: the runner, the stage state built from cues, the decisions taken. All plain data.

import { toDual, type DualDate } from './calendar.ts';
import type { DecisionTaken } from './checker.ts';
import { own } from './guards.ts';
import { fnv1a } from './random.ts';
import type { ContentIndex } from './record.ts';
import { StoryRunner, type CompiledStory, type RawLine } from './runner.ts';
import type { Cue, Mood, Pose, TimeOfDay, Weather } from './tags.ts';

export interface StageState {
  place: string | null;
  date: DualDate | null;
  people: string[];
  actor: string | null;
  mood: Mood | null;
  /** set by `# weather:` for the scene; absent: the place's own (a new place clears it) */
  weather?: Weather;
  /** set by `# time:`; absent: the place's own */
  time?: TimeOfDay;
  /** one of the place's `views` (`# view:`), such as a palace's courtyard; absent: the place itself */
  view?: string;
  /** what people do (`# pose:`), by person id; a new place or cast clears it */
  poses?: Record<string, Pose>;
}

export interface Line {
  text: string;
  speculation: boolean;
  /** the citation when the line quotes a historical person */
  quote: string | null;
  /** sound effects to play when the line is shown */
  sfx: string[];
  /** the line ids (`# id:`) of the ink lines this line is made of, in order: the keys of its translations */
  ids: string[];
}

export interface ChoiceView {
  index: number;
  text: string;
  /** the record option this choice stands for, at a decision point */
  option: string | null;
  /** the part of the chapter this choice begins (a page turn between parts) */
  part: string | null;
  /** the choice's line id (`# id:`): the key of its translations */
  id: string | null;
}

/** Everything a view needs to show one step of the story. Plain, serialisable data. */
export interface Turn {
  lines: Line[];
  choices: ChoiceView[];
  stage: StageState;
  /** the decision point the choices belong to, if any */
  decision: string | null;
  /** the ending reached, if the story ended here */
  ending: string | null;
}

/** One step of the playthrough as the player saw it, and what they chose there. */
export interface BacklogEntry {
  turn: Turn;
  chose: string | null;
}

/** The state before a choice, for stepping back: ink's state and how far the logs went. Kept in memory only. */
export interface Snapshot {
  ink: string;
  taken: number;
  at: number;
  /** how many choices the path held */
  steps: number;
}

/**
 * A save: the path of choices from the start, not the ink state. Restoring replays the path through
 * the story, which proves it (every choice must exist where it was taken) and rebuilds the backlog
 * and the step-back states; a save after 70 choices is a few kilobytes. Plain data.
 */
export interface SaveState {
  format: 2;
  /** fingerprint of the compiled story the path was taken in (another story may still replay it) */
  story: string;
  /** ink's random seed, so a story with shuffles replays the same way */
  seed: number;
  /** the text of every choice taken, from the start, in order */
  chose: string[];
  /** the decisions taken on the way, with the player's reasons: checked against the replay */
  taken: DecisionTaken[];
}

/** How many choices back a player can step; bounds the size of a save. */
export const MAX_ROLLBACK = 40;

export interface TurnResult {
  turn: Turn;
  /** the decision just taken, if the choice was one (checkDecision gives its verdict) */
  taken: DecisionTaken | null;
}

export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}

const EMPTY_STAGE: StageState = { place: null, date: null, people: [], actor: null, mood: null };

/** Applies one line's cues to the stage; checks ids against the content. */
function applyCues(stage: StageState, cues: readonly Cue[], content: ContentIndex): StageState {
  let next = stage;
  for (const cue of cues) {
    switch (cue.kind) {
      case 'place':
        if (!own(content.places, cue.id)) throw new ContentError(`Unknown place "${cue.id}" (not in story/places/).`);
        if (next.place !== cue.id) {
          // a new place brings its own sky, hour and view, and nobody's pose carries over
          const { weather: _w, time: _t, view: _v, poses: _p, ...rest } = next;
          next = { ...rest, place: cue.id };
        }
        break;
      case 'weather':
        next = { ...next, weather: cue.weather };
        break;
      case 'time':
        next = { ...next, time: cue.time };
        break;
      case 'view': {
        const views = next.place ? content.places[next.place]?.views : undefined;
        if (!views?.[cue.id]) throw new ContentError(`Unknown view "${cue.id}" of place "${next.place ?? ''}" (not in its "views").`);
        next = { ...next, view: cue.id };
        break;
      }
      case 'pose': {
        const poses = { ...next.poses };
        for (const { id, pose } of cue.poses) {
          if (!own(content.people, id)) throw new ContentError(`Unknown person "${id}" in a pose (not in story/people/).`);
          poses[id] = pose;
        }
        next = { ...next, poses };
        break;
      }
      case 'date':
        next = { ...next, date: toDual(cue.iso, cue.calendar) };
        break;
      case 'people':
        for (const id of cue.ids) {
          if (!own(content.people, id)) throw new ContentError(`Unknown person "${id}" (not in story/people/).`);
        }
        next = { ...next, people: [...cue.ids] };
        if (next.poses) {
          // poses of people who left the scene go with them
          const kept = Object.entries(next.poses).filter(([id]) => cue.ids.includes(id));
          const { poses: _p, ...rest } = next;
          next = kept.length > 0 ? { ...rest, poses: Object.fromEntries(kept) } : rest;
        }
        break;
      case 'actor':
        if (!own(content.people, cue.id)) throw new ContentError(`Unknown actor "${cue.id}" (not in story/people/).`);
        next = { ...next, actor: cue.id };
        break;
      case 'mood':
        next = { ...next, mood: cue.mood };
        break;
      default:
        break;
    }
  }
  return next;
}

function toLine(raw: RawLine): Line {
  let speculation = false;
  let quote: string | null = null;
  const sfx: string[] = [];
  const ids: string[] = [];
  for (const c of raw.cues) {
    if (c.kind === 'id') ids.push(c.id);
    if (c.kind === 'speculation') speculation = true;
    if (c.kind === 'quote') quote = c.source;
    if (c.kind === 'sfx') sfx.push(c.id);
  }
  return { text: raw.text, speculation, quote, sfx, ids };
}

/** A short, stable fingerprint of a compiled story (FNV-1a), so a save knows which story it belongs to. */
export function storyFingerprint(compiled: CompiledStory): string {
  const text = typeof compiled === 'string' ? compiled : JSON.stringify(compiled);
  return fnv1a(text).toString(16).padStart(8, '0');
}

export class Session {
  private runner: StoryRunner;
  private turn: Turn;
  private taken: DecisionTaken[] = [];
  private log: BacklogEntry[] = [];
  private past: Snapshot[] = [];
  /** the text of every choice taken from the start: the save */
  private path: string[] = [];
  private seed: number;
  private readonly stepBack: number;
  /** the current turn's ink state, serialised ahead of the next choice (prepare()); null: not yet */
  private ready: string | null = null;
  /**
   * The current turn's choices played ahead in idle time (foresee()), each on a runner of its own that
   * waits at the turn it leads to: taking one of them swaps that runner in, so the choice itself costs
   * no ink at all. A choice that could not be played ahead (it hit an error) is absent, and is played
   * when taken, as any choice is: its error then reaches the player as it would have.
   */
  private ahead = new Map<number, { runner: StoryRunner; turn: Turn }>();
  private aheadTried = new Set<number>();
  /** runners no longer ahead of anything, kept for the next turn's choices (a fork is a fresh ink state) */
  private spare: StoryRunner[] = [];
  readonly fingerprint: string;

  constructor(
    compiled: CompiledStory,
    readonly content: ContentIndex,
    /**
     * how the story is played: `classroom` binds the ink's in_class() to true (a class is the congress);
     * `stepBack` is how many choices back the player can step (0 for walks that never step back: a
     * third of a choice's cost is keeping ink's state for it)
     */
    readonly play: { classroom?: boolean; stepBack?: number } = {},
  ) {
    this.stepBack = play.stepBack ?? MAX_ROLLBACK;
    this.runner = new StoryRunner(compiled, play.classroom ? { in_class: () => true } : {});
    this.fingerprint = storyFingerprint(compiled);
    this.seed = this.runner.seed;
    this.turn = { lines: [], choices: [], stage: EMPTY_STAGE, decision: null, ending: null };
  }

  /** Plays from the start to the first choice (again: the same session serves many playthroughs). */
  start(): Turn {
    if (this.log.length > 0) this.runner.reset();
    this.forget();
    this.ready = null;
    this.turn = this.advance(EMPTY_STAGE);
    this.log = [{ turn: this.turn, chose: null }];
    this.past = [];
    this.taken = [];
    this.path = [];
    return this.turn;
  }

  /** Everything shown in this playthrough, with the choices made. */
  get backlog(): readonly BacklogEntry[] {
    return this.log;
  }

  /**
   * Serialises the current turn's ink state ahead of the next choice (call it when the page is idle):
   * stepping back needs it, and a choice that finds it ready skips the most costly part of its work.
   */
  prepare(): void {
    if (this.stepBack > 0 && this.ready === null) this.ready = this.runner.save();
  }

  /**
   * Plays one more of the current turn's choices ahead (call it when the page is idle, after prepare(),
   * until `more` is false): a choice then taken finds its next turn already played. Nothing the player
   * sees changes; the live story is not touched. `played` is the choice played and the turn it leads to
   * (null when there was none left, or it hit an error: it is then played when taken, as any choice is).
   */
  foresee(): { more: boolean; played: { choice: ChoiceView; turn: Turn } | null } {
    const next = this.turn.choices.find((c) => !this.aheadTried.has(c.index));
    if (!next) return { more: false, played: null };
    this.aheadTried.add(next.index);
    const json = this.ready ?? (this.ready = this.runner.save());
    const runner = this.spare.pop() ?? this.runner.fork();
    let played: { choice: ChoiceView; turn: Turn } | null = null;
    try {
      runner.restore(json);
      runner.choose(next.index);
      played = { choice: next, turn: this.advance(this.turn.stage, runner) };
      this.ahead.set(next.index, { runner, turn: played.turn });
    } catch {
      this.spare.push(runner);
    }
    return { more: this.turn.choices.some((c) => !this.aheadTried.has(c.index)), played };
  }

  /** The current turn's choices played ahead so far, each with the turn it leads to. */
  get playedAhead(): { choice: ChoiceView; turn: Turn }[] {
    return this.turn.choices.flatMap((choice) => {
      const a = this.ahead.get(choice.index);
      return a ? [{ choice, turn: a.turn }] : [];
    });
  }

  /** What was played ahead belongs to the turn it was played from. */
  private forget(): void {
    for (const a of this.ahead.values()) this.spare.push(a.runner);
    this.ahead.clear();
    this.aheadTried.clear();
  }

  get canRollback(): boolean {
    return this.past.length > 0;
  }

  /** Steps back to the previous choice: the story, the decisions and the backlog as they were. */
  rollback(): Turn {
    const snap = this.past[this.past.length - 1];
    if (!snap) throw new RangeError('There is no earlier choice to go back to.');
    this.past = this.past.slice(0, -1);
    this.forget();
    this.runner.restore(snap.ink);
    this.ready = snap.ink;
    this.taken = this.taken.slice(0, snap.taken);
    this.path = this.path.slice(0, snap.steps);
    const entry = this.log[snap.at];
    if (!entry) throw new RangeError('The backlog does not reach that far back.');
    this.log = [...this.log.slice(0, snap.at), { turn: entry.turn, chose: null }];
    this.turn = entry.turn;
    return this.turn;
  }

  get current(): Turn {
    return this.turn;
  }

  get decisions(): readonly DecisionTaken[] {
    return this.taken;
  }

  variable(name: string): unknown {
    return this.runner.variable(name);
  }

  /** Takes choice `index` of the current turn and plays on to the next choice or the end. */
  choose(index: number, reason = ''): TurnResult {
    return this.take(index, reason, true);
  }

  /** Takes a choice; `keep` is false while replaying a save's path further back than step-back reaches. */
  private take(index: number, reason: string, keep: boolean): TurnResult {
    const choice = this.turn.choices.find((c) => c.index === index);
    if (!choice) throw new RangeError(`There is no choice ${index + 1} here.`);
    let taken: DecisionTaken | null = null;
    // ink's state before the choice, for stepping back (serialising it is most of a choice's cost)
    const snapshot: Snapshot | null =
      keep && this.stepBack > 0
        ? { ink: this.ready ?? this.runner.save(), taken: this.taken.length, at: this.log.length - 1, steps: this.path.length }
        : null;
    this.ready = null;
    if (this.turn.decision) {
      if (!choice.option) {
        throw new ContentError(`Decision "${this.turn.decision}": choice "${choice.text}" has no # option tag.`);
      }
      const why = reason.trim().slice(0, 280);
      taken = why
        ? { decision: this.turn.decision, option: choice.option, reason: why }
        : { decision: this.turn.decision, option: choice.option };
      this.taken = [...this.taken, taken];
    }
    const ahead = this.ahead.get(index);
    if (ahead) {
      // the choice was played ahead: its runner, waiting at the next turn, becomes the story
      this.ahead.delete(index);
      this.spare.push(this.runner);
      this.runner = ahead.runner;
      this.turn = ahead.turn;
    } else {
      this.runner.choose(index);
      this.turn = this.advance(this.turn.stage);
    }
    this.forget();
    const last = this.log[this.log.length - 1];
    this.log = [...this.log.slice(0, -1), ...(last ? [{ turn: last.turn, chose: choice.text }] : []), { turn: this.turn, chose: null }];
    if (snapshot) this.past = [...this.past, snapshot].slice(-this.stepBack);
    this.path.push(choice.text);
    return { turn: this.turn, taken };
  }

  save(): SaveState {
    return { format: 2, story: this.fingerprint, seed: this.seed, chose: [...this.path], taken: this.taken.map((t) => ({ ...t })) };
  }

  /**
   * Restores a save by replaying its path from the start in this (new) session: every choice must
   * be open where it was taken, and the decisions must come out as saved. The caller checks the
   * save's shape first (see saves.ts). Throws when the path does not replay (another story, a forged
   * save); a session that threw is left unusable, so the caller keeps its own game.
   */
  restore(state: SaveState): Turn {
    if (this.log.length > 0) throw new RangeError('A save is restored into a new session.');
    this.seed = state.seed;
    this.runner.seed = state.seed;
    this.start();
    let decisions = 0;
    // only the last steps can be stepped back to: only they keep ink's state
    const keepFrom = state.chose.length - this.stepBack;
    for (const [step, text] of state.chose.entries()) {
      const choice = this.turn.choices.find((c) => c.text === text);
      if (!choice) throw new RangeError('The saved path no longer exists in this version of the story.');
      const expected = this.turn.decision ? state.taken[decisions++] : undefined;
      if (this.turn.decision && (expected?.decision !== this.turn.decision || expected.option !== choice.option)) {
        throw new RangeError('The saved decisions do not match the saved path.');
      }
      this.take(choice.index, expected?.reason ?? '', step >= keepFrom);
    }
    if (decisions !== state.taken.length) throw new RangeError('The save lists decisions its path never took.');
    return this.turn;
  }

  private advance(stage: StageState, runner = this.runner): Turn {
    const step = runner.continue();
    let decision: string | null = null;
    let ending: string | null = null;
    let st = stage;
    for (const line of step.lines) {
      st = applyCues(st, line.cues, this.content);
      for (const c of line.cues) {
        if (c.kind === 'decision') decision = c.id;
        if (c.kind === 'ending') ending = c.id;
      }
    }
    const choices: ChoiceView[] = step.choices.map((c) => {
      let option: string | null = null;
      let part: string | null = null;
      let id: string | null = null;
      for (const q of c.cues) {
        if (q.kind === 'option') option = q.id;
        else if (q.kind === 'part') part = q.id;
        else if (q.kind === 'id') id = q.id;
        else throw new ContentError(`Choice "${c.text}": only # option, # part or # id may be tagged on a choice, not # ${q.kind}.`);
      }
      return { index: c.index, text: c.text, option, part, id };
    });
    if (decision) {
      const entry = this.content.decisions.find((e) => e.id === decision);
      if (!entry) throw new ContentError(`Decision "${decision}" has no entry in the record.`);
      for (const c of choices) {
        if (!c.option) throw new ContentError(`Decision "${decision}": choice "${c.text}" has no # option tag.`);
        if (!entry.options.includes(c.option)) {
          throw new ContentError(`Decision "${decision}": option "${c.option}" is not in its record entry.`);
        }
      }
      if (choices.length === 0) throw new ContentError(`Decision "${decision}" is tagged but no choices follow.`);
    } else if (choices.some((c) => c.option)) {
      throw new ContentError('A choice has an # option tag but no # decision tag comes before it.');
    }
    if (ending && !this.content.endings.some((e) => e.id === ending)) {
      throw new ContentError(`Ending "${ending}" is not in record/endings.json.`);
    }
    return { lines: step.lines.map(toLine), choices, stage: st, decision, ending };
  }
}
