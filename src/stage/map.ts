// The inset map: a hand-made outline of Europe and European Russia, equirectangular, with the place as a red dot.

import type * as Phaser from 'phaser';
import type { Place } from '../core/record';
import { hatch, poly, polyline, type G } from './ink';
import { W } from './layout';
import type { Palette } from './palette';

const LON0 = -10;
const LON1 = 60;
const LAT0 = 35;
const LAT1 = 70;

/** The map's frame on the canvas: 2:1, as the lon/lat box is. */
export const MAP = { x: W - 22 - 296, y: 22, w: 296, h: 148 };

// [lon, lat] pairs, coarse by intent: a woodcut map, not an atlas.
const MAINLAND = [
  -9.5, 37, -6, 36.2, -2, 36.7, 0.2, 38.8, -0.3, 39.5, 3.2, 41.9, 3.1, 43.1, 4.5, 43.4, 7.5, 43.8, 8.8, 44.4, 10.5, 43.5, 11, 42.4, 12.5,
  41.4, 15.6, 40, 15.7, 38, 16.1, 38, 17.1, 39, 16.9, 40.5, 18.5, 40.2, 16, 41.9, 13.5, 43.6, 12.3, 45.2, 13.7, 45.7, 15.2, 44.2, 16.4,
  43.5, 18.5, 42.4, 19.5, 41.8, 19.4, 40.3, 21, 38.5, 21.1, 37.8, 22.4, 36.5, 23, 38, 24, 38.2, 22.9, 40.5, 24, 40.8, 26, 40.8, 26.2, 40.3,
  26.7, 39.5, 27.3, 37.5, 28.3, 36.7, 30.6, 36.7, 32.5, 36.1, 34.6, 36.8, 36.2, 36.6, 36, 35, 60, 35, 60, 68.8, 55, 68.4, 53, 68.8, 48,
  67.7, 44, 68.5, 43.5, 66.3, 41, 66.5, 40, 64.6, 37, 63.9, 35, 64.4, 34.8, 65.9, 33, 66.7, 36, 66.8, 41, 67.2, 41, 68.6, 35, 69.2, 33,
  69.4, 30, 69.8, 28, 70, 20, 70, 16, 68.8, 13, 67, 12, 65.5, 10.5, 64, 7, 62.6, 5, 61.2, 5, 59, 6, 58.1, 8, 58, 10.5, 59.2, 11.7, 58.2,
  12.5, 56.3, 12.9, 55.4, 14.2, 55.4, 16, 56.2, 16.5, 57.3, 18.8, 59.3, 17.3, 61, 17.5, 62.5, 21, 64.3, 22, 65.7, 25.3, 65.1, 24.5, 64.2,
  21.4, 62.4, 21.4, 60.9, 22.8, 59.9, 26, 60.4, 29.7, 60.2, 30.2, 59.9, 28, 59.5, 23.5, 59.3, 23.5, 58.4, 24.3, 57.9, 24.1, 57, 21.6, 57.4,
  21, 56.5, 21.2, 55.2, 19.8, 54.5, 18.5, 54.8, 14.3, 53.9, 11, 54, 10.6, 54.8, 10.5, 55.9, 10.6, 57.7, 8.6, 57.1, 8.1, 56, 8.6, 55, 8.7,
  53.9, 7, 53.5, 4.8, 53, 4.3, 51.9, 3.4, 51.4, 2.5, 51.1, 1.6, 50.9, 1.6, 50.2, 0.2, 49.7, -1.3, 49.4, -1.9, 49.7, -1.5, 48.7, -4.7, 48.5,
  -4.3, 47.8, -2.2, 47.2, -1.2, 46, -1.3, 44.3, -1.8, 43.4, -4, 43.4, -8, 43.7, -9.3, 43, -8.9, 41.9, -8.7, 40.5, -9.5, 38.7, -8.8, 38.3,
  -8.9, 37,
];
const BRITAIN = [
  -5.7, 50.1, -3.5, 50.3, 1.4, 51.2, 1.7, 52.7, 0.2, 53.5, -0.2, 54.3, -1.6, 55.6, -2, 56.1, -3, 56.2, -1.8, 57.6, -3.5, 58.6, -5, 58.6,
  -6.2, 56.3, -5.6, 55.3, -4.8, 54.8, -3.1, 54.5, -3.4, 53.4, -4.6, 53.3, -4.2, 52.3, -5.2, 51.7, -3.2, 51.4, -4.5, 51.2,
];
const IRELAND = [-6, 52.2, -6.2, 53.5, -5.6, 54.5, -7.3, 55.3, -8.5, 54.5, -10, 54, -9.9, 53.3, -10, 51.8, -8.5, 51.6];
const SICILY = [12.4, 38.1, 15.6, 38.3, 15.1, 36.7, 12.5, 37.6];
const BLACK_SEA = [
  29.1, 41.2, 28.2, 41.6, 28, 43.3, 28.7, 44.2, 30.6, 46.5, 31.9, 46.6, 33.6, 46.1, 32.7, 45.4, 33.6, 44.5, 35.5, 45.1, 36.5, 45.3, 37.5,
  44.7, 38.5, 44.3, 39.7, 43.4, 41.6, 41.6, 40, 40.9, 36.5, 41.3, 35, 42, 33, 41.9, 31.2, 41.1,
];
const CASPIAN = [
  47.3, 45.6, 48, 46.7, 49.5, 46.5, 51.5, 47, 53.2, 46.7, 53, 45.3, 51.3, 44.3, 52.7, 42.5, 53, 40.8, 53.5, 39.2, 54, 37.4, 50, 37.3, 49,
  38, 49.5, 40.5, 48.5, 41.8, 47.5, 43, 47.6, 44.4,
];

function project(pts: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < pts.length; i += 2) {
    const lon = pts[i] ?? 0;
    const lat = pts[i + 1] ?? 0;
    out.push(MAP.x + ((lon - LON0) / (LON1 - LON0)) * MAP.w, MAP.y + ((LAT1 - lat) / (LAT1 - LAT0)) * MAP.h);
  }
  return out;
}

/** Draws the map and places the city label; a place off the map is pinned to its edge. */
export function drawMap(g: G, label: Phaser.GameObjects.Text, place: Place, p: Palette): void {
  const { x, y, w, h } = MAP;
  // frame: ink border, sea as engraved horizontal lines
  g.fillStyle(p.ink, 1);
  g.fillRect(x - 6, y - 6, w + 12, h + 12 + 38);
  g.fillStyle(p.paper2, 1);
  g.fillRect(x, y, w, h);
  hatch(g, x, y, w, h, 5, 0, p.ochreLight, 1);
  for (const land of [MAINLAND, BRITAIN, IRELAND, SICILY]) {
    const pts = project(land);
    poly(g, p.paper, pts);
    polyline(g, p.ink, 1.5, pts, true);
  }
  for (const sea of [BLACK_SEA, CASPIAN]) {
    const pts = project(sea);
    poly(g, p.paper2, pts);
    polyline(g, p.ink, 1.5, pts, true);
  }
  label.setVisible(true);
  const lon = Math.min(LON1, Math.max(LON0, place.lon));
  const lat = Math.min(LAT1, Math.max(LAT0, place.lat));
  const [px = 0, py = 0] = project([lon, lat]);
  const off = lon !== place.lon || lat !== place.lat;
  if (off) {
    // beyond the map: a red arrowhead on the edge, pointing the way
    const ang = Math.atan2(-(place.lat - lat), place.lon - lon);
    const tip = 2;
    const ax = px - Math.cos(ang) * tip;
    const ay = py - Math.sin(ang) * tip;
    const back = (d: number): [number, number] => [ax - Math.cos(ang + d) * 18, ay - Math.sin(ang + d) * 18];
    const [bx, by] = back(0.5);
    const [cx, cy] = back(-0.5);
    poly(g, p.red, [ax, ay, bx, by, cx, cy]);
  } else {
    g.fillStyle(p.ink, 1);
    g.fillCircle(px, py, 8);
    g.fillStyle(p.red, 1);
    g.fillCircle(px, py, 6);
    g.lineStyle(2, p.red, 1);
    g.strokeCircle(px, py, 13);
  }
  label.setText(off ? `${place.city.toUpperCase()} →` : place.city.toUpperCase());
  label.setPosition(x + w / 2, y + h + 19);
  // a long city name is narrowed to fit inside the frame rather than cut off by the canvas edge
  label.setScale(1);
  const room = w + 4;
  if (label.width > room) label.setScale(room / label.width, 1);
}
