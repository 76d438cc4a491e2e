// Reading a save back: it is untrusted data (storage can be edited, truncated or from another game).

import type { SaveState, Turn } from './session.ts';

export type SaveCheck = { ok: true; state: SaveState } | { ok: false; reason: SaveProblem };

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
  if (data.story !== story) return { ok: false, reason: 'other-story' };
  if (typeof data.ink !== 'string' || !isTurn(data.turn) || !Array.isArray(data.taken)) {
    return { ok: false, reason: 'damaged' };
  }
  const takenOk = data.taken.every((t) => isObj(t) && typeof t.decision === 'string' && typeof t.option === 'string');
  if (!takenOk) return { ok: false, reason: 'damaged' };
  try {
    JSON.parse(data.ink);
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  return { ok: true, state: data as unknown as SaveState };
}
