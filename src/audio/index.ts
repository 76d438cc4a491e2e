// Plays the game's music loops and sound effects with howler: cues only, lazy loading, silent on any failure.

import { Howl, Howler } from 'howler';
import { musicFor, sfxFile } from './cues.ts';

export { musicFor, hasSfx, SFX_IDS, ERAS } from './cues.ts';
export type { Era, SfxId, MusicFile } from './cues.ts';

/**
 * The hashed URL of every generated file. Only the URL strings are bundled (eager `?url`), which avoids one tiny
 * JS chunk per file; the audio itself is fetched only when a Howl is created for a sound that is played.
 */
const FILES: Record<string, string> = import.meta.glob<string>('../../assets/audio/*.{ogg,mp3}', {
  query: '?url',
  import: 'default',
  eager: true,
});

export interface Volumes {
  /** 0..1 */
  music: number;
  /** 0..1 */
  effects: number;
  muted: boolean;
}

export interface AudioOptions extends Partial<Volumes> {
  /** Cross-fade length between music loops, in milliseconds (default 1500). */
  fadeMs?: number;
  /** Resolves a file id (e.g. "sfx-knock") to [ogg, mp3] URLs; replaceable in tests. */
  resolve?: (file: string) => Promise<[string, string] | null>;
}

export interface AudioDirector {
  /** Call on the first user gesture; nothing sounds before it. */
  unlock(): void;
  /** Cross-fades to the loop for this era and mood; does nothing if that loop is already playing. */
  setScene(era: string, mood: string | null): void;
  /** Plays a sound effect once ("crowd" or "sfx-crowd"); unknown ids are ignored. */
  sfx(id: string): void;
  setVolumes(volumes: Partial<Volumes>): void;
  /** Stops and unloads everything; the director is inert afterwards. */
  destroy(): void;
  /** What is sounding now: for the settings panel and for tests. */
  status(): AudioStatus;
}

export interface AudioStatus {
  unlocked: boolean;
  /** the loop wanted for the scene */
  music: string | null;
  /** true while that loop is actually playing */
  playing: boolean;
  volumes: Volumes;
}

/** Music sits under the reading: the slider's full scale is this loud. */
const MUSIC_GAIN = 0.6;

function clamp01(v: number | undefined, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : fallback;
}

async function viteUrls(file: string): Promise<[string, string] | null> {
  const ogg = FILES[`../../assets/audio/${file}.ogg`];
  const mp3 = FILES[`../../assets/audio/${file}.mp3`];
  return ogg && mp3 ? [ogg, mp3] : null;
}

interface Playing {
  file: string;
  howl: Howl;
  id: number;
}

class HowlerDirector implements AudioDirector {
  private unlocked = false;
  private destroyed = false;
  private told = false;
  private wanted: string | null = null;
  private current: Playing | null = null;
  private token = 0;
  private readonly howls = new Map<string, Promise<Howl | null>>();
  private readonly loaded: Howl[] = [];
  private volumes: Volumes;
  private readonly fadeMs: number;
  private readonly resolve: (file: string) => Promise<[string, string] | null>;

  constructor(options: AudioOptions) {
    this.volumes = {
      music: clamp01(options.music, 0.7),
      effects: clamp01(options.effects, 0.8),
      muted: options.muted === true,
    };
    this.fadeMs = Math.max(0, options.fadeMs ?? 1500);
    this.resolve = options.resolve ?? viteUrls;
  }

  unlock(): void {
    if (this.destroyed || this.unlocked) return;
    this.unlocked = true;
    this.guard(() => {
      Howler.mute(this.volumes.muted);
      const ctx = Howler.ctx as AudioContext | null | undefined;
      if (ctx && ctx.state === 'suspended') ctx.resume().catch(() => this.silently());
    });
    this.applyScene();
  }

  setScene(era: string, mood: string | null): void {
    if (this.destroyed) return;
    const file = musicFor(era, mood);
    if (file === this.wanted) return;
    this.wanted = file;
    if (this.unlocked) this.applyScene();
  }

  sfx(id: string): void {
    if (this.destroyed || !this.unlocked || this.volumes.muted || this.volumes.effects <= 0) return;
    const file = sfxFile(id);
    if (!file) return;
    void this.load(file, false).then((howl) => {
      if (!howl || this.destroyed) return;
      this.guard(() => {
        const sid = howl.play();
        howl.volume(this.volumes.effects, sid);
      });
    });
  }

  status(): AudioStatus {
    let playing = false;
    const cur = this.current;
    if (cur) {
      try {
        playing = cur.howl.playing(cur.id);
      } catch {
        playing = false;
      }
    }
    return { unlocked: this.unlocked, music: this.wanted, playing, volumes: { ...this.volumes } };
  }

  setVolumes(volumes: Partial<Volumes>): void {
    if (this.destroyed) return;
    this.volumes = {
      music: clamp01(volumes.music, this.volumes.music),
      effects: clamp01(volumes.effects, this.volumes.effects),
      muted: typeof volumes.muted === 'boolean' ? volumes.muted : this.volumes.muted,
    };
    if (!this.unlocked) return;
    this.guard(() => {
      Howler.mute(this.volumes.muted);
      const cur = this.current;
      if (cur) cur.howl.volume(this.musicLevel(), cur.id);
    });
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.token++;
    this.current = null;
    for (const howl of this.loaded) this.guard(() => howl.unload());
    this.loaded.length = 0;
    this.howls.clear();
  }

  private musicLevel(): number {
    return this.volumes.music * MUSIC_GAIN;
  }

  /** Starts the wanted loop once it is loaded, then cross-fades from the old one. */
  private applyScene(): void {
    const file = this.wanted;
    const token = ++this.token; // a loop still loading for an older scene will not start
    if (!file || this.current?.file === file) return;
    void this.load(file, true).then((howl) => {
      if (this.destroyed || token !== this.token) return;
      const old = this.current;
      this.current = null;
      if (old) this.fadeOut(old);
      if (!howl) return;
      this.guard(() => {
        const id = howl.play();
        howl.volume(0, id);
        howl.fade(0, this.musicLevel(), this.fadeMs, id);
        this.current = { file, howl, id };
      });
    });
  }

  private fadeOut(p: Playing): void {
    this.guard(() => {
      const from = p.howl.volume(p.id);
      p.howl.fade(typeof from === 'number' ? from : this.musicLevel(), 0, this.fadeMs, p.id);
      p.howl.once('fade', () => this.guard(() => p.howl.stop(p.id)), p.id);
    });
  }

  /** One Howl per file, created on first use; resolves to null if the file cannot be found, loaded or decoded. */
  private load(file: string, loop: boolean): Promise<Howl | null> {
    const known = this.howls.get(file);
    if (known) return known;
    const promise = this.resolve(file)
      .then(
        (urls) =>
          new Promise<Howl | null>((resolve) => {
            if (!urls || this.destroyed) {
              resolve(null);
              return;
            }
            const howl = new Howl({
              src: urls,
              format: ['ogg', 'mp3'],
              html5: false,
              preload: true,
              loop,
              onload: () => resolve(howl),
              onloaderror: () => {
                this.silently();
                resolve(null);
              },
              onplayerror: () => this.silently(),
            });
            this.loaded.push(howl);
          }),
      )
      .catch(() => {
        this.silently();
        return null;
      });
    this.howls.set(file, promise);
    return promise;
  }

  private guard(action: () => void): void {
    try {
      action();
    } catch {
      this.silently();
    }
  }

  /** The game plays on without sound; say so once. */
  private silently(): void {
    if (this.told) return;
    this.told = true;
    console.info('Turning Points: sound is unavailable here; the game continues silently.');
  }
}

/** A silent director for environments without audio (tests, or when construction fails). */
const SILENT: AudioDirector = {
  unlock: () => undefined,
  setScene: () => undefined,
  sfx: () => undefined,
  setVolumes: () => undefined,
  destroy: () => undefined,
  status: () => ({ unlocked: false, music: null, playing: false, volumes: { music: 0, effects: 0, muted: true } }),
};

export function createAudio(options: AudioOptions = {}): AudioDirector {
  try {
    return new HowlerDirector(options);
  } catch {
    return SILENT;
  }
}
