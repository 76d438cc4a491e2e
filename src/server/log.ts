// The server's log: events and counts only. No names, codes, tokens, addresses or URLs ever reach it.

/** Events the server may log; anything else is not a log line. */
export type LogEvent = 'listening' | 'room-opened' | 'room-closed' | 'lookup-limited' | 'origin-refused' | 'internal-error';

let quiet = process.env.TP_QUIET === '1';

export function setQuiet(q: boolean): void {
  quiet = q;
}

/** One line: the event and, at most, a number (a port, a count). */
export function log(event: LogEvent, n?: number): void {
  if (quiet) return;
  console.log(`[rooms] ${event}${n === undefined ? '' : ` ${n}`}`);
}

/** Colyseus's own logger, kept to the same rule: its messages can carry room ids and addresses, so they are dropped. */
export const colyseusLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  // TP_DEBUG=1 prints Colyseus's errors in full, for a developer's own machine only
  error: (...a: unknown[]) => (process.env.TP_DEBUG === '1' ? console.error(...a) : log('internal-error')),
  log: () => undefined,
};
