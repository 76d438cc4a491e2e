// Every place its own picture: one drawer per background (`art`), each drawing the landmarks its places
// name (`landmarks`), under the hour and sky of the scene; then the mood's overlay. No drawer serves more
// than three places (the content test counts), and places sharing one differ in their landmarks.

import type { ArtKind, Landmark, PlaceLook } from '../core/record';
import type { TimeOfDay, Weather } from '../core/tags';
import { hatch, poly, polyline, rays, type G } from './ink';
import { BAND, HORIZON, W } from './layout';
import { mix, type Mood, type Palette } from './palette';
import {
  banner,
  beast,
  boards,
  building,
  bulb,
  car,
  chair,
  columns,
  door,
  frame,
  ground,
  lamp,
  night,
  onion,
  outdoors,
  pane,
  shelf,
  sky,
  spire,
  table,
  tree,
  wall,
  water,
  type Look,
} from './parts';

type Drawer = (g: G, k: Look) => void;
const H0 = HORIZON;

/** Papers and newspapers in a pile. */
function papers(g: G, p: Palette, x: number, y: number, n: number): void {
  for (let i = 0; i < n; i++) {
    g.fillStyle(i % 2 ? p.paper : mix(p.paper, p.grey, 0.4), 1);
    g.fillRect(x + ((i * 7) % 12), y - i * 9, 80, 9);
    g.lineStyle(1, p.ink2, 1);
    g.lineBetween(x + ((i * 7) % 12) + 6, y - i * 9 + 4, x + ((i * 7) % 12) + 70, y - i * 9 + 4);
  }
}

function samovar(g: G, p: Palette, x: number, y: number): void {
  g.fillStyle(p.ochre, 1);
  g.fillEllipse(x, y - 40, 50, 56);
  g.fillRect(x - 14, y - 12, 28, 12);
  g.fillRect(x - 6, y - 86, 12, 20);
  g.fillStyle(p.ochreLight, 1);
  g.fillEllipse(x - 8, y - 48, 12, 26);
  g.fillStyle(p.ink, 1);
  g.fillRect(x + 24, y - 40, 14, 5);
  g.fillRect(x - 24, y - 2, 48, 4);
}

function icon(g: G, p: Palette, x: number, y: number): void {
  g.fillStyle(p.ochre, 1);
  g.fillRect(x, y, 60, 76);
  g.fillStyle(p.redDark, 1);
  g.fillRect(x + 8, y + 8, 44, 60);
  g.fillStyle(p.ochreLight, 1);
  g.fillCircle(x + 30, y + 28, 14);
  g.fillStyle(p.skin, 1);
  g.fillEllipse(x + 30, y + 30, 14, 18);
  g.fillStyle(p.red, 1);
  g.fillCircle(x + 30, y + 92, 6);
}

function suitcase(g: G, p: Palette, x: number, y: number, w: number, h: number, c: number): void {
  g.fillStyle(c, 1);
  g.fillRect(x, y - h, w, h);
  g.fillStyle(p.ink, 1);
  g.fillRect(x, y - h * 0.55, w, 4);
  g.lineStyle(4, p.ink, 1);
  g.strokeRect(x + w / 2 - 12, y - h - 12, 24, 12);
  g.fillStyle(p.ochreLight, 1);
  g.fillRect(x + 8, y - h + 4, 8, 6);
  g.fillRect(x + w - 16, y - h + 4, 8, 6);
}

function gun(g: G, p: Palette, x: number, y: number, lean: number): void {
  polyline(g, p.ink, 5, [x, y, x + lean, y - 170]);
  poly(g, p.ochre, [x - 6, y, x + 8, y, x + lean * 0.25 + 4, y - 50, x + lean * 0.25 - 4, y - 50]);
}

/** Wooden hut with a pitched roof, door and a lit window; `snow` on the roof. */
function cabin(g: G, k: Look, x: number, y: number, w: number, snow: boolean): void {
  const { p } = k;
  const h = w * 0.55;
  g.fillStyle(mix(p.ochre, p.ink2, 0.45), 1);
  g.fillRect(x, y - h, w, h);
  g.lineStyle(2, p.ink2, 1);
  for (let ly = y - h + 12; ly < y; ly += 12) g.lineBetween(x, ly, x + w, ly);
  poly(g, snow ? 0xf4f4f0 : p.ink2, [x - 14, y - h, x + w / 2, y - h - w * 0.4, x + w + 14, y - h]);
  g.fillStyle(night(k) || k.time === 'dusk' ? p.ochreLight : p.ink, 1);
  g.fillRect(x + w * 0.6, y - h * 0.7, w * 0.2, h * 0.3);
  g.fillStyle(p.ink, 1);
  g.fillRect(x + w * 0.15, y - h * 0.75, w * 0.2, h * 0.75);
  if (night(k) || k.time === 'dusk') k.lights.push([x + w * 0.7, y - h * 0.55, 40]);
}

// ---- rooms ----

const workroom: Drawer = (g, k) => {
  const { p } = k;
  wall(g, p, 'plank', mix(p.ochre, p.paper2, 0.45));
  pane(g, k, 'roofs', 560, 50, 170, 140);
  if (k.has('icon')) icon(g, p, 820, 40);
  boards(g, mix(p.ochre, p.ink2, 0.3), p.ink2, p, 70);
  table(g, p, 760, 420, 300);
  if (k.has('lamp')) lamp(g, k, 900, 420);
  papers(g, p, 800, 414, 3);
  if (k.has('bench')) {
    for (const y of [500, 560]) {
      g.fillStyle(p.ink2, 1);
      g.fillRect(60, y, 520, 14);
      g.fillRect(80, y + 14, 10, 40);
      g.fillRect(550, y + 14, 10, 40);
    }
    frame(g, p, 180, 150, 110, 130);
  } else {
    // the hectograph: a tray of jelly with a sheet on it
    g.fillStyle(p.ink, 1);
    g.fillRect(150, 430, 220, 16);
    g.fillStyle(p.ochreLight, 1);
    g.fillRect(160, 416, 200, 16);
    g.fillStyle(p.paper, 1);
    g.fillRect(190, 408, 120, 10);
  }
};

const parlour: Drawer = (g, k) => {
  const { p } = k;
  const geneva = k.has('books');
  wall(g, p, geneva ? 'stripe' : 'paper', geneva ? mix(p.paper2, 0x9fb0a0, 0.35) : mix(p.paper2, p.red, 0.12));
  pane(g, k, geneva ? 'lake' : 'roofs', 200, 30, 210, 165);
  // fireplace with a mantel clock (London), a shelf (Geneva), a plain desk (Petrograd)
  if (!geneva && !k.has('lamp')) {
    g.fillStyle(p.paper, 1);
    g.fillRect(820, 250, 260, 220);
    g.fillStyle(p.ink, 1);
    g.fillRect(870, 320, 160, 150);
    g.fillRect(800, 240, 300, 16);
    g.fillStyle(p.red, 1);
    g.fillEllipse(950, 440, 80, 40);
    g.fillStyle(p.ochre, 1);
    g.fillRect(930, 196, 40, 44);
    g.fillStyle(p.paper, 1);
    g.fillCircle(950, 214, 13);
    // the tin basin under the leak
    g.fillStyle(p.grey, 1);
    g.fillEllipse(560, 560, 90, 24);
  } else if (geneva) shelf(g, p, 820, 120, 300, 2);
  else frame(g, p, 860, 110, 160, 120);
  boards(g, mix(p.ochre, p.ink2, 0.15), p.ink2, p, 64);
  table(g, p, 460, 430, 280);
  if (k.has('letter')) {
    g.fillStyle(p.paper, 1);
    poly(g, p.paper, [540, 432, 610, 424, 622, 436, 550, 444]);
  }
  if (k.has('lamp')) lamp(g, k, 680, 430);
  chair(g, p, 430, 470, -1);
};

const office: Drawer = (g, k) => {
  const { p } = k;
  const rifles = k.has('rifles');
  const prague = k.has('bench');
  wall(
    g,
    p,
    rifles ? 'panel' : prague ? 'stripe' : 'plain',
    rifles ? mix(p.paper2, 0x9fb0a0, 0.25) : prague ? mix(p.paper2, 0x6f8a9a, 0.45) : p.paper2,
  );
  if (rifles) {
    // Art Nouveau window of the ballerina's mansion
    pane(g, k, 'river', 480, 30, 320, 165);
    g.lineStyle(5, p.ink, 1);
    g.beginPath();
    g.arc(640, 180, 120, Math.PI, 0, false);
    g.strokePath();
  } else pane(g, k, prague ? 'roofs' : 'lake', prague ? 120 : 500, 35, 260, 160);
  if (k.has('portrait')) frame(g, p, 860, 120, 120, 150);
  if (k.has('map')) {
    g.fillStyle(p.paper, 1);
    g.fillRect(860, 110, 220, 150);
    polyline(g, p.ink2, 3, [880, 200, 930, 150, 990, 170, 1060, 130], false);
    g.fillStyle(p.red, 1);
    g.fillCircle(990, 170, 7);
  }
  shelf(g, p, prague ? 480 : 80, 200, 280, 2);
  boards(g, prague ? mix(p.red, p.ink2, 0.5) : mix(p.ochre, p.ink2, 0.2), p.ink2, p, 60);
  table(g, p, 720, 430, 380, k.has('bench') ? p.red : null);
  papers(g, p, 760, 424, 5);
  if (k.has('newspapers')) papers(g, p, 960, 424, 8);
  if (rifles) for (let i = 0; i < 6; i++) gun(g, p, 200 + i * 26, H0 + 40, 14);
  if (k.has('lamp')) lamp(g, k, 1000, 430);
  if (k.has('bench')) {
    g.fillStyle(p.ink2, 1);
    g.fillRect(120, 520, 460, 14);
    g.fillRect(140, 534, 10, 40);
    g.fillRect(550, 534, 10, 40);
  }
};

const flat: Drawer = (g, k) => {
  const { p } = k;
  const view = k.has('domes') ? 'domes' : k.has('birches') ? 'birches' : 'skyline';
  const tint = view === 'skyline' ? mix(p.paper2, 0xb08a6a, 0.3) : view === 'domes' ? mix(p.paper2, 0x9fb0a0, 0.3) : p.paper2;
  wall(g, p, view === 'domes' ? 'stripe' : view === 'birches' ? 'panel' : 'plain', tint);
  pane(g, k, view, 380, 24, 520, 170);
  boards(g, mix(p.ochre, p.ink2, 0.25), p.ink2, p, 70);
  table(g, p, 840, 440, 300);
  papers(g, p, 880, 434, k.has('newspapers') ? 6 : 2);
  if (view === 'birches') shelf(g, p, 60, 160, 220, 2);
  if (view === 'skyline') {
    // an iron bed and a steam radiator: a New York tenement
    g.fillStyle(p.grey, 1);
    for (let x = 80; x < 280; x += 22) g.fillRect(x, 400, 14, 70);
  }
  chair(g, p, 180, 470);
};

const salon: Drawer = (g, k) => {
  const { p } = k;
  const trip = k.has('suitcases');
  const side = k.has('portrait');
  const dark = night(k);
  if (!side) wall(g, p, trip ? 'stripe' : 'paper', trip ? mix(p.paper2, p.ochreLight, 0.3) : mix(p.paper2, 0x7f8a70, 0.25));
  pane(g, k, trip ? 'roofs' : 'river', trip ? 160 : 900, 30, 200, 165);
  if (side) {
    // a side room of the Tauride Palace: white pilasters, a leather sofa, a green baize table
    wall(g, p, 'panel', mix(p.paper2, 0x8fa3ad, 0.35));
    pane(g, k, 'roofs', 540, 24, 200, 170);
    columns(g, p, 300, 980, 2, 40, H0, 40, p.paper);
    boards(g, mix(p.ochre, p.ink2, 0.35), p.ink2, p, 0);
    g.fillStyle(p.redDark, 1);
    g.fillRect(60, 380, 300, 90);
    g.fillRect(60, 330, 300, 50);
    table(g, p, 820, 440, 260, 0x2f5a3a);
    lamp(g, k, 950, 440);
    return;
  }
  if (!trip) {
    // Sukhanov's dining room: a long table under a hanging lamp
    frame(g, p, 360, 110, 130, 100);
  } else frame(g, p, 900, 100, 160, 130);
  boards(g, trip ? mix(p.ochre, p.ink2, 0.15) : mix(p.red, p.ink2, 0.55), p.ink2, p, trip ? 60 : 0);
  if (trip) {
    suitcase(g, p, 420, 520, 140, 90, p.ochre);
    suitcase(g, p, 600, 540, 120, 70, p.redDark);
    suitcase(g, p, 760, 520, 110, 110, p.ink2);
    g.fillStyle(p.paper, 1);
    g.fillRect(430, 420, 100, 10);
  } else {
    table(g, p, 300, 440, 680, p.paper2);
    for (const x of [360, 520, 680, 840]) {
      g.fillStyle(p.paper, 1);
      g.fillEllipse(x, 440, 30, 10);
    }
    if (dark || k.has('lamp')) {
      g.lineStyle(2, p.ink, 1);
      g.lineBetween(640, 0, 640, 150);
      poly(g, p.ochre, [600, 180, 680, 180, 660, 150, 620, 150]);
      k.lights.push([640, 190, 240]);
    }
  }
};

const hut: Drawer = (g, k) => {
  const { p } = k;
  wall(g, p, 'log', mix(p.ochre, p.ink2, 0.35));
  pane(g, k, 'birches', 520, 60, 150, 130);
  // the stove, whitewashed, and the cradle
  g.fillStyle(p.paper, 1);
  g.fillRect(900, 150, 240, H0 - 150);
  g.fillStyle(p.ink, 1);
  g.fillRect(960, 360, 90, 70);
  g.fillStyle(p.red, 1);
  g.fillEllipse(1005, 410, 60, 26);
  boards(g, mix(p.ochre, p.ink2, 0.4), p.ink, p, 90);
  if (k.has('cradle')) {
    g.fillStyle(p.ochre, 1);
    g.fillEllipse(220, 440, 180, 70);
    g.fillStyle(p.paper, 1);
    g.fillEllipse(220, 420, 140, 30);
    g.lineStyle(3, p.ink, 1);
    g.lineBetween(220, 0, 220, 400);
  }
  if (k.has('books')) papers(g, p, 560, 470, 4);
};

const cafe: Drawer = (g, k) => {
  const { p } = k;
  wall(g, p, 'panel', mix(p.ochre, p.paper2, 0.55));
  // the tall windows onto the Ring, and mirrors between them
  for (const x of [40, 900]) pane(g, k, 'roofs', x, 60, 300, 300);
  g.fillStyle(mix(p.paper, 0xbfd0d8, 0.5), 1);
  g.fillRect(470, 70, 340, 220);
  g.lineStyle(10, p.ochre, 1);
  g.strokeRect(470, 70, 340, 220);
  // a chandelier
  g.fillStyle(p.ochreLight, 1);
  g.fillEllipse(640, 60, 160, 30);
  for (let i = 0; i < 7; i++) g.fillCircle(570 + i * 23, 80, 6);
  // the newspaper rack of a Vienna coffee house
  g.fillStyle(p.ink, 1);
  g.fillRect(380, 300, 10, 150);
  for (let i = 0; i < 4; i++) {
    g.fillStyle(p.paper, 1);
    g.fillRect(330 + i * 8, 320 + i * 12, 60, 90);
    g.fillStyle(p.ink, 1);
    g.fillRect(326 + i * 8, 318 + i * 12, 68, 5);
  }
  boards(g, mix(p.ink2, p.ochre, 0.5), p.ink, p, 0);
  // marble tables and bentwood chairs
  for (const x of [120, 560, 1000]) {
    g.fillStyle(p.paper, 1);
    g.fillEllipse(x, 470, 140, 26);
    g.fillStyle(p.ink, 1);
    g.fillRect(x - 5, 476, 10, 90);
    g.fillRect(x - 36, 564, 72, 8);
    g.fillStyle(p.paper2, 1);
    g.fillRect(x - 20, 450, 18, 16);
    g.lineStyle(5, p.ink, 1);
    g.strokeCircle(x + 100, 440, 24);
    g.lineBetween(x + 80, 470, x + 76, 560);
    g.lineBetween(x + 120, 470, x + 124, 560);
  }
};

const press: Drawer = (g, k) => {
  const { p } = k;
  wall(g, p, 'brick', mix(p.red, p.paper2, 0.55));
  pane(g, k, 'roofs', 520, 40, 240, 150);
  // wet sheets on a line
  g.lineStyle(2, p.ink, 1);
  g.lineBetween(0, 40, W, 70);
  for (let x = 30; x < W; x += 110) {
    g.fillStyle(p.paper, 1);
    g.fillRect(x, 42 + x * 0.023, 70, 90);
    hatch(g, x + 8, 60 + x * 0.023, 54, 60, 8, 0, p.ink2, 1);
  }
  // type cases
  g.fillStyle(p.ochre, 1);
  g.fillRect(60, 230, 260, 220);
  g.lineStyle(2, p.ink, 1);
  for (let y = 240; y < 450; y += 22) g.lineBetween(60, y, 320, y);
  for (let x = 60; x < 320; x += 26) g.lineBetween(x, 230, x, 450);
  boards(g, mix(p.ink2, p.ochre, 0.3), p.ink, p, 90);
  // the flatbed press: frame, roller, flywheel
  g.fillStyle(p.ink, 1);
  g.fillRect(800, 330, 360, 120);
  g.fillRect(820, 450, 20, 80);
  g.fillRect(1120, 450, 20, 80);
  g.fillStyle(p.ink2, 1);
  g.fillCircle(1140, 300, 80);
  g.fillStyle(p.ink, 1);
  g.fillCircle(1140, 300, 12);
  g.lineStyle(8, p.ink, 1);
  for (let a = 0; a < 6; a++) g.lineBetween(1140, 300, 1140 + Math.cos(a) * 76, 300 + Math.sin(a) * 76);
  g.fillStyle(p.grey, 1);
  g.fillRect(830, 310, 260, 24);
  g.fillStyle(p.paper, 1);
  g.fillRect(860, 290, 180, 20);
};

const warehouse: Drawer = (g, k) => {
  const { p } = k;
  g.fillStyle(p.paper2, 1);
  g.fillRect(0, 0, W, H0);
  for (let x = 0; x < W; x += 64) {
    g.fillStyle(x % 128 === 0 ? p.ochre : mix(p.ochre, p.paper2, 0.3), 1);
    g.fillRect(x + 3, 150, 58, H0 - 150);
  }
  pane(g, k, 'roofs', 520, 20, 240, 110);
  poly(g, p.paper, [520, 130, 760, 130, 900, BAND, 360, BAND], 0.28);
  g.fillStyle(p.ink, 1);
  g.fillRect(0, 130, W, 20);
  for (const x of [150, 1130]) g.fillRect(x - 12, 0, 24, H0);
  g.lineStyle(12, p.ink, 1);
  g.lineBetween(150, 130, 420, 0);
  g.lineBetween(1130, 130, 860, 0);
  const sack = (x: number, y: number): void => {
    poly(g, p.paper, [x, y + 12, x + 8, y, x + 66, y, x + 74, y + 12, x + 74, y + 50, x + 66, y + 60, x + 8, y + 60, x, y + 50]);
    g.lineStyle(2, p.ink, 1);
    g.strokeRect(x + 2, y + 2, 70, 56);
    g.fillStyle(p.red, 1);
    g.fillRect(x + 22, y + 22, 20, 14);
  };
  for (const x0 of [-20, 1060])
    for (let row = 0; row < 4; row++)
      for (let i = 0; i < 3 - (row > 1 ? 1 : 0); i++) sack(x0 + i * 76 + row * 20, H0 + 30 - (row + 1) * 62);
  boards(g, mix(p.ochre, p.ink2, 0.25), p.ink2, p);
};

// ---- halls ----

const hall: Drawer = (g, k) => {
  const { p } = k;
  const cadet = k.has('portrait');
  const vienna = !cadet && k.has('banners');
  g.fillStyle(cadet ? mix(p.paper2, 0x9fb0a0, 0.3) : vienna ? mix(p.paper2, p.ochreLight, 0.4) : p.paper2, 1);
  g.fillRect(0, 0, W, H0);
  g.fillStyle(cadet ? p.ink2 : p.redDark, 1);
  g.fillRect(0, 0, W, 34);
  for (const cx of cadet ? [160, 1120] : [210, 640, 1070]) {
    pane(g, k, 'roofs', cx - 80, 110, 160, 250);
    g.fillStyle(p.ink, 1);
    g.fillRect(cx - 86, 100, 172, 10);
    if (k.weather === 'heat') poly(g, p.paper, [cx - 80, 360, cx + 80, 360, cx + 200, BAND, cx - 60, BAND], 0.22);
  }
  if (cadet) {
    // the Tsar's portrait is gone: an empty frame under the eagle's ghost
    frame(g, p, 520, 60, 240, 290, true);
  }
  if (vienna) for (const x of [400, 800]) banner(g, p, x, 60, 90, 190);
  // wainscot and the chairman's table
  g.fillStyle(p.ochre, 1);
  g.fillRect(0, 380, W, H0 - 380);
  table(g, p, 460, 392, 360, cadet ? p.ink2 : p.red);
  if (k.has('bell')) {
    g.fillStyle(p.ochreLight, 1);
    g.fillEllipse(540, 384, 26, 26);
    g.fillStyle(p.ink, 1);
    g.fillRect(537, 362, 6, 12);
  }
  // rows of chairs
  for (let x = 40; x < W; x += 70) chair(g, p, x, 560);
  boards(g, mix(p.ink2, p.ochre, 0.35), p.ink, p, 90);
  for (let x = 40; x < W; x += 70) chair(g, p, x, 590);
};

const colonnade: Drawer = (g, k) => {
  const { p } = k;
  const smolny = k.has('chandeliers');
  const fes = k.has('portrait');
  const wallC = smolny ? p.paper : fes ? mix(p.paper2, p.red, 0.15) : mix(p.paper2, 0xc9d3c8, 0.5);
  g.fillStyle(wallC, 1);
  g.fillRect(0, 0, W, H0);
  // high windows behind the columns
  for (let x = 80; x < W; x += 220) pane(g, k, 'roofs', x, 60, 110, 135, p.ink2);
  columns(g, p, 0, W, fes ? 4 : 7, 60, H0, fes ? 50 : 58, smolny ? 0xffffff : mix(p.paper, p.grey, 0.25));
  g.fillStyle(smolny ? 0xffffff : p.paper, 1);
  g.fillRect(0, 0, W, 50);
  g.lineStyle(3, p.ink, 1);
  g.lineBetween(0, 50, W, 50);
  if (smolny)
    for (const x of [320, 960]) {
      g.lineStyle(2, p.ink, 1);
      g.lineBetween(x, 50, x, 110);
      g.fillStyle(p.ochreLight, 1);
      g.fillEllipse(x, 120, 120, 26);
      g.fillStyle(p.ochre, 1);
      for (let i = 0; i < 6; i++) g.fillCircle(x - 50 + i * 20, 138, 6);
      k.lights.push([x, 130, 200]);
    }
  if (fes) frame(g, p, 560, 110, 160, 200);
  if (k.has('banners')) banner(g, p, 520, 70, 240, 110);
  if (k.has('troops')) for (let i = 0; i < 5; i++) gun(g, p, 1000 + i * 40, H0 + 60, 6);
  boards(g, smolny ? mix(p.ochre, p.paper2, 0.4) : mix(p.ochre, p.ink2, 0.25), p.ink2, p, 100);
  // the presidium's table across the back
  table(g, p, 300, 440, 680, smolny ? p.red : p.ink2);
};

const lecture: Drawer = (g, k) => {
  const { p } = k;
  wall(g, p, 'plain', mix(p.paper2, 0x9fb0a0, 0.2));
  // blackboard, rising benches, a lamp for each row
  g.fillStyle(0x2b3a32, 1);
  g.fillRect(440, 50, 400, 170);
  g.lineStyle(8, p.ochre, 1);
  g.strokeRect(440, 50, 400, 170);
  g.lineStyle(3, p.paper, 0.8);
  polyline(g, p.paper, 3, [480, 110, 540, 90, 600, 120, 660, 90], false, 0.8);
  g.lineBetween(480, 170, 760, 170);
  if (k.has('banners')) banner(g, p, 880, 60, 200, 100);
  for (let row = 0; row < 5; row++) {
    const y = 300 + row * 34;
    g.fillStyle(mix(p.ochre, p.ink2, 0.2 + row * 0.08), 1);
    g.fillRect(0, y, 400 - row * 40, 30);
    g.fillRect(880 + row * 40, y, 400, 30);
  }
  for (const x of [300, 980]) bulb(g, k, x, 160);
  boards(g, mix(p.ochre, p.ink2, 0.3), p.ink2, p, 80);
  // the lectern
  g.fillStyle(p.ink, 1);
  poly(g, p.ink, [600, 420, 680, 420, 670, 520, 610, 520]);
};

const court: Drawer = (g, k) => {
  const { p } = k;
  wall(g, p, 'panel', mix(p.ochre, p.ink2, 0.3));
  // the double-headed eagle over the judges' bench: spread wings, two crowned heads looking apart
  const gold = p.ochreLight;
  for (const d of [-1, 1]) {
    poly(g, gold, [
      640,
      90,
      640 + d * 120,
      40,
      640 + d * 110,
      70,
      640 + d * 125,
      80,
      640 + d * 105,
      100,
      640 + d * 115,
      115,
      640 + d * 60,
      130,
    ]);
    poly(g, gold, [640 + d * 8, 80, 640 + d * 22, 50, 640 + d * 40, 44, 640 + d * 46, 52, 640 + d * 30, 58, 640 + d * 20, 84]);
    poly(g, gold, [640 + d * 30, 44, 640 + d * 34, 30, 640 + d * 40, 38, 640 + d * 46, 30, 640 + d * 48, 46]);
  }
  g.fillStyle(gold, 1);
  g.fillEllipse(640, 110, 60, 80);
  poly(g, gold, [620, 140, 660, 140, 670, 175, 610, 175]);
  g.fillStyle(p.red, 1);
  g.fillEllipse(640, 108, 30, 38);
  g.fillStyle(p.ink, 1);
  g.fillCircle(617, 50, 3);
  g.fillCircle(663, 50, 3);
  // bench on a dais, with a green cloth
  g.fillStyle(p.ink, 1);
  g.fillRect(260, 220, 760, 20);
  g.fillStyle(0x2f5a3a, 1);
  g.fillRect(270, 240, 740, 140);
  hatch(g, 270, 240, 740, 140, 12, Math.PI / 2, 0x244631, 2);
  for (const x of [330, 480, 800, 950]) {
    g.fillStyle(p.ink2, 1);
    g.fillRect(x - 26, 160, 52, 60);
  }
  boards(g, mix(p.ink2, p.ochre, 0.3), p.ink, p, 90);
  // the dock: a wooden rail
  g.fillStyle(p.ochre, 1);
  g.fillRect(0, 520, 1280, 18);
  for (let x = 20; x < W; x += 60) g.fillRect(x, 538, 12, 60);
};

const visiting: Drawer = (g, k) => {
  const { p } = k;
  wall(g, p, 'tile', mix(p.grey, p.paper2, 0.4));
  pane(g, k, 'bars', 560, 60, 160, 120);
  boards(g, mix(p.grey, p.ink2, 0.4), p.ink, p, 110);
  // two grilles a pace apart: visitors on one side, prisoners on the other
  for (const y of [250, 300]) {
    g.lineStyle(3, p.ink, 1);
    for (let x = 0; x < W; x += 22) g.lineBetween(x, y, x + 10, H0 + 120);
  }
  g.fillStyle(p.ink, 1);
  g.fillRect(0, 240, W, 12);
  g.fillRect(0, 560, W, 12);
};

const cell: Drawer = (g, k) => {
  const { p } = k;
  const late = k.has('bench');
  const kresty = late || k.has('books');
  wall(g, p, kresty ? 'brick' : 'stone', kresty ? mix(p.red, p.grey, 0.55) : mix(p.grey, p.ink2, 0.35));
  // narrow: the side walls close in
  poly(g, mix(p.ink, p.grey, 0.2), [0, 0, 260, 80, 260, H0, 0, BAND]);
  poly(g, mix(p.ink, p.grey, 0.2), [W, 0, W - 260, 80, W - 260, H0, W, BAND]);
  pane(g, k, kresty ? 'wall' : 'yard', 560, 70, 160, 110);
  g.fillStyle(p.ink, 1);
  for (let x = 560; x <= 720; x += 32) g.fillRect(x - 4, 64, 9, 122);
  poly(g, p.paper, [560, 180, 720, 180, 860, BAND, 420, BAND], 0.22);
  boards(g, mix(p.grey, p.ink, 0.35), p.ink, p, 110);
  // the iron bed folded to the wall, a little table and a stool
  g.fillStyle(p.ink2, 1);
  g.fillRect(280, 200, 60, 260);
  g.fillStyle(p.ink, 1);
  g.fillRect(860, 400, 130, 12);
  g.fillRect(870, 412, 10, 70);
  g.fillRect(970, 412, 10, 70);
  if (k.has('books')) {
    shelf(g, p, 860, 330, 130, 1);
  }
  if (k.has('lamp')) bulb(g, k, 640, 240);
  if (late) {
    g.fillStyle(p.ink, 1);
    g.fillRect(380, 470, 180, 14);
  }
  if (!kresty) {
    // straw on the floor of the Odessa cell
    g.lineStyle(2, p.ochreLight, 1);
    for (let i = 0; i < 30; i++) {
      const x = 300 + k.r() * 400;
      const y = 560 + k.r() * 80;
      g.lineBetween(x, y, x + 20, y - 4);
    }
  }
};

const corridor: Drawer = (g, k) => {
  const { p } = k;
  g.fillStyle(p.paper, 1);
  g.fillRect(0, 0, W, BAND);
  // a long corridor to a vanishing point, doors and bulbs shrinking into it
  const vx = 640;
  const vy = 300;
  poly(g, mix(p.paper2, p.ink, 0.15), [0, 0, vx - 30, vy - 20, vx - 30, vy + 20, 0, BAND]);
  poly(g, mix(p.paper2, p.ink, 0.25), [W, 0, vx + 30, vy - 20, vx + 30, vy + 20, W, BAND]);
  poly(g, mix(p.ochre, p.ink2, 0.3), [0, BAND, vx - 30, vy + 20, vx + 30, vy + 20, W, BAND]);
  g.fillStyle(p.ink2, 1);
  g.fillRect(vx - 30, vy - 20, 60, 40);
  for (let i = 0; i < 6; i++) {
    const t = 0.15 + i * 0.14;
    const s = 1 - t;
    for (const side of [-1, 1]) {
      const x = vx + side * (30 + (W / 2 - 30) * s);
      g.fillStyle(p.ink2, 1);
      g.fillRect(side < 0 ? x : x - 60 * s, vy - 20 - 240 * s, 60 * s, 220 * s);
      g.fillStyle(p.paper, 1);
      g.fillRect(side < 0 ? x + 8 * s : x - 48 * s, vy - 120 * s, 36 * s, 24 * s);
    }
    // bare bulbs down the middle of the ceiling, smaller as they go
    const by = vy - 40 - 250 * s;
    g.lineStyle(2, p.ink, 1);
    g.lineBetween(vx, by - 40 * s, vx, by);
    g.fillStyle(p.ochreLight, 1);
    g.fillCircle(vx, by, 3 + 9 * s);
    k.lights.push([vx, by, 30 + 90 * s]);
  }
  // papers on the floor, a messenger's trail
  for (let i = 0; i < 8; i++) {
    const x = 200 + k.r() * 900;
    const y = 540 + k.r() * 100;
    poly(g, p.paper, [x, y, x + 34, y - 4, x + 40, y + 14, x + 6, y + 18]);
  }
};

const circus: Drawer = (g, k) => {
  const { p } = k;
  g.fillStyle(0x1c2233, 1);
  g.fillRect(0, 0, W, BAND);
  // the dome's ribs and the tiers, packed to the roof
  for (let i = 0; i < 12; i++) {
    g.lineStyle(4, p.ochre, 1);
    g.lineBetween(640, -200, i * 120 - 40, 220);
  }
  g.fillStyle(p.ochre, 1);
  g.fillEllipse(640, -120, 260, 160);
  for (let row = 0; row < 5; row++) {
    const y = 160 + row * 50;
    g.fillStyle(row % 2 ? p.redDark : p.red, 1);
    g.fillRect(0, y, W, 10);
    // heads in the tiers
    for (let x = (row * 17) % 24; x < W; x += 22) {
      g.fillStyle(mix(p.skin, 0x1c2233, 0.35 + (row % 2) * 0.1), 1);
      g.fillCircle(x, y - 14, 8);
      g.fillStyle(mix(p.ink2, 0x1c2233, 0.3), 1);
      g.fillRect(x - 9, y - 6, 18, 12);
    }
  }
  // the ring: sawdust and its red kerb
  g.fillStyle(p.ochreLight, 1);
  g.fillEllipse(640, 600, 1500, 320);
  g.fillStyle(p.red, 1);
  g.fillEllipse(640, 470, 1300, 40);
  g.fillStyle(p.ochreLight, 1);
  g.fillEllipse(640, 480, 1280, 30);
  k.lights.push([640, 420, 420]);
};

// ---- out of doors ----

const garden: Drawer = (g, k) => {
  const { p } = k;
  sky(g, k, 0, 0, W, H0);
  for (const [x, h] of [
    [80, 300],
    [300, 240],
    [1000, 280],
    [1200, 320],
  ] as const) {
    tree(g, p, x, H0, h, 'round');
    // peach blossom in spring
    g.fillStyle(0xf3c9c9, 1);
    for (let i = 0; i < 14; i++) g.fillCircle(x + (k.r() - 0.5) * h * 0.55, H0 - h * 0.72 + (k.r() - 0.5) * h * 0.4, 5);
  }
  // Shvigovsky's wooden hut among the seedlings
  cabin(g, k, 540, H0, 220, false);
  ground(g, k, 0x7d9a52);
  for (let row = 0; row < 4; row++) {
    g.fillStyle(0x5b7a45, 1);
    for (let x = (row % 2) * 40; x < W; x += 80) g.fillEllipse(x, H0 + 30 + row * 40, 40, 18);
  }
  // a fence
  g.fillStyle(p.ochre, 1);
  for (let x = 0; x < W; x += 30) g.fillRect(x, H0 - 50, 12, 50);
  g.fillRect(0, H0 - 40, W, 8);
  if (k.has('samovar')) {
    table(g, p, 820, 500, 180, p.paper);
    samovar(g, p, 910, 500);
  }
};

const taiga: Drawer = (g, k) => {
  const { p } = k;
  sky(g, k, 0, 0, W, H0);
  for (let x = -20; x < W + 40; x += 52) tree(g, p, x, H0 - 40, 150 + ((x * 7) % 60), 'pine', k.weather === 'snow');
  if (k.has('river')) {
    water(g, k, H0 - 40, H0 + 20);
    g.fillStyle(0xf4f4f0, 1);
    for (let i = 0; i < 8; i++) g.fillEllipse(100 + i * 160, H0 - 10, 90, 14);
  }
  ground(g, k, mix(p.ochre, p.paper2, 0.4), k.has('river') ? H0 + 20 : H0);
  if (k.has('huts')) {
    cabin(g, k, 60, H0 + 60, 180, k.weather === 'snow');
    cabin(g, k, 1040, H0 + 40, 200, k.weather === 'snow');
    // a wooden church with its onion dome
    if (k.has('reindeer')) {
      g.fillStyle(mix(p.ochre, p.ink2, 0.5), 1);
      g.fillRect(560, 250, 100, 180);
      onion(g, 610, 250, 30, p.ink2);
    }
  }
  if (k.has('reindeer')) {
    // the Zyrian's sleigh and reindeer waiting in the dark
    beast(g, p.ink2, 780, 600, 2.2, true);
    beast(g, p.ink, 880, 610, 2.2, true);
    g.fillStyle(p.ochre, 1);
    poly(g, p.ochre, [950, 600, 1150, 600, 1180, 560, 960, 570]);
    polyline(g, p.ink, 4, [940, 610, 1160, 610, 1190, 580]);
  }
  outdoors(g, k);
};

const terrace: Drawer = (g, k) => {
  const { p } = k;
  sky(g, k, 0, 0, W, H0);
  // Holford Square: brick terraces with chimney pots, area railings
  const brick = mix(0x8a5a3c, p.grey, 0.3);
  for (let i = 0; i < 5; i++) {
    const x = i * 280 - 40;
    building(g, k, x, 90, 270, H0, i % 2 ? brick : mix(brick, p.ink, 0.15));
    for (let c = 0; c < 3; c++) {
      g.fillStyle(p.ink2, 1);
      g.fillRect(x + 40 + c * 80, 60, 26, 30);
    }
    door(g, p, x + 110, H0 - 150, 60, 150, i === 2 ? p.red : p.ink);
  }
  g.fillStyle(p.paper, 1);
  g.fillRect(0, H0 - 8, W, 8);
  ground(g, k, mix(p.grey, p.ink2, 0.3));
  g.lineStyle(3, p.ink, 1);
  g.lineBetween(0, H0 + 40, W, H0 + 40);
  for (let x = 0; x < W; x += 16) g.lineBetween(x, H0 + 40, x, H0 + 5);
  // a gas lamp, still burning in the fog
  g.fillStyle(p.ink, 1);
  g.fillRect(220, 180, 10, H0 - 180 + 60);
  g.fillStyle(p.ochreLight, 1);
  g.fillRect(210, 160, 30, 28);
  k.lights.push([225, 174, 80]);
  outdoors(g, k);
};

const street: Drawer = (g, k) => {
  const { p } = k;
  sky(g, k, 0, 0, W, H0);
  const fronts: [number, number, number][] = [
    [0, 90, 240],
    [240, 150, 200],
    [440, 60, 180],
    [620, 120, 220],
    [840, 80, 200],
    [1040, 140, 240],
  ];
  fronts.forEach(([x, top, w], i) => {
    building(g, k, x, top, w, H0, i % 2 === 0 ? mix(p.ochre, p.ink2, 0.4) : mix(p.paper2, p.ink2, 0.35));
    poly(g, p.ink, [x - 6, top, x + w / 2, top - 40, x + w + 6, top]);
  });
  // café awnings, tables on the pavement
  for (let i = 0; i < 10; i++) {
    g.fillStyle(i % 2 === 0 ? p.red : p.paper, 1);
    g.fillRect(640 + i * 36, 330, 36, 44);
  }
  g.fillStyle(p.ink, 1);
  g.fillRect(636, 324, 368, 8);
  g.fillRect(200, 250, 10, H0 - 250 + 70);
  g.fillStyle(p.ochreLight, 1);
  g.fillRect(192, 230, 26, 22);
  k.lights.push([205, 240, 90]);
  ground(g, k, mix(p.grey, p.ochre, 0.3));
  g.lineStyle(2, p.ink2, 1);
  for (let y = H0 + 14, row = 0; y < BAND; y += 18 + row * 3, row++) g.lineBetween(0, y, W, y);
  for (const x of [700, 900]) {
    g.fillStyle(p.paper, 1);
    g.fillEllipse(x, 440, 70, 14);
    g.fillStyle(p.ink, 1);
    g.fillRect(x - 3, 444, 6, 50);
  }
};

const avenue: Drawer = (g, k) => {
  const { p } = k;
  const nevsky = k.has('admiralty');
  sky(g, k, 0, 0, W, H0);
  // the Admiralty's golden needle at the end of the Nevsky
  if (nevsky) spire(g, p, 640, H0 - 60, 360, 90, mix(p.paper2, p.ochre, 0.3));
  // facades in perspective on both sides
  const face = nevsky ? mix(p.ochreLight, p.paper2, 0.3) : mix(p.grey, p.ink2, 0.45);
  poly(g, face, [0, 20, 520, 240, 520, H0 - 60, 0, H0 + 60]);
  poly(g, mix(face, p.ink, 0.15), [W, 20, 760, 240, 760, H0 - 60, W, H0 + 60]);
  const lit = night(k);
  for (let i = 0; i < 6; i++) {
    const t = i / 6;
    const x = 40 + t * 440;
    const h = 60 * (1 - t * 0.8);
    const top = 60 + t * 190;
    g.fillStyle(lit && !k.has('dark') ? p.ochreLight : mix(face, p.ink, 0.5), 1);
    g.fillRect(x, top, 30 * (1 - t * 0.7), h);
    g.fillRect(x, top + h * 1.6, 30 * (1 - t * 0.7), h);
    g.fillRect(W - x - 30 * (1 - t * 0.7), top, 30 * (1 - t * 0.7), h);
    g.fillRect(W - x - 30 * (1 - t * 0.7), top + h * 1.6, 30 * (1 - t * 0.7), h);
  }
  ground(g, k, mix(p.grey, p.ochre, 0.2), H0 - 60);
  poly(g, mix(p.grey, p.ink2, 0.2), [520, H0 - 60, 760, H0 - 60, W, BAND, 0, BAND]);
  if (k.has('trams')) {
    polyline(g, p.ink2, 3, [600, H0 - 60, 300, BAND]);
    polyline(g, p.ink2, 3, [680, H0 - 60, 980, BAND]);
    // an abandoned tram
    g.fillStyle(p.red, 1);
    g.fillRect(860, 380, 240, 110);
    g.fillStyle(p.paper, 1);
    for (let x = 874; x < 1080; x += 44) g.fillRect(x, 394, 32, 40);
    g.fillStyle(p.ink, 1);
    g.fillRect(850, 370, 260, 12);
    g.lineStyle(2, p.ink, 1);
    g.lineBetween(980, 370, 940, 0);
  }
  if (k.has('dark')) {
    // the strike: no gas, no trams; a bonfire and a barricade of carts
    g.fillStyle(p.ink, 1);
    poly(g, p.ink, [820, 540, 900, 470, 980, 500, 1060, 460, 1120, 540]);
    poly(g, p.red, [300, 560, 330, 490, 350, 530, 372, 470, 400, 560]);
    poly(g, p.ochreLight, [320, 560, 340, 520, 356, 540, 372, 500, 384, 560]);
    k.lights.push([350, 520, 160]);
  }
  outdoors(g, k);
};

const facade: Drawer = (g, k) => {
  const { p } = k;
  sky(g, k, 0, 0, W, H0);
  if (k.has('gate')) {
    // Kresty: red brick wings, the prison church's dome and cross over the gate, an iron gate in an arch
    const brick = mix(p.red, p.ink2, 0.35);
    g.fillStyle(mix(brick, p.ink, 0.25), 1);
    g.fillRect(520, 60, 240, 80);
    g.fillStyle(p.ink2, 1);
    g.fillEllipse(640, 62, 150, 110);
    g.fillRect(636, -10, 8, 30);
    g.fillRect(624, 0, 32, 6);
    building(g, k, 0, 140, W, H0, brick, mix(brick, p.ink, 0.55));
    g.fillStyle(mix(brick, p.ink, 0.2), 1);
    g.fillRect(440, 110, 400, H0 - 110);
    poly(g, mix(brick, p.ink, 0.2), [430, 110, 640, 40, 850, 110]);
    g.fillStyle(p.paper2, 1);
    g.fillRect(540, 250, 200, H0 - 250);
    g.fillCircle(640, 250, 100);
    g.fillStyle(p.ink, 1);
    g.fillRect(556, 260, 168, H0 - 260);
    g.fillCircle(640, 260, 84);
    g.fillStyle(mix(p.ink2, p.paper2, 0.3), 1);
    for (let x = 566; x < 720; x += 18) g.fillRect(x, 200, 6, H0 - 200);
    g.fillRect(556, 330, 168, 8);
    // a sentry box
    g.fillStyle(p.paper, 1);
    g.fillRect(860, 300, 60, 170);
    for (let y = 310; y < 470; y += 24) {
      g.fillStyle(p.ink, 1);
      g.fillRect(860, y, 60, 10);
    }
    poly(g, p.ink, [850, 300, 890, 270, 930, 300]);
    ground(g, k, mix(p.grey, p.ink2, 0.3));
    g.lineStyle(2, p.ink2, 1);
    for (let y = H0 + 16, i = 0; y < BAND; y += 20, i++) {
      g.lineBetween(0, y, W, y);
      for (let x = (i % 2) * 24; x < W; x += 48) g.lineBetween(x, y, x, y - 18);
    }
    outdoors(g, k);
    return;
  }
  const tauride = k.has('dome');
  const c = tauride ? mix(p.ochreLight, p.paper, 0.5) : mix(p.red, p.ochre, 0.45);
  // Tauride: a low yellow palace with a dome and a six-column portico; the University: the long red Twelve Colleges
  if (tauride) {
    g.fillStyle(0x7d9a8a, 1);
    g.fillEllipse(640, 140, 260, 180);
    g.fillStyle(c, 1);
    g.fillRect(510, 130, 260, 60);
  }
  building(g, k, 0, tauride ? 200 : 120, W, H0, c);
  if (tauride) {
    poly(g, c, [420, 200, 640, 110, 860, 200]);
    polyline(g, p.ink, 3, [420, 200, 640, 110, 860, 200], true);
    columns(g, p, 430, 850, 6, 212, H0, 36, p.paper);
  } else {
    for (let x = 0; x < W; x += 107) {
      poly(g, mix(c, p.ink, 0.2), [x, 120, x + 53, 90, x + 107, 120]);
    }
  }
  if (k.has('balcony')) {
    g.fillStyle(p.ink, 1);
    g.fillRect(470, 250, 340, 14);
    for (let x = 476; x < 810; x += 14) g.fillRect(x, 264, 5, 40);
    g.fillRect(470, 300, 340, 8);
  }
  if (k.has('banners')) for (const x of [120, 1020]) banner(g, p, x, 200, 140, 90);
  ground(g, k, mix(p.grey, p.ochre, 0.35));
  if (k.has('car')) car(g, p, 980, 600, 1.6);
  outdoors(g, k);
};

const lake: Drawer = (g, k) => {
  const { p } = k;
  sky(g, k, 0, 0, W, H0);
  // the Alps over the far shore, the jet of water, the Salève
  poly(g, mix(p.grey, 0x8fa3ad, 0.5), [0, 330, 180, 250, 320, 300, 520, 180, 700, 290, 900, 210, 1100, 300, W, 260, W, 360, 0, 360]);
  poly(g, 0xffffff, [460, 220, 520, 180, 580, 222, 540, 214, 520, 230]);
  poly(g, 0xffffff, [850, 236, 900, 210, 950, 240, 910, 232]);
  g.fillStyle(mix(p.ink2, p.grey, 0.4), 1);
  g.fillRect(0, 350, W, 14);
  water(g, k, 362, H0 + 20);
  g.fillStyle(p.paper, 0.9);
  poly(g, p.paper, [300, 362, 306, 200, 312, 362]);
  // a paddle steamer
  g.fillStyle(p.paper, 1);
  g.fillRect(880, 380, 200, 30);
  g.fillStyle(p.ink, 1);
  g.fillRect(900, 360, 150, 20);
  g.fillRect(960, 320, 20, 40);
  // the promenade: balustrade and a lamp post
  ground(g, k, mix(p.paper2, p.grey, 0.3), H0 + 20);
  g.fillStyle(p.paper, 1);
  g.fillRect(0, H0, W, 14);
  for (let x = 10; x < W; x += 30) g.fillRect(x, H0 + 14, 12, 30);
  tree(g, p, 1160, H0 + 40, 330, 'round');
};

const alpine: Drawer = (g, k) => {
  const { p } = k;
  sky(g, k, 0, 0, W, H0);
  poly(g, mix(p.grey, 0x8fa3ad, 0.4), [0, 300, 260, 120, 420, 220, 640, 80, 820, 230, 1000, 140, W, 260, W, 380, 0, 380]);
  for (const [x, y] of [
    [260, 120],
    [640, 80],
    [1000, 140],
  ] as const)
    poly(g, 0xffffff, [x - 60, y + 50, x, y, x + 60, y + 50, x + 20, y + 40, x - 10, y + 56]);
  poly(g, 0x7d9a52, [0, 360, 300, 330, 640, 360, 1000, 320, W, 350, W, H0, 0, H0]);
  // the village church
  g.fillStyle(p.paper, 1);
  g.fillRect(140, 280, 60, 110);
  poly(g, p.ink2, [130, 280, 170, 190, 210, 280]);
  // the Hotel Beau Séjour: a chalet with a deep roof and balconies
  g.fillStyle(p.paper, 1);
  g.fillRect(420, 250, 440, 220);
  poly(g, p.redDark, [380, 260, 640, 150, 900, 260]);
  g.fillStyle(mix(p.ochre, p.ink2, 0.3), 1);
  g.fillRect(420, 330, 440, 14);
  for (let x = 450; x < 840; x += 70) {
    g.fillStyle(mix(p.ochre, p.ink2, 0.4), 1);
    g.fillRect(x, 270, 36, 46);
    g.fillRect(x, 360, 36, 50);
    g.fillStyle(0x2f5a3a, 1);
    g.fillRect(x - 12, 270, 10, 46);
    g.fillRect(x + 38, 270, 10, 46);
  }
  ground(g, k, 0x86a05a);
  // the coaches that brought the delegates up from Bern
  beast(g, p.ink2, 1000, 560, 1.8, false);
  g.fillStyle(p.ink, 1);
  g.fillRect(1060, 480, 180, 60);
  for (const x of [1080, 1210]) {
    g.lineStyle(5, p.ink, 1);
    g.strokeCircle(x, 560, 26);
  }
};

const quay: Drawer = (g, k) => {
  const { p } = k;
  sky(g, k, 0, 0, W, H0);
  // shipyard cranes
  g.lineStyle(8, p.ink2, 1);
  for (const x of [100, 1180]) {
    g.lineBetween(x, H0, x, 80);
    g.lineBetween(x - 80, 90, x + 120, 90);
    g.lineBetween(x, 80, x + 120, 90);
  }
  water(g, k, 360, H0 + 40);
  // the cruiser Aurora: long grey hull, three tall funnels, masts
  const hull = mix(p.grey, p.ink2, 0.45);
  poly(g, hull, [160, 330, 1120, 330, 1080, 420, 230, 420]);
  g.fillStyle(p.ink, 1);
  g.fillRect(190, 400, 890, 14);
  g.fillStyle(mix(hull, p.paper, 0.2), 1);
  g.fillRect(360, 290, 520, 40);
  for (const x of [470, 580, 690]) {
    g.fillStyle(hull, 1);
    g.fillRect(x - 22, 130, 44, 160);
    g.fillStyle(p.ink, 1);
    g.fillRect(x - 22, 130, 44, 14);
  }
  g.lineStyle(5, p.ink, 1);
  g.lineBetween(330, 330, 330, 90);
  g.lineBetween(900, 330, 900, 100);
  polyline(g, p.ink, 1.5, [330, 90, 900, 100]);
  polyline(g, p.ink, 1.5, [330, 90, 170, 330]);
  polyline(g, p.ink, 1.5, [900, 100, 1110, 330]);
  // gun turret and the name
  g.fillStyle(p.ink2, 1);
  g.fillRect(240, 306, 70, 24);
  g.lineStyle(6, p.ink, 1);
  g.lineBetween(240, 316, 180, 310);
  g.fillStyle(p.red, 1);
  g.fillRect(1030, 300, 40, 30);
  // the quay: granite, bollards, a coil of rope
  ground(g, k, mix(p.grey, p.ink2, 0.2), H0 + 40);
  g.fillStyle(p.ink, 1);
  for (const x of [300, 900]) g.fillRect(x, H0 + 20, 30, 30);
};

const fortress: Drawer = (g, k) => {
  const { p } = k;
  sky(g, k, 0, 0, W, H0);
  // the cathedral's golden spire into the low cloud, bastion walls on the island
  spire(g, p, 700, 330, 320, 80, mix(p.ochreLight, p.paper2, 0.4));
  g.fillStyle(mix(p.ochreLight, p.paper2, 0.4), 1);
  g.fillRect(620, 230, 180, 100);
  const granite = mix(p.grey, p.red, 0.12);
  poly(g, granite, [0, 330, 200, 290, 420, 300, 500, 270, 900, 270, 980, 300, 1180, 290, W, 330, W, 380, 0, 380]);
  g.lineStyle(2, mix(granite, p.ink, 0.4), 1);
  for (let y = 300; y < 380; y += 16) g.lineBetween(0, y, W, y);
  // the Neva gate and the guns on the wall
  g.fillStyle(p.ink, 1);
  g.fillRect(600, 320, 60, 60);
  for (const x of [240, 420, 960, 1120]) g.fillRect(x, 285, 30, 10);
  if (k.has('winter-palace')) {
    // across the water, the Winter Palace, painted a dark brick red in 1917, where the ministers sit
    const red = mix(p.redDark, p.ochre, 0.25);
    g.fillStyle(red, 1);
    g.fillRect(0, 300, 380, 80);
    g.fillStyle(p.paper, 1);
    for (let x = 10; x < 380; x += 24) g.fillRect(x, 300, 6, 80);
    g.fillStyle(p.ink2, 1);
    g.fillRect(0, 296, 380, 6);
    for (let x = 20; x < 380; x += 36) g.fillRect(x, 286, 6, 10);
  }
  water(g, k, 380, BAND);
  outdoors(g, k);
  // low cloud across the spire
  g.fillStyle(mix(p.paper, p.grey, 0.3), 0.8);
  g.fillEllipse(760, 40, 700, 90);
  g.fillEllipse(400, 80, 500, 60);
};

const station: Drawer = (g, k) => {
  const { p } = k;
  g.fillStyle(p.paper2, 1);
  g.fillRect(0, 0, W, H0);
  // iron and glass train shed
  g.lineStyle(8, p.ink, 1);
  g.beginPath();
  g.arc(640, 520, 720, Math.PI * 1.12, Math.PI * 1.88, false);
  g.strokePath();
  for (let x = 0; x <= W; x += 128) g.lineBetween(x, 0, x, H0);
  g.lineStyle(2, p.ink2, 1);
  for (let x = 64; x <= W; x += 128) g.lineBetween(x, 0, x, 200);
  // the locomotive, hissing steam
  g.fillStyle(p.ink, 1);
  g.fillRect(120, 300, 360, 120);
  g.fillRect(400, 230, 110, 190);
  g.fillRect(180, 230, 40, 70);
  g.fillStyle(p.red, 1);
  g.fillRect(110, 400, 420, 14);
  g.fillStyle(p.ink2, 1);
  for (const x of [200, 300, 400]) g.fillCircle(x, 430, 40);
  g.fillStyle(p.paper, 0.85);
  for (let i = 0; i < 7; i++) g.fillCircle(200 + i * 70, 210 - i * 24, 30 + i * 12);
  // carriages
  g.fillStyle(0x2f5a3a, 1);
  g.fillRect(540, 280, 700, 130);
  g.fillStyle(p.ochreLight, 1);
  for (let x = 560; x < 1230; x += 60) g.fillRect(x, 300, 40, 40);
  boards(g, mix(p.grey, p.ochre, 0.3), p.ink2, p, 0);
  if (k.has('banners')) banner(g, p, 700, 120, 260, 80);
  g.fillStyle(p.paper, 1);
  g.fillRect(0, H0, W, 10);
};

const railway: Drawer = (g, k) => {
  const { p } = k;
  sky(g, k, 0, 0, W, H0);
  for (let x = -20; x < W + 40; x += 60) tree(g, p, x, H0 - 30, 130 + ((x * 13) % 50), x % 120 === 0 ? 'birch' : 'pine');
  ground(g, k, mix(0x6b8a4a, p.ochre, 0.4), H0 - 30);
  // the embankment, sleepers, and rails torn up
  poly(g, mix(p.ochre, p.ink2, 0.4), [0, 500, W, 500, W, 560, 0, 560]);
  g.fillStyle(p.ink2, 1);
  for (let x = 0; x < W; x += 40) g.fillRect(x, 510, 18, 40);
  g.lineStyle(6, p.ink, 1);
  g.lineBetween(0, 520, 620, 520);
  g.lineBetween(0, 540, 620, 540);
  polyline(g, p.ink, 6, [720, 520, 900, 470]);
  polyline(g, p.ink, 6, [740, 540, 1000, 560]);
  // a troop train stopped on the line, and telegraph poles
  g.fillStyle(mix(p.ochre, p.ink2, 0.55), 1);
  for (let i = 0; i < 3; i++) g.fillRect(20 + i * 190, 390, 180, 110);
  g.fillStyle(p.ink, 1);
  for (let i = 0; i < 3; i++) g.fillRect(60 + i * 190, 420, 90, 50);
  for (const x of [760, 1000, 1240]) {
    g.fillRect(x - 4, 250, 8, 250);
    g.fillRect(x - 24, 260, 48, 6);
  }
  outdoors(g, k);
};

const field: Drawer = (g, k) => {
  const { p } = k;
  sky(g, k, 0, 0, W, H0);
  // the Pavlovsky barracks across the field, the Marble Palace to the side
  building(g, k, 100, 290, 1080, H0 - 60, mix(p.ochreLight, p.paper2, 0.3));
  columns(g, p, 500, 780, 6, 300, H0 - 60, 24, p.paper);
  poly(g, mix(p.ochreLight, p.paper2, 0.3), [480, 300, 640, 250, 800, 300]);
  ground(g, k, mix(0x7d9a52, p.ochre, 0.4), H0 - 60);
  // the mounds of the February graves
  g.fillStyle(mix(p.ochre, p.ink2, 0.3), 1);
  for (const x of [300, 640, 980]) g.fillEllipse(x, H0, 260, 50);
  // banners everywhere
  if (k.has('banners')) for (const [x, y] of [
    [60, 150], [330, 110], [620, 90], [900, 120], [1120, 160],
  ] as const) banner(g, p, x, y, 140, 70); // prettier-ignore
};

const foundry: Drawer = (g, k) => {
  const { p } = k;
  wall(g, p, 'brick', mix(p.ink2, p.red, 0.3));
  // a cold furnace, iron roof trusses, bunks three high, barbed wire at the windows
  g.fillStyle(p.ink, 1);
  g.fillRect(0, 0, W, 30);
  for (let x = 0; x < W; x += 160) {
    g.lineStyle(6, p.ink, 1);
    g.lineBetween(x, 30, x + 80, 110);
    g.lineBetween(x + 160, 30, x + 80, 110);
  }
  pane(g, k, 'yard', 560, 60, 160, 100);
  polyline(g, p.ink, 2, [560, 80, 580, 70, 600, 86, 620, 70, 640, 86, 660, 70, 680, 86, 700, 70, 720, 80]);
  g.fillStyle(p.ink2, 1);
  poly(g, p.ink2, [760, 120, 860, 120, 900, H0, 720, H0]);
  for (const x0 of [40, 940]) {
    for (let level = 0; level < 3; level++) {
      const y = 190 + level * 95;
      g.fillStyle(p.ochre, 1);
      g.fillRect(x0, y, 300, 16);
      g.fillStyle(p.grey, 1);
      g.fillRect(x0 + 10, y - 20, 280, 20);
    }
    g.fillStyle(p.ink, 1);
    g.fillRect(x0, 170, 10, H0 - 170);
    g.fillRect(x0 + 290, 170, 10, H0 - 170);
  }
  for (const x of [300, 980]) bulb(g, k, x, 140);
  boards(g, mix(p.ink2, p.ink, 0.2), p.ink, p, 110);
};

const DRAWERS: Record<ArtKind, Drawer> = {
  garden,
  workroom,
  cell,
  taiga,
  hut,
  terrace,
  warehouse,
  street,
  hall,
  parlour,
  lake,
  office,
  flat,
  salon,
  avenue,
  lecture,
  facade,
  colonnade,
  court,
  visiting,
  cafe,
  press,
  alpine,
  foundry,
  quay,
  railway,
  fortress,
  station,
  circus,
  field,
  corridor,
};

/** Backgrounds with a sky; the others are rooms, darkened at night with their lamps lit. */
const OUTDOORS: ReadonlySet<ArtKind> = new Set<ArtKind>([
  'garden',
  'taiga',
  'terrace',
  'street',
  'avenue',
  'facade',
  'lake',
  'alpine',
  'quay',
  'fortress',
  'railway',
  'field',
]);

export interface Scene {
  look: PlaceLook | null;
  time: TimeOfDay;
  weather: Weather;
}

/** Draws a place's background under its hour and sky; nothing known gets a poster sunburst. */
export function drawPlace(g: G, scene: Scene, p: Palette, r: () => number): void {
  const look = scene.look;
  if (!look) {
    g.fillStyle(p.paper, 1);
    g.fillRect(0, 0, W, H0);
    rays(g, W / 2, H0, 1000, 32, p.paper2, 1);
    boards(g, mix(p.ochre, p.paper2, 0.3), p.ink2, p);
    return;
  }
  const marks = new Set<Landmark>(look.landmarks);
  const k: Look = { p, r, time: scene.time, weather: scene.weather, has: (l) => marks.has(l), lights: [] };
  DRAWERS[look.art](g, k);
  const inside = !OUTDOORS.has(look.art);
  if (!inside && k.time === 'night') {
    // moonlight: the whole street darkens, windows and lamps stay bright below
    g.fillStyle(0x0d1020, 0.22);
    g.fillRect(0, 0, W, BAND);
  } else if (inside && k.time === 'night') {
    g.fillStyle(0x0d1020, 0.38);
    g.fillRect(0, 0, W, BAND);
  } else if (inside && k.time === 'dusk') {
    g.fillStyle(0x2a1d30, 0.18);
    g.fillRect(0, 0, W, BAND);
  }
  if (k.time === 'night' || k.time === 'dusk' || look.art === 'circus') {
    // lamplight: warm pools round each lamp
    for (const [x, y, rad] of k.lights) {
      g.fillStyle(p.ochreLight, 0.16);
      g.fillCircle(x, y, rad);
      g.fillStyle(p.ochreLight, 0.2);
      g.fillCircle(x, y, rad * 0.55);
    }
  }
}

/** What a mood adds on top of the place: banners, red or dark hatching, a warm light. */
export function drawMood(g: G, mood: Mood | null, p: Palette): void {
  switch (mood) {
    case 'triumph':
      for (const x of [330, 930]) {
        poly(g, p.red, [x - 50, 0, x + 50, 0, x + 50, 200, x, 170, x - 50, 200]);
        g.fillStyle(p.ink, 1);
        g.fillRect(x - 60, 0, 120, 12);
      }
      break;
    case 'tense':
      hatch(g, 0, 0, W, 40, 14, -Math.PI / 4, p.red, 3, 0.7);
      break;
    case 'grim':
      hatch(g, 0, 0, 70, BAND, 7, Math.PI / 5, p.ink, 1.6, 0.5);
      hatch(g, W - 70, 0, 70, BAND, 7, Math.PI / 5, p.ink, 1.6, 0.5);
      break;
    case 'hopeful':
      poly(g, p.paper, [W * 0.55, 0, W * 0.75, 0, W * 0.6, BAND, W * 0.25, BAND], 0.16);
      break;
    case 'calm':
    case null:
      break;
  }
}
