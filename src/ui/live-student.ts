// The student's phone: type the code, get a seat, read the private role card, vote with a one-line reason,
// see "reconnecting" while the socket is away, and what happened afterwards. No Phaser, no music.
// In the phone's own language, switchable at any moment without leaving the room or losing the vote: the
// room sends ids with the English beside them, and the page shows them from its own table.

import { Client, type Room } from 'colyseus.js';
import { initialPhone, phoneResults, phoneStep, seatName, type PhoneEvent, type PhoneState, type RoomView } from '../app/live.ts';
import { ABSTAIN, type RoleCard } from '../core/classroom.ts';
import { AUTONYMS, LANGUAGES, type Table } from '../core/i18n.ts';
import { MAX_REASON, RECONNECT_SECONDS, normaliseCode, type EpisodeInfo } from '../core/live.ts';
import { localCard, localEpisodeInfo } from '../core/live-i18n.ts';
import { own } from '../core/guards.ts';
import { h } from './dom.ts';
import { currentLanguage, currentTable } from './language.ts';
import { usePhoneLanguage } from './live-language.ts';
import { LIVE } from './live-strings.ts';

/** Where the phone keeps its way back into the room (this tab only: a reload keeps it, a new tab does not). */
const REJOIN_KEY = 'tp-live-rejoin';
/** Close codes the server uses (src/server/room.ts) for "removed" and "the room has ended". */
const GONE = new Set([4101, 4102, 4000]);

/** The room's schema state as plain data (its outcomes arrive as JSON strings). */
export function roomView(state: unknown): RoomView {
  const j = (state as { toJSON(): Record<string, unknown> }).toJSON();
  const outcomes: RoomView['outcomes'] = {};
  for (const [d, text] of Object.entries((j.outcomes as Record<string, string> | undefined) ?? {})) {
    try {
      outcomes[d] = JSON.parse(text) as RoomView['outcomes'][string];
    } catch {
      // a malformed outcome is left out
    }
  }
  return {
    locked: j.locked === true,
    paused: j.paused === true,
    decision: String(j.decision ?? ''),
    options: Array.isArray(j.options) ? j.options.map(String) : [],
    open: j.open === true,
    endsAt: Number(j.endsAt ?? 0),
    outcomes,
  };
}

/** Each language's name in itself: the switch reads the same whatever the page's language. */

export function mountPhone(root: HTMLElement, endpoint: string): void {
  let state: PhoneState = initialPhone;
  let room: Room | null = null;
  const client = new Client(endpoint);

  // the phone's language switch: the role card, the ballot and the interface change at once, in the room
  const switchButtons = LANGUAGES.map((lang) => {
    const b = h('button', { type: 'button', class: 'live-lang-option', lang, 'data-lang': lang }, AUTONYMS[lang]);
    b.addEventListener('click', () => {
      if (lang === currentLanguage()) return;
      void usePhoneLanguage(lang, true).then(render);
    });
    return b;
  });
  const switcher = h('div', { class: 'live-lang', role: 'group', 'aria-label': 'Language · Язык' }, ...switchButtons);
  const status = h('p', { class: 'live-status', role: 'status' });
  const title = h('h1', {}, LIVE.joinTitle);
  const joinSection = h('section', { class: 'live-join', 'aria-labelledby': 'live-code-label' });
  const cardSection = h('section', { class: 'live-card', hidden: '' });
  const ballotSection = h('section', { class: 'live-ballot', hidden: '' });
  const resultsSection = h('section', { class: 'live-results', hidden: '' });
  // what happened comes before the card: after a vote it is the news, the card is for reading back
  root.replaceChildren(switcher, title, status, joinSection, ballotSection, resultsSection, cardSection);

  // what the room sent (English, with ids), as this phone shows it: in its language, made once per change
  let made: {
    table: Table | null;
    from: PhoneState['episode'];
    card: RoleCard | null;
    episode: EpisodeInfo | null;
    shown: RoleCard | null;
  } | null = null;
  /** the phone's state with its episode and card in the phone's language (seats, votes and results stay ids) */
  function shown(): PhoneState {
    const table = currentTable();
    if (!made || made.table !== table || made.from !== state.episode || made.card !== state.card) {
      const episode = state.episode ? localEpisodeInfo(state.episode, table) : null;
      const card = state.card && state.episode ? localCard(state.card, state.episode.id, table) : state.card;
      made = { table, from: state.episode, card: state.card, episode, shown: card };
    }
    return { ...state, episode: made.episode, card: made.shown };
  }

  // the join form
  const input = h('input', {
    id: 'live-code',
    name: 'code',
    type: 'text',
    inputmode: 'text',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    maxlength: '9',
    'aria-describedby': 'live-join-problem',
  });
  const problem = h('p', { id: 'live-join-problem', class: 'live-problem' });
  const joinButton = h('button', { type: 'submit', class: 'primary' }, LIVE.join);
  const joinIntro = h('p', {}, LIVE.joinIntro);
  const codeLabel = h('label', { for: 'live-code', id: 'live-code-label' }, LIVE.codeLabel);
  const form = h('form', {}, joinIntro, codeLabel, input, joinButton, problem);
  joinSection.append(form);
  // the QR code carries the code: the phone only has to press Join
  const fromQr = normaliseCode(new URLSearchParams(location.search).get('code') ?? '');
  if (fromQr) input.value = fromQr;
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const code = normaliseCode(input.value);
    if (!code) return dispatch({ kind: 'join-failed', problem: 'bad-code' });
    dispatch({ kind: 'joining' });
    client.joinById(code).then(attach, (e: unknown) => dispatch({ kind: 'join-failed', problem: joinProblem(e) }));
  });

  function dispatch(e: PhoneEvent): void {
    state = phoneStep(state, e);
    render();
  }

  function attach(r: Room): void {
    room = r;
    sessionStorage.setItem(REJOIN_KEY, r.reconnectionToken);
    r.onMessage('*', (type, body) => dispatch({ kind: 'message', type: String(type), body }));
    r.onStateChange((s) => dispatch({ kind: 'state', room: roomView(s) }));
    r.onLeave((code) => {
      if (GONE.has(code)) {
        sessionStorage.removeItem(REJOIN_KEY);
        return dispatch({ kind: 'ended' });
      }
      dispatch({ kind: 'dropped' });
      void comeBack(Date.now() + RECONNECT_SECONDS * 1000);
    });
    dispatch({ kind: 'back' });
  }

  /** Tries the way back into the room until the seat's time runs out. */
  async function comeBack(until: number): Promise<void> {
    const token = sessionStorage.getItem(REJOIN_KEY);
    while (token && Date.now() < until) {
      try {
        attach(await client.reconnect(token));
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 1500));
      }
    }
    sessionStorage.removeItem(REJOIN_KEY);
    state = { ...initialPhone };
    render();
  }

  // the ballot, rebuilt only when the vote itself changes (so a reason being typed is not lost)
  let ballotKey = '';
  const ballotNote = h('p', { class: 'live-your-vote', role: 'status' });
  let ballotDecision = '';
  function renderBallot(state: PhoneState): void {
    const v = state.room;
    const key = v ? `${v.decision}|${v.open}|${v.paused}|${state.card?.id ?? ''}|${currentLanguage()}` : '';
    ballotSection.hidden = state.phase === 'join' || state.phase === 'joining' || !state.card;
    if (key !== ballotKey) {
      ballotKey = key;
      // the same vote shown again (another language): the pick, the reason typed and the voices stay as they were
      const same = v !== null && v.open && v.decision === ballotDecision;
      const pending = same ? ballotSection.querySelector<HTMLInputElement>('input[name="live-option"]:checked')?.value : undefined;
      const typed = same ? ballotSection.querySelector<HTMLInputElement>('#live-reason')?.value : undefined;
      const voicesOpen = same && ballotSection.querySelector<HTMLDetailsElement>('.live-voices')?.open === true;
      ballotDecision = v?.open ? v.decision : '';
      const info = v ? state.episode?.decisions[v.decision] : undefined;
      if (!v || !v.open || !info) {
        ballotSection.replaceChildren(h('h2', {}, LIVE.ballot), h('p', {}, LIVE.waitingVote));
      } else {
        const aim = state.card?.aims[v.decision];
        const radios = [...v.options, ABSTAIN].map((o, i) => {
          const id = `live-option-${i}`;
          const radio = h('input', { type: 'radio', name: 'live-option', id, value: o });
          if ((pending ?? state.vote?.option) === o) radio.checked = true;
          return h('p', { class: 'live-option' }, radio, h('label', { for: id }, o === ABSTAIN ? LIVE.abstain : (info.labels[o] ?? o)));
        });
        const reason = h('input', { type: 'text', id: 'live-reason', maxlength: String(MAX_REASON), autocomplete: 'off' });
        reason.value = typed ?? state.vote?.reason ?? '';
        const cast = h('button', { type: 'submit', class: 'primary' }, LIVE.castVote);
        const ballot = h(
          'form',
          {},
          h('fieldset', {}, h('legend', {}, info.title), ...radios),
          h('p', { class: 'field' }, h('label', { for: 'live-reason' }, LIVE.reasonLabel), reason),
          cast,
        );
        ballot.addEventListener('submit', (ev) => {
          ev.preventDefault();
          const chosen = ballot.querySelector<HTMLInputElement>('input[name="live-option"]:checked');
          if (!chosen || !room) return;
          room.send('vote', { option: chosen.value, reason: reason.value.slice(0, MAX_REASON) });
        });
        // the voices of the time at this vote that speak for this phone's side (its card's people)
        const people = state.card?.people ?? [];
        const voices = (state.episode?.decisions[v.decision]?.voices ?? []).filter((x) => people.includes(x.who));
        const voiceSection =
          voices.length > 0
            ? h(
                'details',
                voicesOpen ? { class: 'live-voices', open: '' } : { class: 'live-voices' },
                h('summary', {}, LIVE.voicesOfYourSide),
                ...voices.map((x) =>
                  h(
                    'div',
                    { class: 'live-voice' },
                    h('h3', {}, x.label),
                    h('p', {}, x.speech),
                    x.quote ? h('blockquote', {}, h('p', {}, x.quote.text), h('cite', {}, x.quote.source)) : null,
                  ),
                ),
              )
            : null;
        ballotSection.replaceChildren(
          h('h2', {}, LIVE.ballot),
          ...(aim ? [h('p', { class: 'live-aim' }, h('strong', {}, `${LIVE.wantsNow}: `), aim)] : []),
          ...(voiceSection ? [voiceSection] : []),
          v.paused ? h('p', { class: 'live-paused' }, LIVE.paused) : ballot,
          ballotNote,
        );
      }
    }
    const labels = v ? state.episode?.decisions[v.decision]?.labels : undefined;
    const vote = state.vote;
    // after a reload the vote comes back a moment after the ballot: show it, unless a new pick is under way
    if (vote && !ballotSection.querySelector('input[name="live-option"]:checked')) {
      const mine = [...ballotSection.querySelectorAll<HTMLInputElement>('input[name="live-option"]')].find((x) => x.value === vote.option);
      if (mine) mine.checked = true;
      const reason = ballotSection.querySelector<HTMLInputElement>('#live-reason');
      if (reason && reason.value === '') reason.value = vote.reason;
    }
    ballotNote.textContent =
      state.refused && own(LIVE.refused, state.refused)
        ? (own(LIVE.refused, state.refused) ?? '')
        : vote && v?.open
          ? LIVE.yourVote(vote.option === ABSTAIN ? LIVE.abstain : (labels?.[vote.option] ?? vote.option))
          : '';
  }

  let cardKey = '';
  function renderCard(state: PhoneState): void {
    const c = state.card;
    cardSection.hidden = !c || state.phase === 'join';
    if (!c || `${c.id}|${currentLanguage()}` === cardKey) return;
    cardKey = `${c.id}|${currentLanguage()}`;
    const list = (items: string[]) => h('ul', {}, ...items.map((x) => h('li', {}, x)));
    cardSection.replaceChildren(
      h('h2', {}, LIVE.roleCard),
      h('h3', {}, c.name),
      h('p', {}, c.who),
      h('h4', {}, LIVE.goals),
      list(c.goals),
      h('h4', {}, LIVE.fears),
      list(c.fears),
      h('h4', {}, LIVE.knew),
      list(c.knew),
    );
  }

  function renderResults(state: PhoneState): void {
    const rows = phoneResults(state);
    resultsSection.hidden = rows.length === 0;
    resultsSection.replaceChildren(
      h('h2', {}, LIVE.results),
      h(
        'ul',
        {},
        ...rows.map((r) =>
          h(
            'li',
            { 'data-decision': r.decision },
            r.winner ? LIVE.classChose(r.title, r.winner) : LIVE.noDecision(r.title),
            r.got === null ? '' : ` ${r.got ? LIVE.got : LIVE.notGot}`,
          ),
        ),
      ),
    );
  }

  /** The words that do not depend on the room, in the current language. */
  function relabel(): void {
    document.title = LIVE.page.title;
    for (const b of switchButtons) b.setAttribute('aria-pressed', String(b.dataset.lang === currentLanguage()));
    joinIntro.textContent = LIVE.joinIntro;
    codeLabel.textContent = LIVE.codeLabel;
    joinButton.textContent = LIVE.join;
  }

  function render(): void {
    const state = shown();
    relabel();
    const inRoom = state.phase !== 'join' && state.phase !== 'joining';
    joinSection.hidden = inRoom;
    joinButton.disabled = state.phase === 'joining';
    problem.textContent = state.problem ? LIVE.problems[state.problem] : '';
    const seat = seatName(state);
    title.textContent = !inRoom ? LIVE.joinTitle : seat ? LIVE.youAre(seat.faction, seat.number) : (state.episode?.title ?? LIVE.joinTitle);
    status.textContent =
      state.phase === 'joining'
        ? LIVE.joining
        : state.phase === 'reconnecting'
          ? LIVE.reconnecting
          : state.phase === 'ended'
            ? LIVE.ended
            : inRoom && !seat
              ? LIVE.seatWaiting
              : '';
    root.dataset.phase = state.phase;
    renderCard(state);
    renderBallot(state);
    renderResults(state);
  }

  render();
  // a reload in the middle of a lesson: back into the same seat
  const token = sessionStorage.getItem(REJOIN_KEY);
  if (token) {
    dispatch({ kind: 'joining' });
    // the server may not yet have seen the old page's socket close: try again for a few seconds
    void (async () => {
      for (let attempt = 0; attempt < 8; attempt++) {
        try {
          return attach(await client.reconnect(token));
        } catch {
          await new Promise((r) => setTimeout(r, 600));
        }
      }
      sessionStorage.removeItem(REJOIN_KEY);
      state = { ...state, phase: 'join', problem: null };
      render();
    })();
  }
}

/** A failed join, as the page explains it. */
function joinProblem(e: unknown): NonNullable<PhoneState['problem']> {
  const code = typeof e === 'object' && e !== null && 'code' in e ? Number(e.code) : 0;
  const message = e instanceof Error ? e.message : '';
  if (code === 4212) return 'no-room';
  if (code === 429) return 'slow-down';
  if (/full/.test(message)) return 'full';
  if (/locked/.test(message)) return 'locked';
  return 'offline';
}
