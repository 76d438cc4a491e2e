// The game as a program: one owner of the state (session + mode), the actions a player or teacher
// takes, persistence after each, and subscribers told of every change. Imports only core; the
// dialogs it waits for (a reason, a verdict) and the storage are injected, so it runs in Node.

import type { DecisionTaken } from '../core/checker.ts';
import { bodyResult, type BodyVote, type ClassProgress, type FactionHands, type Tally } from '../core/classroom.ts';
import { describeStage } from '../core/describe.ts';
import { episodeOver, sessionAtDecision, sessionAtPart } from '../core/jump.ts';
import type { ContentIndex } from '../core/record.ts';
import type { CompiledStory } from '../core/runner.ts';
import { makeSave, type KeyValue, type SaveCheck, type SaveMeta } from '../core/saves.ts';
import { Session, type SaveState, type Turn } from '../core/session.ts';
import type { Settings } from '../core/settings.ts';
import { Persistence, type StoredMode } from './persistence.ts';
import type { AppState, Change, Listener, Mode, Notice } from './state.ts';

/** The dialogs the controller waits for; the views provide them. */
export interface AppPorts {
  /** one line of reasoning before a decision; null means "think again" (the choice stays open) */
  askReason(choiceText: string): Promise<string | null>;
  /** the verdict of a decision just taken; resolves when the player closes it */
  showVerdict(taken: DecisionTaken): Promise<void>;
}

export interface AppOptions {
  story: CompiledStory;
  index: ContentIndex;
  /** localStorage in the browser, a Map-backed store in tests, null when storage is blocked */
  storage: KeyValue | null;
  ports: AppPorts;
  /** the autosave's label: the name a save slot shows (words come from the views) */
  autosaveName: string;
  /** runs the autosave later (after the frame that shows the text); default: at once */
  schedule?: (run: () => void) => void;
  now?: () => Date;
}

/** A class episode as the controller needs it: its id and the part it plays. */
export interface EpisodeRef {
  id: string;
  part: string;
  /** the class's name, to tell its stored session from other classes' */
  name?: string;
}

export class App {
  private state: AppState;
  private readonly listeners = new Set<Listener>();
  private readonly store: Persistence;
  /** the turn the stored game last matched; a write is skipped when nothing changed */
  private savedTurn: Turn | null = null;
  private pending = false;

  constructor(private readonly opts: AppOptions) {
    const session = new Session(opts.story, opts.index);
    this.store = new Persistence(opts.storage, session.fingerprint);
    this.state = { session, mode: { kind: 'chapter' }, notice: null, busy: false, settings: this.store.settings(), welcomeBack: null };
  }

  // ---- reading -------------------------------------------------------------------------------

  get current(): AppState {
    return this.state;
  }

  get persistence(): Persistence {
    return this.store;
  }

  /** Calls `f` after every change; returns the way to stop. */
  subscribe(f: Listener): () => void {
    this.listeners.add(f);
    return () => this.listeners.delete(f);
  }

  /** True when leaving the current game would lose choices (the views ask before a jump). */
  get hasProgress(): boolean {
    return this.state.session.backlog.length > 1;
  }

  /** The decisions taken in the current mode: since the part or the episode began, or all of them. */
  get decisionsInMode(): readonly DecisionTaken[] {
    const { mode, session } = this.state;
    const from = mode.kind === 'part' ? mode.from : mode.kind === 'class' ? mode.progress.from : 0;
    return session.decisions.slice(from);
  }

  /** Whether the current turn ends what is being played: the chapter, the part, or the episode. */
  get finished(): boolean {
    const { mode, session } = this.state;
    return mode.kind === 'chapter' ? session.current.ending !== null : episodeOver(session.current);
  }

  /** Decision points ever reached in this browser. */
  reached(): Set<string> {
    return this.store.reached();
  }

  /** The current game as a save state and its label, for writing into a slot. */
  snapshot(name: string): { state: SaveState; meta: SaveMeta } {
    return { state: this.state.session.save(), meta: this.metaNow(name) };
  }

  // ---- starting ------------------------------------------------------------------------------

  /**
   * Resumes what the page was playing when it was left: a class episode, a part alone or the chapter.
   * Writes nothing: a save that could not be resumed stays as it was.
   */
  boot(): void {
    const stored = this.store.mode();
    if (stored.kind === 'class' && this.resumeClass()) return;
    const fresh = () => this.newSession();
    const check = this.store.slots.read('autosave');
    let notice: Notice | null = null;
    let session: Session | null = null;
    let welcome: SaveMeta | null = null;
    if (check && check.ok) {
      session = this.restored(check);
      if (session) {
        notice = { id: 'resumed', sameStory: check.sameStory };
        if (session.backlog.length > 1) welcome = check.meta;
      } else notice = { id: 'save-refused', reason: check.sameStory ? 'damaged' : 'other-story' };
    } else if (check) notice = { id: 'save-refused', reason: check.reason };
    if (!session) {
      session = fresh();
      session.start();
    }
    const mode: Mode =
      session.backlog.length > 1 && stored.kind === 'part' && stored.from <= session.decisions.length ? stored : { kind: 'chapter' };
    this.replace(session, mode, notice, { persist: false });
    this.state = { ...this.state, welcomeBack: welcome };
    this.savedTurn = session.current;
  }

  // ---- playing -------------------------------------------------------------------------------

  /** Takes a choice of the current turn: asks a reason where wanted, saves, shows the verdict, moves on. */
  async choose(index: number, reasonAlready?: string): Promise<void> {
    const { session, busy, mode } = this.state;
    if (busy) return;
    const turn = session.current;
    const choice = turn.choices.find((c) => c.index === index);
    if (!choice) return;
    this.set({ busy: true, notice: null }, { kind: 'status' });
    let reason = reasonAlready ?? '';
    if (turn.decision && reasonAlready === undefined && (this.state.settings.reasons || mode.kind === 'class')) {
      const answer = await this.opts.ports.askReason(choice.text);
      if (answer === null) {
        this.set({ busy: false }, { kind: 'status' });
        return;
      }
      reason = answer;
    }
    let taken: DecisionTaken | null;
    try {
      taken = session.choose(index, reason).taken;
    } catch (e) {
      // the story could not go on: the player keeps the turn they had, and is told
      this.set({ busy: false, notice: { id: 'story-error', detail: e instanceof Error ? e.message : String(e) } }, { kind: 'status' });
      return;
    }
    const now = this.state.mode;
    if (taken && now.kind === 'class') {
      const progress: ClassProgress = { ...now.progress, chosen: { ...now.progress.chosen, [taken.decision]: taken.option } };
      this.state = { ...this.state, mode: { kind: 'class', progress } };
    }
    if (taken) {
      this.saveNow(); // a decision is kept at once, before its verdict
      this.store.writeOpenVerdict(taken.decision); // a reload shows the card again
      try {
        await this.opts.ports.showVerdict(taken);
      } catch {
        // a verdict that cannot be shown does not stop the story
      }
      this.store.writeOpenVerdict(null);
    } else this.saveSoon();
    const next = this.state.session.current;
    if (next.decision) this.store.markReached(next.decision);
    this.set({ busy: false }, { kind: 'advance', echo: choice.text });
  }

  /** True when the page was left with the verdict of the game's last decision open. */
  get verdictWasOpen(): boolean {
    const open = this.store.openVerdict();
    return open !== null && this.state.session.decisions.at(-1)?.decision === open;
  }

  /** Shows again the verdict that was open when the page was left (a reload); then play goes on. */
  async resumeVerdict(): Promise<void> {
    const taken = this.state.session.decisions.at(-1);
    if (!this.verdictWasOpen || !taken || this.state.busy) return this.store.writeOpenVerdict(null);
    this.set({ busy: true }, { kind: 'status' });
    try {
      await this.opts.ports.showVerdict(taken);
    } catch {
      // a verdict that cannot be shown does not stop the story
    }
    this.store.writeOpenVerdict(null);
    this.set({ busy: false }, { kind: 'status' });
  }

  /** The class votes at a decision: the teacher's tally is kept, then the class's choice is played. */
  async classVote(decision: string, tally: Tally, index: number): Promise<void> {
    const mode = this.state.mode;
    if (mode.kind !== 'class' || this.state.busy) return;
    const progress: ClassProgress = { ...mode.progress, votes: { ...mode.progress.votes, [decision]: { ...tally } } };
    this.state = { ...this.state, mode: { kind: 'class', progress } };
    await this.choose(index);
  }

  /**
   * A body's vote (the class is the congress): the hands of each faction's students are kept, the
   * game's rule (core/classroom.ts bodyResult) weighs them by the faction's seats, and the option
   * that won is played. Nothing is played when nobody voted or the winner is not a choice here.
   */
  async classBodyVote(decision: string, body: BodyVote, hands: FactionHands): Promise<void> {
    const mode = this.state.mode;
    if (mode.kind !== 'class' || this.state.busy || this.state.session.current.decision !== decision) return;
    const result = bodyResult(body, hands);
    const choice = this.state.session.current.choices.find((c) => c.option === result.winner);
    if (!result.voted || !choice) return;
    const progress: ClassProgress = {
      ...mode.progress,
      votes: { ...mode.progress.votes, [decision]: { ...result.seats } },
      hands: { ...mode.progress.hands, [decision]: hands },
    };
    this.state = { ...this.state, mode: { kind: 'class', progress } };
    await this.choose(choice.index);
  }

  stepBack(): void {
    const { session, busy } = this.state;
    if (busy || !session.canRollback) return;
    session.rollback();
    this.replace(session, this.state.mode, { id: 'stepped-back' });
  }

  /** A new game from the start. In a class episode, this ends the episode instead. */
  restart(): void {
    if (this.state.mode.kind === 'class') return this.endClass();
    const session = this.newSession();
    session.start();
    this.store.slots.remove('autosave');
    this.replace(session, { kind: 'chapter' }, null);
  }

  /** Loads a checked save; returns the problem when it cannot, leaving the current game as it was. */
  load(check: Extract<SaveCheck, { ok: true }>): Notice | null {
    const session = this.restored(check);
    if (!session) return { id: 'save-refused', reason: check.sameStory ? 'damaged' : 'other-story' };
    this.replace(session, { kind: 'chapter' }, { id: 'loaded', sameStory: check.sameStory });
    return null;
  }

  /** Stands at a decision point as history had it. False when history's path does not pass it. */
  jump(decision: string): boolean {
    const session = sessionAtDecision(this.opts.story, this.opts.index, decision);
    if (!session) {
      this.set({ notice: { id: 'jump-failed' } }, { kind: 'status' });
      return false;
    }
    this.replace(session, { kind: 'chapter' }, { id: 'jumped' });
    return true;
  }

  /** Plays one part on its own, from where history had the story, to a debrief of that part. */
  playPart(part: string, title: string): boolean {
    const session = sessionAtPart(this.opts.story, this.opts.index, part);
    if (!session) {
      this.set({ notice: { id: 'jump-failed' } }, { kind: 'status' });
      return false;
    }
    this.replace(session, { kind: 'part', part, title, from: session.decisions.length }, { id: 'part-started' });
    return true;
  }

  // ---- the classroom -------------------------------------------------------------------------

  /** Starts a class episode at its part; the class session is kept apart from the player's game. */
  startEpisode(episode: EpisodeRef): boolean {
    const session = sessionAtPart(this.opts.story, this.opts.index, episode.part, undefined, { classroom: true });
    if (!session) {
      this.set({ notice: { id: 'jump-failed' } }, { kind: 'status' });
      return false;
    }
    const progress: ClassProgress = {
      episode: episode.id,
      name: episode.name ?? '',
      votes: {},
      chosen: {},
      hands: {},
      from: session.decisions.length,
    };
    this.replace(session, { kind: 'class', progress }, { id: 'class-started' });
    return true;
  }

  /** Whether a class session is stored and can be resumed. */
  get canResumeClass(): boolean {
    const stored = this.store.readClass();
    return stored !== null && stored.ok && stored.save.ok;
  }

  /** Resumes the stored class session; false (with a notice) when there is none that loads. */
  resumeClass(): boolean {
    const stored = this.store.readClass();
    if (!stored) return false;
    const refuse = (reason: Notice & { id: 'class-refused' }) => {
      this.state = { ...this.state, notice: reason };
      this.emit({ kind: 'status' });
      return false;
    };
    if (!stored.ok) return refuse({ id: 'class-refused', reason: 'damaged' });
    if (!stored.save.ok) return refuse({ id: 'class-refused', reason: stored.save.reason });
    const session = this.restored(stored.save, { classroom: true });
    if (!session || stored.progress.from > session.decisions.length) return refuse({ id: 'class-refused', reason: 'other-story' });
    this.replace(session, { kind: 'class', progress: stored.progress }, { id: 'class-resumed' }, { persist: false });
    this.savedTurn = session.current;
    return true;
  }

  /** Ends the class session and returns to the player's own game, as it was. */
  endClass(): void {
    this.store.removeClass();
    const check = this.store.slots.read('autosave');
    let session = check?.ok ? this.restored(check) : null;
    if (!session) {
      session = this.newSession();
      session.start();
    }
    this.replace(session, { kind: 'chapter' }, null, { persist: false });
    this.store.writeMode({ kind: 'chapter' });
    this.savedTurn = session.current;
  }

  // ---- settings and saving -------------------------------------------------------------------

  setSettings(settings: Settings): void {
    const r = this.store.writeSettings(settings);
    this.set({ settings, notice: r.ok ? this.state.notice : { id: 'storage', reason: r.reason } }, { kind: 'status' });
  }

  /** Writes a pending autosave now (the page is being left). */
  flush(): void {
    if (this.pending) this.saveNow();
  }

  // ---- the one way to swap the game ---------------------------------------------------------

  /**
   * Replaces the session and sets the mode with it: leaving a class episode or a part played alone
   * happens here, by construction. Saves the new game where its mode keeps it.
   */
  private replace(session: Session, mode: Mode, notice: Notice | null, opts: { persist?: boolean } = {}): void {
    this.state = { ...this.state, session, mode, notice, busy: false, welcomeBack: null };
    const decision = session.current.decision;
    if (decision) this.store.markReached(decision);
    if (opts.persist !== false) this.saveNow();
    this.emit({ kind: 'fresh' });
  }

  private set(patch: Partial<AppState>, change: Change): void {
    this.state = { ...this.state, ...patch };
    this.emit(change);
  }

  private emit(change: Change): void {
    for (const f of this.listeners) f(this.state, change);
  }

  private newSession(): Session {
    return new Session(this.opts.story, this.opts.index);
  }

  /** A new session restored from a checked save, or null when ink cannot resume it. */
  private restored(check: Extract<SaveCheck, { ok: true }>, play: { classroom?: boolean } = {}): Session | null {
    const session = new Session(this.opts.story, this.opts.index, play);
    try {
      session.restore(check.state);
      return session;
    } catch {
      return null;
    }
  }

  private metaNow(name: string): SaveMeta {
    const w = describeStage(this.state.session.current.stage, this.opts.index);
    return { name, savedAt: (this.opts.now?.() ?? new Date()).toISOString(), place: w.place, date: w.date };
  }

  private saveSoon(): void {
    if (this.pending) return;
    this.pending = true;
    const schedule = this.opts.schedule ?? ((run: () => void) => run());
    schedule(() => {
      if (this.pending) this.saveNow();
    });
  }

  /** Writes the game where its mode keeps it: one write per turn. */
  private saveNow(): void {
    this.pending = false;
    const { session, mode } = this.state;
    if (this.savedTurn === session.current) return;
    const file = makeSave(session.save(), this.metaNow(this.opts.autosaveName));
    const stored: StoredMode = mode.kind === 'class' ? { kind: 'class' } : mode;
    const r = mode.kind === 'class' ? this.store.writeClass(mode.progress, file) : this.store.writeAutosave(file);
    if (r.ok) {
      this.savedTurn = session.current;
      this.store.writeMode(stored);
      return;
    }
    // said after every failed write, in every mode: the player must know the game is not being kept
    this.set({ notice: { id: 'storage', reason: r.reason } }, { kind: 'status' });
  }
}
