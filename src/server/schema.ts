// The room's public state as Colyseus schema: what every page in the room may see. Votes are not here
// (only whether a seat has voted); they stay in the room's private fields on the server.

import { ArraySchema, MapSchema, Schema, defineTypes } from '@colyseus/schema';

export class SeatState extends Schema {
  declare faction: string;
  declare number: number;
  declare connected: boolean;
  declare voted: boolean;
  constructor() {
    super();
    this.faction = '';
    this.number = 0;
    this.connected = true;
    this.voted = false;
  }
}
defineTypes(SeatState, { faction: 'string', number: 'uint8', connected: 'boolean', voted: 'boolean' });

export class RoomState extends Schema {
  declare episode: string;
  declare locked: boolean;
  declare paused: boolean;
  declare ended: boolean;
  /** seat id → seat */
  declare seats: MapSchema<SeatState>;
  /** the ballot: its decision ('' when none has opened), its options, whether it is open */
  declare decision: string;
  declare options: ArraySchema<string>;
  declare open: boolean;
  /** the ballot's timer: when it ends (ms since 1970; 0 = no timer), or what was left when paused */
  declare endsAt: number;
  declare left: number;
  /** decision → the outcome announced when its ballot closed (JSON of a PublicOutcome) */
  declare outcomes: MapSchema<string>;
  constructor() {
    super();
    this.episode = '';
    this.locked = false;
    this.paused = false;
    this.ended = false;
    this.seats = new MapSchema<SeatState>();
    this.decision = '';
    this.options = new ArraySchema<string>();
    this.open = false;
    this.endsAt = 0;
    this.left = 0;
    this.outcomes = new MapSchema<string>();
  }
}
defineTypes(RoomState, {
  episode: 'string',
  locked: 'boolean',
  paused: 'boolean',
  ended: 'boolean',
  seats: { map: SeatState },
  decision: 'string',
  options: ['string'],
  open: 'boolean',
  endsAt: 'number',
  left: 'number',
  outcomes: { map: 'string' },
});
