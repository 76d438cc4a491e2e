// Player settings: plain data with defaults, read back from storage defensively (any junk is ignored).

import { isObj } from './guards.ts';
import { isLanguage, type Language } from './i18n.ts';

export const TEXT_SIZES = ['small', 'normal', 'large', 'larger', 'largest'] as const;
export const LINE_SPACINGS = ['normal', 'relaxed', 'loose'] as const;
export const TEXT_SPEEDS = ['instant', 'fast', 'normal', 'slow'] as const;
export const THEMES = ['paper', 'contrast'] as const;
export const FONTS = ['serif', 'dyslexic'] as const;
export const MOTIONS = ['system', 'reduce', 'full'] as const;

export interface Settings {
  textSize: (typeof TEXT_SIZES)[number];
  lineSpacing: (typeof LINE_SPACINGS)[number];
  textSpeed: (typeof TEXT_SPEEDS)[number];
  theme: (typeof THEMES)[number];
  font: (typeof FONTS)[number];
  /** 'system' follows the operating system's prefers-reduced-motion */
  motion: (typeof MOTIONS)[number];
  readAloud: boolean;
  /** a speech synthesis voice name; '' is the browser's default */
  voice: string;
  /** speech rate, 0.5 to 2 */
  rate: number;
  music: number;
  effects: number;
  muted: boolean;
  /** ask for one line of reasoning before a decision is committed */
  reasons: boolean;
  /** a verdict card opens in full (true) or as its short summary with the rest one tap away (false) */
  verdictFull: boolean;
  /** the language of the story and the interface; null: not chosen yet, the browser's languages decide */
  language: Language | null;
}

export const DEFAULT_SETTINGS: Settings = {
  textSize: 'normal',
  lineSpacing: 'normal',
  textSpeed: 'fast',
  theme: 'paper',
  font: 'serif',
  motion: 'system',
  readAloud: false,
  voice: '',
  rate: 1,
  music: 0.6,
  effects: 0.8,
  muted: false,
  reasons: false,
  verdictFull: false,
  language: null,
};

function pick<T extends readonly string[]>(list: T, v: unknown, fallback: T[number]): T[number] {
  return typeof v === 'string' && (list as readonly string[]).includes(v) ? (v as T[number]) : fallback;
}
function unit(v: unknown, fallback: number, min = 0, max = 1): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : fallback;
}

/** Reads settings from stored JSON; unknown or broken values fall back to the defaults, one by one. */
export function readSettings(text: string | null): Settings {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = text ? JSON.parse(text) : {};
    if (isObj(parsed)) raw = parsed;
  } catch {
    raw = {};
  }
  const d = DEFAULT_SETTINGS;
  return {
    textSize: pick(TEXT_SIZES, raw.textSize, d.textSize),
    lineSpacing: pick(LINE_SPACINGS, raw.lineSpacing, d.lineSpacing),
    textSpeed: pick(TEXT_SPEEDS, raw.textSpeed, d.textSpeed),
    theme: pick(THEMES, raw.theme, d.theme),
    font: pick(FONTS, raw.font, d.font),
    motion: pick(MOTIONS, raw.motion, d.motion),
    readAloud: typeof raw.readAloud === 'boolean' ? raw.readAloud : d.readAloud,
    voice: typeof raw.voice === 'string' ? raw.voice.slice(0, 200) : d.voice,
    rate: unit(raw.rate, d.rate, 0.5, 2),
    music: unit(raw.music, d.music),
    effects: unit(raw.effects, d.effects),
    muted: typeof raw.muted === 'boolean' ? raw.muted : d.muted,
    reasons: typeof raw.reasons === 'boolean' ? raw.reasons : d.reasons,
    verdictFull: typeof raw.verdictFull === 'boolean' ? raw.verdictFull : d.verdictFull,
    language: isLanguage(raw.language) ? raw.language : d.language,
  };
}
