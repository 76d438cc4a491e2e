// A student's phone in a live room, as plain data: what the page shows follows from the room's public
// state, the phone's private messages and the socket's comings and goings. No DOM, no socket here.

import type { RoleCard } from '../core/classroom.ts';
import { factionGot, type EpisodeInfo } from '../core/live.ts';

export type PhonePhase = 'join' | 'joining' | 'seated' | 'reconnecting' | 'ended';

/** What the room shares with every page (a copy of its schema state, as plain data). */
export interface RoomView {
  locked: boolean;
  paused: boolean;
  decision: string;
  options: string[];
  open: boolean;
  endsAt: number;
  /** decision → { winner, tally, ... } as announced */
  outcomes: Record<string, { winner: string; tie: boolean; tally: Record<string, number> }>;
}

export interface PhoneState {
  phase: PhonePhase;
  /** why the last join failed: an id the page turns into words */
  problem: 'bad-code' | 'no-room' | 'full' | 'locked' | 'slow-down' | 'offline' | null;
  seat: string;
  /** this phone's side and number (faction '' until the teacher gives one) */
  mine: { faction: string; number: number };
  card: RoleCard | null;
  episode: EpisodeInfo | null;
  room: RoomView | null;
  /** this phone's vote at the open (or last) ballot */
  vote: { decision: string; option: string; reason: string } | null;
  /** the room said no to something this phone sent */
  refused: string | null;
}

export const initialPhone: PhoneState = {
  phase: 'join',
  problem: null,
  seat: '',
  mine: { faction: '', number: 0 },
  card: null,
  episode: null,
  room: null,
  vote: null,
  refused: null,
};

export type PhoneEvent =
  | { kind: 'joining' }
  | { kind: 'join-failed'; problem: NonNullable<PhoneState['problem']> }
  | { kind: 'state'; room: RoomView }
  | { kind: 'message'; type: string; body: unknown }
  | { kind: 'dropped' }
  | { kind: 'back' }
  | { kind: 'ended' };

const isRec = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The next state of the phone after an event. Messages come from our server, but are still checked by shape. */
export function phoneStep(s: PhoneState, e: PhoneEvent): PhoneState {
  switch (e.kind) {
    case 'joining':
      return { ...s, phase: 'joining', problem: null };
    case 'join-failed':
      return { ...s, phase: 'join', problem: e.problem };
    case 'state': {
      // a new ballot clears the last one's vote
      const vote = s.vote && s.vote.decision === e.room.decision ? s.vote : null;
      return { ...s, room: e.room, vote, phase: s.phase === 'joining' ? 'seated' : s.phase };
    }
    case 'dropped':
      return s.phase === 'ended' ? s : { ...s, phase: 'reconnecting' };
    case 'back':
      return { ...s, phase: 'seated' };
    case 'ended':
      return { ...s, phase: 'ended' };
    case 'message': {
      const b = e.body;
      if (!isRec(b)) return s;
      if (e.type === 'seat' && typeof b.seat === 'string') {
        const mine = { faction: typeof b.faction === 'string' ? b.faction : '', number: typeof b.number === 'number' ? b.number : 0 };
        return { ...s, seat: b.seat, mine, phase: s.phase === 'ended' ? s.phase : 'seated' };
      }
      if (e.type === 'episode' && isRec(b.info)) return { ...s, episode: b.info as unknown as EpisodeInfo };
      if (e.type === 'card' && isRec(b.card)) return { ...s, card: b.card as unknown as RoleCard };
      if (e.type === 'your-vote' && typeof b.decision === 'string' && typeof b.option === 'string')
        return {
          ...s,
          vote: { decision: b.decision, option: b.option, reason: typeof b.reason === 'string' ? b.reason : '' },
          refused: null,
        };
      if (e.type === 'refused' && typeof b.why === 'string') return { ...s, refused: b.why };
      return s;
    }
  }
}

/** The phone's seat as words' data: faction name and number ('' until a side is given). */
export function seatName(s: PhoneState): { faction: string; number: number } | null {
  const seat = s.mine;
  if (!seat.faction) return null;
  return { faction: s.episode?.factions[seat.faction] ?? seat.faction, number: seat.number };
}

/** What happened at each closed vote, and whether this phone's side got what it wanted. */
export function phoneResults(s: PhoneState): { decision: string; title: string; winner: string; got: boolean | null }[] {
  const outcomes = s.room?.outcomes ?? {};
  return Object.entries(outcomes).map(([d, o]) => ({
    decision: d,
    title: s.episode?.decisions[d]?.title ?? d,
    winner: s.episode?.decisions[d]?.labels[o.winner] ?? o.winner,
    got: s.card ? factionGot(s.card, d, o.winner) : null,
  }));
}
