// Classroom mode on one projector: the teacher's menu, the episode brief, role cards (printable one per
// page), the vote tally with an optional timer that never forces a choice, the class debrief, the guide.

import type { DecisionTaken } from '../core/checker.ts';
import {
  ABSTAIN,
  bodyResult,
  classVoteRows,
  classVotesCsv,
  factionOutcomes,
  leaders,
  type BodyVote,
  type ClassProgress,
  type Classroom,
  type Episode,
  type FactionHands,
  type Tally,
} from '../core/classroom.ts';
import { glossaryAt, type Content, type GlossaryEntry } from '../core/record.ts';
import type { Report } from '../core/report.ts';
import type { ChoiceView } from '../core/session.ts';
import { pathPicture, reportTable } from './debrief.ts';
import { openDialog } from './dialog.ts';
import { download, h } from './dom.ts';
import { currentLanguage } from './language.ts';
import { liveActive, liveResult } from './live-bridge.ts';
import { STRINGS } from './strings.ts';

const L = STRINGS.classroom;

/** A class session kept in this browser: the current one (shelf null) or one on the shelf. */
export interface SessionRef {
  shelf: number | null;
  name: string;
  episode: string;
  savedAt: string;
}

export interface MenuHooks {
  /** starts an episode for the class of that name ('' when the teacher gave none) */
  start(episode: Episode, name: string): void;
  sessions: SessionRef[];
  resume(shelf: number | null): void;
  remove(shelf: number | null): void;
}

export function showTeacherMenu(classroom: Classroom, content: Content, hooks: MenuHooks): void {
  const body: Node[] = [h('p', { class: 'hint' }, L.menuIntro)];
  if (hooks.sessions.length > 0) {
    const items = hooks.sessions.map((x) => {
      const id = x.shelf === null ? 'resume-class' : `resume-class-${x.shelf}`;
      const resume = h('button', { type: 'button', class: 'primary', 'data-action': id }, L.resumeSession);
      resume.addEventListener('click', () => {
        dlg.close();
        hooks.resume(x.shelf);
      });
      const del = h('button', { type: 'button', class: 'small', 'data-action': `delete-${id}` }, L.deleteSession);
      del.addEventListener('click', () => {
        hooks.remove(x.shelf);
        item.remove();
      });
      const title = classroom.episodes.find((e) => e.id === x.episode)?.title ?? x.episode;
      const when = new Date(x.savedAt);
      const item = h(
        'li',
        { 'data-session': String(x.shelf ?? 'current') },
        h(
          'span',
          {},
          L.sessionLabel(x.name || L.unnamed, title, Number.isNaN(when.getTime()) ? x.savedAt : when.toLocaleString(currentLanguage())),
        ),
        ' ',
        resume,
        ' ',
        del,
      );
      return item;
    });
    body.push(h('h3', {}, L.sessionsTitle), h('ul', { class: 'class-sessions' }, ...items));
  }
  const nameInput = h('input', { type: 'text', id: 'class-name', maxlength: '60', autocomplete: 'off' });
  body.push(h('p', { class: 'field' }, h('label', { for: 'class-name' }, L.sessionName), ' ', nameInput));
  body.push(
    h(
      'ol',
      { class: 'episodes' },
      ...classroom.episodes.map((e) => {
        const start = h('button', { type: 'button', class: 'primary', 'data-action': `start-${e.id}` }, L.start);
        start.addEventListener('click', () => {
          dlg.close();
          hooks.start(e, nameInput.value.trim());
        });
        const cards = h('button', { type: 'button', class: 'small', 'data-action': `cards-${e.id}` }, L.printCards);
        cards.addEventListener('click', () => printRoleCards(e, content));
        const view = h('button', { type: 'button', class: 'small', 'data-action': `view-cards-${e.id}` }, L.viewCards);
        view.addEventListener('click', () => showRoleCards(e, content));
        // the live room (students' phones) loads its own chunk, only when asked for
        const live = h('button', { type: 'button', class: 'small', 'data-action': `live-${e.id}` }, L.openLive);
        live.addEventListener('click', () => {
          dlg.close();
          void import('./live-teacher.ts').then((m) => m.openLiveRoom(e, content));
        });
        return h(
          'li',
          { class: 'episode', 'data-episode': e.id },
          h('h3', {}, e.title),
          h('p', { class: 'minutes' }, L.minutes(e.minutes.brief, e.minutes.play, e.minutes.debrief)),
          h('ul', {}, ...e.objectives.map((o) => h('li', {}, o))),
          h('div', { class: 'slot-actions' }, start, live, view, cards),
        );
      }),
    ),
  );
  const guide = h('button', { type: 'button', class: 'small', 'data-action': 'open-guide' }, L.guide);
  guide.addEventListener('click', () => showGuide(classroom));
  body.push(h('p', {}, guide));
  const dlg = openDialog('class-menu', L.menuTitle, body);
}

/** What a card says at each vote: what the faction wants, and whether its group votes (seats) or advises. */
function cardVotes(e: Episode, r: Episode['roles'][number], content: Content): HTMLElement | null {
  const items = e.decisions
    .filter((d) => r.aims[d] || (e.bodies[d]?.seats[r.id] ?? 0) > 0)
    .map((d) => {
      const entry = content.record.find((x) => x.id === d);
      const body = e.bodies[d];
      const total = body ? Object.values(body.seats).reduce((a, b) => a + b, 0) : 0;
      const seats = body?.seats[r.id] ?? 0;
      const how = body
        ? seats > 0
          ? L.cardSeats(seats, total)
          : L.cardNoSeats
        : L.cardAdvise(content.people[entry?.actor ?? '']?.name ?? entry?.actor ?? '');
      return h('li', { 'data-decision': d }, h('strong', {}, entry?.title ?? d), r.aims[d] ? `${r.aims[d]} ` : '', h('em', {}, how));
    });
  return items.length > 0 ? h('ul', { class: 'aims' }, ...items) : null;
}

function roleCard(e: Episode, r: Episode['roles'][number], content: Content): HTMLElement {
  const votes = cardVotes(e, r, content);
  return h(
    'article',
    { class: 'role-card', 'data-role': r.id, 'data-swing': String(r.swing) },
    h('p', { class: 'kicker' }, `${r.swing ? L.swing : L.roleCard} · ${e.title}`),
    h('h3', {}, r.name),
    h('p', {}, r.who),
    votes && h('h4', {}, r.swing ? L.winYou : L.atEachVote),
    votes,
    h('h4', {}, L.goals),
    h('ul', {}, ...r.goals.map((g) => h('li', {}, g))),
    h('h4', {}, L.fears),
    h('ul', {}, ...r.fears.map((g) => h('li', {}, g))),
    h('h4', {}, L.knew),
    h('ul', {}, ...r.knew.map((g) => h('li', {}, g))),
    r.people.length > 0 && h('p', { class: 'hint' }, `${L.people}: ${r.people.map((p) => content.people[p]?.name ?? p).join(', ')}`),
  );
}

export function showRoleCards(e: Episode, content: Content): void {
  openDialog('roles-dialog', `${L.roleCards}: ${e.title}`, [
    h('div', { class: 'role-cards' }, ...e.roles.map((r) => roleCard(e, r, content))),
  ]);
}

/** Prints the role cards of an episode, one card to a page, to hand out. */
export function printRoleCards(e: Episode, content: Content): void {
  printSheet('print-roles', [h('div', { class: 'role-cards' }, ...e.roles.map((r) => roleCard(e, r, content)))]);
}

function printSheet(id: string, children: Node[]): void {
  document.getElementById(id)?.remove();
  const sheet = h('section', { id, class: 'print-sheet', 'aria-hidden': 'true' }, ...children);
  document.body.append(sheet);
  document.documentElement.dataset.printing = id;
  const cleanup = () => {
    sheet.remove();
    delete document.documentElement.dataset.printing;
    window.removeEventListener('afterprint', cleanup);
  };
  window.addEventListener('afterprint', cleanup);
  window.print();
}

/** Per episode, for the guide on screen and in print: its note on sensitive material, its votes and its exit ticket. */
function episodeNotes(classroom: Classroom): Node[] {
  return classroom.episodes.map((e) =>
    h(
      'section',
      { class: 'guide-section guide-episode', 'data-episode': e.id },
      h('h3', {}, e.title),
      h('h4', {}, L.hardMatters),
      h('p', { class: 'hard-matters' }, e.hardMatters),
      ...Object.values(e.bodies).map((b) =>
        h(
          'p',
          {},
          h('strong', {}, `${b.name}: `),
          e.roles
            .filter((r) => (b.seats[r.id] ?? 0) > 0)
            .map((r) => `${r.name} ${b.seats[r.id] ?? 0}`)
            .join(', '),
        ),
      ),
      h('h4', {}, L.exitTicket),
      h('ol', { class: 'exit-ticket' }, ...e.exitTicket.map((q) => h('li', {}, q))),
    ),
  );
}

function guideBody(classroom: Classroom): Node[] {
  return [...guideSections(classroom), ...episodeNotes(classroom)];
}

function guideSections(classroom: Classroom): Node[] {
  return classroom.guide.sections.map((s) =>
    h(
      'section',
      { class: 'guide-section', 'data-section': s.id },
      h('h3', {}, s.heading),
      ...s.paragraphs.map((p) => h('p', {}, p)),
      s.list.length > 0 && h('ul', {}, ...s.list.map((x) => h('li', {}, x))),
    ),
  );
}

export function showGuide(classroom: Classroom): void {
  const print = h('button', { type: 'button', class: 'small', 'data-action': 'print-guide' }, L.printGuide);
  print.addEventListener('click', () => printSheet('print-guide', [h('h1', {}, classroom.guide.title), ...guideBody(classroom)]));
  openDialog('guide-dialog', classroom.guide.title, [h('p', {}, print), ...guideBody(classroom)]);
}

/**
 * The episode's word list as known on the day its brief is set: each word's entry of that day. A word
 * that only arises later in the episode (the names Bolshevik and Menshevik in 1903) is listed by its
 * term alone, so the list gives nothing away; the game explains it when it appears.
 */
export function wordsAt(e: Episode, content: Content): { known: GlossaryEntry[]; later: string[] } {
  const known: GlossaryEntry[] = [];
  const later: string[] = [];
  for (const id of e.vocabulary) {
    const entry = glossaryAt(content, id, e.date);
    if (entry) known.push(entry);
    else {
      const first = content.glossary.filter((g) => g.id === id).sort((a, b) => a.from.localeCompare(b.from))[0];
      if (first) later.push(first.term);
    }
  }
  return { known, later };
}

/** The brief read out at the start of an episode; resolves when the teacher begins play. */
export function showBrief(e: Episode, content: Content): Promise<void> {
  return new Promise((resolve) => {
    // no autofocus on Begin: the brief opens at its top, with focus on the dialog's first control
    const begin = h('button', { type: 'button', class: 'primary', 'data-action': 'begin-episode' }, L.begin);
    const { known, later } = wordsAt(e, content);
    const full = h('details', { class: 'full-brief' }, h('summary', {}, L.fullBrief), ...e.brief.map((p) => h('p', { class: 'brief' }, p)));
    const dlg = openDialog(
      'brief-dialog',
      `${L.brief}: ${e.title}`,
      [
        h('p', { class: 'minutes' }, L.minutes(e.minutes.brief, e.minutes.play, e.minutes.debrief)),
        ...e.lesson.brief.map((p) => h('p', { class: 'brief' }, p)),
        full,
        h('h3', {}, L.objectives),
        h('ul', {}, ...e.objectives.map((o) => h('li', {}, o))),
        h('h3', {}, L.vocabulary),
        h('dl', { class: 'vocab' }, ...known.flatMap((g) => [h('dt', {}, g.term), h('dd', {}, g.text)])),
        ...(later.length > 0 ? [h('h4', {}, L.laterWords), h('ul', { class: 'vocab-later' }, ...later.map((t) => h('li', {}, t)))] : []),
        h('section', { class: 'hard-matters' }, h('h3', {}, L.hardMatters), h('p', {}, e.hardMatters)),
        h('p', {}, begin),
      ],
      () => resolve(),
    );
    dlg.dialog.classList.add('wide');
    dlg.dialog.scrollTop = 0;
    begin.addEventListener('click', () => dlg.close());
  });
}

/**
 * While a vote panel is on screen, a number key typed outside its fields must not play a choice (the
 * story's keys 1-9) and throw the tally away: it is stopped before the story's handler sees it.
 */
function guardDigits(panel: HTMLElement): void {
  const guard = (e: KeyboardEvent) => {
    if (!panel.isConnected) {
      window.removeEventListener('keydown', guard, true);
      return;
    }
    const t = e.target as HTMLElement | null;
    if (t && /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
    if (/^[1-9]$/.test(e.key) && !document.querySelector('dialog[open]')) e.stopImmediatePropagation();
  };
  window.addEventListener('keydown', guard, true);
}

export interface BodyHooks {
  /** counts the vote: the app weighs the hands by the seats and plays the outcome that won */
  count(hands: FactionHands): void;
}

/**
 * A body's vote: a row per faction with seats, a field per outcome for its students' hands, and the
 * seats as the game's rule counts them, live. The teacher never picks the winner: the count does.
 */
export function bodyPanel(
  body: BodyVote,
  e: Episode,
  choices: ChoiceView[],
  prompt: string,
  saved: FactionHands,
  hooks: BodyHooks,
  labels: Record<string, string> = {},
): HTMLElement {
  const hands: FactionHands = JSON.parse(JSON.stringify(saved)) as FactionHands;
  const columns = [
    ...body.options.map((o) => ({ key: o, label: labels[o] ?? choices.find((c) => c.option === o)?.text ?? o })),
    { key: ABSTAIN, label: L.bodyHoldBack },
  ];
  const status = h('p', { class: 'vote-status', role: 'status' });
  const seatsLine = h('p', { class: 'body-seats' });
  const count = h('button', { type: 'button', class: 'primary', 'data-action': 'count-vote' }, L.countVote);
  const groups = e.roles.filter((r) => (body.seats[r.id] ?? 0) > 0);
  const rows = groups.map((r, gi) =>
    h(
      'tr',
      { 'data-role': r.id },
      h('th', { scope: 'row' }, r.name),
      h('td', { class: 'seats' }, String(body.seats[r.id] ?? 0)),
      ...columns.map((c, ci) => {
        const input = h('input', {
          type: 'number',
          min: '0',
          max: '999',
          inputmode: 'numeric',
          id: `hands-${gi}-${ci}`,
          'data-role': r.id,
          'data-option': c.key,
          'aria-label': L.handsFor(r.name, c.label),
        });
        input.value = String(hands[r.id]?.[c.key] ?? 0);
        input.addEventListener('input', () => {
          const n = Math.max(0, Math.min(999, Math.round(Number(input.value) || 0)));
          hands[r.id] = { ...(hands[r.id] ?? {}), [c.key]: n };
          update();
        });
        return h('td', {}, input);
      }),
    ),
  );
  const update = () => {
    const r = bodyResult(body, hands);
    seatsLine.textContent = `${L.bodyResult}: ${columns.map((c) => `${c.label} ${r.seats[c.key] ?? 0}`).join(' · ')}`;
    const label = columns.find((c) => c.key === r.winner)?.label ?? r.winner;
    if (!r.voted) status.textContent = L.bodyNoHands;
    else
      status.textContent = `${r.tie ? L.bodyTie(label) : L.bodyLeads(label, r.seats[r.winner] ?? 0, r.cast)}${r.narrow ? ` ${L.bodyNarrow}` : ''}`;
    count.disabled = !r.voted;
  };
  count.addEventListener('click', () => hooks.count(JSON.parse(JSON.stringify(hands)) as FactionHands));
  // with a live room open, the phones' votes fill the hands (the teacher still counts)
  const decision = Object.keys(e.bodies).find((d) => e.bodies[d] === body) ?? '';
  const useLive = liveActive() ? h('button', { type: 'button', class: 'small', 'data-action': 'use-live-vote' }, L.useLive) : null;
  useLive?.addEventListener('click', () => {
    const live = liveResult(decision);
    if (!live) return void (status.textContent = L.noLive);
    for (const r of groups) hands[r.id] = Object.fromEntries(columns.map((c) => [c.key, live.hands[r.id]?.[c.key] ?? 0]));
    for (const input of panel.querySelectorAll<HTMLInputElement>('input[data-role]'))
      input.value = String(hands[input.dataset.role ?? '']?.[input.dataset.option ?? ''] ?? 0);
    update();
  });
  update();
  const panel = h(
    'section',
    { class: 'vote-panel body-vote', 'aria-labelledby': 'vote-title' },
    h('h3', { id: 'vote-title' }, body.name),
    h('p', { class: 'hint' }, L.bodyIntro),
    h('p', { class: 'prompt' }, prompt),
    h(
      'table',
      { class: 'report-table body-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, L.bodyGroup),
          h('th', { scope: 'col' }, L.bodySeats),
          ...columns.map((c) => h('th', { scope: 'col' }, c.label)),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
    seatsLine,
    status,
    useLive,
    count,
  );
  guardDigits(panel);
  return panel;
}

export interface VoteHooks {
  /** plays the choice the class voted for */
  play(index: number, tally: Tally): void;
}

/** The vote panel under the choices at a decision: a tally per option, or a show-of-hands count. */
export function votePanel(choices: ChoiceView[], prompt: string, saved: Tally, hooks: VoteHooks, who = ''): HTMLElement {
  const tally: Tally = { ...saved };
  const status = h('p', { class: 'vote-status', role: 'status' });
  const play = h('button', { type: 'button', class: 'primary', 'data-action': 'play-vote' }, L.playVote);
  const rows = choices.map((c, i) => {
    const key = c.option ?? String(c.index);
    tally[key] ??= 0;
    const input = h('input', { type: 'number', min: '0', max: '999', inputmode: 'numeric', id: `vote-${i}`, 'data-option': key });
    input.value = String(tally[key]);
    const set = (n: number) => {
      tally[key] = Math.max(0, Math.min(999, Math.round(Number.isFinite(n) ? n : 0)));
      input.value = String(tally[key]);
      update();
    };
    input.addEventListener('input', () => set(Number(input.value)));
    const plus = h('button', { type: 'button', class: 'small', 'aria-label': `${L.addVote} ${i + 1}` }, '+1');
    plus.addEventListener('click', () => set((tally[key] ?? 0) + 1));
    const minus = h('button', { type: 'button', class: 'small', 'aria-label': `${L.removeVote} ${i + 1}` }, '−1');
    minus.addEventListener('click', () => set((tally[key] ?? 0) - 1));
    return h('li', {}, h('label', { for: `vote-${i}` }, `${i + 1}. ${c.text}`), h('span', { class: 'vote-controls' }, minus, input, plus));
  });
  const winnerIndex = (): number | null => {
    const top = leaders(tally);
    if (top.length !== 1) return null;
    const c = choices.find((x) => (x.option ?? String(x.index)) === top[0]);
    return c ? c.index : null;
  };
  const update = () => {
    const top = leaders(tally);
    const total = Object.values(tally).reduce((a, b) => a + b, 0);
    if (top.length === 0) status.textContent = L.noVotes;
    else if (top.length > 1) status.textContent = L.tie;
    else
      status.textContent = L.leading(
        choices.find((x) => (x.option ?? String(x.index)) === top[0])?.text ?? '',
        tally[top[0] ?? ''] ?? 0,
        total,
      );
    play.disabled = winnerIndex() === null;
  };
  play.addEventListener('click', () => {
    const w = winnerIndex();
    if (w !== null) hooks.play(w, { ...tally });
  });
  update();
  const panel = h(
    'section',
    { class: 'vote-panel', 'aria-labelledby': 'vote-title' },
    h('h3', { id: 'vote-title' }, L.voteTitle),
    who && h('p', { class: 'hint' }, L.advise(who)),
    h('p', { class: 'prompt' }, prompt),
    h('ol', { class: 'votes' }, ...rows),
    status,
    play,
  );
  guardDigits(panel);
  return panel;
}

/** The optional timer: it only shows time passing; it never chooses for the class. */
export function timerElement(minutes: number): HTMLElement {
  let left = minutes * 60;
  let handle: number | null = null;
  const face = h('span', { class: 'timer-face', role: 'timer', 'aria-live': 'off' });
  const toggle = h('button', { type: 'button', class: 'small', 'data-action': 'timer' }, L.timerStart);
  const reset = h('button', { type: 'button', class: 'small', 'data-action': 'timer-reset' }, L.timerReset);
  const note = h('span', { class: 'timer-note', role: 'status' });
  const show = () => {
    const m = Math.floor(Math.max(0, left) / 60);
    const s = Math.max(0, left) % 60;
    face.textContent = `${m}:${String(s).padStart(2, '0')}`;
  };
  const stop = () => {
    if (handle !== null) window.clearInterval(handle);
    handle = null;
    toggle.textContent = L.timerStart;
  };
  toggle.addEventListener('click', () => {
    if (handle !== null) return stop();
    toggle.textContent = L.timerPause;
    handle = window.setInterval(() => {
      left--;
      show();
      if (left <= 0) {
        stop();
        note.textContent = L.timeUp;
        box.dataset.state = 'up';
      }
    }, 1000);
  });
  reset.addEventListener('click', () => {
    stop();
    left = minutes * 60;
    note.textContent = '';
    delete box.dataset.state;
    show();
  });
  show();
  const box = h('div', { class: 'timer' }, h('span', { class: 'timer-label' }, L.timer), face, toggle, reset, note);
  return box;
}

/** The class debrief: the class's choices against history and against each faction's goals. */
export function classDebrief(
  e: Episode,
  content: Content,
  report: Report,
  progress: ClassProgress,
  taken: readonly DecisionTaken[],
  hooks: { openVerdict(d: string): void; end(): void },
): HTMLElement {
  const chosen = progress.chosen;
  const outcomes = factionOutcomes(e, chosen);
  const rows = classVoteRows(e, content, progress, taken);
  const title = (d: string) => content.record.find((r) => r.id === d)?.title ?? d;
  const print = h('button', { type: 'button', class: 'small', 'data-action': 'print-class-debrief' }, L.printDebrief);
  const csv = h('button', { type: 'button', class: 'small', 'data-action': 'export-class-csv' }, L.exportCsv);
  csv.addEventListener('click', () =>
    download(
      `turning-points-class-${e.id}.csv`,
      'text/csv',
      classVotesCsv(rows, { header: L.csvHeader, body: L.csvBody, advice: L.csvAdvice, yes: L.yes, no: L.no }),
    ),
  );
  const end = h('button', { type: 'button', class: 'primary', 'data-action': 'end-class' }, L.end);
  end.addEventListener('click', hooks.end);
  const links = e.decisions.map((d) => {
    const b = h('button', { type: 'button', class: 'small', 'data-action': `record-${d}` }, `${STRINGS.debrief.record}: ${title(d)}`);
    b.addEventListener('click', () => hooks.openVerdict(d));
    return h('li', {}, b);
  });
  const votes = e.decisions
    .filter((d) => rows.some((r) => r.decision === d))
    .map((d) => {
      const mine = rows.filter((r) => r.decision === d);
      const body = e.bodies[d];
      const counted = mine.some((r) => r.count > 0);
      const result = body && progress.hands[d] ? bodyResult(body, progress.hands[d] ?? {}) : null;
      const reason = mine.find((r) => r.chosen)?.reason;
      return h(
        'li',
        { 'data-decision': d },
        h('strong', {}, body ? `${title(d)} (${body.name})` : title(d)),
        ` — ${counted ? mine.map((r) => `${r.label}: ${r.count}${r.chosen ? ' ✓' : ''}`).join(', ') : L.noTally}`,
        result?.narrow ? ` ${L.bodyNarrow}` : '',
        reason ? h('span', { class: 'hint' }, ` ${STRINGS.quoted(reason)}`) : '',
      );
    });
  const contested = e.decisions.flatMap((d) => {
    const entry = content.record.find((r) => r.id === d);
    return (entry?.contested ?? []).map((c) => h('li', {}, h('strong', {}, `${entry?.title ?? d}: `), `${c.reading} (${c.heldBy})`));
  });
  const section = h(
    'section',
    { class: 'class-debrief debrief', 'aria-labelledby': 'class-debrief-title', 'data-episode': e.id },
    h('p', { class: 'kicker' }, L.debriefKicker),
    h('h2', { id: 'class-debrief-title', tabindex: '-1' }, e.title),
    h(
      'p',
      { class: 'path-summary' },
      report.diverged.length === 0 ? L.classSame : L.classDiverged(report.diverged.length, report.rows.length),
    ),
    pathPicture(report),
    reportTable(report),
    h('h3', {}, L.votesHeading),
    h('ul', { class: 'class-votes' }, ...votes),
    h('h3', {}, L.factions),
    h(
      'table',
      { class: 'report-table factions' },
      h('caption', {}, L.factionsCaption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, L.faction),
          ...e.decisions.map((d) => h('th', { scope: 'col' }, title(d))),
          h('th', { scope: 'col' }, L.got),
        ),
      ),
      h(
        'tbody',
        {},
        ...outcomes.map((o) => {
          const role = e.roles.find((r) => r.id === o.role);
          return h(
            'tr',
            { 'data-role': o.role },
            h('th', { scope: 'row' }, o.name),
            ...e.decisions.map((d) =>
              h(
                'td',
                {},
                o.got[d] === null ? '—' : `${o.got[d] ? `✓ ${L.gotIt}` : `✗ ${L.lostIt}`}`,
                role?.aims[d] && o.got[d] !== null ? h('span', { class: 'hint' }, ` ${role.aims[d]}`) : '',
              ),
            ),
            h('td', {}, `${o.score} / ${o.wanted}`),
          );
        }),
      ),
    ),
    contested.length > 0 && h('h3', {}, L.contested),
    contested.length > 0 && h('ul', { class: 'contested' }, ...contested),
    h('h3', {}, L.questions),
    h('ol', {}, ...e.debrief.map((q) => h('li', {}, q))),
    h('h3', {}, L.exitTicket),
    h('ol', { class: 'exit-ticket' }, ...e.exitTicket.map((q) => h('li', {}, q))),
    h(
      'section',
      { class: 'record-links-section' },
      h('h3', {}, STRINGS.debrief.recordHeading),
      h('ul', { class: 'record-links' }, ...links),
    ),
    h('div', { class: 'slot-actions exports' }, print, csv),
    end,
  );
  print.addEventListener('click', () => {
    // the printed debrief is the page without its buttons: no heading is left over a list of buttons
    const copy = section.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.record-links-section, .exports, [data-action]').forEach((n) => n.remove());
    printSheet('print-class', [copy]);
  });
  return section;
}

/**
 * On the projector a verdict card comes in sections, one at a time: the summary, then each part of
 * the rest (the others, the historians, what might have followed...). The card is the reading screen's
 * own (ui/verdict.ts); this only pages it. Returns the way to stop (when the class session ends).
 */
export function sectionVerdicts(): () => void {
  const enhance = (dialog: HTMLElement) => {
    const card = dialog.querySelector<HTMLElement>('.verdict');
    if (!card || dialog.classList.contains('class-verdict')) return;
    const summary = card.querySelector<HTMLElement>('.verdict-summary');
    const more = card.querySelector<HTMLElement>('.verdict-more');
    if (!summary || !more) return;
    card.querySelector('[aria-controls="verdict-more"]')?.remove(); // the layers toggle: the sections replace it
    more.hidden = false;
    const pages = [summary, ...Array.from(more.children).filter((c): c is HTMLElement => c instanceof HTMLElement)];
    let at = 0;
    const title = card.querySelector('#verdict-title')?.textContent ?? '';
    const count = h('p', { class: 'section-count', role: 'status' });
    const prev = h('button', { type: 'button', class: 'small', 'data-action': 'previous-section' }, L.previousSection);
    const next = h('button', { type: 'button', class: 'primary', 'data-action': 'next-section' }, L.nextSection);
    const show = () => {
      pages.forEach((p, i) => (p.hidden = i !== at));
      count.textContent = `${title} · ${L.verdictSection(at + 1, pages.length)}`;
      prev.disabled = at === 0;
      next.disabled = at === pages.length - 1;
    };
    prev.addEventListener('click', () => {
      at = Math.max(0, at - 1);
      show();
    });
    next.addEventListener('click', () => {
      at = Math.min(pages.length - 1, at + 1);
      show();
      (pages[at]?.querySelector('h3') as HTMLElement | null)?.scrollIntoView({ block: 'nearest' });
    });
    dialog.classList.add('class-verdict');
    card.after(h('div', { class: 'verdict-nav' }, prev, count, next));
    show();
  };
  const observer = new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes) if (n instanceof HTMLElement && n.classList.contains('verdict-dialog')) enhance(n);
  });
  observer.observe(document.body, { childList: true });
  return () => observer.disconnect();
}
