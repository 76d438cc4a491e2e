// Backgrounds drawn in code, one drawer per kind of place (`art`), plus mood overlays; unknown kinds get a poster sunburst.

import { hatch, poly, polyline, rays, type G } from './ink';
import { BAND, HORIZON, W } from './layout';
import type { ArtKind } from '../core/record';
import { mix, type Mood, type Palette } from './palette';

type Drawer = (g: G, p: Palette, r: () => number) => void;

/** Floor from the horizon to the band, with boards running to a vanishing point. */
function floor(g: G, color: number, lines: number, p: Palette, gap = 80): void {
  g.fillStyle(color, 1);
  g.fillRect(0, HORIZON, W, BAND - HORIZON);
  g.lineStyle(2, lines, 1);
  const vx = W / 2;
  const vy = HORIZON - 260;
  for (let x = -W; x <= 2 * W; x += gap) {
    // from the horizon to the band along a line through the vanishing point
    const t0 = (HORIZON - vy) / (BAND - vy);
    g.lineBetween(vx + (x - vx) * t0, HORIZON, x, BAND);
  }
  g.lineStyle(3, p.ink, 1);
  g.lineBetween(0, HORIZON, W, HORIZON);
}

function sack(g: G, p: Palette, x: number, y: number, w: number, h: number): void {
  poly(g, p.paper, [
    x,
    y + h * 0.2,
    x + w * 0.1,
    y,
    x + w * 0.9,
    y,
    x + w,
    y + h * 0.2,
    x + w,
    y + h * 0.85,
    x + w * 0.9,
    y + h,
    x + w * 0.1,
    y + h,
    x,
    y + h * 0.85,
  ]);
  hatch(g, x + w * 0.62, y + 3, w * 0.36, h - 6, 6, Math.PI / 3, p.ink2, 1.4);
  polyline(
    g,
    p.ink,
    3,
    [
      x,
      y + h * 0.2,
      x + w * 0.1,
      y,
      x + w * 0.9,
      y,
      x + w,
      y + h * 0.2,
      x + w,
      y + h * 0.85,
      x + w * 0.9,
      y + h,
      x + w * 0.1,
      y + h,
      x,
      y + h * 0.85,
    ],
    true,
  );
  g.fillStyle(p.red, 1);
  g.fillRect(x + w * 0.3, y + h * 0.38, w * 0.28, h * 0.22);
}

const warehouse: Drawer = (g, p) => {
  g.fillStyle(p.paper2, 1);
  g.fillRect(0, 0, W, HORIZON);
  // plank wall
  for (let x = 0; x < W; x += 64) {
    g.fillStyle(x % 128 === 0 ? p.ochre : mix(p.ochre, p.paper2, 0.3), 1);
    g.fillRect(x + 3, 150, 58, HORIZON - 150);
    hatch(g, x + 44, 150, 16, HORIZON - 150, 7, Math.PI / 2.6, p.ink2, 1.2, 0.8);
  }
  // high window and its light
  g.fillStyle(p.paper, 1);
  g.fillRect(520, 40, 240, 120);
  g.lineStyle(6, p.ink, 1);
  g.strokeRect(520, 40, 240, 120);
  g.lineBetween(640, 40, 640, 160);
  g.lineBetween(520, 100, 760, 100);
  poly(g, p.paper, [520, 160, 760, 160, 900, BAND, 360, BAND], 0.28);
  // roof truss and posts
  g.fillStyle(p.ink, 1);
  g.fillRect(0, 0, W, 26);
  g.fillRect(0, 130, W, 20);
  for (const x of [150, 1130]) g.fillRect(x - 12, 26, 24, HORIZON - 26);
  g.lineStyle(12, p.ink, 1);
  g.lineBetween(150, 130, 420, 26);
  g.lineBetween(1130, 130, 860, 26);
  g.lineBetween(150, 26, 300, 130);
  g.lineBetween(1130, 26, 980, 130);
  // flour sacks stacked by the walls
  const stack = (x0: number, n: number): void => {
    for (let row = 0; row < 3; row++) {
      for (let i = 0; i < n - row; i++) sack(g, p, x0 + i * 76 + row * 38, HORIZON + 30 - (row + 1) * 62, 74, 60);
    }
  };
  stack(-20, 3);
  stack(1070, 3);
  floor(g, mix(p.ochre, p.ink2, 0.25), p.ink2, p);
};

const hall: Drawer = (g, p) => {
  g.fillStyle(p.paper2, 1);
  g.fillRect(0, 0, W, HORIZON);
  // frieze and cornice
  g.fillStyle(p.redDark, 1);
  g.fillRect(0, 0, W, 34);
  g.fillStyle(p.ink, 1);
  g.fillRect(0, 34, W, 8);
  // tall arched windows between pilasters
  for (const cx of [210, 640, 1070]) {
    const x = cx - 80;
    g.fillStyle(p.paper, 1);
    g.fillRect(x, 110, 160, 250);
    g.fillCircle(cx, 110, 80);
    g.lineStyle(6, p.ink, 1);
    g.lineBetween(cx, 30, cx, 360);
    g.lineBetween(x, 200, x + 160, 200);
    g.lineBetween(x, 280, x + 160, 280);
    g.strokeRect(x, 110, 160, 250);
    g.beginPath();
    g.arc(cx, 110, 80, Math.PI, 0, false);
    g.strokePath();
    hatch(g, x + 100, 110, 58, 250, 8, -Math.PI / 3, p.ochreLight, 1.2);
  }
  for (const x of [425, 855]) {
    g.fillStyle(p.ochre, 1);
    g.fillRect(x - 22, 42, 44, HORIZON - 42);
    hatch(g, x + 6, 42, 16, HORIZON - 42, 6, Math.PI / 2, p.ink2, 1.5);
    g.fillStyle(p.ink, 1);
    g.fillRect(x - 30, 42, 60, 14);
  }
  // wainscot
  g.fillStyle(p.ochre, 1);
  g.fillRect(0, 380, W, HORIZON - 380);
  g.lineStyle(3, p.ink, 1);
  g.lineBetween(0, 380, W, 380);
  for (let x = 20; x < W; x += 140) g.strokeRect(x, 398, 110, 56);
  // the chairman's table with a red cloth
  g.fillStyle(p.red, 1);
  g.fillRect(460, 392, 360, 60);
  g.fillStyle(p.ink, 1);
  g.fillRect(450, 384, 380, 12);
  g.fillRect(470, 452, 14, 30);
  g.fillRect(796, 452, 14, 30);
  hatch(g, 460, 396, 360, 56, 10, Math.PI / 2, p.redDark, 2);
  // a bell and papers on the table
  g.fillStyle(p.paper, 1);
  g.fillRect(520, 376, 46, 8);
  g.fillRect(700, 374, 36, 10);
  floor(g, mix(p.ink2, p.ochre, 0.35), p.ink, p, 90);
};

const prison: Drawer = (g, p) => {
  const stone = mix(p.grey, p.ink2, 0.35);
  g.fillStyle(stone, 1);
  g.fillRect(0, 0, W, HORIZON);
  g.lineStyle(3, p.ink, 1);
  for (let row = 0, y = 0; y < HORIZON; row++, y += 46) {
    g.lineBetween(0, y, W, y);
    for (let x = (row % 2) * 60; x < W; x += 120) g.lineBetween(x, y, x, y + 46);
  }
  hatch(g, 0, 0, 220, HORIZON, 9, Math.PI / 4, p.ink, 1.6);
  hatch(g, W - 220, 0, 220, HORIZON, 9, -Math.PI / 4, p.ink, 1.6);
  // barred window and the shaft of light it throws
  g.fillStyle(p.paper, 1);
  g.fillRect(560, 70, 160, 110);
  poly(g, p.paper, [560, 180, 720, 180, 960, BAND, 380, BAND], 0.34);
  g.fillStyle(p.ink, 1);
  for (let x = 560; x <= 720; x += 32) g.fillRect(x - 4, 64, 9, 122);
  g.fillRect(552, 118, 176, 8);
  g.lineStyle(8, p.ink, 1);
  g.strokeRect(556, 66, 168, 118);
  // iron door with rivets
  g.fillStyle(p.ink, 1);
  g.fillRect(1020, 170, 170, HORIZON - 170);
  g.fillStyle(p.ink2, 1);
  g.fillRect(1036, 186, 138, HORIZON - 186);
  g.fillStyle(p.ink, 1);
  g.fillRect(1070, 220, 70, 14);
  for (let y = 200; y < HORIZON; y += 40) {
    g.fillCircle(1046, y, 4);
    g.fillCircle(1164, y, 4);
  }
  // plank bed
  g.fillStyle(p.ochre, 1);
  g.fillRect(60, 380, 300, 30);
  g.fillStyle(p.ink, 1);
  g.fillRect(60, 410, 14, 60);
  g.fillRect(346, 410, 14, 60);
  floor(g, mix(stone, p.ink, 0.35), p.ink, p, 110);
};

const room: Drawer = (g, p) => {
  g.fillStyle(p.paper2, 1);
  g.fillRect(0, 0, W, HORIZON);
  for (let x = 0; x < W; x += 48) {
    g.fillStyle(p.ochreLight, 1);
    g.fillRect(x, 0, 16, HORIZON);
    g.fillStyle(p.ochre, 1);
    for (let y = 24; y < HORIZON; y += 48) g.fillTriangle(x + 32, y - 6, x + 38, y, x + 32, y + 6);
  }
  // window with red curtains
  g.fillStyle(p.paper, 1);
  g.fillRect(190, 80, 220, 240);
  g.lineStyle(8, p.ink, 1);
  g.strokeRect(190, 80, 220, 240);
  g.lineBetween(300, 80, 300, 320);
  g.lineBetween(190, 200, 410, 200);
  poly(g, p.red, [150, 60, 230, 60, 205, 340, 150, 360]);
  poly(g, p.red, [370, 60, 450, 60, 450, 360, 395, 340]);
  hatch(g, 150, 60, 60, 300, 9, Math.PI / 2, p.redDark, 2);
  g.fillStyle(p.ink, 1);
  g.fillRect(130, 52, 340, 12);
  // picture frame and a table with a lamp
  g.fillStyle(p.ink, 1);
  g.fillRect(640, 120, 150, 110);
  g.fillStyle(p.ochreLight, 1);
  g.fillRect(654, 134, 122, 82);
  hatch(g, 654, 134, 122, 82, 7, Math.PI / 5, p.ink2, 1.2);
  g.fillStyle(p.ink, 1);
  g.fillRect(820, 400, 300, 16);
  g.fillRect(840, 416, 14, 60);
  g.fillRect(1086, 416, 14, 60);
  g.fillRect(962, 340, 16, 60);
  poly(g, p.ochre, [930, 350, 1010, 350, 990, 300, 950, 300]);
  g.fillStyle(p.ink, 1);
  g.fillRect(0, HORIZON - 40, W, 10);
  floor(g, p.ochre, p.ink2, p, 70);
};

const street: Drawer = (g, p) => {
  g.fillStyle(p.paper, 1);
  g.fillRect(0, 0, W, HORIZON);
  rays(g, W / 2, HORIZON, 900, 36, p.paper2, 1);
  // facades
  const fronts: [number, number, number][] = [
    [0, 90, 240],
    [240, 150, 200],
    [440, 60, 180],
    [620, 120, 220],
    [840, 80, 200],
    [1040, 140, 240],
  ];
  fronts.forEach(([x, top, w], i) => {
    g.fillStyle(i % 2 === 0 ? p.ink : p.ink2, 1);
    g.fillRect(x, top, w, HORIZON - top);
    poly(g, p.ink, [x - 6, top, x + w / 2, top - 40, x + w + 6, top]);
    g.fillStyle(p.ochreLight, 1);
    for (let y = top + 30; y < HORIZON - 110; y += 70) for (let wx = x + 24; wx < x + w - 40; wx += 56) g.fillRect(wx, y, 26, 40);
  });
  // café awning
  for (let i = 0; i < 10; i++) {
    g.fillStyle(i % 2 === 0 ? p.red : p.paper, 1);
    g.fillRect(640 + i * 36, 330, 36, 44);
  }
  g.fillStyle(p.ink, 1);
  g.fillRect(636, 324, 368, 8);
  // street lamp
  g.fillRect(200, 250, 10, HORIZON - 250 + 70);
  poly(g, p.ink, [186, 250, 224, 250, 216, 224, 194, 224]);
  g.fillStyle(p.ochreLight, 1);
  g.fillRect(196, 230, 18, 16);
  // cobbles
  g.fillStyle(mix(p.grey, p.ochre, 0.3), 1);
  g.fillRect(0, HORIZON, W, BAND - HORIZON);
  g.lineStyle(2, p.ink2, 1);
  for (let y = HORIZON + 14, row = 0; y < BAND; y += 18 + row * 3, row++) {
    g.lineBetween(0, y, W, y);
    for (let x = (row % 2) * 20; x < W; x += 40 + row * 6) g.lineBetween(x, y, x, y - 14 - row * 2);
  }
  g.lineStyle(3, p.ink, 1);
  g.lineBetween(0, HORIZON, W, HORIZON);
};

const landscape: Drawer = (g, p) => {
  g.fillStyle(p.paper, 1);
  g.fillRect(0, 0, W, HORIZON);
  rays(g, 900, HORIZON - 40, 1000, 28, p.paper2, 1, 0.05);
  g.fillStyle(p.ochreLight, 1);
  g.fillCircle(900, HORIZON - 40, 90);
  poly(g, p.ochre, [0, HORIZON, 0, 400, 220, 360, 420, 410, 640, 370, 880, 420, 1100, 380, W, 410, W, HORIZON]);
  // telegraph poles and wires
  const poles = [100, 330, 560, 790, 1020, 1250];
  g.fillStyle(p.ink, 1);
  for (const x of poles) {
    g.fillRect(x - 4, 260, 8, HORIZON - 260);
    g.fillRect(x - 22, 270, 44, 6);
  }
  g.lineStyle(1.5, p.ink, 1);
  for (let i = 0; i + 1 < poles.length; i++) {
    const a = poles[i] ?? 0;
    const b = poles[i + 1] ?? 0;
    polyline(g, p.ink, 1.5, [a - 20, 272, (a + b) / 2 - 20, 290, b - 20, 272]);
    polyline(g, p.ink, 1.5, [a + 20, 272, (a + b) / 2 + 20, 290, b + 20, 272]);
  }
  // fields, hatched towards the horizon
  g.fillStyle(mix(p.ochre, p.paper2, 0.4), 1);
  g.fillRect(0, HORIZON, W, BAND - HORIZON);
  hatch(g, 0, HORIZON, W, BAND - HORIZON, 14, 0.08, p.ink2, 1.5);
  g.lineStyle(3, p.ink, 1);
  g.lineBetween(0, HORIZON, W, HORIZON);
};

/** Unknown kinds: a plain poster sunburst behind a floor. */
const generic: Drawer = (g, p) => {
  g.fillStyle(p.paper, 1);
  g.fillRect(0, 0, W, HORIZON);
  rays(g, W / 2, HORIZON, 1000, 32, p.paper2, 1);
  floor(g, mix(p.ochre, p.paper2, 0.3), p.ink2, p);
};

/** One drawing for every kind of place the content may name (the compiler checks none is missing). */
const DRAWERS: Record<ArtKind, Drawer> = { warehouse, hall, prison, room, street, landscape };

/** Draws the background of a kind of place; any other kind gets the generic poster. */
export function drawPlace(g: G, art: string | null, p: Palette, r: () => number): void {
  const d = art !== null && art in DRAWERS ? DRAWERS[art as ArtKind] : generic;
  d(g, p, r);
}

/** What a mood adds on top of the place: banners, rays, red or dark hatching. */
export function drawMood(g: G, mood: Mood | null, p: Palette): void {
  switch (mood) {
    case 'triumph':
      for (const x of [330, 930]) {
        poly(g, p.red, [x - 50, 0, x + 50, 0, x + 50, 330, x, 290, x - 50, 330]);
        hatch(g, x + 20, 0, 30, 300, 8, Math.PI / 2, p.redDark, 2);
        g.fillStyle(p.ink, 1);
        g.fillRect(x - 60, 0, 120, 12);
      }
      break;
    case 'tense':
      hatch(g, 0, 0, W, 60, 14, -Math.PI / 4, p.red, 3, 0.8);
      hatch(g, 0, HORIZON - 24, W, 24, 12, -Math.PI / 4, p.red, 2, 0.5);
      break;
    case 'grim':
      hatch(g, 0, 0, W, 90, 7, Math.PI / 5, p.ink, 1.6, 0.8);
      hatch(g, 0, 0, 90, BAND, 7, Math.PI / 5, p.ink, 1.6, 0.6);
      hatch(g, W - 90, 0, 90, BAND, 7, Math.PI / 5, p.ink, 1.6, 0.6);
      break;
    case 'hopeful':
      poly(g, p.paper, [W * 0.55, 0, W * 0.75, 0, W * 0.6, BAND, W * 0.25, BAND], 0.22);
      poly(g, p.ochreLight, [W * 0.8, 0, W * 0.9, 0, W * 0.8, BAND, W * 0.62, BAND], 0.18);
      break;
    case 'calm':
    case null:
      break;
  }
}
