// Classroom mode on one projector: the teacher's menu, the episode brief, role cards (printable one per
// page), the vote tally with an optional timer that never forces a choice, the class debrief, the guide.

import { factionOutcomes, leaders, type Classroom, type Episode, type Tally } from '../core/classroom.ts';
import type { Content } from '../core/record.ts';
import type { Report } from '../core/report.ts';
import type { ChoiceView } from '../core/session.ts';
import { pathPicture, reportTable } from './debrief.ts';
import { openDialog } from './dialog.ts';
import { h } from './dom.ts';
import { STRINGS } from './strings.ts';

const L = STRINGS.classroom;

export interface MenuHooks {
  start(episode: Episode): void;
  resume: (() => void) | null;
}

export function showTeacherMenu(classroom: Classroom, hooks: MenuHooks): void {
  const body: Node[] = [h('p', { class: 'hint' }, L.menuIntro)];
  if (hooks.resume) {
    const resume = h('button', { type: 'button', class: 'primary', 'data-action': 'resume-class' }, L.resume);
    resume.addEventListener('click', () => {
      dlg.close();
      hooks.resume?.();
    });
    body.push(h('p', {}, resume));
  }
  body.push(
    h(
      'ol',
      { class: 'episodes' },
      ...classroom.episodes.map((e) => {
        const start = h('button', { type: 'button', class: 'primary', 'data-action': `start-${e.id}` }, L.start);
        start.addEventListener('click', () => {
          dlg.close();
          hooks.start(e);
        });
        const cards = h('button', { type: 'button', class: 'small', 'data-action': `cards-${e.id}` }, L.printCards);
        cards.addEventListener('click', () => printRoleCards(e));
        const view = h('button', { type: 'button', class: 'small', 'data-action': `view-cards-${e.id}` }, L.viewCards);
        view.addEventListener('click', () => showRoleCards(e));
        return h(
          'li',
          { class: 'episode', 'data-episode': e.id },
          h('h3', {}, e.title),
          h('p', { class: 'minutes' }, L.minutes(e.minutes.brief, e.minutes.play, e.minutes.debrief)),
          h('ul', {}, ...e.objectives.map((o) => h('li', {}, o))),
          h('div', { class: 'slot-actions' }, start, view, cards),
        );
      }),
    ),
  );
  const guide = h('button', { type: 'button', class: 'small', 'data-action': 'open-guide' }, L.guide);
  guide.addEventListener('click', () => showGuide(classroom));
  body.push(h('p', {}, guide));
  const dlg = openDialog('class-menu', L.menuTitle, body);
}

function roleCard(e: Episode, r: Episode['roles'][number], content: Content | null): HTMLElement {
  return h(
    'article',
    { class: 'role-card', 'data-role': r.id },
    h('p', { class: 'kicker' }, `${L.roleCard} · ${e.title}`),
    h('h3', {}, r.name),
    h('p', {}, r.who),
    h('h4', {}, L.goals),
    h('ul', {}, ...r.goals.map((g) => h('li', {}, g))),
    h('h4', {}, L.fears),
    h('ul', {}, ...r.fears.map((g) => h('li', {}, g))),
    h('h4', {}, L.knew),
    h('ul', {}, ...r.knew.map((g) => h('li', {}, g))),
    content &&
      r.people.length > 0 &&
      h('p', { class: 'hint' }, `${L.people}: ${r.people.map((p) => content.people[p]?.name ?? p).join(', ')}`),
  );
}

export function showRoleCards(e: Episode, content: Content | null = null): void {
  openDialog('roles-dialog', `${L.roleCards}: ${e.title}`, [
    h('div', { class: 'role-cards' }, ...e.roles.map((r) => roleCard(e, r, content))),
  ]);
}

/** Prints the role cards of an episode, one card to a page, to hand out. */
export function printRoleCards(e: Episode): void {
  printSheet('print-roles', [h('div', { class: 'role-cards' }, ...e.roles.map((r) => roleCard(e, r, null)))]);
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

function guideBody(classroom: Classroom): Node[] {
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

/** The brief read out at the start of an episode; resolves when the teacher begins play. */
export function showBrief(e: Episode, content: Content): Promise<void> {
  return new Promise((resolve) => {
    const begin = h('button', { type: 'button', class: 'primary', 'data-action': 'begin-episode', autofocus: '' }, L.begin);
    const vocab = e.vocabulary
      .map((id) => content.glossary.filter((g) => g.id === id).sort((a, b) => a.from.localeCompare(b.from))[0])
      .filter((g) => g !== undefined);
    const dlg = openDialog(
      'brief-dialog',
      `${L.brief}: ${e.title}`,
      [
        h('p', { class: 'minutes' }, L.minutes(e.minutes.brief, e.minutes.play, e.minutes.debrief)),
        ...e.brief.map((p) => h('p', { class: 'brief' }, p)),
        h('h3', {}, L.objectives),
        h('ul', {}, ...e.objectives.map((o) => h('li', {}, o))),
        h('h3', {}, L.vocabulary),
        h('dl', { class: 'vocab' }, ...vocab.flatMap((g) => [h('dt', {}, g.term), h('dd', {}, g.text)])),
        h('p', {}, begin),
      ],
      () => resolve(),
    );
    begin.addEventListener('click', () => dlg.close());
  });
}

export interface VoteHooks {
  /** plays the choice the class voted for */
  play(index: number, tally: Tally): void;
}

/** The vote panel under the choices at a decision: a tally per option, or a show-of-hands count. */
export function votePanel(choices: ChoiceView[], prompt: string, saved: Tally, hooks: VoteHooks): HTMLElement {
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
  return h(
    'section',
    { class: 'vote-panel', 'aria-labelledby': 'vote-title' },
    h('h3', { id: 'vote-title' }, L.voteTitle),
    h('p', { class: 'prompt' }, prompt),
    h('ol', { class: 'votes' }, ...rows),
    status,
    play,
  );
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
      }
    }, 1000);
  });
  reset.addEventListener('click', () => {
    stop();
    left = minutes * 60;
    note.textContent = '';
    show();
  });
  show();
  return h('div', { class: 'timer' }, h('span', { class: 'timer-label' }, L.timer), face, toggle, reset, note);
}

/** The class debrief: the class's choices against history and against each faction's goals. */
export function classDebrief(
  e: Episode,
  report: Report,
  chosen: Record<string, string>,
  votes: Record<string, Tally>,
  hooks: { openVerdict(d: string): void; end(): void },
): HTMLElement {
  const outcomes = factionOutcomes(e, chosen);
  const print = h('button', { type: 'button', class: 'small', 'data-action': 'print-class-debrief' }, L.printDebrief);
  const end = h('button', { type: 'button', class: 'primary', 'data-action': 'end-class' }, L.end);
  end.addEventListener('click', hooks.end);
  const links = e.decisions.map((d) => {
    const b = h(
      'button',
      { type: 'button', class: 'small', 'data-action': `record-${d}` },
      `${STRINGS.debrief.record}: ${report.rows.find((r) => r.decision === d)?.title ?? d}`,
    );
    b.addEventListener('click', () => hooks.openVerdict(d));
    return h('li', {}, b);
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
    h(
      'ul',
      { class: 'class-votes' },
      ...e.decisions.map((d) => {
        const t = votes[d] ?? {};
        const row = report.rows.find((r) => r.decision === d);
        const parts = Object.entries(t).map(([o, n]) => `${o}: ${n}`);
        return h('li', {}, h('strong', {}, row?.title ?? d), ` — ${parts.length ? parts.join(', ') : L.noTally}`);
      }),
    ),
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
          ...e.decisions.map((d) => h('th', { scope: 'col' }, d)),
          h('th', { scope: 'col' }, L.got),
        ),
      ),
      h(
        'tbody',
        {},
        ...outcomes.map((o) =>
          h(
            'tr',
            { 'data-role': o.role },
            h('th', { scope: 'row' }, o.name),
            ...e.decisions.map((d) => h('td', {}, o.got[d] === null ? '—' : o.got[d] ? `✓ ${L.gotIt}` : `✗ ${L.lostIt}`)),
            h('td', {}, `${o.score} / ${o.wanted}`),
          ),
        ),
      ),
    ),
    h('h3', {}, L.questions),
    h('ol', {}, ...e.debrief.map((q) => h('li', {}, q))),
    h('h3', {}, STRINGS.debrief.recordHeading),
    h('ul', { class: 'record-links' }, ...links),
    h('div', { class: 'slot-actions exports' }, print),
    end,
  );
  print.addEventListener('click', () => printSheet('print-class', [section.cloneNode(true)]));
  return section;
}
