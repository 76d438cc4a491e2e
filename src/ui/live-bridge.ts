// What the live room decided, for the projector's class vote panels: the teacher's live panel writes each
// closed vote here, the body's vote panel reads it. No socket and no dependencies, so the game's own
// bundle can import it without carrying the live room's client.

import type { FactionHands, Tally } from '../core/classroom.ts';

const results = new Map<string, { hands: FactionHands; tally: Tally }>();
let opened = false;

/** A live room was opened in this page (the class vote panels then offer its votes). */
export function liveOpened(): void {
  opened = true;
}

export function liveActive(): boolean {
  return opened;
}

export function setLiveResult(decision: string, r: { hands: FactionHands; tally: Tally }): void {
  results.set(decision, r);
}

export function liveResult(decision: string): { hands: FactionHands; tally: Tally } | null {
  return results.get(decision) ?? null;
}
