// The poster palette (ink, paper, red, ochre) and how each mood tints it.

import type { StageState } from '../core/session';

export type Mood = NonNullable<StageState['mood']>;

export interface Palette {
  /** deepest ink: silhouettes, outlines */
  ink: number;
  /** softer ink: trousers, far shapes, shadows */
  ink2: number;
  /** the paper the poster is printed on */
  paper: number;
  /** a second, darker paper for walls and far planes */
  paper2: number;
  /** faces and hands: warm paper */
  skin: number;
  red: number;
  redDark: number;
  ochre: number;
  /** a light ochre for wood, light shafts and grey beards */
  ochreLight: number;
  grey: number;
  /** uniforms and cloth: a dark green, a soldier's khaki, a sailor's navy */
  green: number;
  khaki: number;
  navy: number;
  /** CSS form of ink and paper, for text */
  inkCss: string;
  paperCss: string;
  redCss: string;
}

const BASE: Palette = {
  ink: 0x1d1a16,
  ink2: 0x4a4036,
  paper: 0xf4ecdc,
  paper2: 0xe4d5b7,
  skin: 0xf1dcc0,
  red: 0x9e1f16,
  redDark: 0x7d150e,
  ochre: 0xb07a1e,
  ochreLight: 0xd9b46a,
  grey: 0xb9b2a5,
  green: 0x2f5a3a,
  khaki: 0x6f6a45,
  navy: 0x24304a,
  inkCss: '#1d1a16',
  paperCss: '#f4ecdc',
  redCss: '#9e1f16',
};

/** Linear mix of two 0xRRGGBB colours; t = 0 gives a, t = 1 gives b. */
export function mix(a: number, b: number, t: number): number {
  const ch = (c: number, s: number): number => (c >> s) & 0xff;
  const m = (s: number): number => Math.round(ch(a, s) + (ch(b, s) - ch(a, s)) * t) << s;
  return m(16) | m(8) | m(0);
}

export function css(c: number): string {
  return `#${c.toString(16).padStart(6, '0')}`;
}

/** The palette for a mood: tense leans red, grim darkens, hopeful warms, triumph stays bright. */
export function paletteFor(mood: Mood | null): Palette {
  const p: Palette = { ...BASE };
  switch (mood) {
    case 'tense':
      p.paper2 = mix(p.paper2, p.red, 0.22);
      p.ochre = mix(p.ochre, p.red, 0.45);
      p.ochreLight = mix(p.ochreLight, p.red, 0.25);
      break;
    case 'grim':
      p.paper = mix(p.paper, p.ink, 0.22);
      p.paper2 = mix(p.paper2, p.ink, 0.38);
      p.ochre = mix(p.ochre, p.ink, 0.35);
      p.ochreLight = mix(p.ochreLight, p.ink, 0.3);
      p.red = mix(p.red, p.ink, 0.3);
      p.grey = mix(p.grey, p.ink, 0.25);
      break;
    case 'hopeful':
      p.paper = mix(p.paper, 0xffe2a0, 0.25);
      p.paper2 = mix(p.paper2, p.ochreLight, 0.35);
      p.skin = mix(p.skin, 0xffd59a, 0.2);
      break;
    case 'triumph':
      p.paper2 = mix(p.paper2, p.ochreLight, 0.2);
      p.red = 0xb3231a;
      break;
    default:
      break;
  }
  p.paperCss = css(p.paper);
  p.redCss = css(p.red);
  return p;
}

/** A stable 32-bit hash of a string, for per-id variety; a seeded generator, so a place always draws the same. */
export { fnv1a as hash, rng } from '../core/random';
