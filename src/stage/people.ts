// Draws people as woodcut figures: bodies in flat colour, faces in paper with open eyes that read at a
// distance, each with the features that identify them, in a pose (standing, speaking with an arm raised,
// pointing, seated, writing, reading, marching, arms folded). Crowds are rows of varied smaller figures.

import type { FigureSpec, Tone } from '../core/figures';
import type { Pose } from '../core/tags';
import { poly, polyline, type G } from './ink';
import { mix, type Palette } from './palette';

function tone(p: Palette, t: Tone): number {
  return p[t];
}

/** Maps figure units to screen pixels: x by the build, y by the height. */
class Pen {
  constructor(
    readonly g: G,
    readonly ox: number,
    readonly oy: number,
    readonly s: number,
    readonly k: number,
  ) {}
  x(u: number): number {
    return this.ox + u * this.s;
  }
  y(u: number): number {
    return this.oy + u * this.s * this.k;
  }
  body(color: number, pts: readonly number[]): void {
    const out: number[] = [];
    for (let i = 0; i + 1 < pts.length; i += 2) out.push(this.x(pts[i] ?? 0), this.y(pts[i + 1] ?? 0));
    poly(this.g, color, out);
  }
  line(color: number, width: number, pts: readonly number[]): void {
    const out: number[] = [];
    for (let i = 0; i + 1 < pts.length; i += 2) out.push(this.x(pts[i] ?? 0), this.y(pts[i + 1] ?? 0));
    polyline(this.g, color, width * this.s, out);
  }
  ellipse(color: number, cx: number, cy: number, rx: number, ry: number): void {
    this.g.fillStyle(color, 1);
    this.g.fillEllipse(this.x(cx), this.y(cy), rx * 2 * this.s, ry * 2 * this.s * this.k, 16);
  }
  /** A limb: a thick line through joints, rounded at each joint. */
  limb(color: number, width: number, pts: readonly number[]): void {
    this.line(color, width, pts);
    this.g.fillStyle(color, 1);
    for (let i = 0; i + 1 < pts.length; i += 2) this.g.fillCircle(this.x(pts[i] ?? 0), this.y(pts[i + 1] ?? 0), (width * this.s) / 2);
  }
}

/** The head is drawn undistorted around its centre, in head units. */
class Head {
  constructor(
    readonly g: G,
    readonly cx: number,
    readonly cy: number,
    readonly s: number,
  ) {}
  shape(color: number, pts: readonly number[]): void {
    const out: number[] = [];
    for (let i = 0; i + 1 < pts.length; i += 2) out.push(this.cx + (pts[i] ?? 0) * this.s, this.cy + (pts[i + 1] ?? 0) * this.s);
    poly(this.g, color, out);
  }
  line(color: number, width: number, pts: readonly number[]): void {
    const out: number[] = [];
    for (let i = 0; i + 1 < pts.length; i += 2) out.push(this.cx + (pts[i] ?? 0) * this.s, this.cy + (pts[i + 1] ?? 0) * this.s);
    polyline(this.g, color, Math.max(1, width * this.s), out);
  }
  oval(color: number, x: number, y: number, rx: number, ry: number): void {
    this.g.fillStyle(color, 1);
    this.g.fillEllipse(this.cx + x * this.s, this.cy + y * this.s, rx * 2 * this.s, ry * 2 * this.s, 18);
  }
  ring(color: number, width: number, x: number, y: number, r: number): void {
    this.g.lineStyle(Math.max(1, width * this.s), color, 1);
    this.g.strokeCircle(this.cx + x * this.s, this.cy + y * this.s, r * this.s);
  }
}

function drawHairBack(h: Head, f: FigureSpec, p: Palette): void {
  const c = tone(p, f.hairTone);
  if (f.hair === 'wavy' || f.hair === 'curly') {
    h.shape(c, [-8, 2, -9, -3, -9.2, -8, -7.4, -12, -4, -14.6, 0, -15.4, 4.2, -14.8, 7.6, -12.4, 9.4, -8, 9.2, -3, 8, 2, 0, -6]);
    const big = f.hair === 'curly' ? 0.6 : 0;
    for (const [x, y, r] of [
      [-7.6, -10.4, 2.6],
      [-3.6, -13.8, 2.8],
      [0.6, -14.6, 2.8],
      [4.8, -13.6, 2.6],
      [8, -9.6, 2.4],
      [-9, -5, 2.2],
      [9.2, -4.6, 2.2],
    ] as const)
      h.oval(c, x, y, r + big, r + big);
  } else if (f.hair === 'untidy') {
    h.shape(c, [-8, 2, -9.5, -4, -8, -9, -4, -11.5, 0, -10.8, 4.5, -12, 8.2, -8.5, 9.5, -3, 8, 2, 0, -4]);
  } else if (f.hair === 'bun') {
    h.oval(c, 0, -10.5, 4, 3.4);
  }
}

function drawHairFront(h: Head, f: FigureSpec, p: Palette): void {
  const c = tone(p, f.hairTone);
  switch (f.hair) {
    case 'bald':
      h.oval(c, -7, 0.5, 1.7, 3.3);
      h.oval(c, 7, 0.5, 1.7, 3.3);
      h.line(p.paper, 0.7, [-3.6, -6.2, -1.4, -7.4, 0.8, -7.6]);
      break;
    case 'wavy':
    case 'curly':
      h.shape(
        c,
        [
          -7.2, -1, -6.4, -5.2, -4.2, -3.8, -2.4, -6.4, -0.2, -4.6, 2, -6.8, 4.2, -4.6, 6.4, -5.8, 7.2, -1, 7.8, -8, 3, -11.5, -3, -11.5,
          -7.8, -8,
        ],
      );
      break;
    case 'wig':
      // a neat dark wig, lower on the brow than his own hair ever was
      h.shape(c, [-7.4, 0.5, -7.6, -6, -4.6, -9.4, 0, -10.2, 4.6, -9.4, 7.6, -6, 7.4, 0.5, 6.4, -3.2, 3, -4.4, -3, -4.4, -6.4, -3.2]);
      h.line(p.ink, 0.4, [-2.5, -9.2, 1.5, -5.2]);
      break;
    case 'swept':
    case 'short':
      h.shape(c, [-7.2, -0.5, -7, -5.6, -4.2, -8.8, 0, -9.6, 4.2, -8.8, 7, -5.6, 7.2, -0.5, 6.4, -4.2, 2, -5.2, -2.5, -5.4, -6.4, -4.2]);
      break;
    case 'untidy':
      h.shape(
        c,
        [
          -7.2, -0.5, -7.4, -6, -4, -8.8, 0, -9.2, 4, -8.8, 7.4, -6, 7.2, -0.5, 5.6, -4.6, 3, -3.2, 1.4, -5.4, -1.5, -3.8, -4, -5.4, -6,
          -3.6,
        ],
      );
      break;
    case 'thinning':
      h.oval(c, -7, 0, 2, 4.2);
      h.oval(c, 7, 0, 2, 4.2);
      h.line(c, 0.6, [-4, -7.2, -1, -8.6, 2.5, -8.4, 5, -7]);
      break;
    case 'bun':
      h.shape(c, [-7.2, 1, -7, -5.4, -4, -8.7, 0, -9.2, 4, -8.7, 7, -5.4, 7.2, 1, 6.2, -3.8, 0.6, -7, 0, -5.6, -0.6, -7, -6.2, -3.8]);
      break;
    case 'cropped':
      h.shape(c, [-7.2, -2, -7.2, -7, -5, -9.2, 5, -9.2, 7.2, -7, 7.2, -2, 6.2, -5.2, -6.2, -5.2]);
      break;
  }
}

function drawBeard(h: Head, f: FigureSpec, p: Palette): void {
  const c = tone(p, f.beardTone);
  switch (f.beard) {
    case 'pointed':
      h.shape(c, [-6.8, 1, -5.4, 6, -2.8, 9, 0, 13.4, 2.8, 9, 5.4, 6, 6.8, 1, 4.4, 4.2, 0, 5.8, -4.4, 4.2]);
      break;
    case 'goatee':
      h.shape(c, [-2.6, 5.6, -1.6, 8.6, 0, 11, 1.6, 8.6, 2.6, 5.6, 0, 6.4]);
      break;
    case 'full':
      h.shape(
        c,
        [-7.2, -0.5, -7.4, 5, -5.2, 10.5, -1.6, 13.6, 1.6, 13.6, 5.2, 10.5, 7.4, 5, 7.2, -0.5, 5.6, 3.6, 3, 5.2, 0, 6, -3, 5.2, -5.6, 3.6],
      );
      break;
    case 'bushy':
      h.shape(c, [-7.6, -1, -9.6, 5, -9, 12, -6, 17, -2, 19.6, 2, 19.6, 6, 17, 9, 12, 9.6, 5, 7.6, -1, 5.6, 3.8, 0, 6.2, -5.6, 3.8]);
      break;
    case 'scraggly':
      h.shape(
        c,
        [
          -6.6, 1, -6.4, 6.2, -4.8, 7.4, -4.4, 11.4, -2.6, 9.4, -1.2, 14, 0.6, 10.2, 2.2, 13.4, 3.2, 9.6, 4.8, 11.2, 5.2, 7.2, 6.6, 5.6,
          6.6, 1, 4.2, 4.6, 0, 6, -4.2, 4.6,
        ],
      );
      break;
    case 'neat':
      h.shape(c, [-7, 1, -6.4, 6, -3.2, 9.6, 0, 10.6, 3.2, 9.6, 6.4, 6, 7, 1, 4.2, 4.6, 0, 6, -4.2, 4.6]);
      break;
    case 'walrus':
      h.shape(c, [-6.4, 7.2, -5.2, 3.6, -1.2, 2.8, 0, 3.4, 1.2, 2.8, 5.2, 3.6, 6.4, 7.2, 3, 5.4, 0, 5, -3, 5.4]);
      break;
    case 'none':
      break;
  }
}

/** Face: skin, hair, beard, open eyes with whites, strong brows, nose, and a mouth that opens to speak. */
function drawFace(h: Head, f: FigureSpec, p: Palette, speaking: boolean): void {
  const skin = p.skin;
  h.oval(skin, -7, 1, 1.5, 2.4);
  h.oval(skin, 7, 1, 1.5, 2.4);
  h.oval(skin, 0, 0, 7, f.hair === 'bald' ? 9 : 8.5);
  drawHairFront(h, f, p);
  drawBeard(h, f, p);
  // eyes: whites, dark pupils, an upper lid
  for (const d of [-1, 1]) {
    h.oval(p.paper, d * 2.8, -0.2, 1.9, 1.25);
    h.oval(p.ink, d * 2.6, -0.1, 1.05, 1.1);
    h.line(p.ink, 0.45, [d * 4.6, -0.5, d * 2.8, -1.5, d * 1, -0.7]);
    h.line(f.woman ? p.ink2 : tone(p, f.hairTone === 'grey' ? 'ink2' : f.hairTone), f.brows ? 1.3 : 0.85, [d * 4.8, -2.6, d * 1.2, -3.1]);
  }
  h.line(mix(skin, p.ink, 0.45), 0.6, [0.2, -0.4, 1, 3, -0.3, 3.5]);
  const lip = f.woman ? p.redDark : mix(p.redDark, p.ink, 0.4);
  if (speaking) h.oval(p.ink, 0, 5.4, 1.7, 1.3);
  else if (f.beard === 'none' || f.beard === 'goatee' || f.beard === 'walrus') h.line(lip, 0.6, [-1.8, 5.3, 0, 5.6, 1.8, 5.3]);
  if (f.moustache && f.beard !== 'walrus')
    h.shape(tone(p, f.beardTone), [-4.2, 4.6, -1.2, 3.6, 0, 4.1, 1.2, 3.6, 4.2, 4.6, 3.6, 5.4, 0, 4.7, -3.6, 5.4]);
  if (f.pinceNez || f.spectacles) {
    h.ring(p.ink, 0.45, -2.7, -0.2, 2.2);
    h.ring(p.ink, 0.45, 2.7, -0.2, 2.2);
    h.line(p.ink, 0.45, [-0.6, -0.7, 0.6, -0.7]);
  }
}

function drawHat(h: Head, f: FigureSpec, p: Palette): void {
  switch (f.hat) {
    case 'bowler':
      h.oval(p.ink, 0, -9.4, 6.8, 5.4);
      h.shape(p.ink, [-6.8, -9.4, 6.8, -9.4, 6.9, -6.2, -6.9, -6.2]);
      h.oval(p.ink, 0, -6.3, 10, 1.5);
      break;
    case 'soft':
      h.shape(p.ink, [-6.8, -6.6, -6.2, -13, -2.5, -14.2, 0, -12.6, 2.5, -14.2, 6.2, -13, 6.8, -6.6]);
      h.shape(p.ink, [-12.5, -5, -8, -7.4, 8, -7.4, 12.5, -6.2, 8, -5.2, -8, -5.2]);
      break;
    case 'cap':
      h.shape(p.ink2, [-7.6, -4.6, -7.8, -9.2, -3, -11.6, 4, -11.4, 8.6, -8.6, 7.8, -4.6]);
      h.shape(p.ink, [-6.5, -4.6, 9.5, -5.2, 7.5, -3.2, -5.5, -3.4]);
      break;
    case 'peaked':
      h.shape(mix(p.khaki, p.ink, 0.2), [-7, -5, -9.2, -11.6, 9.2, -11.6, 7, -5]);
      h.shape(p.red, [-7.2, -7.6, 7.2, -7.6, 7, -5.2, -7, -5.2]);
      h.oval(p.ochreLight, 0, -8.8, 1.2, 1.2);
      h.shape(p.ink, [-6.6, -5.2, 6.6, -5.2, 5.2, -2.8, -5.2, -2.8]);
      break;
    case 'sailor':
      h.shape(p.ink, [-7.6, -5, -8.2, -10, 8.2, -10, 7.6, -5]);
      h.line(p.ochreLight, 0.7, [-7.4, -6.6, 7.4, -6.6]);
      h.line(p.ink, 1.2, [7, -5.6, 10.5, 4]);
      break;
    case 'fur':
      h.shape(mix(p.ink2, p.ochre, 0.3), [-8.6, 2, -8.8, -8, -5, -12.6, 5, -12.6, 8.8, -8, 8.6, 2, 6.8, 2, 6.8, -5, -6.8, -5, -6.8, 2]);
      h.line(p.ink, 0.5, [-6.8, -5.2, 6.8, -5.2]);
      break;
    case 'kerchief':
      h.shape(p.red, [-8.2, 3, -8.4, -5, -5, -10, 0, -11, 5, -10, 8.4, -5, 8.2, 3, 6.8, -1, 6.8, -4.6, 0, -6.4, -6.8, -4.6, -6.8, -1]);
      h.shape(p.red, [-3, 8, 0, 12, 3, 8, 0, 9.6]);
      break;
    case 'hood':
      h.shape(
        mix(p.ochre, p.ink2, 0.4),
        [-10, 10, -10.4, -6, -6, -13, 6, -13, 10.4, -6, 10, 10, 7.4, 8, 7.6, -4, 0, -9, -7.6, -4, -7.4, 8],
      );
      h.line(p.paper, 0.8, [-7.6, 6, -7.8, -4, 0, -9, 7.8, -4, 7.6, 6]);
      break;
    case 'none':
      break;
  }
}

/** Where the hands go in each pose, in body units from the feet; d = -1 left, 1 right. */
function armPath(pose: Pose, d: -1 | 1, sh: number, top: number): number[] {
  const s = d * sh;
  const at = (x: number, y: number): number[] => [s + d * x, top + y];
  if (pose === 'speak' && d === 1) return [...at(-1, 2), ...at(7, -12), ...at(9, -30)];
  if (pose === 'point' && d === 1) return [...at(-1, 2), ...at(12, 6), ...at(26, 2)];
  if (pose === 'fold') return [...at(-1, 2), ...at(3, 18), ...at(-sh - 4 + (d === 1 ? 2 : -2), 16)];
  if (pose === 'read') return [...at(-1, 2), ...at(3, 20), ...at(-sh + 6, 14)];
  if (pose === 'write' && d === 1) return [...at(-1, 2), ...at(5, 18), ...at(-2, 30)];
  if (pose === 'march') return [...at(-1, 2), ...at(d * 4 + 2, 18), ...at(d * 8 + 4, 32)];
  if (pose === 'speak') return [...at(-1, 2), ...at(4, 16), ...at(-2, 28)];
  return [...at(-1, 2), ...at(3, 18), ...at(4, 35)];
}

function drawProp(pen: Pen, f: FigureSpec, p: Palette, hand: number[], pose: Pose): void {
  const hx = hand[0] ?? 0;
  const hy = hand[1] ?? 0;
  switch (f.prop) {
    case 'paper':
      if (pose === 'read' || pose === 'write') break;
      pen.body(p.paper, [hx - 3, hy - 2, hx + 6, hy - 12, hx + 10, hy - 8, hx + 1, hy + 2]);
      break;
    case 'cigarette':
      pen.line(p.paper, 0.8, [hx + 1, hy - 1, hx + 5, hy - 2.5]);
      pen.line(p.grey, 0.5, [hx + 5.4, hy - 3, hx + 4, hy - 7, hx + 6.5, hy - 10, hx + 5, hy - 14]);
      break;
    case 'rifle':
      if (pose === 'march') {
        // on the shoulder
        pen.line(p.ink, 1.6, [hx - 4, hy - 40, hx + 10, hy + 30]);
        pen.body(p.ochre, [hx + 6, hy + 18, hx + 10, hy + 17, hx + 12, hy + 32, hx + 8, hy + 33]);
      } else {
        pen.line(p.ink, 1.6, [hx + 1.5, -3, hx + 2.5, -104]);
        pen.line(p.grey, 0.7, [hx + 2.5, -104, hx + 2.8, -116]);
        pen.body(p.ochre, [hx + 0.3, -3, hx + 3.5, -3, hx + 3, -22, hx + 1, -22]);
      }
      break;
    case 'book':
      pen.body(p.red, [hx - 3, hy - 8, hx + 3, hy - 8, hx + 3, hy + 1, hx - 3, hy + 1]);
      break;
    case 'pipe':
      break;
    case 'banner':
      pen.line(p.ink, 1.2, [hx, hy + 10, hx, -150]);
      pen.body(p.red, [hx, -150, hx + 34, -150, hx + 30, -128, hx, -128]);
      break;
    case 'pole':
      pen.line(p.ink2, 1.2, [hx - 6, 0, hx + 8, -130]);
      break;
    case 'none':
      break;
  }
}

export interface Placement {
  x: number;
  /** screen y of the feet */
  y: number;
  /** pixels per figure unit */
  s: number;
  actor: boolean;
  pose: Pose;
}

/** Draws one person at a placement, in a pose. */
export function drawFigure(g: G, f: FigureSpec, p: Palette, at: Placement): void {
  const k = f.height / 100;
  const pen = new Pen(g, at.x, at.y, at.s, k);
  const pose = at.pose;
  const sits = pose === 'seated' || pose === 'write';
  const drop = sits ? 24 : 0;
  const b = f.build;
  const sh = 15 * b;
  const top = -80 + f.stoop + drop;
  const coat = tone(p, f.coatTone);
  g.fillStyle(at.actor ? p.red : p.ink, at.actor ? 0.9 : 0.28);
  g.fillEllipse(at.x, at.y - at.s * 0.5, at.s * (at.actor ? 52 : 42) * b, at.s * (at.actor ? 9 : 6), 20);
  if (sits) {
    // a plain chair behind, and for writing a little table in front comes after the body
    pen.body(p.ink2, [-18, -56, 18, -56, 18, -24, -18, -24]);
    pen.body(p.ink, [-20, -26, 20, -26, 20, -22, -20, -22]);
    pen.line(p.ink, 2, [-17, -22, -17, 0]);
    pen.line(p.ink, 2, [17, -22, 17, 0]);
  }
  // legs: trousers and boots, a skirt, a long coat's hem
  const trousers =
    f.coat === 'blouse' && f.hat === 'sailor' ? p.navy : f.coat === 'tunic' || f.coat === 'greatcoat' ? mix(coat, p.ink, 0.3) : p.ink2;
  if (f.woman) {
    const hem = sits ? -14 : -1.5;
    pen.body(coat, [-11 * b, -56 + drop, 11 * b, -56 + drop, 20 * b, hem, -20 * b, hem]);
    if (sits) pen.body(p.ink, [-12 * b, -14, -4, -14, -4, 0, -12 * b, 0]);
  } else if (pose === 'march') {
    pen.body(trousers, [-10 * b, -48, -2, -48, -12 * b, -2, -20 * b, -2]);
    pen.body(trousers, [2, -48, 10 * b, -48, 16 * b, -2, 8 * b, -2]);
    pen.ellipse(p.ink, -17 * b, -1.8, 5.6, 2.2);
    pen.ellipse(p.ink, 13 * b, -1.8, 5.6, 2.2);
  } else if (sits) {
    pen.body(trousers, [-11 * b, -30, 11 * b, -30, 11 * b, -22, 10 * b, -2, 2, -2, 0, -22, -2, -2, -10 * b, -2, -11 * b, -22]);
    pen.ellipse(p.ink, -6 * b, -1.8, 5.6, 2.2);
    pen.ellipse(p.ink, 6 * b, -1.8, 5.6, 2.2);
  } else {
    pen.body(trousers, [-11 * b, -48, 11 * b, -48, 10.5 * b, -2, 1.4, -2, 0, -32, -1.4, -2, -10.5 * b, -2]);
    pen.ellipse(p.ink, -6 * b, -1.8, 5.6, 2.2);
    pen.ellipse(p.ink, 6 * b, -1.8, 5.6, 2.2);
  }
  // the coat
  if (f.woman) {
    pen.body(coat, [-sh * 0.85, top + 1, sh * 0.85, top + 1, 12 * b, -54 + drop, -12 * b, -54 + drop]);
    pen.body(p.paper, [-3.2, top, 3.2, top, 2.6, top + 4, -2.6, top + 4]);
  } else {
    const hem =
      f.coat === 'greatcoat' || f.coat === 'robe'
        ? sits
          ? -16
          : -12
        : f.coat === 'frock'
          ? -22
          : f.coat === 'blouse'
            ? -44 + drop
            : -40 + drop;
    const flare = f.coat === 'greatcoat' || f.coat === 'robe' ? 21 : 17.5;
    pen.body(coat, [-sh, top, sh, top, 17 * b, top + 24, flare * b, hem, -flare * b, hem, -17 * b, top + 24]);
    if (f.coat === 'frock') pen.body(p.ink2, [-4, top + 30, 4, top + 30, 2, hem, -2, hem]);
  }
  pen.ellipse(coat, -sh + 1, top + 2.5, 4, 3.2);
  pen.ellipse(coat, sh - 1, top + 2.5, 4, 3.2);
  // the front: shirt and tie, waistcoat, tunic buttons, a sailor's collar
  if (!f.woman) {
    if (f.coat === 'tunic' || f.coat === 'greatcoat') {
      for (let i = 0; i < 5; i++) pen.ellipse(p.ochreLight, f.coat === 'greatcoat' ? -3 : 0, top + 5 + i * 6, 0.9, 0.9);
      pen.body(p.ink, [-17 * b, top + 28, 17 * b, top + 28, 17 * b, top + 31, -17 * b, top + 31]);
    } else if (f.coat === 'blouse' && f.hat === 'sailor') {
      pen.body(p.paper, [-sh + 1, top, sh - 1, top, 0, top + 16]);
      pen.body(coat, [-6, top, 6, top, 0, top + 12]);
      for (let i = 0; i < 3; i++) pen.line(p.paper, 0.5, [-4, top + 3 + i * 3, 4, top + 3 + i * 3]);
    } else if (f.coat === 'blouse') {
      pen.body(p.ink, [-17 * b, top + 28, 17 * b, top + 28, 17 * b, top + 31, -17 * b, top + 31]);
      pen.line(mix(coat, p.paper, 0.3), 0.6, [0, top, 0, top + 28]);
    } else if (f.coat !== 'robe') {
      if (f.waistcoat) pen.body(p.ochre, [-6.5, top, 6.5, top, 6, top + 30, 0, top + 34, -6, top + 30]);
      pen.body(p.paper, [-4, top - 1, 4, top - 1, 0, top + (f.waistcoat ? 11 : 20)]);
      if (f.tie) pen.body(tone(p, f.tie), [-1.2, top, 1.2, top, 1.6, top + 8, 0, top + 12, -1.6, top + 8]);
      pen.line(mix(coat, p.paper, 0.35), 0.7, [-4.2, top, -7, top + 10, f.waistcoat ? -6.5 : -1.5, f.waistcoat ? top + 30 : top + 22]);
      pen.line(mix(coat, p.paper, 0.35), 0.7, [4.2, top, 7, top + 10, f.waistcoat ? 6.5 : 1.5, f.waistcoat ? top + 30 : top + 22]);
    } else {
      pen.body(p.ochreLight, [-8, top + 2, 8, top + 2, 0, top + 14]);
    }
  }
  if (f.shawl) pen.body(p.ochre, [-sh - 3, top, sh + 3, top, sh + 5, top + 14, 0, top + 26, -sh - 5, top + 14]);
  if (f.sash !== null) pen.body(tone(p, f.sash), [-sh + 1, top, -sh + 8, top, sh, top + 30, sh - 7, top + 32]);
  // reading: a newspaper held open in both hands
  if (pose === 'read') {
    pen.body(p.paper, [-13, top + 4, 13, top + 4, 12, top + 26, -12, top + 26]);
    for (let i = 0; i < 4; i++) pen.line(p.ink2, 0.4, [-10, top + 9 + i * 4, -1, top + 9 + i * 4]);
    pen.line(p.ink2, 0.4, [0.5, top + 5, 0.5, top + 25]);
  }
  // arms, with hands
  const sleeve = mix(coat, p.ink, 0.15);
  const hands: number[][] = [];
  for (const d of [-1, 1] as const) {
    const path = armPath(pose, d, sh - 2, top);
    pen.limb(sleeve, 6.5 * Math.min(1.15, b), path);
    const hx = path[4] ?? 0;
    const hy = path[5] ?? 0;
    pen.ellipse(p.skin, hx, hy, 2.6, 2.8);
    hands.push([hx, hy]);
  }
  if (f.armband)
    pen.body(tone(p, f.armband), [-(sh + 0.4), top + 12, -(sh + 5.6), top + 13, -(sh + 5.9), top + 17.5, -(sh + 0.2), top + 16.5]);
  if (pose === 'write') {
    // the table he writes at, his paper and pen
    pen.body(p.ink, [-24, top + 32, 26, top + 32, 26, top + 35, -24, top + 35]);
    pen.body(p.ink2, [-20, top + 35, -17, top + 35, -17, 0, -20, 0]);
    pen.body(p.ink2, [20, top + 35, 23, top + 35, 23, 0, 20, 0]);
    pen.body(p.paper, [-6, top + 29, 18, top + 29, 20, top + 32, -8, top + 32]);
  }
  drawProp(pen, f, p, hands[1] ?? [0, 0], pose);
  // the head
  const hs = at.s * (f.woman ? 0.95 : 1);
  const shoulder = at.y + top * k * at.s;
  g.fillStyle(p.skin, 1);
  g.fillRect(at.x - 2.7 * at.s, shoulder - 5 * at.s, 5.4 * at.s, 5 * at.s);
  const head = new Head(g, at.x + (f.stoop > 0 ? 1.5 * at.s : 0), shoulder - 10.5 * hs, hs);
  drawHairBack(head, f, p);
  if (f.beard === 'bushy') drawBeard(head, f, p);
  drawFace(head, f, p, pose === 'speak');
  drawHat(head, f, p);
  if (f.prop === 'pipe') {
    head.line(p.ink2, 1, [1, 6, 6, 8]);
    head.shape(p.ink2, [5.5, 6, 8.5, 6, 8.5, 9.5, 5.5, 9.5]);
  }
}

/** A palette faded towards the air behind (`haze`: the wall by day, the dark at night), for people further back. */
export function fade(p: Palette, t: number, haze = p.paper2): Palette {
  const out = { ...p };
  for (const key of ['ink', 'ink2', 'skin', 'red', 'redDark', 'ochre', 'ochreLight', 'grey', 'green', 'khaki', 'navy', 'paper'] as const) {
    out[key] = mix(p[key], haze, t);
  }
  return out;
}

/** Someone seen only as a picture: a framed head and shoulders, hung at (x, y) = the frame's top centre. */
export function drawPortrait(g: G, f: FigureSpec, p: Palette, x: number, y: number, s: number, framed = true): void {
  const w = 44 * s;
  const h = 58 * s;
  if (framed) {
    g.fillStyle(p.ochre, 1);
    g.fillRect(x - w / 2, y, w, h);
    g.fillStyle(p.ink2, 1);
    g.fillRect(x - w / 2 + 4 * s, y + 4 * s, w - 8 * s, h - 8 * s);
  }
  const coat = tone(p, f.coatTone);
  poly(g, coat, [
    x - 16 * s,
    y + h - 4 * s,
    x - 15 * s,
    y + 40 * s,
    x - 6 * s,
    y + 35 * s,
    x + 6 * s,
    y + 35 * s,
    x + 15 * s,
    y + 40 * s,
    x + 16 * s,
    y + h - 4 * s,
  ]);
  if (f.sash !== null)
    poly(g, tone(p, f.sash), [x - 12 * s, y + 38 * s, x - 6 * s, y + 36 * s, x + 10 * s, y + h - 4 * s, x + 3 * s, y + h - 4 * s]);
  const head = new Head(g, x, y + 24 * s, s);
  drawHairBack(head, f, p);
  drawFace(head, f, p, false);
  drawHat(head, f, p);
  if (!framed) return;
  g.lineStyle(2, p.ink, 1);
  g.strokeRect(x - w / 2, y, w, h);
}
