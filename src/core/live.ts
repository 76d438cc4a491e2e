// The live classroom room's rules as pure data: join codes, seats, factions, ballots, the private
// tally, message checks and rate limits. The server (src/server) and the pages use them; no I/O here.

import { ABSTAIN, bodyResult, type BodyResult, type BodyVote, type FactionHands, type RoleCard } from './classroom.ts';
import { isObj } from './guards.ts';

/** Join codes use letters and digits that cannot be mistaken for each other (no 0/O, 1/I/L, 5/S, 2/Z, 8/B). */
export const CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const CODE_LENGTH = 6;
/** A room holds at most this many students (the teacher is not a seat). */
export const MAX_SEATS = 40;
/** A one-line reason for a vote, at most this many characters. */
export const MAX_REASON = 140;
/** How long a student's seat and vote wait for a dropped phone to come back (seconds). */
export const RECONNECT_SECONDS = 120;
/** Bytes in a host token: 128 bits. */
export const TOKEN_BYTES = 16;

/**
 * A join code from random bytes (any source: crypto in the server, a seeded one in tests).
 * Bytes that would bias the alphabet are skipped; returns null if the bytes ran out first.
 */
export function codeFromBytes(bytes: Uint8Array): string | null {
  const n = CODE_ALPHABET.length;
  const limit = 256 - (256 % n);
  let code = '';
  for (const b of bytes) {
    if (b >= limit) continue;
    code += CODE_ALPHABET[b % n];
    if (code.length === CODE_LENGTH) return code;
  }
  return null;
}

/** What a student typed, as a code: capitals, spaces and dashes dropped; null if it cannot be a code. */
export function normaliseCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTH) return null;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return null;
  return code;
}

/** The rooms' catalogue: what the server needs to know of each episode (built from the content). */
export interface LiveEpisode {
  id: string;
  title: string;
  roles: RoleCard[];
  /** every decision the class votes on, with its options, and the body whose seats weigh the votes (if any) */
  decisions: Record<string, LiveDecision>;
}

export interface LiveDecision {
  options: string[];
  body: BodyVote | null;
  /** what a phone shows: the question, and each option's words */
  title: string;
  labels: Record<string, string>;
  /** the voices of the time at this decision (the record's, public): each phone shows its own side's */
  voices: LiveVoice[];
}

/**
 * A voice of the time as a phone shows it: its key in the record's entry (`record.<decision>.voices.<id>`,
 * so each phone finds it in its own language's table), who spoke (a person id, matched to a card's
 * people), and the case in English (what a phone shows when its table lacks the text).
 */
export interface LiveVoice {
  id: string;
  who: string;
  label: string;
  speech: string;
  quote: { text: string; source: string } | null;
}

/**
 * What every page in a room is told of its episode (public: it is printed on the role cards too). Ids
 * all the way down (the episode, each side, decision and option), with the English beside them: each
 * phone shows the texts in its own language from its own table (src/core/live-i18n.ts); the room knows
 * no language.
 */
export interface EpisodeInfo {
  id: string;
  title: string;
  factions: Record<string, string>;
  decisions: Record<string, { title: string; labels: Record<string, string>; voices: LiveVoice[] }>;
}

export function episodeInfo(ep: LiveEpisode): EpisodeInfo {
  return {
    id: ep.id,
    title: ep.title,
    factions: Object.fromEntries(ep.roles.map((r) => [r.id, r.name])),
    decisions: Object.fromEntries(
      Object.entries(ep.decisions).map(([d, x]) => [d, { title: x.title, labels: x.labels, voices: x.voices }]),
    ),
  };
}

/** Whether the class's outcome gave a faction what its card wanted at that vote (null: it wanted nothing there). */
export function factionGot(card: Pick<RoleCard, 'wants' | 'swing'>, decision: string, winner: string): boolean | null {
  const want = Object.hasOwn(card.wants, decision) ? card.wants[decision] : undefined;
  if (card.swing || !want || !winner) return null;
  return want === winner;
}

/** A student's place in the room, named by faction and number ('Bolsheviks 3'); no free-text names. */
export interface Seat {
  id: string;
  /** role id; '' until the teacher or the balance assigns one */
  faction: string;
  /** 1, 2, ... within the faction */
  number: number;
}

/** The factions students can hold at this episode: a body's absent factions (0 seats) are left out. */
export function seatableFactions(ep: LiveEpisode): string[] {
  const bodies = Object.values(ep.decisions)
    .map((d) => d.body)
    .filter((b): b is BodyVote => b !== null);
  return ep.roles.map((r) => r.id).filter((id) => bodies.length === 0 || bodies.some((b) => (b.seats[id] ?? 0) > 0));
}

/** Numbers each faction's seats 1, 2, ... in the order they joined. */
export function numberSeats(seats: readonly Seat[]): Seat[] {
  const next: Record<string, number> = {};
  return seats.map((s) => {
    if (!s.faction) return { ...s, number: 0 };
    next[s.faction] = (next[s.faction] ?? 0) + 1;
    return { ...s, number: next[s.faction] ?? 1 };
  });
}

/**
 * Shares the seats among the factions so that no two factions differ by more than one student.
 * Seats already in a faction stay where they are while that keeps the balance; the rest move.
 */
export function balance(seats: readonly Seat[], factions: readonly string[]): Seat[] {
  if (factions.length === 0) return [...seats];
  const n = seats.length;
  const base = Math.floor(n / factions.length);
  const extra = n % factions.length;
  // the first `extra` factions (in the card's order) take one more
  const quota: Record<string, number> = Object.fromEntries(factions.map((f, i) => [f, base + (i < extra ? 1 : 0)]));
  const count: Record<string, number> = {};
  const kept = seats.map((s) => {
    if (s.faction && (quota[s.faction] ?? 0) > (count[s.faction] ?? 0)) {
      count[s.faction] = (count[s.faction] ?? 0) + 1;
      return s;
    }
    return { ...s, faction: '' };
  });
  const out = kept.map((s) => {
    if (s.faction) return s;
    const f = factions.find((x) => (count[x] ?? 0) < (quota[x] ?? 0)) ?? factions[0] ?? '';
    count[f] = (count[f] ?? 0) + 1;
    return { ...s, faction: f };
  });
  return numberSeats(out);
}

/** A seat as the teacher's projector sees it: side, number, here or away, voted or not (never how). */
export interface SeatView {
  faction: string;
  number: number;
  connected: boolean;
  voted: boolean;
}

/** A ballot: open for one decision, the votes private to the server. */
export interface Ballot {
  decision: string;
  options: string[];
  open: boolean;
  /** seat id → the option and a one-line reason */
  votes: Record<string, { option: string; reason: string }>;
}

export function openBallot(ep: LiveEpisode, decision: string): Ballot | null {
  const d = Object.hasOwn(ep.decisions, decision) ? ep.decisions[decision] : undefined;
  if (!d) return null;
  return { decision, options: [...d.options], open: true, votes: {} };
}

export type VoteRefusal = 'closed' | 'no-seat' | 'bad-option';

/** Records (or changes) a seat's vote while the ballot is open. */
export function castVote(
  b: Ballot,
  seat: Seat | undefined,
  option: string,
  reason: string,
): { ok: true; ballot: Ballot } | { ok: false; why: VoteRefusal } {
  if (!b.open) return { ok: false, why: 'closed' };
  if (!seat || !seat.faction) return { ok: false, why: 'no-seat' };
  if (option !== ABSTAIN && !b.options.includes(option)) return { ok: false, why: 'bad-option' };
  const votes = { ...b.votes, [seat.id]: { option, reason: cleanLine(reason, MAX_REASON) } };
  return { ok: true, ballot: { ...b, votes } };
}

/** Who has voted, never how: the seat ids with a vote. */
export function whoVoted(b: Ballot): string[] {
  return Object.keys(b.votes);
}

/** The private tally as each faction's hands, the input of the classroom's weighted rule. */
export function handsOf(b: Ballot, seats: readonly Seat[]): FactionHands {
  const hands: FactionHands = {};
  const byId = new Map(seats.map((s) => [s.id, s]));
  for (const [id, v] of Object.entries(b.votes)) {
    const s = byId.get(id);
    if (!s || !s.faction) continue;
    const h = (hands[s.faction] ??= {});
    h[v.option] = (h[v.option] ?? 0) + 1;
  }
  return hands;
}

/** What the room announces when a ballot closes: the outcome, never a seat's vote. */
export interface BallotOutcome {
  decision: string;
  /** votes per option over the whole class (ABSTAIN included) */
  tally: Record<string, number>;
  /** the option chosen: by a body's weighted seats where there is one, else by most votes (none: nobody voted) */
  winner: string;
  tie: boolean;
  /** the body's seats per option, when a body decides */
  body: BodyResult | null;
  /** the reasons given, without names or seats, grouped by faction */
  reasons: { faction: string; option: string; reason: string }[];
}

export function closeBallot(ep: LiveEpisode, b: Ballot, seats: readonly Seat[]): BallotOutcome {
  const tally: Record<string, number> = Object.fromEntries([...b.options, ABSTAIN].map((o) => [o, 0]));
  for (const v of Object.values(b.votes)) tally[v.option] = (tally[v.option] ?? 0) + 1;
  const body = ep.decisions[b.decision]?.body ?? null;
  const hands = handsOf(b, seats);
  const byId = new Map(seats.map((s) => [s.id, s]));
  const reasons = Object.entries(b.votes)
    .filter(([, v]) => v.reason !== '')
    .map(([id, v]) => ({ faction: byId.get(id)?.faction ?? '', option: v.option, reason: v.reason }))
    .sort((x, y) => x.faction.localeCompare(y.faction));
  if (body) {
    const r = bodyResult(body, hands);
    return { decision: b.decision, tally, winner: r.voted ? r.winner : '', tie: r.tie, body: r, reasons };
  }
  const max = Math.max(0, ...b.options.map((o) => tally[o] ?? 0));
  const top = b.options.filter((o) => max > 0 && tally[o] === max);
  return { decision: b.decision, tally, winner: top.length === 1 ? (top[0] ?? '') : '', tie: top.length > 1, body: null, reasons };
}

/** One line of plain text: controls and line breaks dropped, spaces squeezed, at most `max` characters. */
export function cleanLine(s: string, max: number): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is dropped
  const CONTROLS = /[\u0000-\u001f\u007f\u2028\u2029]/g;
  return [...s.replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim()].slice(0, max).join('');
}

// --- messages -------------------------------------------------------------------------------

/** Every message a page may send, and nothing else. Teacher messages carry the host token. */
export type LiveMessage =
  | { type: 'vote'; option: string; reason: string }
  | { type: 'assign'; token: string; seat: string; faction: string }
  | { type: 'balance'; token: string }
  | { type: 'lock'; token: string; locked: boolean }
  | { type: 'open'; token: string; decision: string; seconds: number }
  | { type: 'close'; token: string }
  | { type: 'pause'; token: string; paused: boolean }
  | { type: 'extend'; token: string; seconds: number }
  | { type: 'kick'; token: string; seat: string }
  | { type: 'end'; token: string };

export const MESSAGE_TYPES: readonly LiveMessage['type'][] = [
  'vote',
  'assign',
  'balance',
  'lock',
  'open',
  'close',
  'pause',
  'extend',
  'kick',
  'end',
];
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;
const TOKEN = /^[0-9a-f]{32}$/;
/** A field's string, if it is one and no longer than `max`. */
const str = (v: unknown, max: number): string | null => (typeof v === 'string' && v.length <= max ? v : null);
const id = (v: unknown): string | null => {
  const s = str(v, 80);
  return s !== null && ID.test(s) ? s : null;
};
const secs = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 3600 ? v : null);

/**
 * Checks a message against its type's shape (extra fields ignored, every string capped).
 * Returns null for an unknown type or a bad field; the room then drops it.
 */
export function parseMessage(type: unknown, body: unknown): LiveMessage | null {
  if (typeof type !== 'string' || !isObj(body)) return null;
  const token = str(body.token, 32);
  const hasToken = token !== null && TOKEN.test(token);
  switch (type) {
    case 'vote': {
      const option = id(body.option);
      const reason = body.reason === undefined ? '' : str(body.reason, MAX_REASON * 2);
      return option !== null && reason !== null ? { type, option, reason } : null;
    }
    case 'assign': {
      const seat = id(body.seat);
      const faction = id(body.faction);
      return hasToken && seat && faction ? { type, token, seat, faction } : null;
    }
    case 'balance':
    case 'close':
    case 'end':
      return hasToken ? { type, token } : null;
    case 'lock':
    case 'pause': {
      if (!hasToken || typeof body[type === 'lock' ? 'locked' : 'paused'] !== 'boolean') return null;
      return type === 'lock' ? { type, token, locked: body.locked === true } : { type, token, paused: body.paused === true };
    }
    case 'open': {
      const decision = id(body.decision);
      const seconds = body.seconds === undefined ? 0 : secs(body.seconds);
      return hasToken && decision && seconds !== null ? { type, token, decision, seconds } : null;
    }
    case 'extend': {
      const seconds = secs(body.seconds);
      return hasToken && seconds !== null && seconds > 0 ? { type, token, seconds } : null;
    }
    case 'kick': {
      const seat = id(body.seat);
      return hasToken && seat ? { type, token, seat } : null;
    }
    default:
      return null;
  }
}

/** Compares two host tokens in time that does not depend on where they first differ. */
export function sameToken(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

// --- rate limits ----------------------------------------------------------------------------

/** A token bucket: `burst` at once, refilled at `perSecond`. Time comes in, so it is tested without waiting. */
export interface Bucket {
  tokens: number;
  at: number;
}

export function take(b: Bucket | undefined, now: number, burst: number, perSecond: number): { ok: boolean; bucket: Bucket } {
  const start = b ?? { tokens: burst, at: now };
  const tokens = Math.min(burst, start.tokens + ((now - start.at) / 1000) * perSecond);
  if (tokens < 1) return { ok: false, bucket: { tokens, at: now } };
  return { ok: true, bucket: { tokens: tokens - 1, at: now } };
}

/** Whether a bucket still has a token, without taking one. */
export function hasToken(b: Bucket | undefined, now: number, burst: number, perSecond: number): boolean {
  if (!b) return true;
  return Math.min(burst, b.tokens + ((now - b.at) / 1000) * perSecond) >= 1;
}

/** Failed code look-ups per address: a whole class's typos fit, guessing a code does not (about 1 in 10^8 a try). */
export const LOOKUP_LIMIT = { burst: 30, perSecond: 0.5 };
/** Joins per address: two whole classes behind one school address at once, then one a second. */
export const JOIN_LIMIT = { burst: 90, perSecond: 1 };
/** Messages per connection: a burst of 20, then 10 a second. */
export const MESSAGE_LIMIT = { burst: 20, perSecond: 10 };
/** Messages dropped by the rate limit before the connection is closed. */
export const FLOOD_KICK = 100;

/** The rooms' catalogue from the validated classroom and the record's decisions (done once at server start). */
export function liveCatalogue(
  episodes: readonly { id: string; title: string; roles: RoleCard[]; decisions: string[]; bodies: Record<string, BodyVote> }[],
  decisions: readonly { id: string; options: string[] }[],
  record: readonly {
    id: string;
    title: string;
    options: readonly { id: string; label: string }[];
    voices?: readonly Omit<LiveVoice, 'id'>[];
  }[] = [],
): Map<string, LiveEpisode> {
  const options = new Map(decisions.map((d) => [d.id, d.options]));
  const entries = new Map(record.map((r) => [r.id, r]));
  return new Map(
    episodes.map((e) => [
      e.id,
      {
        id: e.id,
        title: e.title,
        roles: e.roles,
        decisions: Object.fromEntries(
          e.decisions.map((d) => {
            const body = Object.hasOwn(e.bodies, d) ? (e.bodies[d] ?? null) : null;
            const entry = entries.get(d);
            const labels = Object.fromEntries((entry?.options ?? []).map((o) => [o.id, o.label]));
            // a voice's id is its place in the record's list, as the translation tables name it
            const voices = (entry?.voices ?? []).map((v, i) => ({
              id: String(i),
              who: v.who,
              label: v.label,
              speech: v.speech,
              quote: v.quote,
            }));
            return [d, { options: body ? [...body.options] : [...(options.get(d) ?? [])], body, title: entry?.title ?? d, labels, voices }];
          }),
        ),
      },
    ]),
  );
}
