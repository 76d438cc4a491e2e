// Saves: the file format, its checks, and the slots. A save is untrusted data: storage can be edited,
// truncated, filled by another game, or a file the player picked. Nothing in it is ever run or shown as HTML.

import { isObj } from './guards.ts';
import { storyFingerprint, type SaveState, type Turn } from './session.ts';

/** `sameStory` is false for a save made with another version of the story: try it, it may still load. */
export type SaveCheck = { ok: true; state: SaveState; sameStory: boolean; meta: SaveMeta } | { ok: false; reason: SaveProblem };

/** Reasons a save is refused; the UI turns each into a sentence (see ui/strings.ts). */
export type SaveProblem = 'not-json' | 'not-a-save' | 'newer-format' | 'other-story' | 'damaged' | 'tampered' | 'too-large';

/** What a slot list shows without loading the save. */
export interface SaveMeta {
  name: string;
  savedAt: string;
  place: string;
  date: string;
}

/** The envelope written to storage and to exported files. */
export interface SaveFile {
  kind: 'turning-points-save';
  format: 1;
  meta: SaveMeta;
  /** fingerprint of JSON.stringify(state): a file edited by hand no longer matches */
  check: string;
  state: SaveState;
}

export const SAVE_KIND = 'turning-points-save';
export const MAX_SAVE_BYTES = 8 * 1024 * 1024;

const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown) => v === null || typeof v === 'string';

function isDate(v: unknown): boolean {
  return v === null || (isObj(v) && isStr(v.os) && isStr(v.ns));
}

function isTurn(v: unknown): v is Turn {
  if (!isObj(v) || !Array.isArray(v.lines) || !Array.isArray(v.choices) || !isObj(v.stage)) return false;
  const linesOk = v.lines.every(
    (l) =>
      isObj(l) && isStr(l.text) && typeof l.speculation === 'boolean' && isStrOrNull(l.quote) && Array.isArray(l.sfx) && l.sfx.every(isStr),
  );
  const choicesOk = v.choices.every(
    (c) => isObj(c) && Number.isInteger(c.index) && isStr(c.text) && isStrOrNull(c.option) && (c.part === undefined || isStrOrNull(c.part)),
  );
  const s = v.stage;
  const stageOk =
    isStrOrNull(s.place) &&
    isDate(s.date) &&
    Array.isArray(s.people) &&
    s.people.every(isStr) &&
    isStrOrNull(s.actor) &&
    isStrOrNull(s.mood);
  return linesOk && choicesOk && stageOk && isStrOrNull(v.decision) && isStrOrNull(v.ending);
}

/** Checks the shape of a save state object. */
export function checkState(
  data: unknown,
  story: string,
): { ok: true; state: SaveState; sameStory: boolean } | { ok: false; reason: SaveProblem } {
  if (!isObj(data) || !('format' in data) || !('ink' in data)) return { ok: false, reason: 'not-a-save' };
  if (typeof data.format !== 'number') return { ok: false, reason: 'not-a-save' };
  if (data.format > 1) return { ok: false, reason: 'newer-format' };
  if (!isStr(data.story) || !isStr(data.ink)) return { ok: false, reason: 'damaged' };
  const { taken, backlog, past } = data;
  if (!Array.isArray(taken) || !Array.isArray(backlog) || !Array.isArray(past) || backlog.length === 0) {
    return { ok: false, reason: 'damaged' };
  }
  const takenOk = taken.every((t) => isObj(t) && isStr(t.decision) && isStr(t.option) && (t.reason === undefined || isStr(t.reason)));
  const backlogOk = backlog.every((b) => isObj(b) && isTurn(b.turn) && isStrOrNull(b.chose));
  const pastOk = past.every(
    (p) =>
      isObj(p) &&
      isStr(p.ink) &&
      Number.isInteger(p.taken) &&
      Number.isInteger(p.at) &&
      (p.at as number) >= 0 &&
      (p.at as number) < backlog.length,
  );
  if (!takenOk || !backlogOk || !pastOk) return { ok: false, reason: 'damaged' };
  try {
    JSON.parse(data.ink);
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  return { ok: true, state: data as unknown as SaveState, sameStory: data.story === story };
}

function readMeta(v: unknown): SaveMeta | null {
  if (!isObj(v) || !isStr(v.name) || !isStr(v.savedAt) || !isStr(v.place) || !isStr(v.date)) return null;
  return { name: v.name.slice(0, 80), savedAt: v.savedAt.slice(0, 40), place: v.place.slice(0, 120), date: v.date.slice(0, 80) };
}

/** Reads a save file (or a slot's text). Never throws. */
export function parseSave(text: string, story: string): SaveCheck {
  if (text.length > MAX_SAVE_BYTES) return { ok: false, reason: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!isObj(data) || data.kind !== SAVE_KIND) return { ok: false, reason: 'not-a-save' };
  if (typeof data.format !== 'number') return { ok: false, reason: 'not-a-save' };
  if (data.format > 1) return { ok: false, reason: 'newer-format' };
  const meta = readMeta(data.meta);
  if (!meta || !isStr(data.check) || !isObj(data.state)) return { ok: false, reason: 'damaged' };
  const checked = checkState(data.state, story);
  if (!checked.ok) return checked;
  if (storyFingerprint(JSON.stringify(data.state)) !== data.check) return { ok: false, reason: 'tampered' };
  return { ...checked, meta };
}

export function makeSave(state: SaveState, meta: SaveMeta): string {
  const file: SaveFile = { kind: SAVE_KIND, format: 1, meta, check: storyFingerprint(JSON.stringify(state)), state };
  return JSON.stringify(file);
}

/** The storage a save store writes to: localStorage in the browser, a Map in tests. */
export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const SLOTS = ['autosave', 'slot-1', 'slot-2', 'slot-3'] as const;
export type SlotId = (typeof SLOTS)[number];

export type SlotInfo = { slot: SlotId } & ({ state: 'empty' } | { state: 'ok'; meta: SaveMeta } | { state: 'bad'; reason: SaveProblem });

export type WriteResult = { ok: true } | { ok: false; reason: 'storage-full' | 'storage-blocked' };

/** Named slots over a key-value store. One slot's damage never touches another. */
export class SaveStore {
  constructor(
    private readonly kv: KeyValue | null,
    private readonly story: string,
    /** the storage key of a slot is prefix + slot id (app/persistence.ts names the keys) */
    private readonly prefix: string,
  ) {}

  private key(slot: SlotId): string {
    return `${this.prefix}${slot}`;
  }

  raw(slot: SlotId): string | null {
    try {
      return this.kv?.getItem(this.key(slot)) ?? null;
    } catch {
      return null;
    }
  }

  read(slot: SlotId): SaveCheck | null {
    const text = this.raw(slot);
    return text === null ? null : parseSave(text, this.story);
  }

  list(): SlotInfo[] {
    return SLOTS.map((slot) => {
      const r = this.read(slot);
      if (!r) return { slot, state: 'empty' as const };
      return r.ok ? { slot, state: 'ok' as const, meta: r.meta } : { slot, state: 'bad' as const, reason: r.reason };
    });
  }

  write(slot: SlotId, text: string): WriteResult {
    if (!this.kv) return { ok: false, reason: 'storage-blocked' };
    try {
      this.kv.setItem(this.key(slot), text);
      return { ok: true };
    } catch {
      return { ok: false, reason: 'storage-full' };
    }
  }

  remove(slot: SlotId): void {
    try {
      this.kv?.removeItem(this.key(slot));
    } catch {
      // blocked storage: nothing to remove
    }
  }
}
