// One live classroom: a teacher (the host) and up to 40 students' phones. The rules are in src/core/live.ts;
// this class keeps the private truth (seats, votes, the host token). The shared schema state holds only the
// ballot and its outcomes; seats go privately to the teacher (who voted, never how) and to each phone (its own).

import { randomBytes } from 'node:crypto';
import { Room, ServerError, matchMaker, type Client } from '@colyseus/core';
import {
  FLOOD_KICK,
  MAX_SEATS,
  MESSAGE_LIMIT,
  RECONNECT_SECONDS,
  TOKEN_BYTES,
  balance,
  castVote,
  closeBallot,
  codeFromBytes,
  numberSeats,
  openBallot,
  parseMessage,
  sameToken,
  seatableFactions,
  take,
  episodeInfo,
  handsOf,
  type Ballot,
  type BallotOutcome,
  type EpisodeInfo,
  type Bucket,
  type LiveEpisode,
  type LiveMessage,
  type Seat,
  type SeatView,
} from '../core/live.ts';
import type { FactionHands, RoleCard } from '../core/classroom.ts';
import { RoomState } from './schema.ts';
import { log } from './log.ts';

export interface RoomConfig {
  catalogue: ReadonlyMap<string, LiveEpisode>;
  /** how long a room waits for its teacher to come back before it closes (seconds) */
  hostGraceSeconds: number;
  /** how long a student's seat and vote are kept after the phone drops (seconds) */
  reconnectSeconds: number;
}

/** Set once by the server before any room is created (one matchmaker per process). */
export const roomConfig: RoomConfig = {
  catalogue: new Map(),
  hostGraceSeconds: 300,
  reconnectSeconds: RECONNECT_SECONDS,
};

/** Close codes the pages understand. */
export const CLOSE = { kicked: 4101, ended: 4102, flood: 4109 } as const;

/** What a student's phone is told privately (never broadcast). */
export type PrivateMessage =
  | { type: 'host'; token: string; code: string }
  | { type: 'seat'; seat: string; faction: string; number: number }
  | { type: 'seats'; seats: Record<string, SeatView> }
  | { type: 'episode'; info: EpisodeInfo }
  | { type: 'card'; role: string; card: RoleCard }
  | { type: 'your-vote'; decision: string; option: string; reason: string }
  | { type: 'refused'; why: string }
  /** to the teacher only: the reasons given, and each side's hands (the input of the weighted rule) */
  | { type: 'reasons'; decision: string; reasons: BallotOutcome['reasons']; hands: FactionHands; tally: Record<string, number> };

interface Joined {
  seat: string | null;
  bucket: Bucket | undefined;
  dropped: number;
}

export class ClassRoom extends Room<RoomState> {
  maxClients = MAX_SEATS + 1;
  private token = '';
  private episode: LiveEpisode | null = null;
  /** seats in joining order: the private truth */
  private seats: Seat[] = [];
  /** seats whose phone is away (waiting to reconnect) */
  private away = new Set<string>();
  /** the reasons given at each closed vote (no seats, no names), for the teacher's debrief */
  private reasons: Record<string, { reasons: BallotOutcome['reasons']; hands: FactionHands; tally: Record<string, number> }> = {};
  private seatsQueued = false;
  private ballot: Ballot | null = null;
  private joined = new Map<string, Joined>();
  private hostSession = '';
  private nextSeat = 1;

  async onCreate(options: unknown): Promise<void> {
    const episodeId = typeof options === 'object' && options !== null && 'episode' in options ? options.episode : null;
    const episode = typeof episodeId === 'string' ? roomConfig.catalogue.get(episodeId) : undefined;
    if (!episode) throw new ServerError(400, 'unknown episode');
    this.episode = episode;
    this.roomId = await freeCode();
    this.token = randomBytes(TOKEN_BYTES).toString('hex');
    // joined by code only, never by matchmaking
    await this.setPrivate(true);
    const state = new RoomState();
    state.episode = episode.id;
    this.setState(state);
    this.onMessage('*', (client, type, body) => this.receive(client, type, body));
    log('room-opened');
  }

  onAuth(_client: Client, options: unknown): boolean {
    const host = typeof options === 'object' && options !== null && 'host' in options ? options.host : undefined;
    // the creator's first join, or the teacher coming back with the token
    if (this.hostSession === '' && this.joined.size === 0) return true;
    if (typeof host === 'string' && sameToken(host, this.token)) return true;
    if (this.state.locked) throw new ServerError(403, 'locked');
    if (this.seats.length >= MAX_SEATS) throw new ServerError(403, 'full');
    return true;
  }

  onJoin(client: Client, options: unknown): void {
    const host = typeof options === 'object' && options !== null && 'host' in options ? options.host : undefined;
    const isHost = (this.hostSession === '' && this.joined.size === 0) || (typeof host === 'string' && sameToken(host, this.token));
    if (this.episode) this.tell(client, { type: 'episode', info: episodeInfo(this.episode) });
    if (isHost) {
      this.hostSession = client.sessionId;
      this.joined.set(client.sessionId, { seat: null, bucket: undefined, dropped: 0 });
      this.welcomeHost(client);
      return;
    }
    const id = `s${this.nextSeat++}`;
    this.seats.push({ id, faction: '', number: 0 });
    this.joined.set(client.sessionId, { seat: id, bucket: undefined, dropped: 0 });
    this.tell(client, { type: 'seat', seat: id, faction: '', number: 0 });
    this.seatsChanged();
  }

  async onLeave(client: Client, consented: boolean): Promise<void> {
    const j = this.joined.get(client.sessionId);
    if (!j) return;
    // the room is closing, or a teacher's page the token has since replaced: nothing to keep
    if (this.state.ended || (j.seat === null && client.sessionId !== this.hostSession)) {
      this.joined.delete(client.sessionId);
      return;
    }
    if (client.sessionId === this.hostSession) {
      if (consented) {
        void this.end();
        return;
      }
      try {
        const back = await this.allowReconnection(client, roomConfig.hostGraceSeconds);
        this.welcomeHost(back);
      } catch {
        // the teacher did not come back: the room expires
        if (this.hostSession === client.sessionId) void this.end();
      }
      return;
    }
    const seatId = j.seat;
    if (seatId) this.away.add(seatId);
    this.seatsChanged();
    if (!consented) {
      try {
        const back = await this.allowReconnection(client, roomConfig.reconnectSeconds);
        if (seatId) this.away.delete(seatId);
        this.seatsChanged();
        this.remind(back, seatId);
        return;
      } catch {
        // gone for good: the seat is freed below
      }
    }
    this.joined.delete(client.sessionId);
    if (seatId) {
      this.away.delete(seatId);
      this.removeSeat(seatId);
    }
  }

  /** The teacher's page, new or back: the token, the seats, and the debrief's reasons so far. */
  private welcomeHost(client: Client): void {
    this.tell(client, { type: 'host', token: this.token, code: this.roomId });
    this.tell(client, { type: 'seats', seats: this.seatViews() });
    for (const [decision, r] of Object.entries(this.reasons)) this.tell(client, { type: 'reasons', decision, ...r });
  }

  /** Seats as the teacher sees them: side, number, away or here, voted or not (never how). */
  private seatViews(): Record<string, SeatView> {
    const votes = this.ballot?.open ? this.ballot.votes : {};
    return Object.fromEntries(
      this.seats.map((s) => [
        s.id,
        { faction: s.faction, number: s.number, connected: !this.away.has(s.id), voted: Object.hasOwn(votes, s.id) },
      ]),
    );
  }

  /** The teacher hears of seat changes at most every 50 ms (a class voting at once is one message, not thirty). */
  private seatsChanged(): void {
    // the last vote of a ballot goes to the projector at once: the full count is what the teacher waits for
    const votes = this.ballot?.open ? Object.keys(this.ballot.votes).length : -1;
    if (votes === this.seats.length && votes > 0) {
      const host = this.clients.find((c) => c.sessionId === this.hostSession);
      if (host) this.tell(host, { type: 'seats', seats: this.seatViews() });
      return;
    }
    if (this.seatsQueued) return;
    this.seatsQueued = true;
    this.clock.setTimeout(() => {
      this.seatsQueued = false;
      const host = this.clients.find((c) => c.sessionId === this.hostSession);
      if (host) this.tell(host, { type: 'seats', seats: this.seatViews() });
    }, 50);
  }

  private clientOfSeat(id: string): Client | undefined {
    const entry = [...this.joined.entries()].find(([, x]) => x.seat === id);
    return entry ? this.clients.find((c) => c.sessionId === entry[0]) : undefined;
  }

  onDispose(): void {
    log('room-closed');
  }

  /** After a reconnection: the phone's card and its vote, again. */
  private remind(client: Client, seatId: string | null): void {
    const seat = this.seats.find((s) => s.id === seatId);
    if (!seat) return;
    if (this.episode) this.tell(client, { type: 'episode', info: episodeInfo(this.episode) });
    this.tell(client, { type: 'seat', seat: seat.id, faction: seat.faction, number: seat.number });
    this.sendCard(client, seat.faction);
    const v = this.ballot?.votes[seat.id];
    if (this.ballot && v) this.tell(client, { type: 'your-vote', decision: this.ballot.decision, option: v.option, reason: v.reason });
  }

  /** A student's role card goes to that student's phone only. */
  private sendCard(client: Client, role: string): void {
    const card = this.episode?.roles.find((r) => r.id === role);
    if (card) this.tell(client, { type: 'card', role, card });
  }

  private tell(client: Client, m: PrivateMessage): void {
    client.send(m.type, m);
  }

  private receive(client: Client, type: string | number, body: unknown): void {
    const j = this.joined.get(client.sessionId);
    if (!j) return;
    const limited = take(j.bucket, Date.now(), MESSAGE_LIMIT.burst, MESSAGE_LIMIT.perSecond);
    j.bucket = limited.bucket;
    if (!limited.ok) {
      if (++j.dropped >= FLOOD_KICK) client.leave(CLOSE.flood);
      return;
    }
    const m = parseMessage(type, body);
    if (!m) return this.tell(client, { type: 'refused', why: 'bad-message' });
    if (m.type === 'vote') return this.vote(client, j, m);
    if (!sameToken(m.token, this.token)) return this.tell(client, { type: 'refused', why: 'not-host' });
    this.teacher(m);
  }

  private vote(client: Client, j: Joined, m: Extract<LiveMessage, { type: 'vote' }>): void {
    if (!this.ballot || this.state.paused) return this.tell(client, { type: 'refused', why: 'closed' });
    const seat = this.seats.find((s) => s.id === j.seat);
    const r = castVote(this.ballot, seat, m.option, m.reason);
    if (!r.ok) return this.tell(client, { type: 'refused', why: r.why });
    this.ballot = r.ballot;
    const mine = r.ballot.votes[seat?.id ?? ''];
    this.seatsChanged();
    if (mine) this.tell(client, { type: 'your-vote', decision: r.ballot.decision, option: mine.option, reason: mine.reason });
  }

  private teacher(m: Exclude<LiveMessage, { type: 'vote' }>): void {
    const ep = this.episode;
    if (!ep) return;
    switch (m.type) {
      case 'assign': {
        if (!seatableFactions(ep).includes(m.faction)) return;
        const seats = this.seats.map((s) => (s.id === m.seat ? { ...s, faction: m.faction } : s));
        this.setSeats(numberSeats(seats));
        return;
      }
      case 'balance':
        this.setSeats(balance(this.seats, seatableFactions(ep)));
        return;
      case 'lock':
        // enforced in onAuth (not Colyseus's lock(), which would shut out the teacher's token too)
        this.state.locked = m.locked;
        return;
      case 'open': {
        if (this.ballot?.open) return;
        const b = openBallot(ep, m.decision);
        if (!b) return;
        this.ballot = b;
        this.state.decision = b.decision;
        this.state.options.clear();
        this.state.options.push(...b.options);
        this.state.open = true;
        this.state.paused = false;
        this.state.endsAt = m.seconds > 0 ? Date.now() + m.seconds * 1000 : 0;
        this.state.left = 0;
        this.seatsChanged();
        // every phone hears of the vote now, not at the next patch
        this.broadcastPatch();
        return;
      }
      case 'close': {
        if (!this.ballot?.open) return;
        const outcome = closeBallot(ep, this.ballot, this.seats);
        this.ballot = { ...this.ballot, open: false };
        this.state.open = false;
        this.state.endsAt = 0;
        const { reasons, ...publicPart } = outcome;
        this.state.outcomes.set(outcome.decision, JSON.stringify(publicPart));
        this.broadcastPatch();
        const kept = { reasons, hands: handsOf(this.ballot, this.seats), tally: outcome.tally };
        this.reasons[outcome.decision] = kept;
        const host = this.clients.find((c) => c.sessionId === this.hostSession);
        if (host) this.tell(host, { type: 'reasons', decision: outcome.decision, ...kept });
        return;
      }
      case 'pause': {
        if (m.paused === this.state.paused) return;
        this.state.paused = m.paused;
        if (m.paused && this.state.endsAt > 0) {
          this.state.left = Math.max(0, this.state.endsAt - Date.now());
          this.state.endsAt = 0;
        } else if (!m.paused && this.state.left > 0) {
          this.state.endsAt = Date.now() + this.state.left;
          this.state.left = 0;
        }
        return;
      }
      case 'extend':
        if (this.state.endsAt > 0) this.state.endsAt += m.seconds * 1000;
        else if (this.state.left > 0) this.state.left += m.seconds * 1000;
        else if (this.state.open) this.state.endsAt = Date.now() + m.seconds * 1000;
        return;
      case 'kick': {
        const client = this.clientOfSeat(m.seat);
        const entry = [...this.joined.entries()].find(([, x]) => x.seat === m.seat);
        if (entry) this.joined.delete(entry[0]);
        this.away.delete(m.seat);
        this.removeSeat(m.seat);
        client?.leave(CLOSE.kicked);
        return;
      }
      case 'end':
        void this.end();
        return;
    }
  }

  /** New sides or numbers: each phone whose seat changed hears its own, and its card if its side changed. */
  private setSeats(seats: Seat[]): void {
    const before = new Map(this.seats.map((s) => [s.id, s]));
    this.seats = seats;
    for (const s of seats) {
      const was = before.get(s.id);
      if (was && was.faction === s.faction && was.number === s.number) continue;
      const client = this.clientOfSeat(s.id);
      if (!client) continue;
      this.tell(client, { type: 'seat', seat: s.id, faction: s.faction, number: s.number });
      if (s.faction && was?.faction !== s.faction) this.sendCard(client, s.faction);
    }
    this.seatsChanged();
  }

  private removeSeat(id: string): void {
    if (this.ballot && Object.hasOwn(this.ballot.votes, id)) {
      const votes = { ...this.ballot.votes };
      delete votes[id];
      this.ballot = { ...this.ballot, votes };
    }
    this.setSeats(numberSeats(this.seats.filter((s) => s.id !== id)));
  }

  private async end(): Promise<void> {
    if (this.state.ended) return;
    this.state.ended = true;
    await this.disconnect(CLOSE.ended);
  }
}

/** A join code no room in any process holds (with Redis, the driver sees every process's rooms). */
async function freeCode(): Promise<string> {
  for (let i = 0; i < 20; i++) {
    const code = codeFromBytes(randomBytes(32));
    if (code && (await matchMaker.query({ roomId: code })).length === 0) return code;
  }
  throw new ServerError(503, 'no code free');
}
