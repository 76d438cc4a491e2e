// Persistence in one place: every storage key, one wrapper that never throws, and what each key holds.
// Storage is untrusted (edited, full, blocked, another version): every read is checked in core.

import { parseClassProgress, type ClassProgress } from '../core/classroom.ts';
import { isObj } from '../core/guards.ts';
import { parseSave, SaveStore, type KeyValue, type SaveCheck, type SaveProblem, type WriteResult } from '../core/saves.ts';
import { readSettings, type Settings } from '../core/settings.ts';

/** Every key this game keeps in the browser's storage, named once. */
export const KEYS = {
  /** prefix of the save slots: `${slots}autosave`, `${slots}slot-1`, ... (see core/saves.ts SLOTS) */
  slots: 'turning-points:',
  settings: 'turning-points:settings',
  /** decision points ever reached in this browser, for chapter select */
  reached: 'turning-points:reached',
  /** which game the page was playing: the chapter, a part alone, or a class episode */
  mode: 'turning-points:mode',
  /** the class session: its progress and its own save, kept apart from the player's autosave */
  classSession: 'turning-points:class',
  /** other classes' sessions, kept while another class plays: one per class name, newest first */
  classShelf: 'turning-points:classes',
  /** the decision whose verdict card is open: a reload shows the card again */
  openVerdict: 'turning-points:verdict',
  /** saves that could not be resumed, kept aside untouched so the player can export them */
  keptAside: 'turning-points:kept-aside',
} as const;

/** A save that could not be resumed, kept as it was stored. */
export interface KeptAside {
  /** where it was found: the autosave or the class session */
  from: 'autosave' | 'class';
  /** why it was refused (a SaveProblem) */
  reason: SaveProblem;
  /** when it was kept aside, ISO */
  at: string;
  /** the stored text, unchanged */
  text: string;
}

/** How many refused saves are kept; the oldest goes first. */
const MAX_KEPT = 5;

/** Which game was being played, as stored; the class's own data lives under KEYS.classSession. */
export type StoredMode = { kind: 'chapter' } | { kind: 'part'; part: string; title: string; from: number } | { kind: 'class' };

/** A key-value store that never throws: a blocked or full storage is an answer, not an exception. */
export class SafeStorage {
  constructor(private readonly kv: KeyValue | null) {}

  get available(): boolean {
    return this.kv !== null;
  }

  get(key: string): string | null {
    try {
      return this.kv?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  set(key: string, value: string): WriteResult {
    if (!this.kv) return { ok: false, reason: 'storage-blocked' };
    try {
      this.kv.setItem(key, value);
      return { ok: true };
    } catch {
      return { ok: false, reason: 'storage-full' };
    }
  }

  remove(key: string): void {
    try {
      this.kv?.removeItem(key);
    } catch {
      // blocked storage: nothing to remove
    }
  }
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Reads a stored mode; anything unreadable is the chapter (the safe default: the player's own game). */
export function parseStoredMode(v: unknown): StoredMode {
  if (!isObj(v)) return { kind: 'chapter' };
  if (v.kind === 'class') return { kind: 'class' };
  if (
    v.kind === 'part' &&
    typeof v.part === 'string' &&
    /^[A-Za-z0-9_-]{1,80}$/.test(v.part) &&
    typeof v.title === 'string' &&
    typeof v.from === 'number' &&
    Number.isInteger(v.from) &&
    v.from >= 0
  ) {
    return { kind: 'part', part: v.part, title: v.title.slice(0, 200), from: v.from };
  }
  return { kind: 'chapter' };
}

/** How many other classes' sessions are kept. */
const MAX_SHELF = 12;

/** A stored class session: its progress and its save, checked; null when there is none. */
export type StoredClass = { ok: true; progress: ClassProgress; save: SaveCheck } | { ok: false };

/** What each key holds, read and written through one SafeStorage. */
export class Persistence {
  readonly storage: SafeStorage;
  /** the autosave and the three named slots */
  readonly slots: SaveStore;

  constructor(
    kv: KeyValue | null,
    private readonly fingerprint: string,
  ) {
    this.storage = new SafeStorage(kv);
    this.slots = new SaveStore(kv, fingerprint, KEYS.slots);
  }

  settings(): Settings {
    return readSettings(this.storage.get(KEYS.settings));
  }

  writeSettings(s: Settings): WriteResult {
    return this.storage.set(KEYS.settings, JSON.stringify(s));
  }

  reached(): Set<string> {
    const v = parseJson(this.storage.get(KEYS.reached));
    return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  }

  /** Remembers a decision point as reached; not critical (chapter select just shows less). */
  markReached(decision: string): void {
    const r = this.reached();
    if (r.has(decision)) return;
    r.add(decision);
    this.storage.set(KEYS.reached, JSON.stringify([...r]));
  }

  mode(): StoredMode {
    return parseStoredMode(parseJson(this.storage.get(KEYS.mode)));
  }

  writeMode(mode: StoredMode): WriteResult {
    return this.storage.set(KEYS.mode, JSON.stringify(mode));
  }

  /** The player's own game (the chapter, or a part played alone). */
  writeAutosave(file: string): WriteResult {
    return this.slots.write('autosave', file);
  }

  readClass(): StoredClass | null {
    const text = this.storage.get(KEYS.classSession);
    if (text === null) return null;
    const v = parseJson(text);
    // `state` is the name an earlier version gave the progress
    const progress = isObj(v) ? parseClassProgress(v.progress ?? v.state) : null;
    if (!isObj(v) || !progress || typeof v.save !== 'string') return { ok: false };
    return { ok: true, progress, save: parseSave(v.save, this.fingerprint) };
  }

  writeClass(progress: ClassProgress, file: string): WriteResult {
    return this.storage.set(KEYS.classSession, JSON.stringify({ progress, save: file }));
  }

  /** The decision whose verdict was open when the page was left, or null. */
  openVerdict(): string | null {
    return this.storage.get(KEYS.openVerdict);
  }

  writeOpenVerdict(decision: string | null): void {
    if (decision === null) this.storage.remove(KEYS.openVerdict);
    else this.storage.set(KEYS.openVerdict, decision);
  }

  removeClass(): void {
    this.storage.remove(KEYS.classSession);
  }

  /** The shelf of other classes' sessions, as stored texts (each one read like the class session). */
  private shelf(): string[] {
    const v = parseJson(this.storage.get(KEYS.classShelf));
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, MAX_SHELF) : [];
  }

  private readText(text: string): StoredClass {
    const v = parseJson(text);
    const progress = isObj(v) ? parseClassProgress(v.progress ?? v.state) : null;
    if (!isObj(v) || !progress || typeof v.save !== 'string') return { ok: false };
    return { ok: true, progress, save: parseSave(v.save, this.fingerprint) };
  }

  /**
   * Puts the class session on the shelf (kept, to resume later) and clears it. A class keeps one
   * session: an older one of the same class name is replaced. Unreadable entries are dropped.
   */
  shelveClass(): WriteResult {
    const text = this.rawClass();
    if (text === null) return { ok: true };
    const mine = this.readText(text);
    const name = mine.ok ? mine.progress.name : null;
    const others = this.shelf().filter((t) => {
      const c = this.readText(t);
      return c.ok && c.progress.name !== name;
    });
    const r = this.storage.set(KEYS.classShelf, JSON.stringify(mine.ok ? [text, ...others].slice(0, MAX_SHELF) : others));
    if (r.ok) this.removeClass();
    return r;
  }

  /** The sessions on the shelf, read (index = position on the shelf). */
  shelvedClasses(): { index: number; stored: StoredClass }[] {
    return this.shelf().map((t, index) => ({ index, stored: this.readText(t) }));
  }

  /** Takes a session off the shelf and makes it the class session (the current one is shelved). */
  unshelveClass(index: number): WriteResult {
    const picked = this.shelf()[index];
    if (picked === undefined) return { ok: false, reason: 'storage-blocked' };
    const rest = this.shelf().filter((_, i) => i !== index);
    const w = this.storage.set(KEYS.classShelf, JSON.stringify(rest));
    if (!w.ok) return w;
    const r = this.shelveClass();
    if (!r.ok) return r;
    return this.storage.set(KEYS.classSession, picked);
  }

  /** Deletes a session from the shelf. */
  removeShelved(index: number): void {
    this.storage.set(KEYS.classShelf, JSON.stringify(this.shelf().filter((_, i) => i !== index)));
  }

  /** The raw text of the class session, as stored (to keep it aside when it cannot be resumed). */
  rawClass(): string | null {
    return this.storage.get(KEYS.classSession);
  }

  keptAside(): KeptAside[] {
    const v = parseJson(this.storage.get(KEYS.keptAside));
    if (!Array.isArray(v)) return [];
    return v.flatMap((k): KeptAside[] =>
      isObj(k) &&
      (k.from === 'autosave' || k.from === 'class') &&
      typeof k.reason === 'string' &&
      typeof k.at === 'string' &&
      typeof k.text === 'string'
        ? [{ from: k.from, reason: k.reason as SaveProblem, at: k.at, text: k.text }]
        : [],
    );
  }

  /** Keeps a refused save aside, unchanged; a copy already kept is not kept twice. */
  keepAside(entry: KeptAside): WriteResult {
    const kept = this.keptAside();
    if (kept.some((k) => k.text === entry.text)) return { ok: true };
    return this.storage.set(KEYS.keptAside, JSON.stringify([...kept, entry].slice(-MAX_KEPT)));
  }

  /** Forgets one kept-aside save (the player exported it, or does not want it). */
  dropKeptAside(at: string): void {
    const kept = this.keptAside().filter((k) => k.at !== at);
    if (kept.length === 0) this.storage.remove(KEYS.keptAside);
    else this.storage.set(KEYS.keptAside, JSON.stringify(kept));
  }
}
