// A student's phone as plain data: joining, a seat and card, a vote kept across a drop, what happened.

import { describe, expect, it } from 'vitest';
import { initialPhone, phoneResults, phoneStep, seatName, type PhoneEvent, type RoomView } from '../../src/app/live.ts';
import { episodeInfo } from '../../src/core/live.ts';
import { EPISODE } from '../server/helpers.ts';

const room = (over: Partial<RoomView> = {}): RoomView => ({
  locked: false,
  paused: false,
  decision: 'rule',
  options: ['narrow', 'broad'],
  open: true,
  endsAt: 0,
  outcomes: {},
  ...over,
});
const play = (events: PhoneEvent[]) => events.reduce(phoneStep, initialPhone);

describe('a phone in a live room', () => {
  it('joins, gets a seat named by side and number, and its card', () => {
    const s = play([
      { kind: 'joining' },
      { kind: 'message', type: 'episode', body: { type: 'episode', info: episodeInfo(EPISODE) } },
      { kind: 'message', type: 'seat', body: { seat: 's1', faction: 'minority', number: 2 } },
      { kind: 'message', type: 'card', body: { role: 'minority', card: EPISODE.roles[1] } },
      { kind: 'state', room: room() },
    ]);
    expect(s.phase).toBe('seated');
    expect(seatName(s)).toEqual({ faction: 'Minority', number: 2 });
    expect(s.card?.id).toBe('minority');
  });
  it('says it is reconnecting while away, keeps its vote, and forgets it at the next ballot', () => {
    let s = play([
      { kind: 'message', type: 'seat', body: { seat: 's1', faction: 'majority', number: 1 } },
      { kind: 'state', room: room() },
      { kind: 'message', type: 'your-vote', body: { decision: 'rule', option: 'broad', reason: 'r' } },
      { kind: 'dropped' },
    ]);
    expect(s.phase).toBe('reconnecting');
    expect(s.vote?.option).toBe('broad');
    s = phoneStep(s, { kind: 'back' });
    expect(s.phase).toBe('seated');
    s = phoneStep(s, { kind: 'state', room: room({ decision: 'advice', options: ['go', 'stay'] }) });
    expect(s.vote).toBeNull();
  });
  it('a failed join says why; an ended room stays ended', () => {
    expect(play([{ kind: 'joining' }, { kind: 'join-failed', problem: 'no-room' }])).toMatchObject({ phase: 'join', problem: 'no-room' });
    expect(play([{ kind: 'ended' }, { kind: 'dropped' }]).phase).toBe('ended');
  });
  it('afterwards: what the class chose, and whether this side got what it wanted', () => {
    const s = play([
      { kind: 'message', type: 'episode', body: { info: episodeInfo(EPISODE) } },
      { kind: 'message', type: 'card', body: { card: EPISODE.roles[0] } },
      { kind: 'state', room: room({ open: false, outcomes: { rule: { winner: 'broad', tie: false, tally: { broad: 3 } } } }) },
    ]);
    expect(phoneResults(s)).toEqual([{ decision: 'rule', title: 'The rule', winner: 'A broad rule', got: false }]);
  });
});
