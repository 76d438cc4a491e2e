// Reading a save back: it is untrusted data (storage can be edited, truncated or from another game).

import type { SaveState, Turn } from './session.ts';

/** `sameStory` is false for a save made with another version of the story: try it, it may still load. */
export type SaveCheck = { ok: true; state: SaveState; sameStory: boolean } | { ok: false; reason: SaveProblem };

/** Reasons a save is refused; the UI turns each into a sentence (see ui/strings.ts). */
export type SaveProblem = 'not-json' | 'not-a-save' | 'newer-format' | 'other-story' | 'damaged';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isTurn(v: unknown): v is Turn {
  if (!isObj(v) || !Array.isArray(v.lines) || !Array.isArray(v.choices) || !isObj(v.stage)) return false;
  const linesOk = v.lines.every((l) => isObj(l) && typeof l.text === 'string' && typeof l.speculation === 'boolean');
  const choicesOk = v.choices.every(
    (c) => isObj(c) && Number.isInteger(c.index) && typeof c.text === 'string' && (c.option === null || typeof c.option === 'string'),
  );
  const s = v.stage;
  const stageOk = Array.isArray(s.people) && s.people.every((p) => typeof p === 'string');
  return linesOk && choicesOk && stageOk;
}

export function parseSave(text: string, story: string): SaveCheck {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!isObj(data) || !('format' in data) || !('ink' in data)) return { ok: false, reason: 'not-a-save' };
  if (typeof data.format !== 'number') return { ok: false, reason: 'not-a-save' };
  if (data.format > 1) return { ok: false, reason: 'newer-format' };
  if (typeof data.story !== 'string') return { ok: false, reason: 'damaged' };
  if (typeof data.ink !== 'string' || !Array.isArray(data.taken) || !Array.isArray(data.backlog) || !Array.isArray(data.past)) {
    return { ok: false, reason: 'damaged' };
  }
  if (data.backlog.length === 0) return { ok: false, reason: 'damaged' };
  const backlogOk = data.backlog.every((b) => isObj(b) && isTurn(b.turn) && (b.chose === null || typeof b.chose === 'string'));
  const pastOk = data.past.every(
    (p) =>
      isObj(p) &&
      typeof p.ink === 'string' &&
      Number.isInteger(p.taken) &&
      Number.isInteger(p.at) &&
      (p.at as number) >= 0 &&
      (p.at as number) < (data.backlog as unknown[]).length,
  );
  if (!backlogOk || !pastOk) return { ok: false, reason: 'damaged' };
  const takenOk = data.taken.every((t) => isObj(t) && typeof t.decision === 'string' && typeof t.option === 'string');
  if (!takenOk) return { ok: false, reason: 'damaged' };
  try {
    JSON.parse(data.ink);
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  return { ok: true, state: data as unknown as SaveState, sameStory: data.story === story };
}
