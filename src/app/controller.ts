// The game as a program: one owner of the state (session + mode), the actions a player or teacher
// takes, persistence after each, and subscribers told of every change. Imports only core; the
// dialogs it waits for (a reason, a verdict) and the storage are injected, so it runs in Node.

import type { DecisionTaken } from '../core/checker.ts';
import { bodyResult, type BodyVote, type ClassProgress, type FactionHands, type Tally } from '../core/classroom.ts';
import { describeStage } from '../core/describe.ts';
import { episodeOver, sessionAtDecision, sessionAtPart } from '../core/jump.ts';
import type { ContentIndex } from '../core/record.ts';
import type { CompiledStory } from '../core/runner.ts';
import { makeSave, parseSave, type KeyValue, type SaveCheck, type SaveMeta, type SaveProblem } from '../core/saves.ts';
import { Session, type ChoiceView, type SaveState, type Turn } from '../core/session.ts';
import type { Settings } from '../core/settings.ts';
import { Persistence, type StoredMode } from './persistence.ts';
import type { AppState, Change, Listener, Mode, Notice } from './state.ts';

/** The User Timing name of each autosave's measure (serialising and writing one turn's save). */
export const SAVE_MEASURE = 'tp:save';
/** the User Timing measure of one choice played ahead in idle time, its text readied with it (the bench reads it) */
export const AHEAD_MEASURE = 'tp:ahead';

/** The dialogs the controller waits for; the views provide them. */
export interface AppPorts {
  /** one line of reasoning before a decision; null means "think again" (the choice stays open) */
  askReason(choiceText: string): Promise<string | null>;
  /** the verdict of a decision just taken; resolves when the player closes it */
  showVerdict(taken: DecisionTaken): Promise<void>;
  /**
   * a choice of the current turn (`from`) was played ahead in idle time: the views may ready what `next`
   * will show, so that taking it only puts that on the page
   */
  ahead?(from: Turn, choice: ChoiceView, next: Turn): void;
}

export interface AppOptions {
  story: CompiledStory;
  index: ContentIndex;
  /** localStorage in the browser, a Map-backed store in tests, null when storage is blocked */
  storage: KeyValue | null;
  ports: AppPorts;
  /** the autosave's label: the name a save slot shows (words come from the views) */
  autosaveName: string;
  /** runs deferred work later (the autosave, readying the next choice; after the frame that shows the text); default: at once */
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
  /** the last write failed: said once, and the notice stays until a write succeeds */
  private failing = false;
  /** a refused autosave could not be kept aside: it must not be written over */
  private holdAutosave = false;

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
    return { state: this.state.session.save(), meta: this.metaOf(this.state.session, name) };
  }

  // ---- starting ------------------------------------------------------------------------------

  /**
   * Resumes what the page was playing when it was left: a class episode, a part alone or the chapter.
   * Writes nothing: a save that could not be resumed stays as it was.
   */
  boot(): void {
    const stored = this.store.mode();
    if (stored.kind === 'class' && this.resumeClass()) return;
    const check = this.store.slots.read('autosave');
    let notice: Notice | null = null;
    let session: Session | null = null;
    let welcome: SaveMeta | null = null;
    if (check) {
      session = check.ok ? this.restored(check) : null;
      if (session && check.ok) {
        notice = { id: 'resumed', sameStory: check.sameStory };
        if (session.backlog.length > 1) welcome = check.meta;
      } else {
        const reason = check.ok ? (check.sameStory ? 'damaged' : 'other-story') : check.reason;
        notice = { id: 'save-refused', reason, keptAside: this.keepAside('autosave', this.store.slots.raw('autosave'), reason) };
      }
    }
    if (!session) {
      session = this.newSession();
      session.start();
    }
    const mode: Mode =
      session.backlog.length > 1 && stored.kind === 'part' && stored.from <= session.decisions.length ? stored : { kind: 'chapter' };
    this.replace(session, mode, notice, { persist: false });
    this.state = { ...this.state, welcomeBack: welcome };
    this.savedTurn = session.current;
  }

  /**
   * Keeps a save that could not be resumed, unchanged, where the player can export it. When even
   * that cannot be written, nothing may write over the original: the autosave is held back.
   */
  private keepAside(from: 'autosave' | 'class', text: string | null, reason: SaveProblem): boolean {
    if (text === null) return false;
    const r = this.store.keepAside({ from, reason, at: this.now().toISOString(), text });
    if (!r.ok && from === 'autosave') this.holdAutosave = true;
    return r.ok;
  }

  // ---- playing -------------------------------------------------------------------------------

  /** Takes a choice of the current turn: asks a reason where wanted, saves, shows the verdict, moves on. */
  async choose(index: number, reasonAlready?: string): Promise<void> {
    const { session, busy, mode } = this.state;
    if (busy) return;
    const turn = session.current;
    const choice = turn.choices.find((c) => c.index === index);
    if (!choice) return;
    this.set({ busy: true, notice: this.state.notice?.id === 'storage' ? this.state.notice : null }, { kind: 'status' });
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
      // and the next choice finds the turn's state ready, as after any other choice (saveSoon)
      this.later(() => this.prepare());
      this.store.writeOpenVerdict(taken.decision); // a reload shows the card again
      try {
        await this.opts.ports.showVerdict(taken);
      } catch {
        // a verdict that cannot be shown does not stop the story
      }
      this.store.writeOpenVerdict(null);
    } else this.saveSoon();
    // a decision point reached is remembered once the new turn is on screen (for the chapter list)
    const reached = this.state.session.current.decision;
    if (reached) this.later(() => this.store.markReached(reached));
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

  /**
   * Loads a checked save, all or nothing: the save is replayed in a new session and stored as the
   * autosave first; only then does it replace the game. Returns the problem, the game untouched.
   */
  load(check: Extract<SaveCheck, { ok: true }>): Notice | null {
    const session = this.restored(check);
    if (!session) return { id: 'save-refused', reason: check.sameStory ? 'damaged' : 'other-story', keptAside: false };
    const r = this.store.writeAutosave(makeSave(session.save(), this.metaOf(session, this.opts.autosaveName)));
    if (!r.ok) return { id: 'storage', reason: r.reason };
    this.holdAutosave = false;
    this.replace(session, { kind: 'chapter' }, { id: 'loaded', sameStory: check.sameStory }, { persist: false });
    this.savedTurn = session.current;
    this.store.writeMode({ kind: 'chapter' });
    return null;
  }

  /** Imports a save file's text: checked, replayed and stored before it replaces the game. */
  importSave(text: string): Notice | null {
    const check = parseSave(text, this.state.session.fingerprint);
    if (!check.ok) return { id: 'import-refused', reason: check.reason };
    const problem = this.load(check);
    if (problem?.id === 'save-refused') return { id: 'import-refused', reason: problem.reason };
    return problem;
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
    // another class's session is kept on the shelf, not written over (the same class's is replaced)
    this.store.shelveClass();
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
  /** The class sessions kept in this browser: the current one (shelf null) and the shelved ones. */
  classSessions(): { shelf: number | null; name: string; episode: string; savedAt: string }[] {
    const one = (stored: ReturnType<Persistence['readClass']>, shelf: number | null) =>
      stored && stored.ok && stored.save.ok
        ? [{ shelf, name: stored.progress.name, episode: stored.progress.episode, savedAt: stored.save.meta.savedAt }]
        : [];
    return [...one(this.store.readClass(), null), ...this.store.shelvedClasses().flatMap((x) => one(x.stored, x.index))];
  }

  /** Resumes a shelved class session (its place on the shelf); the current one goes on the shelf. */
  resumeShelvedClass(shelf: number): boolean {
    if (!this.store.unshelveClass(shelf).ok) return false;
    return this.resumeClass();
  }

  /** Deletes a class session: the current one (null) or one on the shelf. */
  deleteClassSession(shelf: number | null): void {
    if (shelf === null) this.store.removeClass();
    else this.store.removeShelved(shelf);
  }

  get canResumeClass(): boolean {
    const stored = this.store.readClass();
    return stored !== null && stored.ok && stored.save.ok;
  }

  /** Resumes the stored class session; false (with a notice) when there is none that loads. */
  resumeClass(): boolean {
    const stored = this.store.readClass();
    if (!stored) return false;
    const refuse = (notice: Notice & { id: 'class-refused' }) => {
      this.state = { ...this.state, notice };
      this.emit({ kind: 'status' });
      return false;
    };
    const reason: SaveProblem | null = !stored.ok ? 'damaged' : !stored.save.ok ? stored.save.reason : null;
    const session = stored.ok && stored.save.ok ? this.restored(stored.save, { classroom: true }) : null;
    if (!stored.ok || !stored.save.ok || !session || stored.progress.from > session.decisions.length) {
      const why = reason ?? 'other-story';
      return refuse({ id: 'class-refused', reason: why, keptAside: this.keepAside('class', this.store.rawClass(), why) });
    }
    this.replace(session, { kind: 'class', progress: stored.progress }, { id: 'class-resumed' }, { persist: false });
    this.savedTurn = session.current;
    return true;
  }

  /** Ends the class session and returns to the player's own game, as it was. */
  endClass(): void {
    // the class's session is kept on the shelf, to resume from the Classroom menu
    if (!this.store.shelveClass().ok) this.store.removeClass();
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
    // a game booted, restarted, loaded or jumped to is prepared for its first choice as a played turn is
    this.later(() => this.prepare());
  }

  /**
   * Readies the session for the next choice, in idle time: the turn's state serialised (stepping back
   * needs it), then each of its choices played ahead, one per idle moment, so that the choice the player
   * takes shows its text without waiting for ink.
   */
  private prepare(): void {
    const session = this.state.session;
    session.prepare();
    const ahead = () => {
      if (session !== this.state.session) return;
      const from = session.current;
      const start = performance.now();
      const { more, played } = session.foresee();
      if (played) {
        this.opts.ports.ahead?.(from, played.choice, played.turn);
        performance.measure(AHEAD_MEASURE, { start });
        performance.clearMeasures(AHEAD_MEASURE);
      }
      if (more) this.later(ahead);
    };
    this.later(ahead);
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
      // a game saved during class play took the class's votes (in_class()): it replays only as class play
      return play.classroom ? null : this.restored(check, { classroom: true });
    }
  }

  private now(): Date {
    return this.opts.now?.() ?? new Date();
  }

  private metaOf(session: Session, name: string): SaveMeta {
    const w = describeStage(session.current.stage, this.opts.index);
    return { name, savedAt: this.now().toISOString(), place: w.place, date: w.date };
  }

  private later(run: () => void): void {
    (this.opts.schedule ?? ((f: () => void) => f()))(run);
  }

  private saveSoon(): void {
    if (this.pending) return;
    this.pending = true;
    this.later(() => {
      if (this.pending) this.saveNow();
      // the next choice finds the turn's state already serialised (stepping back keeps it), and its
      // choices played ahead
      this.prepare();
    });
  }

  /** Writes the game where its mode keeps it: one write per turn. A failure is said once, and stays said. */
  private saveNow(): void {
    this.pending = false;
    const { session, mode } = this.state;
    if (this.savedTurn === session.current) return;
    if (mode.kind !== 'class' && this.holdAutosave) return; // the refused save could not be kept aside
    const start = performance.now();
    const file = makeSave(session.save(), this.metaOf(session, this.opts.autosaveName));
    const stored: StoredMode = mode.kind === 'class' ? { kind: 'class' } : mode;
    const r = mode.kind === 'class' ? this.store.writeClass(mode.progress, file) : this.store.writeAutosave(file);
    // how long the turn's save took and how big it is, for the bench (a User Timing measure, cleared at
    // once: an observer still sees it, and nothing piles up over a long game)
    performance.measure(SAVE_MEASURE, { start, detail: { bytes: file.length } });
    performance.clearMeasures(SAVE_MEASURE);
    if (r.ok) {
      this.savedTurn = session.current;
      this.store.writeMode(stored);
      if (this.failing) {
        this.failing = false;
        if (this.state.notice?.id === 'storage') this.set({ notice: null }, { kind: 'status' });
      }
      return;
    }
    if (this.failing) return;
    this.failing = true;
    this.set({ notice: { id: 'storage', reason: r.reason } }, { kind: 'status' });
  }
}
