// Draws people as woodcut silhouettes: bodies in ink, faces in paper, each with the features that identify them.

import type { FigureSpec, Tone } from './figures';
import { poly, polyline, type G } from './ink';
import { mix, rng, type Palette } from './palette';

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
  /** polygon in body units */
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
    this.g.fillEllipse(this.x(cx), this.y(cy), rx * 2 * this.s, ry * 2 * this.s * this.k, 20);
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
    this.g.fillEllipse(this.cx + x * this.s, this.cy + y * this.s, rx * 2 * this.s, ry * 2 * this.s, 24);
  }
  ring(color: number, width: number, x: number, y: number, r: number): void {
    this.g.lineStyle(Math.max(1, width * this.s), color, 1);
    this.g.strokeCircle(this.cx + x * this.s, this.cy + y * this.s, r * this.s);
  }
}

function drawHairBack(h: Head, f: FigureSpec, p: Palette): void {
  const c = tone(p, f.hairTone);
  if (f.hair === 'wavy') {
    h.shape(c, [-8, 2, -9, -3, -9.2, -8, -7.4, -12, -4, -14.6, 0, -15.4, 4.2, -14.8, 7.6, -12.4, 9.4, -8, 9.2, -3, 8, 2, 0, -6]);
    const curls: [number, number, number][] = [
      [-7.6, -10.4, 2.6],
      [-3.6, -13.8, 2.8],
      [0.6, -14.6, 2.8],
      [4.8, -13.6, 2.6],
      [8, -9.6, 2.4],
      [-9, -5, 2.2],
      [9.2, -4.6, 2.2],
    ];
    for (const [x, y, r] of curls) h.oval(c, x, y, r, r);
    h.line(p.ink2, 0.5, [-5, -11, -2, -12.6, 1, -11.6, 4, -12.4]);
  } else if (f.hair === 'untidy') {
    h.shape(c, [-8, 2, -9.5, -4, -8, -9, -4, -11.5, 0, -10.8, 4.5, -12, 8.2, -8.5, 9.5, -3, 8, 2, 0, -4]);
  } else if (f.hair === 'bun') {
    h.oval(c, 0, -10.5, 4, 3.4);
    h.oval(c, -7.2, 0.5, 1.6, 4.5);
    h.oval(c, 7.2, 0.5, 1.6, 4.5);
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
      h.shape(
        c,
        [
          -7.2, -1, -6.4, -5.2, -4.2, -3.8, -2.4, -6.4, -0.2, -4.6, 2, -6.8, 4.2, -4.6, 6.4, -5.8, 7.2, -1, 7.8, -8, 3, -11.5, -3, -11.5,
          -7.8, -8,
        ],
      );
      break;
    case 'swept':
    case 'short':
      h.shape(c, [-7.2, -0.5, -7, -5.6, -4.2, -8.8, 0, -9.6, 4.2, -8.8, 7, -5.6, 7.2, -0.5, 6.4, -4.2, 2, -5.2, -2.5, -5.4, -6.4, -4.2]);
      if (f.hair === 'short') h.line(p.paper, 0.5, [-3, -8.9, -2.2, -5.6]);
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
      h.line(c, 0.6, [-5.5, -5.8, -3, -8, 1, -8.9]);
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
      for (let i = -6; i <= 6; i += 3) h.line(p.ink2, 0.45, [i * 0.9, 8, i, 15]);
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
    case 'none':
      break;
  }
}

function drawFace(h: Head, f: FigureSpec, p: Palette): void {
  const skin = p.skin;
  h.oval(skin, -7, 1, 1.5, 2.4);
  h.oval(skin, 7, 1, 1.5, 2.4);
  h.oval(skin, 0, 0, 7, f.hair === 'bald' ? 9 : 8.5);
  // shadow side of the face, in hatching
  for (let i = 0; i < 4; i++) h.line(p.ink2, 0.35, [4.6 + i * 0.55, -2 + i * 0.4, 4.2 + i * 0.6, 4 + i * 0.5]);
  drawHairFront(h, f, p);
  drawBeard(h, f, p);
  // eyes, brows, nose, mouth
  h.shape(p.ink, [-3.8, -0.2, -1.4, -0.7, -1.4, 0.4, -3.8, 0.5]);
  h.shape(p.ink, [3.8, -0.2, 1.4, -0.7, 1.4, 0.4, 3.8, 0.5]);
  const browW = f.brows ? 1.1 : 0.55;
  h.line(f.woman ? p.ink2 : p.ink, browW, [-4.6, -2.4, -1.2, -2.9]);
  h.line(f.woman ? p.ink2 : p.ink, browW, [4.6, -2.4, 1.2, -2.9]);
  h.line(p.ink2, 0.55, [0, -0.6, 0.9, 3, -0.4, 3.4]);
  if (f.beard === 'none' || f.beard === 'goatee') h.line(f.woman ? p.redDark : p.ink, 0.55, [-1.8, 5.2, 1.8, 5.2]);
  if (f.moustache)
    h.shape(
      tone(p, f.beardTone === 'grey' ? 'grey' : f.beardTone),
      [-4.2, 4.6, -1.2, 3.6, 0, 4.1, 1.2, 3.6, 4.2, 4.6, 3.6, 5.6, 0, 4.8, -3.6, 5.6],
    );
  if (f.pinceNez || f.spectacles) {
    h.ring(p.ink, 0.5, -2.6, -0.1, 2.1);
    h.ring(p.ink, 0.5, 2.6, -0.1, 2.1);
    h.line(p.ink, 0.5, [-0.6, -0.6, 0.6, -0.6]);
    if (f.spectacles) {
      h.line(p.ink, 0.4, [-4.7, -0.4, -7, -0.8]);
      h.line(p.ink, 0.4, [4.7, -0.4, 7, -0.8]);
    }
  }
}

function drawHat(h: Head, f: FigureSpec, p: Palette): void {
  switch (f.hat) {
    case 'bowler':
      h.oval(p.ink, 0, -9.4, 6.8, 5.4);
      h.shape(p.ink, [-6.8, -9.4, 6.8, -9.4, 6.9, -6.2, -6.9, -6.2]);
      h.line(p.ink2, 0.8, [-6.6, -7.6, 6.6, -7.6]);
      h.oval(p.ink, 0, -6.3, 10, 1.5);
      break;
    case 'soft':
      h.shape(p.ink, [-6.8, -6.6, -6.2, -13, -2.5, -14.2, 0, -12.6, 2.5, -14.2, 6.2, -13, 6.8, -6.6]);
      h.line(p.ink2, 0.9, [-6.6, -8.2, 6.6, -8.2]);
      h.shape(p.ink, [-12.5, -5, -8, -7.4, 8, -7.4, 12.5, -6.2, 8, -5.2, -8, -5.2]);
      break;
    case 'cap':
      h.shape(p.ink2, [-7.6, -4.6, -7.8, -9.2, -3, -11.6, 4, -11.4, 8.6, -8.6, 7.8, -4.6]);
      h.shape(p.ink, [-6.5, -4.6, 9.5, -5.2, 7.5, -3.2, -5.5, -3.4]);
      break;
    case 'peaked':
      h.shape(p.ink2, [-7, -5, -9.2, -11.6, 9.2, -11.6, 7, -5]);
      h.shape(p.red, [-7.2, -7.6, 7.2, -7.6, 7, -5.2, -7, -5.2]);
      h.oval(p.ochreLight, 0, -8.8, 1.2, 1.2);
      h.shape(p.ink, [-6.6, -5.2, 6.6, -5.2, 5.2, -2.8, -5.2, -2.8]);
      break;
    case 'sailor':
      h.shape(p.ink, [-7.6, -5, -8.2, -10, 8.2, -10, 7.6, -5]);
      h.line(p.paper, 0.8, [-7.4, -6.6, 7.4, -6.6]);
      h.line(p.ink, 1.2, [7, -5.6, 10.5, 4]);
      h.line(p.ink, 1.2, [6, -5.6, 8.4, 5]);
      break;
    case 'none':
      break;
  }
}

function drawBody(pen: Pen, f: FigureSpec, p: Palette): { handL: [number, number]; handR: [number, number] } {
  const b = f.build;
  const sh = 15 * b;
  const st = f.stoop;
  const coat = f.coat === 'tunic' ? p.ink2 : p.ink;
  if (f.woman) {
    // long skirt to the floor, fitted bodice
    pen.body(p.ink, [-11 * b, -56, 11 * b, -56, 20 * b, -1.5, -20 * b, -1.5]);
    pen.line(p.ink2, 0.7, [-5 * b, -50, -9 * b, -4]);
    pen.line(p.ink2, 0.7, [5 * b, -50, 9 * b, -4]);
    pen.body(p.ink, [-sh * 0.85, -79 + st, sh * 0.85, -79 + st, 12 * b, -54, -12 * b, -54]);
    pen.body(p.paper, [-3.2, -80 + st, 3.2, -80 + st, 2.6, -76 + st, -2.6, -76 + st]);
  } else {
    // trousers and shoes
    pen.body(p.ink2, [-11 * b, -48, 11 * b, -48, 10.5 * b, -2, 1.4, -2, 0, -32, -1.4, -2, -10.5 * b, -2]);
    pen.ellipse(p.ink, -6 * b, -1.8, 5.6, 2.2);
    pen.ellipse(p.ink, 6 * b, -1.8, 5.6, 2.2);
    if (f.coat === 'frock') {
      pen.body(coat, [
        -sh,
        -80 + st,
        sh,
        -80 + st,
        17 * b,
        -50,
        19 * b,
        -20,
        9 * b,
        -22,
        4,
        -50,
        -4,
        -50,
        -9 * b,
        -22,
        -19 * b,
        -20,
        -17 * b,
        -50,
      ]);
    } else {
      const hem = f.coat === 'blouse' ? -44 : -40;
      pen.body(coat, [-sh, -80 + st, sh, -80 + st, 17 * b, -56, 17.5 * b, hem, -17.5 * b, hem, -17 * b, -56]);
    }
  }
  // shoulders rounded
  pen.ellipse(coat, -sh + 1, -77.5 + st, 4, 3.2);
  pen.ellipse(coat, sh - 1, -77.5 + st, 4, 3.2);
  // front of the coat: shirt, waistcoat, tie, or a tunic's buttons
  if (!f.woman) {
    if (f.coat === 'tunic') {
      pen.body(p.ink, [-4, -83 + st, 4, -83 + st, 4, -79 + st, -4, -79 + st]);
      for (let i = 0; i < 5; i++) pen.ellipse(p.ochreLight, 0, -75 + st + i * 6, 0.9, 0.9);
      pen.body(p.ink, [-17 * b, -52, 17 * b, -52, 17 * b, -49, -17 * b, -49]);
      pen.body(p.ochreLight, [-sh - 1, -81 + st, -sh + 6, -81 + st, -sh + 6, -79 + st, -sh - 1, -79 + st]);
      pen.body(p.ochreLight, [sh + 1, -81 + st, sh - 6, -81 + st, sh - 6, -79 + st, sh + 1, -79 + st]);
    } else if (f.coat === 'blouse') {
      if (f.hat === 'sailor') {
        pen.body(p.paper, [-sh + 1, -80 + st, sh - 1, -80 + st, 0, -64]);
        pen.body(coat, [-6, -80 + st, 6, -80 + st, 0, -68]);
        for (let i = 0; i < 3; i++) pen.line(p.paper, 0.5, [-16 * b, -60 + i * 5, 16 * b, -60 + i * 5]);
      } else {
        pen.body(p.ink, [-17 * b, -52, 17 * b, -52, 17 * b, -49, -17 * b, -49]);
        pen.line(p.ink2, 0.6, [0, -80 + st, 0, -52]);
      }
    } else {
      if (f.waistcoat) {
        pen.body(p.ochre, [-6.5, -80 + st, 6.5, -80 + st, 6, -50, 0, -46, -6, -50]);
        for (let i = 0; i < 4; i++) pen.ellipse(p.ink, 0, -66 + i * 4.5, 0.7, 0.7);
      }
      pen.body(p.paper, [-4, -81 + st, 4, -81 + st, 0, f.waistcoat ? -69 : -60]);
      if (f.tie) {
        if (f.coat === 'frock')
          pen.body(tone(p, f.tie), [-3, -80 + st, 0, -78.6 + st, 3, -80 + st, 3, -77 + st, 0, -78.4 + st, -3, -77 + st]);
        else pen.body(tone(p, f.tie), [-1.2, -80 + st, 1.2, -80 + st, 1.6, -72 + st * 0.5, 0, -68 + st * 0.5, -1.6, -72 + st * 0.5]);
      }
      // lapels cut in paper lines, the woodcut's white line
      pen.line(p.ink2, 0.7, [-4.2, -80 + st, -7, -70, f.waistcoat ? -6.5 : -1.5, f.waistcoat ? -50 : -58]);
      pen.line(p.ink2, 0.7, [4.2, -80 + st, 7, -70, f.waistcoat ? 6.5 : 1.5, f.waistcoat ? -50 : -58]);
    }
  }
  // arms, hanging, with a cut line between arm and body
  const arm = (d: number): [number, number] => {
    pen.body(coat, [d * (sh - 2), -80 + st, d * (sh + 4), -76 + st, d * (sh + 6.5), -50, d * (sh + 2), -46, d * (sh - 1), -60]);
    pen.line(p.paper2, 0.45, [d * (sh - 0.5), -72 + st, d * (sh + 1), -52]);
    const hand: [number, number] = [d * (sh + 4.2), -44.5];
    pen.ellipse(p.skin, hand[0], hand[1], 2.5, 2.7);
    return hand;
  };
  const handL = arm(-1);
  const handR = arm(1);
  if (f.shawl) {
    pen.body(p.ochre, [-sh - 3, -80 + st, sh + 3, -80 + st, sh + 5, -66, 0, -54, -sh - 5, -66]);
    for (let i = -4; i <= 4; i++) pen.line(p.ochre, 0.5, [i * 2.6, -57 - Math.abs(i) * 1.4, i * 2.6, -53 - Math.abs(i) * 1.4]);
    pen.line(p.ink2, 0.6, [-sh, -74, 0, -58, sh, -74]);
  }
  if (!f.woman && f.coat !== 'tunic' && f.coat !== 'frock')
    pen.body(p.paper, [-4.4, -82 + st, 4.4, -82 + st, 3.6, -79.5 + st, -3.6, -79.5 + st]);
  if (f.armband) pen.body(tone(p, f.armband), [-(sh + 1.4), -68, -(sh + 5.6), -67, -(sh + 5.9), -62.5, -(sh + 1.2), -63.5]);
  if (f.sash !== null) pen.body(f.sash, [-sh + 1, -80 + st, -sh + 8, -80 + st, sh, -50, sh - 7, -48]);
  return { handL, handR };
}

function drawProp(pen: Pen, f: FigureSpec, p: Palette, hand: [number, number]): void {
  const [hx, hy] = hand;
  switch (f.prop) {
    case 'paper':
      pen.body(p.paper, [hx - 3, hy - 2, hx + 6, hy - 12, hx + 10, hy - 8, hx + 1, hy + 2]);
      pen.line(p.ink2, 0.4, [hx + 1, hy - 4, hx + 6, hy - 9.5]);
      pen.line(p.ink2, 0.4, [hx + 2.5, hy - 2.5, hx + 7.5, hy - 8]);
      break;
    case 'cigarette':
      pen.line(p.paper, 0.8, [hx + 1, hy - 1, hx + 5, hy - 2.5]);
      pen.line(p.grey, 0.5, [hx + 5.4, hy - 3, hx + 4, hy - 7, hx + 6.5, hy - 10, hx + 5, hy - 14]);
      break;
    case 'rifle':
      pen.line(p.ink, 1.6, [hx + 1.5, -3, hx + 2.5, -104]);
      pen.line(p.ink2, 0.7, [hx + 2.5, -104, hx + 2.8, -116]);
      pen.body(p.ochre, [hx + 0.3, -3, hx + 3.5, -3, hx + 3, -22, hx + 1, -22]);
      break;
    case 'book':
      pen.body(p.red, [hx - 3, hy - 8, hx + 3, hy - 8, hx + 3, hy + 1, hx - 3, hy + 1]);
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
}

/** Draws one person standing at a placement. */
export function drawFigure(g: G, f: FigureSpec, p: Palette, at: Placement): void {
  const k = f.height / 100;
  const pen = new Pen(g, at.x, at.y, at.s, k);
  // ground shadow, and the actor's red disc
  g.fillStyle(at.actor ? p.red : p.ink, at.actor ? 0.9 : 0.28);
  g.fillEllipse(at.x, at.y - at.s * 0.5, at.s * (at.actor ? 52 : 42) * f.build, at.s * (at.actor ? 9 : 6), 28);
  const { handR } = drawBody(pen, f, p);
  drawProp(pen, f, p, handR);
  const hs = at.s * (f.woman ? 0.95 : 1);
  const shoulder = at.y + (-80 + f.stoop) * k * at.s;
  g.fillStyle(p.skin, 1);
  g.fillRect(at.x - 2.7 * at.s, shoulder - 5 * at.s, 5.4 * at.s, 5 * at.s);
  const head = new Head(g, at.x + (f.stoop > 0 ? 1.5 * at.s : 0), shoulder - 10.5 * hs, hs);
  drawHairBack(head, f, p);
  if (f.beard === 'bushy') drawBeard(head, f, p);
  drawFace(head, f, p);
  drawHat(head, f, p);
  if (f.pinceNez) head.line(p.ink2, 0.35, [-4.6, 0.4, -6.5, 9, -5, 16]);
}

/** A background row of small delegates: plain silhouettes with varied hats. */
export function drawCrowd(g: G, p: Palette, left: number, right: number, footY: number, s: number, seed: number): void {
  const n = Math.max(3, Math.round((right - left) / (s * 26)));
  const step = (right - left) / n;
  const far = mix(p.ink2, p.paper2, 0.3);
  const face = mix(p.skin, far, 0.35);
  const r = rng(seed);
  for (let i = 0; i < n; i++) {
    const v = Math.floor(r() * 8);
    const c = i % 2 === 0 ? far : mix(far, p.ink, 0.25);
    const x = left + step * (i + 0.5) + ((v % 3) - 1) * s * 3;
    const k = 0.86 + r() * 0.2;
    const sh = 13 + (v % 3);
    poly(g, c, [
      x - sh * s,
      footY,
      x - sh * s,
      footY - 66 * k * s,
      x - (sh - 2) * s,
      footY - 74 * k * s,
      x - 5 * s,
      footY - 79 * k * s,
      x + 5 * s,
      footY - 79 * k * s,
      x + (sh - 2) * s,
      footY - 74 * k * s,
      x + sh * s,
      footY - 66 * k * s,
      x + sh * s,
      footY,
    ]);
    g.lineStyle(Math.max(1, s * 0.6), mix(far, p.paper2, 0.4), 1);
    g.lineBetween(x - (sh - 4) * s, footY - 64 * k * s, x - (sh - 4) * s, footY - 20 * k * s);
    const hy = footY - 89 * k * s;
    g.fillStyle(face, 1);
    g.fillEllipse(x, hy, 13 * s, 16 * s, 16);
    g.fillStyle(c, 1);
    if (v % 4 === 0) {
      g.fillEllipse(x, hy - 6 * s, 13 * s, 9 * s, 16);
      g.fillRect(x - 10 * s, hy - 5 * s, 20 * s, 2.4 * s);
    } else if (v % 4 === 1) {
      g.fillRect(x - 7 * s, hy - 10 * s, 14 * s, 5 * s);
      g.fillRect(x - 7 * s, hy - 5.5 * s, 17 * s, 2 * s);
    } else if (v % 4 === 2) {
      g.fillEllipse(x, hy - 5 * s, 14 * s, 7 * s, 16);
      g.fillEllipse(x, hy + 5.5 * s, 11 * s, 9 * s, 16);
    } else {
      g.fillEllipse(x, hy - 5 * s, 14 * s, 7 * s, 16);
    }
  }
}
