// The pieces places are built from: sky, ground, walls, windows, furniture, buildings, trees, water, weather.
// Everything is flat poster shapes; a place's drawer (places.ts) arranges them.

import type { Landmark } from '../core/record';
import type { TimeOfDay, Weather } from '../core/tags';
import { hatch, poly, polyline, rays, type G } from './ink';
import { BAND, HORIZON, W } from './layout';
import { mix, type Palette } from './palette';

/** What a drawer knows: colours, a seeded generator, the hour, the sky and the landmarks asked for. */
export interface Look {
  p: Palette;
  r: () => number;
  time: TimeOfDay;
  weather: Weather;
  has: (l: Landmark) => boolean;
  /** lamps lit at night: their glow is added after the room is darkened */
  lights: [number, number, number][];
}

export const night = (k: Look): boolean => k.time === 'night';

/** The colour of the sky at the top and at the horizon for the hour and weather. */
export function skyColours(k: Look): [number, number] {
  const { p } = k;
  const blue = 0x8fa3ad;
  let top = mix(p.paper, blue, 0.35);
  let low = p.paper;
  if (k.time === 'night') {
    top = 0x1c2233;
    low = 0x3a4152;
  } else if (k.time === 'dusk') {
    top = mix(0x3a4152, p.red, 0.35);
    low = mix(p.ochreLight, p.red, 0.35);
  } else if (k.time === 'dawn') {
    top = mix(p.paper2, blue, 0.5);
    low = mix(p.paper, p.ochreLight, 0.6);
  }
  if (k.weather === 'rain' || k.weather === 'snow') {
    top = mix(top, p.grey, 0.55);
    low = mix(low, p.grey, 0.4);
  }
  if (k.weather === 'fog') {
    top = mix(top, p.paper2, 0.6);
    low = mix(low, p.paper, 0.6);
  }
  if (k.weather === 'heat' && k.time === 'day') low = mix(p.paper, p.ochreLight, 0.45);
  return [top, low];
}

/** Sky in flat poster bands, with the sun, the moon and stars, or clouds. */
export function sky(g: G, k: Look, x: number, y: number, w: number, h: number): void {
  const [top, low] = skyColours(k);
  const bands = 6;
  for (let i = 0; i < bands; i++) {
    g.fillStyle(mix(top, low, i / (bands - 1)), 1);
    g.fillRect(x, y + (h * i) / bands, w, h / bands + 1);
  }
  const { p } = k;
  if (k.time === 'night') {
    g.fillStyle(p.paper, 0.9);
    for (let i = 0; i < Math.max(4, (w * h) / 9000); i++) g.fillRect(x + k.r() * w, y + k.r() * h * 0.7, 2, 2);
    if (k.weather === 'clear') {
      g.fillStyle(p.paper, 1);
      g.fillCircle(x + w * 0.72, y + h * 0.22, Math.min(28, w * 0.06));
      g.fillStyle(top, 1);
      g.fillCircle(x + w * 0.72 + Math.min(10, w * 0.02), y + h * 0.2, Math.min(24, w * 0.05));
    }
  } else if (k.weather === 'clear' || k.weather === 'heat') {
    const sx = x + w * 0.7;
    const sy = y + h * (k.time === 'day' ? 0.3 : 0.85);
    const rad = Math.min(60, w * 0.08);
    if (k.weather === 'heat') rays(g, sx, sy, Math.max(w, h), 24, p.ochreLight, 0.35);
    g.fillStyle(k.time === 'dusk' ? p.red : p.ochreLight, 1);
    g.fillCircle(sx, sy, rad);
  } else if (k.weather === 'rain' || k.weather === 'snow') {
    g.fillStyle(mix(top, p.ink2, 0.2), 1);
    for (let i = 0; i < 4; i++) g.fillEllipse(x + k.r() * w, y + h * 0.15 + k.r() * h * 0.2, w * 0.35, h * 0.12);
  }
}

/** Ground from the horizon to the band: snow turns it white. */
export function ground(g: G, k: Look, color: number, y = HORIZON): void {
  const snow = k.weather === 'snow';
  g.fillStyle(snow ? mix(k.p.paper, 0xdfe6ea, 0.5) : color, 1);
  g.fillRect(0, y, W, BAND - y);
  if (snow) hatch(g, 0, y, W, BAND - y, 18, 0.05, mix(k.p.grey, k.p.paper, 0.3), 1.5);
  g.lineStyle(3, k.p.ink, 1);
  g.lineBetween(0, y, W, y);
}

/** Floor boards running to a vanishing point. */
export function boards(g: G, color: number, lines: number, p: Palette, gap = 80): void {
  g.fillStyle(color, 1);
  g.fillRect(0, HORIZON, W, BAND - HORIZON);
  g.lineStyle(2, lines, 1);
  const vx = W / 2;
  const vy = HORIZON - 260;
  const t0 = (HORIZON - vy) / (BAND - vy);
  if (gap > 0) for (let x = -W; x <= 2 * W; x += gap) g.lineBetween(vx + (x - vx) * t0, HORIZON, x, BAND);
  g.lineStyle(3, p.ink, 1);
  g.lineBetween(0, HORIZON, W, HORIZON);
}

export type WallKind = 'paper' | 'stripe' | 'plank' | 'log' | 'brick' | 'stone' | 'plain' | 'panel' | 'tile';

/** A back wall from the top of the print to the horizon. */
export function wall(g: G, p: Palette, kind: WallKind, base: number, y1 = HORIZON): void {
  g.fillStyle(base, 1);
  g.fillRect(0, 0, W, y1);
  const dark = mix(base, p.ink, 0.25);
  switch (kind) {
    case 'stripe':
      g.fillStyle(mix(base, p.paper, 0.35), 1);
      for (let x = 0; x < W; x += 56) g.fillRect(x, 0, 18, y1);
      break;
    case 'paper':
      g.fillStyle(dark, 1);
      for (let x = 28; x < W; x += 64) for (let y = 30; y < y1; y += 64) g.fillCircle(x + ((y / 64) % 2) * 32, y, 4);
      break;
    case 'plank':
      g.lineStyle(2, dark, 1);
      for (let x = 0; x < W; x += 46) g.lineBetween(x, 0, x, y1);
      break;
    case 'log':
      for (let y = y1; y > 0; y -= 38) {
        g.fillStyle(mix(base, p.ink, 0.12), 1);
        g.fillRect(0, y - 36, W, 30);
        g.lineStyle(2, dark, 1);
        g.lineBetween(0, y - 3, W, y - 3);
      }
      break;
    case 'brick':
    case 'stone': {
      const bh = kind === 'brick' ? 26 : 46;
      const bw = kind === 'brick' ? 64 : 120;
      g.lineStyle(2, dark, 1);
      for (let row = 0, y = 0; y < y1; row++, y += bh) {
        g.lineBetween(0, y, W, y);
        for (let x = (row % 2) * (bw / 2); x < W; x += bw) g.lineBetween(x, y, x, y + bh);
      }
      break;
    }
    case 'panel':
      g.lineStyle(3, dark, 1);
      for (let x = 20; x < W; x += 160) g.strokeRect(x, 40, 130, y1 - 160);
      break;
    case 'tile':
      g.fillStyle(mix(base, p.paper, 0.4), 1);
      for (let x = 0; x < W; x += 40) for (let y = y1 - 120; y < y1; y += 40) if ((x + y) % 80 === 0) g.fillRect(x, y, 40, 40);
      break;
    case 'plain':
      break;
  }
  g.fillStyle(p.ink, 1);
  g.fillRect(0, y1 - 10, W, 10);
}

export type View = 'roofs' | 'domes' | 'birches' | 'skyline' | 'lake' | 'yard' | 'bars' | 'river' | 'wall';

/** What is outside a window, inside its frame. */
function outside(g: G, k: Look, view: View, x: number, y: number, w: number, h: number): void {
  const { p } = k;
  sky(g, k, x, y, w, h);
  const far = k.time === 'night' ? 0x10131c : mix(p.ink2, p.grey, k.weather === 'fog' ? 0.7 : 0.3);
  const base = y + h;
  g.fillStyle(far, 1);
  switch (view) {
    case 'roofs':
      for (let i = 0; i < 5; i++) {
        const bx = x + (w / 5) * i;
        const bh = h * (0.25 + ((i * 37) % 10) / 30);
        g.fillRect(bx, base - bh, w / 5 + 1, bh);
        g.fillRect(bx + w / 12, base - bh - h * 0.08, w / 30, h * 0.08);
      }
      break;
    case 'domes':
      g.fillRect(x, base - h * 0.25, w, h * 0.25);
      for (const [f, r] of [
        [0.3, 0.12],
        [0.6, 0.16],
        [0.82, 0.09],
      ] as const) {
        const cx = x + w * f;
        g.fillStyle(far, 1);
        g.fillRect(cx - w * r * 0.7, base - h * 0.55, w * r * 1.4, h * 0.32);
        onion(g, cx, base - h * 0.55, w * r * 0.75, p.ochreLight);
      }
      break;
    case 'birches':
      g.fillStyle(mix(0x6b8a4a, p.paper, 0.3), 1);
      g.fillRect(x, base - h * 0.2, w, h * 0.2);
      for (let i = 0; i < 6; i++) {
        const tx = x + 10 + (w - 20) * (i / 5);
        g.fillStyle(0x7d9a52, 1);
        g.fillEllipse(tx, base - h * 0.62, w * 0.14, h * 0.4);
        g.fillStyle(p.paper, 1);
        g.fillRect(tx - 3, base - h * 0.5, 6, h * 0.5);
        g.fillStyle(p.ink, 1);
        g.fillRect(tx - 3, base - h * 0.3, 4, 2);
      }
      break;
    case 'skyline':
      for (let i = 0; i < 7; i++) {
        const bw = w / 7;
        const bh = h * (0.35 + ((i * 53) % 11) / 20);
        g.fillStyle(far, 1);
        g.fillRect(x + bw * i, base - bh, bw - 2, bh);
        g.fillStyle(k.time === 'night' || k.weather === 'rain' ? p.ochreLight : mix(far, p.paper, 0.3), 1);
        for (let wy = base - bh + 6; wy < base - 6; wy += 10)
          for (let wx = x + bw * i + 4; wx < x + bw * (i + 1) - 6; wx += 8) g.fillRect(wx, wy, 3, 4);
      }
      // the elevated railway across the street
      g.fillStyle(p.ink, 1);
      g.fillRect(x, base - h * 0.22, w, h * 0.06);
      for (let px = x + 10; px < x + w; px += w / 4) g.fillRect(px, base - h * 0.2, 5, h * 0.2);
      break;
    case 'lake':
      g.fillStyle(mix(p.grey, 0xffffff, 0.2), 1);
      poly(g, mix(far, p.paper, 0.3), [
        x,
        base - h * 0.35,
        x + w * 0.3,
        base - h * 0.6,
        x + w * 0.55,
        base - h * 0.4,
        x + w * 0.8,
        base - h * 0.65,
        x + w,
        base - h * 0.45,
        x + w,
        base - h * 0.3,
        x,
        base - h * 0.3,
      ]);
      g.fillStyle(0x6d8794, 1);
      g.fillRect(x, base - h * 0.3, w, h * 0.3);
      break;
    case 'yard':
      g.fillStyle(mix(p.grey, p.ink2, 0.4), 1);
      g.fillRect(x, y + h * 0.3, w, h * 0.7);
      break;
    case 'river':
      g.fillRect(x, base - h * 0.4, w, h * 0.12);
      g.fillStyle(0x6d8794, 1);
      g.fillRect(x, base - h * 0.28, w, h * 0.28);
      break;
    case 'bars':
    case 'wall':
      g.fillStyle(mix(p.red, p.ink2, 0.5), 1);
      g.fillRect(x, y + h * 0.45, w, h * 0.55);
      break;
  }
  weatherIn(g, k, x, y, w, h);
}

/** A framed window onto a view; panes, sill, and the weather behind the glass. */
export function pane(g: G, k: Look, view: View, x: number, y: number, w: number, h: number, frame = k.p.ink): void {
  outside(g, k, view, x, y, w, h);
  g.lineStyle(Math.max(4, w / 30), frame, 1);
  g.strokeRect(x, y, w, h);
  g.lineBetween(x + w / 2, y, x + w / 2, y + h);
  g.lineBetween(x, y + h * 0.45, x + w, y + h * 0.45);
  if (view === 'bars') {
    g.fillStyle(k.p.ink, 1);
    for (let bx = x + w / 5; bx < x + w; bx += w / 5) g.fillRect(bx - 4, y, 8, h);
  }
  g.fillStyle(frame, 1);
  g.fillRect(x - 10, y + h, w + 20, 10);
}

/** Snow, rain or fog in a rectangle (a window, or the whole print out of doors). */
export function weatherIn(g: G, k: Look, x: number, y: number, w: number, h: number): void {
  const { p } = k;
  const n = Math.min(160, Math.round((w * h) / 2600));
  if (k.weather === 'snow') {
    g.fillStyle(0xffffff, 0.95);
    for (let i = 0; i < n; i++) g.fillCircle(x + k.r() * w, y + k.r() * h, 2 + k.r() * 3);
  } else if (k.weather === 'rain') {
    g.lineStyle(2, mix(p.grey, 0xffffff, 0.3), 0.8);
    for (let i = 0; i < n; i++) {
      const rx = x + k.r() * w;
      const ry = y + k.r() * (h - 20);
      g.lineBetween(rx, ry, rx - 5, ry + 18);
    }
  } else if (k.weather === 'fog') {
    for (let i = 0; i < 3; i++) {
      g.fillStyle(p.paper, 0.35);
      g.fillRect(x, y + h * (0.25 + i * 0.22), w, h * 0.14);
    }
  }
}

/** A table with legs; its top at `y`. */
export function table(g: G, p: Palette, x: number, y: number, w: number, cloth: number | null = null): void {
  g.fillStyle(p.ink, 1);
  g.fillRect(x, y, w, 12);
  g.fillRect(x + 10, y + 12, 12, 70);
  g.fillRect(x + w - 22, y + 12, 12, 70);
  if (cloth !== null) {
    g.fillStyle(cloth, 1);
    g.fillRect(x - 4, y - 2, w + 8, 40);
    hatch(g, x - 4, y - 2, w + 8, 40, 9, Math.PI / 2, mix(cloth, p.ink, 0.3), 1.5);
  }
}

/** An oil lamp on a table at (x, y = the table top); its light is added after a night room darkens. */
export function lamp(g: G, k: Look, x: number, y: number): void {
  const { p } = k;
  g.fillStyle(p.ink, 1);
  g.fillRect(x - 14, y - 8, 28, 8);
  g.fillRect(x - 4, y - 34, 8, 28);
  g.fillStyle(p.ochreLight, 1);
  g.fillEllipse(x, y - 44, 22, 26);
  poly(g, p.ochre, [x - 22, y - 52, x + 22, y - 52, x + 12, y - 74, x - 12, y - 74]);
  k.lights.push([x, y - 48, 150]);
}

/** A bare bulb hanging from the ceiling. */
export function bulb(g: G, k: Look, x: number, y: number): void {
  g.lineStyle(2, k.p.ink, 1);
  g.lineBetween(x, 0, x, y - 10);
  g.fillStyle(k.p.ochreLight, 1);
  g.fillCircle(x, y, 10);
  k.lights.push([x, y, 120]);
}

export function chair(g: G, p: Palette, x: number, y: number, facing: 1 | -1 = 1): void {
  g.fillStyle(p.ink, 1);
  g.fillRect(x - 22, y, 44, 8);
  g.fillRect(x - 20, y + 8, 6, 46);
  g.fillRect(x + 14, y + 8, 6, 46);
  g.fillRect(x - 22 * facing - 3, y - 60, 6, 68);
}

/** A shelf of books. */
export function shelf(g: G, p: Palette, x: number, y: number, w: number, rows = 2): void {
  const cols = [p.red, p.ochre, p.ink2, p.paper2, p.redDark];
  for (let row = 0; row < rows; row++) {
    const sy = y + row * 56;
    g.fillStyle(p.ink, 1);
    g.fillRect(x, sy + 48, w, 8);
    for (let bx = x + 4, i = row; bx < x + w - 14; i++) {
      const bw = 10 + ((i * 7) % 9);
      g.fillStyle(cols[i % cols.length] ?? p.ink, 1);
      g.fillRect(bx, sy + 10 + ((i * 5) % 12), bw, 38 - ((i * 5) % 12));
      bx += bw + 2;
    }
  }
}

/** A picture frame; empty (the Tsar taken down) when `empty`. */
export function frame(g: G, p: Palette, x: number, y: number, w: number, h: number, empty = false): void {
  g.fillStyle(p.ochre, 1);
  g.fillRect(x, y, w, h);
  g.fillStyle(empty ? mix(p.paper2, p.ink, 0.15) : p.ink2, 1);
  g.fillRect(x + 10, y + 10, w - 20, h - 20);
  if (!empty) {
    g.fillStyle(p.skin, 1);
    g.fillEllipse(x + w / 2, y + h * 0.4, w * 0.3, h * 0.3);
    g.fillStyle(p.ink, 1);
    g.fillRect(x + w * 0.25, y + h * 0.62, w * 0.5, h * 0.3);
  }
}

/** A door in a wall. */
export function door(g: G, p: Palette, x: number, y: number, w: number, h: number, color = p.ink2): void {
  g.fillStyle(p.ink, 1);
  g.fillRect(x - 8, y - 8, w + 16, h + 8);
  g.fillStyle(color, 1);
  g.fillRect(x, y, w, h);
  g.lineStyle(3, p.ink, 1);
  g.strokeRect(x + 12, y + 14, w - 24, h * 0.4);
  g.strokeRect(x + 12, y + h * 0.5, w - 24, h * 0.42);
  g.fillStyle(p.ochreLight, 1);
  g.fillCircle(x + w - 16, y + h * 0.5, 5);
}

/** A building front with rows of windows; lit at night. */
export function building(g: G, k: Look, x: number, top: number, w: number, bottom: number, color: number, win = 0): void {
  g.fillStyle(color, 1);
  g.fillRect(x, top, w, bottom - top);
  const lit = night(k) || k.time === 'dusk';
  const wc = win || (lit ? k.p.ochreLight : mix(color, k.p.ink, 0.45));
  for (let y = top + 20; y < bottom - 40; y += 56) {
    for (let wx = x + 16; wx < x + w - 26; wx += 42) {
      g.fillStyle(lit && k.r() < 0.4 ? mix(color, k.p.ink, 0.5) : wc, 1);
      g.fillRect(wx, y, 18, 32);
    }
  }
}

/** A row of classical columns with a base and an entablature. */
export function columns(g: G, p: Palette, x0: number, x1: number, n: number, top: number, bottom: number, w: number, color: number): void {
  for (let i = 0; i < n; i++) {
    const cx = x0 + ((x1 - x0) * (i + 0.5)) / n;
    g.fillStyle(color, 1);
    g.fillRect(cx - w / 2, top, w, bottom - top);
    g.fillStyle(mix(color, p.ink, 0.18), 1);
    g.fillRect(cx + w / 6, top, w / 3, bottom - top);
    g.fillStyle(color, 1);
    g.fillRect(cx - w * 0.7, top - 12, w * 1.4, 14);
    g.fillRect(cx - w * 0.7, bottom - 10, w * 1.4, 12);
  }
}

/** An onion dome with its cross, sitting on `y`. */
export function onion(g: G, cx: number, y: number, r: number, color: number): void {
  poly(g, color, [
    cx - r,
    y,
    cx - r * 1.05,
    y - r * 0.8,
    cx - r * 0.6,
    y - r * 1.5,
    cx,
    y - r * 2.2,
    cx + r * 0.6,
    y - r * 1.5,
    cx + r * 1.05,
    y - r * 0.8,
    cx + r,
    y,
  ]);
  g.fillStyle(color, 1);
  g.fillRect(cx - 1.5, y - r * 2.9, 3, r * 0.8);
  g.fillRect(cx - r * 0.25, y - r * 2.7, r * 0.5, 3);
}

/** A tall needle spire on a tower. */
export function spire(g: G, p: Palette, cx: number, base: number, h: number, w: number, tower: number, gold = p.ochreLight): void {
  g.fillStyle(tower, 1);
  g.fillRect(cx - w / 2, base - h * 0.35, w, h * 0.35);
  poly(g, tower, [
    cx - w * 0.4,
    base - h * 0.35,
    cx + w * 0.4,
    base - h * 0.35,
    cx + w * 0.25,
    base - h * 0.45,
    cx - w * 0.25,
    base - h * 0.45,
  ]);
  poly(g, gold, [cx - w * 0.22, base - h * 0.45, cx + w * 0.22, base - h * 0.45, cx, base - h]);
  g.lineStyle(2, p.ink, 1);
  g.lineBetween(cx, base - h, cx, base - h - 14);
}

export function tree(g: G, p: Palette, x: number, y: number, h: number, kind: 'pine' | 'round' | 'birch', snow = false): void {
  if (kind === 'pine') {
    const c = 0x2f4a36;
    for (let i = 0; i < 3; i++) {
      const ty = y - h * (0.25 + i * 0.25);
      poly(g, c, [x - h * (0.3 - i * 0.07), ty + h * 0.22, x, ty - h * 0.2, x + h * (0.3 - i * 0.07), ty + h * 0.22]);
      if (snow) poly(g, 0xffffff, [x - h * 0.12, ty - h * 0.02, x, ty - h * 0.2, x + h * 0.12, ty - h * 0.02]);
    }
    g.fillStyle(p.ink, 1);
    g.fillRect(x - 4, y - h * 0.1, 8, h * 0.1);
    return;
  }
  g.fillStyle(kind === 'birch' ? p.paper : p.ink2, 1);
  g.fillRect(x - 6, y - h * 0.6, 12, h * 0.6);
  if (kind === 'birch') {
    g.fillStyle(p.ink, 1);
    for (let i = 1; i < 5; i++) g.fillRect(x - 6, y - h * 0.12 * i, 7, 3);
  }
  g.fillStyle(snow ? 0xf4f4f0 : kind === 'birch' ? 0x86a05a : 0x5b7a45, 1);
  g.fillEllipse(x, y - h * 0.72, h * 0.6, h * 0.5);
  g.fillStyle(snow ? 0xdde3e6 : kind === 'birch' ? 0x6d8a48 : 0x46633a, 1);
  g.fillEllipse(x + h * 0.1, y - h * 0.62, h * 0.34, h * 0.28);
}

/** Water from y0 to y1: flat bands with engraved ripples. */
export function water(g: G, k: Look, y0: number, y1: number): void {
  const base = k.time === 'night' ? 0x232b3d : k.weather === 'fog' ? mix(0x6d8794, k.p.paper, 0.45) : 0x6d8794;
  g.fillStyle(base, 1);
  g.fillRect(0, y0, W, y1 - y0);
  g.lineStyle(2, mix(base, 0xffffff, 0.35), 1);
  for (let y = y0 + 10, i = 0; y < y1; y += 14, i++) {
    for (let x = (i * 53) % 90; x < W; x += 90 + (i % 3) * 20) g.lineBetween(x, y, x + 36 + (i % 4) * 8, y);
  }
}

/** A horse, or a reindeer with antlers, facing left, feet on `y`, `s` pixels per unit. */
export function beast(g: G, color: number, x: number, y: number, s: number, antlers: boolean): void {
  g.fillStyle(color, 1);
  g.fillEllipse(x, y - 30 * s, 44 * s, 20 * s);
  for (const lx of [-16, -10, 10, 16]) g.fillRect(x + lx * s - 1.5 * s, y - 26 * s, 3 * s, 26 * s);
  poly(g, color, [x - 18 * s, y - 36 * s, x - 28 * s, y - 54 * s, x - 34 * s, y - 52 * s, x - 24 * s, y - 30 * s]);
  g.fillEllipse(x - 33 * s, y - 52 * s, 12 * s, 7 * s);
  if (antlers) {
    polyline(g, color, 2.2 * s, [x - 28 * s, y - 56 * s, x - 22 * s, y - 70 * s, x - 14 * s, y - 74 * s]);
    polyline(g, color, 2.2 * s, [x - 24 * s, y - 66 * s, x - 30 * s, y - 76 * s]);
    polyline(g, color, 2.2 * s, [x - 32 * s, y - 56 * s, x - 40 * s, y - 70 * s, x - 36 * s, y - 78 * s]);
  } else {
    g.fillRect(x + 20 * s, y - 36 * s, 4 * s, 20 * s);
  }
}

/** A motor car of 1917, side on, facing left. */
export function car(g: G, p: Palette, x: number, y: number, s: number): void {
  g.fillStyle(p.ink, 1);
  poly(g, p.ink, [
    x - 80 * s,
    y - 20 * s,
    x - 76 * s,
    y - 44 * s,
    x - 30 * s,
    y - 48 * s,
    x - 20 * s,
    y - 80 * s,
    x + 60 * s,
    y - 80 * s,
    x + 70 * s,
    y - 44 * s,
    x + 84 * s,
    y - 40 * s,
    x + 84 * s,
    y - 20 * s,
  ]);
  g.fillStyle(p.grey, 1);
  g.fillRect(x - 12 * s, y - 74 * s, 30 * s, 22 * s);
  g.fillRect(x + 24 * s, y - 74 * s, 30 * s, 22 * s);
  for (const wx of [-52, 56]) {
    g.fillStyle(p.ink, 1);
    g.fillCircle(x + wx * s, y - 14 * s, 16 * s);
    g.fillStyle(p.grey, 1);
    g.fillCircle(x + wx * s, y - 14 * s, 6 * s);
  }
}

/** A red banner on two poles. */
export function banner(g: G, p: Palette, x: number, y: number, w: number, h: number): void {
  g.fillStyle(p.ink, 1);
  g.fillRect(x - 4, y - 10, 6, h + 140);
  g.fillRect(x + w - 2, y - 10, 6, h + 140);
  poly(g, p.red, [x, y, x + w, y, x + w, y + h, x + w * 0.5, y + h - 12, x, y + h]);
  g.fillStyle(p.paper, 0.9);
  for (let i = 0; i < 3; i++) g.fillRect(x + w * 0.12, y + h * (0.22 + i * 0.2), w * (0.76 - (i % 2) * 0.2), h * 0.08);
}

/** Wide snow, rain or fog over an outdoor scene; heat adds nothing (the sky shows it). */
export function outdoors(g: G, k: Look): void {
  weatherIn(g, k, 0, 0, W, BAND);
}
