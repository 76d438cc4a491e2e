// The teacher's live room on the projector: the join code, a QR code drawn here, the join address, seats
// filling, sides assigned or balanced, lock, the ballot with a live count of who voted (never how), pause,
// kick, one more minute, end, and the class debrief. Loaded only when a teacher opens a live room.

import { Client, type Room } from 'colyseus.js';
import QRCode from 'qrcode';
import type { RoomView } from '../app/live.ts';
import type { SeatView } from '../core/live.ts';
import { factionOutcomes, type Episode, type FactionHands } from '../core/classroom.ts';
import type { Content } from '../core/record.ts';
import { openDialog } from './dialog.ts';
import { h } from './dom.ts';
import { liveOpened, setLiveResult } from './live-bridge.ts';
import { addLiveWords } from './live-language.ts';
import { roomView } from './live-student.ts';
import { LIVE } from './live-strings.ts';
import './live.css';

/** The host token lives in this tab's session storage only; it is sent with each teacher action, never shown. */
const HOST_KEY = 'tp-live-host';

/**
 * The projector's live panel, in the game's language (Settings): `episode` and `content` come localised,
 * the panel's own words are the live part of the language's table. Phones may show other languages: the
 * room carries ids, and the count here is by option id whatever language a phone voted in.
 */
export async function openLiveRoom(episode: Episode, content: Content): Promise<void> {
  await addLiveWords();
  const status = h('p', { class: 'live-status', role: 'status' });
  const body = h('div', { class: 'live-panel' }, status);
  const dlg = openDialog('live-room', LIVE.panelTitle(episode.title), [body], () => {
    // closing the panel keeps the room (the story can play on the projector meanwhile): the socket goes,
    // the seat waits five minutes, and the panel reopens into the same room; End the room ends it
    const kept = sessionStorage.getItem(HOST_KEY);
    if (room && kept) sessionStorage.setItem(HOST_KEY, JSON.stringify({ ...(JSON.parse(kept) as object), again: room.reconnectionToken }));
    void room?.leave(false);
  });
  let room: Room | null = null;
  let host: { token: string; code: string };
  let seatViews: Record<string, SeatView> = {};
  const reasons: Record<string, { faction: string; option: string; reason: string }[]> = {};
  /** the panel is built (a message can arrive before it is) */
  let built = false;
  try {
    room = await enter(new Client(location.origin), episode.id);
    room.onMessage('seats', (m: { seats: Record<string, SeatView> }) => {
      seatViews = m.seats;
      if (built) render();
    });
    room.onMessage(
      'reasons',
      (m: { decision: string; reasons: (typeof reasons)[string]; hands: FactionHands; tally: Record<string, number> }) => {
        reasons[m.decision] = m.reasons;
        setLiveResult(m.decision, { hands: m.hands, tally: m.tally });
        if (built) render();
      },
    );
    host = await new Promise<{ token: string; code: string }>((resolve) => room?.onMessage('host', resolve));
    sessionStorage.setItem(HOST_KEY, JSON.stringify({ ...host, episode: episode.id }));
  } catch {
    status.textContent = LIVE.noServer;
    return;
  }
  const { token, code } = host;
  liveOpened();
  const r = room;
  const send = (type: string, extra: Record<string, unknown> = {}) => r.send(type, { token, ...extra });
  r.onMessage('*', () => undefined);
  r.onLeave(() => {
    status.textContent = LIVE.ended;
  });

  const address = `${location.origin}/join`;
  const qr = h('canvas', { class: 'live-qr', role: 'img', 'aria-label': LIVE.qr });
  void QRCode.toCanvas(qr, `${address}?code=${code}`, { margin: 1, width: 320 });
  const factions = Object.fromEntries(episode.roles.map((x) => [x.id, x.name]));
  const titleOf = (d: string) => content.record.find((x) => x.id === d)?.title ?? d;
  const labelOf = (d: string, o: string) => content.record.find((x) => x.id === d)?.options.find((x) => x.id === o)?.label ?? o;

  const seatsList = h('ul', { class: 'live-seats' });
  const seatsHead = h('h3', {});
  const balance = h('button', { type: 'button', 'data-action': 'live-balance' }, LIVE.balance);
  balance.addEventListener('click', () => send('balance'));
  const lock = h('button', { type: 'button', 'data-action': 'live-lock' }, LIVE.lock);
  lock.addEventListener('click', () => send('lock', { locked: !view.locked }));
  const end = h('button', { type: 'button', 'data-action': 'live-end' }, LIVE.end);
  end.addEventListener('click', () => send('end'));

  const decision = h('select', { id: 'live-decision' }, ...episode.decisions.map((d) => h('option', { value: d }, titleOf(d))));
  const open = h('button', { type: 'button', class: 'primary', 'data-action': 'live-open' }, LIVE.openBallot);
  open.addEventListener('click', () => send('open', { decision: decision.value, seconds: 180 }));
  const close = h('button', { type: 'button', class: 'primary', 'data-action': 'live-close' }, LIVE.closeBallot);
  close.addEventListener('click', () => send('close'));
  const pause = h('button', { type: 'button', 'data-action': 'live-pause' }, LIVE.pause);
  pause.addEventListener('click', () => send('pause', { paused: !view.paused }));
  const extend = h('button', { type: 'button', 'data-action': 'live-extend' }, LIVE.extend);
  extend.addEventListener('click', () => send('extend', { seconds: 60 }));
  const count = h('p', { class: 'live-count', role: 'status' });
  const timer = h('p', { class: 'live-timer' });
  const debrief = h('section', { class: 'live-debrief' });

  body.append(
    h(
      'div',
      { class: 'live-row' },
      h(
        'div',
        {},
        h('p', {}, LIVE.codeIs),
        h('p', { class: 'live-code', 'data-code': code }, code),
        h('p', {}, `${LIVE.address} `, h('strong', {}, address)),
      ),
      qr,
    ),
    seatsHead,
    h('div', { class: 'live-row' }, balance, lock, end),
    seatsList,
    h('h3', {}, LIVE.theVote),
    h('div', { class: 'live-row' }, h('label', { for: 'live-decision' }, LIVE.decision), decision, open, close, pause, extend),
    count,
    timer,
    debrief,
  );

  let view: RoomView = roomView(r.state);
  function render(): void {
    const seats = Object.entries(seatViews);
    seatsHead.textContent = LIVE.seats(seats.length);
    lock.textContent = view.locked ? LIVE.unlock : LIVE.lock;
    seatsList.replaceChildren(
      ...seats.map(([id, s]) => {
        const pick = h(
          'select',
          {
            'aria-label': `${LIVE.assign}: ${s.faction ? LIVE.seatLabel(factions[s.faction] ?? s.faction, s.number) : LIVE.newSeat(id)}`,
            'data-seat': id,
          },
          h('option', { value: '' }, LIVE.unassigned),
          ...episode.roles.map((x) => h('option', { value: x.id }, x.name)),
        );
        pick.value = s.faction;
        pick.addEventListener('change', () => pick.value && send('assign', { seat: id, faction: pick.value }));
        const kick = h('button', { type: 'button', class: 'small', 'data-action': `live-kick-${id}` }, LIVE.kick);
        kick.addEventListener('click', () => send('kick', { seat: id }));
        const name = s.faction ? LIVE.seatLabel(factions[s.faction] ?? s.faction, s.number) : LIVE.newSeat(id);
        const notes = [s.connected ? '' : LIVE.away, view.open && s.voted ? LIVE.hasVoted : ''].filter(Boolean).join(', ');
        return h(
          'li',
          { 'data-seat': id, 'data-connected': String(s.connected), 'data-voted': String(s.voted) },
          name,
          notes ? ` (${notes})` : '',
          ' ',
          pick,
          ' ',
          kick,
        );
      }),
    );
    open.disabled = view.open;
    close.disabled = !view.open;
    pause.disabled = !view.open;
    extend.disabled = !view.open;
    pause.textContent = view.paused ? LIVE.resume : LIVE.pause;
    const voted = seats.filter(([, s]) => s.voted).length;
    count.textContent = view.open ? LIVE.voted(voted, seats.length) : '';
    const left = view.endsAt > 0 ? Math.max(0, Math.round((view.endsAt - Date.now()) / 1000)) : 0;
    timer.textContent = view.open && left > 0 ? LIVE.timeLeft(left) : '';
    renderDebrief();
  }

  function renderDebrief(): void {
    const decided = Object.entries(view.outcomes);
    if (decided.length === 0) return void debrief.replaceChildren();
    const chosen = Object.fromEntries(decided.filter(([, o]) => o.winner).map(([d, o]) => [d, o.winner]));
    const rows = factionOutcomes(episode, chosen);
    debrief.replaceChildren(
      h('h3', {}, LIVE.debrief),
      h(
        'ul',
        {},
        ...decided.map(([d, o]) => {
          const seats = (o as { body?: { seats: Record<string, number> } | null }).body?.seats;
          const parts = Object.entries(seats ?? o.tally)
            .filter(([k]) => k !== 'abstain')
            .map(([k, n]) => (seats ? LIVE.seatsFor(labelOf(d, k), n) : LIVE.votesFor(labelOf(d, k), n)));
          return h(
            'li',
            { 'data-decision': d },
            o.winner ? LIVE.classChose(titleOf(d), labelOf(d, o.winner)) : LIVE.noDecision(titleOf(d)),
            ` (${parts.join('; ')})`,
            (reasons[d]?.length ?? 0) > 0
              ? h(
                  'ul',
                  { class: 'live-reasons', 'aria-label': LIVE.reasons },
                  ...(reasons[d] ?? []).map((x) =>
                    h('li', {}, `${factions[x.faction] ?? x.faction} — ${labelOf(d, x.option)}: ${x.reason}`),
                  ),
                )
              : null,
          );
        }),
      ),
      h(
        'ul',
        { class: 'live-factions' },
        ...rows.filter((x) => x.wanted > 0).map((x) => h('li', { 'data-role': x.role }, LIVE.factionRow(x.name, x.score, x.wanted))),
      ),
    );
  }

  r.onStateChange((s) => {
    view = roomView(s);
    if (built) render();
  });
  const tick = setInterval(() => (dlg && document.getElementById('live-room') ? render() : clearInterval(tick)), 1000);
  built = true;
  render();
}

/**
 * The teacher's way in: back into this tab's room for the episode when its page was reloaded (the room
 * waits five minutes for its teacher), else a new room.
 */
async function enter(client: Client, episode: string): Promise<Room> {
  try {
    const kept: unknown = JSON.parse(sessionStorage.getItem(HOST_KEY) ?? 'null');
    if (typeof kept === 'object' && kept !== null && 'code' in kept && 'token' in kept && 'episode' in kept && kept.episode === episode) {
      // the panel was closed: its own seat is waiting; after a reload, the token gets a new one
      if ('again' in kept && typeof kept.again === 'string') {
        try {
          return await client.reconnect(kept.again);
        } catch {
          // the wait ran out: the token still opens the room while it lasts
        }
      }
      return await client.joinById(String(kept.code), { host: String(kept.token) });
    }
  } catch {
    // the kept room has gone: open a new one
  }
  sessionStorage.removeItem(HOST_KEY);
  return client.create('class', { episode });
}
