// The presenter: turns each change of the app's state into calls on the views, the stage, the sound
// and the speech. It reads the state and calls the app's actions; it holds no game state of its own.

import type { App } from '../app/controller.ts';
import type { AppState, Change } from '../app/state.ts';
import { checkDecision } from '../core/checker.ts';
import type { Classroom, Episode } from '../core/classroom.ts';
import { eraAt, glossaryAt, type Content, type ContentIndex } from '../core/record.ts';
import { buildReport } from '../core/report.ts';
import type { ChoiceView, Turn } from '../core/session.ts';
import type { AudioDirector } from '../audio/index.ts';
import type { StageView, StageWords } from '../stage/types.ts';
import { showCast } from './cast-list.ts';
import { bodyPanel, classDebrief, sectionVerdicts, showRoleCards, timerElement, votePanel } from './classroom.ts';
import { debriefElement, mountPrintSheet } from './debrief.ts';
import { afterScript, byId, h, setData, setHidden, whenIdle } from './dom.ts';
import { showGlossary } from './glossary-card.ts';
import { hideIntro } from './intro.ts';
import { noticeView } from './notices.ts';
import { openReport } from './report-viewer.ts';
import { choseText, currentLanguage, localTurn } from './language.ts';
import { speak, stopSpeaking } from './speech.ts';
import { STRINGS } from './strings.ts';
import { showVerdict, type VerdictLayers } from './verdict.ts';
import type { StoryView } from './view.ts';

export interface PresenterDeps {
  index: ContentIndex;
  view: StoryView;
  fullContent(): Promise<Content>;
  classroomData(): Promise<Classroom>;
  /** how much of a verdict card opens, remembered per player */
  layers(): VerdictLayers;
  /** the words the stage paints, in the current language */
  stageWords(): StageWords;
}

/** A term as sorted: without its opening quotation mark («Правда» among the П). */
const sortKey = (term: string) => term.replace(/^[^\p{L}\p{N}]+/u, '');

/**
 * Runs `f` after the frame that shows the new text, and after the tasks queued behind that frame:
 * the words come first, the picture, the sound and the cast list one frame later (a second
 * requestAnimationFrame), so none of their work delays the text or the next key press.
 */
function afterPaint(f: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(f, 0)));
}

export class Presenter {
  private stage: StageView | null = null;
  private audio: AudioDirector | null = null;
  private readonly notice = noticeView();
  private readonly backBtn = byId<HTMLButtonElement>('tool-back');
  private readonly classArea = byId('class-area');
  private readonly classBanner = byId('class-banner');
  /** the debrief spans the whole page width, below the stage and the text */
  private readonly debriefArea = byId('debrief-area');
  /** takes the printed report out of the page when the debrief goes */
  private unprint: (() => void) | null = null;
  /** the episode the banner shows (its timer keeps running across turns) */
  private bannerEpisode: string | null = null;
  /** the turn the story on the page ends with (prebuild readies the text of its choices) */
  private onScreen: Turn | null = null;
  /** in class play the verdict cards come in sections; this stops it */
  private stopSections: (() => void) | null = null;

  constructor(
    private readonly app: App,
    private readonly deps: PresenterDeps,
  ) {
    app.subscribe((state, change) => this.render(state, change));
  }

  /** Shows the turn the app booted into; `adopt` keeps the page the build prerendered. */
  first(adopt: boolean): void {
    const state = this.app.current;
    if (adopt) this.deps.view.adopt(state.session.current);
    else this.deps.view.showTurn(state.session.current, { fresh: true });
    this.shown(state.session.current);
    this.status(state);
    this.afterTurn(state);
  }

  attachStage(stage: StageView): void {
    this.stage = stage;
  }

  attachAudio(audio: AudioDirector): void {
    this.audio = audio;
    this.playCues(this.app.current.session.current);
  }

  /** The stage as it should be now (after the title card). */
  showStage(): void {
    this.stage?.show(this.app.current.session.current.stage);
  }

  /**
   * The language changed: everything on screen is shown again in it (the story so far, the choices,
   * the stage's words, the cast, the class panels or the debrief). The story does not move.
   */
  relocalise(): void {
    const state = this.app.current;
    this.deps.view.replay(state.session.backlog);
    this.shown(state.session.current);
    this.notice(state.notice, true);
    this.stage?.relabel(this.deps.index, this.deps.stageWords());
    this.bannerEpisode = null;
    this.status(state);
    const turn = state.session.current;
    void this.deps.fullContent().then((c) => {
      this.deps.view.setContent(c);
      this.deps.view.replay(this.app.current.session.backlog);
      if (this.app.current.session.current === turn) showCast(turn, c, this.app.current.session.decisions);
      if (state.mode.kind === 'class') void this.classTurn(this.app.current);
      else if (this.app.finished) void this.showEnding(this.app.current);
    });
  }

  /**
   * A choice of the turn on screen was played ahead (idle time): its text is readied as it would be
   * shown, so that taking the choice only puts it on the page (not once the player has moved on).
   */
  ahead(from: Turn, choice: ChoiceView, next: Turn): void {
    if (this.onScreen !== from || this.app.current.session.current !== from) return;
    this.deps.view.prebuild(next, choseText(from, choice.text));
  }

  /**
   * A turn is on the page: what was played ahead of it before it got there (during a verdict, or before
   * the page's script was ready) is readied once the page is idle.
   */
  private shown(turn: Turn): void {
    this.onScreen = turn;
    whenIdle(() => {
      for (const { choice, turn: next } of this.app.current.session.playedAhead) this.ahead(turn, choice, next);
    });
  }

  /** Opens the verdict of a decision taken in this playthrough (from the backlog or a debrief). */
  async openVerdict(decision: string): Promise<void> {
    const taken = this.app.current.session.decisions.filter((d) => d.decision === decision).pop();
    if (!taken) return;
    const content = await this.deps.fullContent();
    await showVerdict(checkDecision(content, taken), content, this.deps.layers());
  }

  private render(state: AppState, change: Change): void {
    this.status(state);
    if (change.kind === 'status') return;
    stopSpeaking();
    this.clearDebrief();
    if (change.kind === 'advance') hideIntro();
    const turn = state.session.current;
    if (change.kind === 'fresh') this.deps.view.showTurn(turn, { fresh: true });
    else {
      // the session keeps the English of the choice taken; it is shown in the current language
      const before = state.session.backlog[state.session.backlog.length - 2]?.turn;
      this.deps.view.showTurn(turn, { echo: change.echo && before ? choseText(before, change.echo) : change.echo });
    }
    this.shown(turn);
    this.afterTurn(state);
    if (!turn.ending) this.deps.view.focusChoices();
  }

  /** What does not depend on a new turn: the notice, the lock, the step-back button, the mode. */
  private status(state: AppState): void {
    this.notice(state.notice);
    this.deps.view.setLocked(state.busy);
    this.showBack();
    if (state.mode.kind === 'class') {
      setData(document.documentElement, 'mode', 'projector');
      this.stopSections ??= sectionVerdicts();
    } else {
      setData(document.documentElement, 'mode', null);
      this.hideClass();
    }
  }

  /**
   * The step-back button follows the app (off while busy or with nothing to step back to), once the
   * running task's script is done: a choice is busy and done again within its one task, and the button
   * flipping off and on inside it only cost the frame after the choice a style pass. (The app refuses a
   * step back while busy, so the button's look is all that waits.)
   */
  private readonly showBack = afterScript(() => {
    const { busy, session } = this.app.current;
    const off = busy || !session.canRollback;
    if (this.backBtn.disabled !== off) this.backBtn.disabled = off;
  });

  /** Everything that follows a new turn on screen: stage, sound, cast, reading aloud, the end. */
  private afterTurn(state: AppState): void {
    const turn = state.session.current;
    afterPaint(() => {
      if (this.app.current.session.current !== turn) return; // the player has already moved on
      this.stage?.show(turn.stage);
      this.playCues(turn);
      void this.deps.fullContent().then((c) => {
        if (this.app.current.session.current === turn) showCast(turn, c, this.app.current.session.decisions);
      });
      speak(
        localTurn(turn).lines.map((l) => l.text),
        this.app.current.settings,
      );
    });
    if (state.mode.kind === 'class') void this.classTurn(state);
    else if (this.app.finished) void this.showEnding(state);
  }

  /** Music for the era and mood of the scene, and the sound effects of its lines. */
  private playCues(turn: Turn): void {
    if (!this.audio) return;
    const date = turn.stage.date?.ns;
    if (date) this.audio.setScene(eraAt(this.deps.index.chapter, Number(date.slice(0, 4)), Number(date.slice(5, 7))), turn.stage.mood);
    for (const line of turn.lines) for (const id of line.sfx) this.audio.sfx(id);
  }

  /** The debrief of the chapter or of a part played alone. */
  private async showEnding(state: AppState): Promise<void> {
    const content = await this.deps.fullContent();
    const { mode, session } = state;
    if (this.app.current.session !== session) return;
    const turn = session.current;
    const part = mode.kind === 'part' ? mode : null;
    const report = buildReport(
      content,
      this.app.decisionsInMode,
      part ? null : turn.ending,
      part ? part.title : content.chapter.title,
      new Date(),
      STRINGS.months,
    );
    const date = turn.stage.date?.ns ?? '9999-12-31';
    const terms = this.deps.view
      .seenTerms()
      .map((id) => glossaryAt(content, id, date))
      .filter((e): e is NonNullable<typeof e> => e !== null)
      .sort((a, b) => sortKey(a.term).localeCompare(sortKey(b.term), currentLanguage()));
    const el = debriefElement(
      report,
      {
        onAgain: part ? () => this.app.playPart(part.part, part.title) : () => this.app.restart(),
        openVerdict: (d) => void this.openVerdict(d),
        openReport,
        terms,
        openTerm: showGlossary,
      },
      part ? STRINGS.debrief.partEnd : STRINGS.debrief.chapterEnd,
    );
    if (part) this.deps.view.hideChoices();
    this.clearDebrief();
    this.debriefArea.append(el);
    this.debriefArea.hidden = false;
    this.unprint = mountPrintSheet(report);
    el.querySelector<HTMLElement>('#ending-title')?.focus();
  }

  private clearDebrief(): void {
    this.unprint?.();
    this.unprint = null;
    // most turns have no debrief to clear: the page is not touched then
    if (this.debriefArea.firstChild) this.debriefArea.replaceChildren();
    setHidden(this.debriefArea, true);
  }

  // ---- the classroom on a projector ---------------------------------------------------------

  private async classTurn(state: AppState): Promise<void> {
    const mode = state.mode;
    if (mode.kind !== 'class') return;
    const [classroom, content] = await Promise.all([this.deps.classroomData(), this.deps.fullContent()]);
    if (this.app.current.session !== state.session || this.app.current.session.current !== state.session.current) return;
    const episode = classroom.episodes.find((e) => e.id === mode.progress.episode);
    if (!episode) return;
    this.classArea.replaceChildren();
    if (this.app.finished) {
      setData(document.documentElement, 'classVote', null);
      this.deps.view.hideChoices();
      this.banner(episode, content, STRINGS.classroom.phaseDebrief);
      const report = buildReport(content, this.app.decisionsInMode, null, episode.title, new Date(), STRINGS.months);
      const el = classDebrief(episode, content, report, mode.progress, this.app.decisionsInMode, {
        openVerdict: (d) => void this.openVerdict(d),
        end: () => this.app.endClass(),
      });
      this.classArea.append(el);
      el.querySelector<HTMLElement>('#class-debrief-title')?.focus();
      return;
    }
    this.banner(episode, content, STRINGS.classroom.phasePlay);
    const decision = state.session.current.decision;
    // at a vote the class's count plays the choice: the choice buttons give way to the vote panel
    setData(document.documentElement, 'classVote', decision);
    if (decision) {
      const prompt = episode.prompts[decision] ?? '';
      const body = episode.bodies[decision];
      const entry = content.record.find((r) => r.id === decision);
      this.classArea.append(
        body
          ? bodyPanel(
              body,
              episode,
              localTurn(state.session.current).choices,
              prompt,
              mode.progress.hands[decision] ?? {},
              {
                count: (hands) => void this.app.classBodyVote(decision, body, hands),
              },
              Object.fromEntries((entry?.options ?? []).map((o) => [o.id, o.label])),
            )
          : votePanel(
              localTurn(state.session.current).choices,
              prompt,
              mode.progress.votes[decision] ?? {},
              { play: (i, tally) => void this.app.classVote(decision, tally, i) },
              entry ? (content.people[entry.actor]?.name ?? entry.actor) : '',
            ),
      );
    }
  }

  private banner(episode: Episode, content: Content, phase: string): void {
    const cards = h('button', { type: 'button', class: 'small', 'data-action': 'show-roles' }, STRINGS.classroom.viewCards);
    cards.addEventListener('click', () => showRoleCards(episode, content));
    const end = h('button', { type: 'button', class: 'small', 'data-action': 'end-class-banner' }, STRINGS.classroom.end);
    end.addEventListener('click', () => this.app.endClass());
    // the timer runs on across the turns of one episode, and starts afresh with another
    const timer = this.bannerEpisode === episode.id ? this.classBanner.querySelector('.timer') : null;
    this.bannerEpisode = episode.id;
    this.classBanner.replaceChildren(
      h(
        'p',
        { class: 'class-title' },
        h('span', { class: 'kicker' }, `${STRINGS.classroom.banner} · ${phase}`),
        h('strong', {}, episode.title),
      ),
      timer ?? timerElement(episode.minutes.play),
      h('div', { class: 'slot-actions' }, cards, end),
    );
    this.classBanner.hidden = false;
  }

  private hideClass(): void {
    this.stopSections?.();
    this.stopSections = null;
    if (this.bannerEpisode === null && this.classBanner.hidden) return;
    this.bannerEpisode = null;
    setData(document.documentElement, 'classVote', null);
    this.classBanner.hidden = true;
    this.classBanner.replaceChildren();
    this.classArea.replaceChildren();
  }
}
