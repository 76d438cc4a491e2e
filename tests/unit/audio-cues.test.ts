// Checks the generated audio: every era and mood has a loop, every sfx id has files, sizes, formats and durations.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MOODS } from '../../src/core/tags.ts';
import { ERAS, MUSIC_FILES, MUSIC_SECONDS, SFX_IDS, SFX_SECONDS, hasSfx, musicFor, sfxFile } from '../../src/audio/cues.ts';
import { eraAt } from '../../src/core/record.ts';
import { loadContent } from '../../scripts/content.ts';

const AUDIO = join(process.cwd(), 'assets', 'audio');
const STORY = join(process.cwd(), 'story');
const EXTS = ['ogg', 'mp3'] as const;
const MAX_BYTES = 3 * 1024 * 1024;

const HAS_FFPROBE = spawnSync('ffprobe', ['-version'], { stdio: 'ignore' }).status === 0;

const audioFiles = (): string[] =>
  readdirSync(AUDIO)
    .filter((f) => /\.(ogg|mp3)$/.test(f))
    .sort();
const sfxFiles = SFX_IDS.map((id) => `sfx-${id}`);
const allIds = [...MUSIC_FILES, ...sfxFiles];

function isOggVorbis(buf: Buffer): boolean {
  return buf.subarray(0, 4).toString('latin1') === 'OggS' && buf.subarray(0, 64).includes(Buffer.from('\x01vorbis', 'latin1'));
}

function isMp3(buf: Buffer): boolean {
  if (buf.subarray(0, 3).toString('latin1') === 'ID3') return true;
  return buf.length > 2 && buf[0] === 0xff && (buf[1]! & 0xe0) === 0xe0;
}

describe('audio cues', () => {
  it('gives every era and mood a music loop with both files', () => {
    for (const era of ERAS) {
      for (const mood of MOODS) {
        const file = musicFor(era, mood);
        expect(MUSIC_FILES).toContain(file);
        for (const ext of EXTS) expect(existsSync(join(AUDIO, `${file}.${ext}`)), `${era}/${mood}: ${file}.${ext}`).toBe(true);
      }
    }
  });

  it('falls back for unknown eras and a missing mood', () => {
    expect(musicFor('youth', null)).toBe(musicFor('youth', 'calm'));
    expect(musicFor('moon', 'nope')).toBe(musicFor('emigre', 'calm'));
  });

  it('maps the chapter’s months to eras the sound knows (story/chapter.json)', () => {
    const chapter = loadContent().chapter;
    const era = (y: number, m = 1) => eraAt(chapter, y, m);
    expect(era(1897)).toBe('youth');
    expect(era(1902, 9)).toBe('youth');
    expect(era(1902, 10)).toBe('emigre');
    expect(era(1903)).toBe('emigre');
    expect(era(1905)).toBe('revolution');
    expect(era(1910)).toBe('emigre');
    expect(era(1917)).toBe('revolution');
    for (const m of chapter.music) expect(ERAS).toContain(m.era);
  });

  it('has both files for every sound effect id', () => {
    for (const id of SFX_IDS) {
      expect(hasSfx(id)).toBe(true);
      expect(sfxFile(id)).toBe(`sfx-${id}`);
      expect(sfxFile(`sfx-${id}`)).toBe(`sfx-${id}`);
      for (const ext of EXTS) expect(existsSync(join(AUDIO, `sfx-${id}.${ext}`)), `sfx-${id}.${ext}`).toBe(true);
    }
    expect(hasSfx('cannon')).toBe(false);
    expect(sfxFile('cannon')).toBeNull();
  });

  it('has a sound for every # sfx tag in the story', () => {
    const inks: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (e.name.endsWith('.ink')) inks.push(join(dir, e.name));
      }
    };
    if (existsSync(STORY)) walk(STORY);
    for (const path of inks) {
      for (const m of readFileSync(path, 'utf8').matchAll(/#\s*sfx\s*:\s*([^#\s]+)/g)) {
        expect(hasSfx(m[1]!), `${path}: # sfx: ${m[1]}`).toBe(true);
      }
    }
  });

  it('ships only known files, all under 3 MB together', () => {
    const expected = allIds.flatMap((id) => EXTS.map((ext) => `${id}.${ext}`)).sort();
    expect(audioFiles()).toEqual(expected);
    const total = audioFiles().reduce((sum, f) => sum + statSync(join(AUDIO, f)).size, 0);
    expect(total).toBeLessThan(MAX_BYTES);
  });

  it('stores Ogg Vorbis and MP3 data (magic bytes)', () => {
    for (const f of audioFiles()) {
      const head = readFileSync(join(AUDIO, f)).subarray(0, 4096);
      expect(f.endsWith('.ogg') ? isOggVorbis(head) : isMp3(head), f).toBe(true);
      expect(statSync(join(AUDIO, f)).size, f).toBeGreaterThan(2000);
    }
  });

  it.skipIf(!HAS_FFPROBE)('decodes with the expected codec and duration (needs ffprobe; skipped when it is not installed)', () => {
    for (const f of audioFiles()) {
      const out = execFileSync(
        'ffprobe',
        ['-v', 'error', '-show_entries', 'stream=codec_name:format=duration', '-of', 'json', join(AUDIO, f)],
        {
          encoding: 'utf8',
        },
      );
      const info = JSON.parse(out) as { streams: { codec_name: string }[]; format: { duration: string } };
      expect(info.streams[0]?.codec_name, f).toBe(f.endsWith('.ogg') ? 'vorbis' : 'mp3');
      const seconds = Number(info.format.duration);
      const range = f.startsWith('music-') ? MUSIC_SECONDS : SFX_SECONDS;
      expect(seconds, f).toBeGreaterThanOrEqual(range.min);
      expect(seconds, f).toBeLessThanOrEqual(range.max);
    }
  });
});

if (!HAS_FFPROBE) console.info('audio-cues: ffprobe is not installed, so the decode and duration check is skipped.');
