// The DOM view of the story: text in a live region, choices as numbered buttons, keys 1-9 choose.

import type { Segment } from '../core/glossary.ts';
import type { Content, ContentIndex, GlossaryEntry } from '../core/record.ts';
import type { BacklogEntry, Line, StageState, Turn } from '../core/session.ts';
import { afterScript, byId, h, setHidden, toDom, whenIdle } from './dom.ts';
import { choicesMarkup, lineMarkup, linkTurn, whereMarkup, type Markup } from './turn-markup.ts';
import { currentLanguage, localBacklog, localTurn } from './language.ts';
import { STRINGS } from './strings.ts';

export type ChooseHandler = (index: number) => void;

/** Paragraphs kept on the page; older ones are in the backlog. */
const MAX_ON_PAGE = 80;

/** A turn's block counts its paragraphs (its echo too), any other element one. */
const paragraphsIn = (el: Element): number => (el.classList.contains('turn') ? el.childElementCount : 1);

/** Paragraphs on the page. */
function paragraphs(story: HTMLElement): number {
  let n = 0;
  for (const el of story.children) n += paragraphsIn(el);
  return n;
}

/** The choice taken, as the story repeats it before what followed. */
const echoElement = (chose: string): HTMLElement => h('p', { class: 'echo' }, `${STRINGS.echoPrefix} ${chose}`);

/** One paragraph as elements. */
export function lineElement(line: Line, segments: readonly Segment[] = [line.text]): HTMLElement {
  return toDom(lineMarkup(line, segments)) as HTMLElement;
}

/**
 * The place line's markup for a turn's stage in the current language, and a key to tell whether it
 * changed: kept per stage (turns share their stage until a tag changes it), and readied by prebuild.
 */
const wheres = new WeakMap<StageState, { lang: string; markup: Markup[]; key: string }>();
function whereOf(turn: Turn, index: ContentIndex): { markup: Markup[]; key: string } {
  const lang = currentLanguage();
  let w = wheres.get(turn.stage);
  if (w?.lang !== lang) {
    const markup = whereMarkup(turn, index);
    wheres.set(turn.stage, (w = { lang, markup, key: JSON.stringify(markup) }));
  }
  return w;
}

export type GlossaryHandler = (entry: GlossaryEntry, opener: HTMLElement) => void;

export class StoryView {
  private readonly where = byId('where');
  private readonly story = byId('story');
  private readonly choices = byId<HTMLOListElement>('choices');
  private readonly choicesHeading = byId('choices-heading');
  private readonly decisionTools = byId('decision-tools');
  private locked = false;
  /** what the place line shows now: it is rebuilt only when that changes */
  private whereKey = '';
  /** glossary terms already linked in this playthrough: each is linked where it first appears */
  private seen = new Set<string>();
  /** the full content (glossary, record) once its chunk has arrived; until then no new links */
  private full: Content | null = null;
  private adopted: Turn | null = null;
  /** what waits for the next frame: the new text to bring into view, the focus to move to the choices */
  private framed: { scrollTo: HTMLElement | null; focus: boolean } | null = null;
  /**
   * Turns built ahead in idle time (prebuild), for choices the session played ahead: their elements,
   * and the glossary terms seen once they are shown. They were built against the page as it was
   * (`version`): anything that changes what a turn's elements would be (a turn shown, the language, the
   * glossary's arrival) moves the version on, and a turn built before is built again when shown.
   */
  private built = new WeakMap<Turn, { echo: string | undefined; els: HTMLElement[]; seen: Set<string>; version: number }>();
  private version = 0;

  constructor(
    private readonly index: ContentIndex,
    private readonly onChoose: ChooseHandler,
    onTerm: GlossaryHandler,
  ) {
    this.story.addEventListener('click', (e) => {
      const btn = (e.target as Element | null)?.closest<HTMLButtonElement>('button.term');
      if (!btn) return;
      const entry = this.full?.glossary.find((g) => g.id === btn.dataset.term && g.from === btn.dataset.from);
      if (entry) onTerm(entry, btn);
    });
    // One delegated listener serves prerendered and rendered buttons alike.
    this.choices.addEventListener('click', (e) => {
      const btn = (e.target as Element | null)?.closest<HTMLButtonElement>('button[data-choice]');
      if (btn) this.pick(Number(btn.dataset.choice));
    });
    document.addEventListener('keydown', (e) => {
      if (e.altKey || e.ctrlKey || e.metaKey || this.locked) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      if (document.querySelector('dialog[open]')) return;
      const n = Number(e.key);
      if (Number.isInteger(n) && n >= 1 && n <= 9) {
        const btn = this.choices.querySelectorAll<HTMLButtonElement>('button[data-choice]')[n - 1];
        if (btn) {
          e.preventDefault();
          this.pick(Number(btn.dataset.choice));
        }
      }
    });
  }

  /**
   * Locks the choices while a verdict or the next turn is on its way (no double picks). The flag
   * locks at once; the buttons show it after the running task's script, so a lock taken and released
   * in one go (a choice that is not a decision) never touches them, nor the focus on the first one.
   */
  setLocked(locked: boolean): void {
    this.locked = locked;
    this.showLock();
  }

  private readonly showLock = afterScript(() => {
    for (const b of this.choices.querySelectorAll('button')) if (b.disabled !== this.locked) b.disabled = this.locked;
  });

  private pick(index: number): void {
    if (this.locked) return;
    this.onChoose(index);
  }

  /** Takes over a turn the build already rendered into the page (same links, same buttons). */
  adopt(turn: Turn): void {
    this.version++;
    this.seen = new Set();
    this.adopted = turn;
    if (this.full) linkTurn(localTurn(turn), this.full, this.seen);
  }

  /** Glossary ids linked so far in this playthrough (for the debrief). */
  seenTerms(): string[] {
    return [...this.seen];
  }

  /** The glossary and record have arrived: links work from now on. */
  setContent(full: Content): void {
    this.version++;
    this.full = full;
    if (this.adopted) linkTurn(localTurn(this.adopted), full, this.seen);
    this.adopted = null;
  }

  /**
   * Shows the story so far again, in the language now chosen: the recent paragraphs of the backlog with
   * the choices taken, then the current turn's choices. Nothing moves in the story.
   */
  replay(backlog: readonly BacklogEntry[]): void {
    const entries = localBacklog(backlog);
    const current = entries[entries.length - 1];
    if (!current) return;
    this.version++;
    this.renderWhere(current.turn);
    this.seen = new Set();
    this.adopted = null;
    // the same shape as showTurn gives the story: the first turn's paragraphs, then each later turn
    // (the choice taken, its paragraphs) in a block of its own
    const els: HTMLElement[] = [];
    let echo: HTMLElement | null = null;
    for (const [i, e] of entries.entries()) {
      const linked = this.full ? linkTurn(e.turn, this.full, this.seen) : e.turn.lines.map((l) => [l.text]);
      const lines = e.turn.lines.map((line, j) => lineElement(line, linked[j]));
      if (i === 0) els.push(...lines);
      else els.push(h('div', { class: 'turn' }, ...(echo ? [echo] : []), ...lines));
      echo = e.chose ? echoElement(e.chose) : null;
    }
    this.story.replaceChildren(...els);
    this.trim();
    this.renderChoices(current.turn);
    this.setLocked(this.locked);
  }

  /** Shows a turn. `fresh` clears the text first (a new game or a resumed one); `echo` is the choice taken, as shown. */
  showTurn(english: Turn, opts: { echo?: string; fresh?: boolean } = {}): void {
    const turn = localTurn(english);
    this.renderWhere(turn);
    if (opts.fresh) {
      this.story.replaceChildren();
      this.seen = new Set();
      this.adopted = null;
    }
    const ready = this.built.get(english);
    let added: HTMLElement[];
    if (!opts.fresh && ready && ready.version === this.version && ready.echo === opts.echo) {
      added = ready.els;
      this.seen = ready.seen;
    } else added = this.turnElements(turn, opts.echo, this.seen);
    this.version++;
    // The new paragraphs fade in together (CSS decides how fast, or not at all): one animation for the
    // turn, not one per paragraph, so the frame after a choice composites one new layer, not a dozen.
    // A fresh story starts with its paragraphs directly in the log, as the prerendered first turn does.
    if (opts.fresh) {
      for (const el of added) el.classList.add('reveal');
      this.story.append(...added);
    } else this.story.append(h('div', { class: 'turn reveal' }, ...added));
    this.trim();
    this.renderChoices(turn);
    this.setLocked(false);
    // The new text is brought into view in the frame that shows it, not here: scrolling now would lay out
    // the page inside this task, and the frame would then lay it out again.
    const framed = this.inNextFrame();
    framed.scrollTo = added[opts.echo ? 1 : 0] ?? added[0] ?? null;
  }

  /**
   * Builds, in idle time, the elements a turn the session played ahead would show (with `echo`, the choice
   * that leads to it, as shown), so that taking that choice only puts them on the page.
   */
  prebuild(english: Turn, echo: string): void {
    const seen = new Set(this.seen);
    const els = this.turnElements(localTurn(english), echo, seen);
    this.built.set(english, { echo, els, seen, version: this.version });
    whereOf(english, this.index);
  }

  /** A turn's paragraphs (after the echo of the choice taken, if any), its glossary terms linked where first seen. */
  private turnElements(turn: Turn, echo: string | undefined, seen: Set<string>): HTMLElement[] {
    const added: HTMLElement[] = [];
    if (echo) added.push(echoElement(echo));
    const linked = this.full ? linkTurn(turn, this.full, seen) : turn.lines.map((l) => [l.text]);
    turn.lines.forEach((line, i) => added.push(lineElement(line, linked[i])));
    return added;
  }

  /**
   * The scroll and the focus after a new turn both need the page laid out: done together at the start of
   * the frame that shows the turn, the page is laid out once (the focus, moved in the choice's task, forced
   * a layout there, and the scroll laid the page out again in the frame). Then, once that frame has shown
   * the new text, its tint begins to fade, in a frame of its own.
   */
  private inNextFrame(): { scrollTo: HTMLElement | null; focus: boolean } {
    if (this.framed) return this.framed;
    const framed = (this.framed = { scrollTo: null as HTMLElement | null, focus: false });
    requestAnimationFrame(() => {
      this.framed = null;
      if (framed.scrollTo?.isConnected) framed.scrollTo.scrollIntoView({ block: 'start', behavior: 'auto' });
      if (framed.focus) this.choices.querySelector<HTMLButtonElement>('button')?.focus({ preventScroll: true });
      // the new text's tint (see styles.css: what a choice brings is marked as new)
      const shown = this.story.querySelectorAll('.reveal:not(.seen)');
      if (shown.length) setTimeout(() => shown.forEach((el) => el.classList.add('seen')), 0);
      // once the page is idle: off the path of the next key, as all else that is not the text
      whenIdle(() => this.settle(), 2000);
    });
    return framed;
  }

  /**
   * Older text gives up what marked it as new once its tint has faded: the mark makes each turn a layer
   * of its own (positioned and isolated, for the tint), and the page should not keep a layer for every
   * turn it still shows. The newest keeps its mark.
   */
  private settle(): void {
    const marked = [...this.story.querySelectorAll('.reveal.seen')];
    marked.pop();
    // asked of all before any changes: each question after a change would make the browser restyle the page
    const faded = marked.filter((el) => el.getAnimations({ subtree: true }).length === 0);
    for (const el of faded) el.classList.remove('reveal', 'seen');
  }

  /**
   * The page keeps the recent story (the backlog keeps all of it), so a short page stays quick to lay
   * out: the oldest paragraphs and turns go, never the newest one.
   */
  private trim(): void {
    let n = paragraphs(this.story);
    while (n > MAX_ON_PAGE && this.story.childElementCount > 1) {
      const first = this.story.firstElementChild;
      if (!first) break;
      n -= paragraphsIn(first);
      first.remove();
    }
  }

  /** Hides the choices (the end of a classroom episode: the class debrief takes over). */
  hideChoices(): void {
    this.choices.replaceChildren();
    this.choicesHeading.hidden = true;
    this.decisionTools.hidden = true;
  }

  /** Moves keyboard focus to the first choice (in the next frame), so play can go on by keyboard alone. */
  focusChoices(): void {
    this.inNextFrame().focus = true;
  }

  private renderWhere(turn: Turn): void {
    const { markup, key } = whereOf(turn, this.index);
    if (key === this.whereKey && this.where.childElementCount === markup.length) return;
    this.whereKey = key;
    // patched in place, as the choices are: a new place or date changes words, not elements
    patchChildren(this.where, markup);
  }

  /** `turn` as shown (localTurn). */
  private renderChoices(turn: Turn): void {
    setHidden(this.choicesHeading, turn.choices.length === 0);
    // at a decision point the player can first hear the case each side made
    setHidden(this.decisionTools, !turn.decision);
    // the buttons already there are updated in place: the focused first choice stays where it is
    // (removing a focused element costs a focus change and a style pass in the frame after a choice)
    patchChildren(this.choices, choicesMarkup(turn));
  }
}

/** Makes the children of `parent` look like `items`, element by element, adding and removing at the end. */
function patchChildren(parent: Element, items: readonly Markup[]): void {
  const old = parent.children;
  items.forEach((m, i) => {
    const el = old[i];
    if (el) patch(el, m);
    else parent.append(toDom(m));
  });
  while (parent.childElementCount > items.length) parent.lastElementChild?.remove();
}

/** Makes `el` look like `m`: same tag kept, attributes and text set where they differ (`disabled` is the lock's). */
function patch(el: Element, m: Markup): void {
  if (el.tagName.toLowerCase() !== m.tag) {
    el.replaceWith(toDom(m));
    return;
  }
  for (const a of [...el.attributes]) if (a.name !== 'disabled' && !(a.name in m.attrs)) el.removeAttribute(a.name);
  for (const [k, v] of Object.entries(m.attrs)) if (el.getAttribute(k) !== v) el.setAttribute(k, v);
  const nodes = el.childNodes;
  m.children.forEach((c, i) => {
    const n = nodes[i];
    if (typeof c === 'string') {
      if (n?.nodeType === Node.TEXT_NODE) {
        if (n.nodeValue !== c) n.nodeValue = c;
      } else if (n) n.replaceWith(c);
      else el.append(c);
    } else if (n instanceof Element) patch(n, c);
    else if (n) n.replaceWith(toDom(c));
    else el.append(toDom(c));
  });
  while (nodes.length > m.children.length) el.lastChild?.remove();
}
