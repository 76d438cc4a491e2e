// The room's shared state as Colyseus schema: what every page in the room may see, the ballot and its
// outcomes. Seats and votes are not here: a phone has no business with another's seat, and a vote
// changing one flag would send a patch to every phone in the room.

import { ArraySchema, MapSchema, Schema, defineTypes } from '@colyseus/schema';

export class RoomState extends Schema {
  declare episode: string;
  declare locked: boolean;
  declare paused: boolean;
  declare ended: boolean;
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
  decision: 'string',
  options: ['string'],
  open: 'boolean',
  endsAt: 'number',
  left: 'number',
  outcomes: { map: 'string' },
});
