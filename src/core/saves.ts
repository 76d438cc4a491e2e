// Saves: the file format, its checks, and the slots. A save is untrusted data: storage can be edited,
// truncated, filled by another game, or a file the player picked. Nothing in it is ever run or shown as HTML.

import { isObj } from './guards.ts';
import type { DecisionTaken } from './checker.ts';
import { storyFingerprint, type SaveState } from './session.ts';

/** The save format this version writes; it reads this one and format 1. */
export const FORMAT = 2;

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
  format: typeof FORMAT;
  meta: SaveMeta;
  /** fingerprint of JSON.stringify(state): a file edited by hand no longer matches */
  check: string;
  state: SaveState;
}

export const SAVE_KIND = 'turning-points-save';
export const MAX_SAVE_BYTES = 8 * 1024 * 1024;

const isStr = (v: unknown): v is string => typeof v === 'string';
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;
/** Bounds on a save's parts: far above any real playthrough, low enough that nothing hostile is slow. */
const MAX_STEPS = 5000;
const MAX_TEXT = 1000;
const MAX_REASON = 280;

/** A decision taken, rebuilt from untrusted data as a fresh object (no prototype keys carried over). */
function readTaken(v: unknown): DecisionTaken | null {
  if (!isObj(v) || !isStr(v.decision) || !ID.test(v.decision) || !isStr(v.option) || !ID.test(v.option)) return null;
  if (v.reason === undefined || v.reason === '') return { decision: v.decision, option: v.option };
  if (!isStr(v.reason) || v.reason.length > MAX_REASON) return null;
  return { decision: v.decision, option: v.option, reason: v.reason };
}

function readList<T>(v: unknown, max: number, each: (x: unknown) => T | null): T[] | null {
  if (!Array.isArray(v) || v.length > max) return null;
  const out: T[] = [];
  for (const x of v) {
    const r = each(x);
    if (r === null) return null;
    out.push(r);
  }
  return out;
}

const readText = (x: unknown): string | null => (isStr(x) && x.length <= MAX_TEXT ? x : null);

/**
 * Format 1 kept the ink state, the whole backlog and step-back states. Only its path is taken from
 * it (the text chosen at each step) and replayed like a format 2 save: nothing of its ink is trusted.
 */
function fromFormat1(data: Record<string, unknown>): Omit<SaveState, 'story'> | null {
  const backlog = data.backlog;
  if (!Array.isArray(backlog) || backlog.length === 0 || backlog.length > MAX_STEPS + 1) return null;
  const chose = readList(backlog.slice(0, -1), MAX_STEPS, (b) => (isObj(b) ? readText(b.chose) : null));
  const taken = readList(data.taken, MAX_STEPS, readTaken);
  if (!chose || !taken) return null;
  return { format: 2, seed: 0, chose, taken };
}

/** Checks the shape of a save state object and rebuilds it as plain data; never throws. */
export function checkState(
  data: unknown,
  story: string,
): { ok: true; state: SaveState; sameStory: boolean } | { ok: false; reason: SaveProblem } {
  if (!isObj(data) || !('format' in data)) return { ok: false, reason: 'not-a-save' };
  if (typeof data.format !== 'number') return { ok: false, reason: 'not-a-save' };
  if (data.format > FORMAT) return { ok: false, reason: 'newer-format' };
  if (!isStr(data.story) || data.story.length > 64) return { ok: false, reason: 'damaged' };
  let body: Omit<SaveState, 'story'> | null = null;
  if (data.format === 1) body = fromFormat1(data);
  else if (data.format === FORMAT) {
    const chose = readList(data.chose, MAX_STEPS, readText);
    const taken = readList(data.taken, MAX_STEPS, readTaken);
    const seed = data.seed;
    if (chose && taken && typeof seed === 'number' && Number.isSafeInteger(seed)) body = { format: 2, seed, chose, taken };
  }
  if (!body) return { ok: false, reason: 'damaged' };
  return { ok: true, state: { ...body, story: data.story }, sameStory: data.story === story };
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
  if (data.format > FORMAT) return { ok: false, reason: 'newer-format' };
  const meta = readMeta(data.meta);
  if (!meta || !isStr(data.check) || !isObj(data.state)) return { ok: false, reason: 'damaged' };
  const checked = checkState(data.state, story);
  if (!checked.ok) return checked;
  let hash: string;
  try {
    hash = storyFingerprint(JSON.stringify(data.state));
  } catch {
    return { ok: false, reason: 'damaged' }; // nested too deep to re-serialise: nobody's save
  }
  if (hash !== data.check) return { ok: false, reason: 'tampered' };
  return { ...checked, meta };
}

export function makeSave(state: SaveState, meta: SaveMeta): string {
  const file: SaveFile = { kind: SAVE_KIND, format: FORMAT, meta, check: storyFingerprint(JSON.stringify(state)), state };
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
