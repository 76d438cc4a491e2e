// Pure audio cue tables (no howler): which music file plays for an era and mood, and which sound effects exist.

import { MOODS, type Mood } from '../core/tags.ts';

export const ERAS = ['youth', 'emigre', 'revolution'] as const;
export type Era = (typeof ERAS)[number];

/** The music loops in assets/audio/ (each as .ogg and .mp3). */
export const MUSIC_FILES = [
  'music-youth-calm',
  'music-youth-hopeful',
  'music-youth-grim',
  'music-emigre-calm',
  'music-emigre-tense',
  'music-revolution-tense',
  'music-revolution-hopeful',
  'music-revolution-triumph',
] as const;
export type MusicFile = (typeof MUSIC_FILES)[number];

/** Every era and mood has a loop; several moods share one where the feeling is close. */
const MUSIC: Record<Era, Record<Mood, MusicFile>> = {
  youth: {
    calm: 'music-youth-calm',
    hopeful: 'music-youth-hopeful',
    triumph: 'music-youth-hopeful',
    tense: 'music-youth-grim',
    grim: 'music-youth-grim',
  },
  emigre: {
    calm: 'music-emigre-calm',
    hopeful: 'music-emigre-calm',
    triumph: 'music-revolution-hopeful',
    tense: 'music-emigre-tense',
    grim: 'music-emigre-tense',
  },
  revolution: {
    calm: 'music-revolution-hopeful',
    hopeful: 'music-revolution-hopeful',
    triumph: 'music-revolution-triumph',
    tense: 'music-revolution-tense',
    grim: 'music-revolution-tense',
  },
};

export const DEFAULT_ERA: Era = 'emigre';
export const DEFAULT_MOOD: Mood = 'calm';

export function isEra(value: string): value is Era {
  return (ERAS as readonly string[]).includes(value);
}

function isMood(value: string): value is Mood {
  return (MOODS as readonly string[]).includes(value);
}

/** The music file id (without extension) for an era and mood; unknown values fall back to emigre / calm. */
export function musicFor(era: string, mood: string | null): MusicFile {
  const e = isEra(era) ? era : DEFAULT_ERA;
  const m = mood !== null && isMood(mood) ? mood : DEFAULT_MOOD;
  return MUSIC[e][m];
}

/** The values allowed in the story's `# sfx: ID` tag; the file is assets/audio/sfx-ID.ogg (and .mp3). */
export const SFX_IDS = ['crowd', 'train', 'press', 'knock', 'gavel', 'door', 'sleigh', 'telegraph', 'footsteps', 'wind', 'shot'] as const;
export type SfxId = (typeof SFX_IDS)[number];

export function hasSfx(id: string): id is SfxId {
  return (SFX_IDS as readonly string[]).includes(id);
}

/** The file id (without extension) of a sound effect; accepts "crowd" or "sfx-crowd". */
export function sfxFile(id: string): string | null {
  const bare = id.startsWith('sfx-') ? id.slice(4) : id;
  return hasSfx(bare) ? `sfx-${bare}` : null;
}

/** Expected durations in seconds, checked by the tests. */
export const MUSIC_SECONDS = { min: 20, max: 40 } as const;
export const SFX_SECONDS = { min: 0.5, max: 4.2 } as const;
