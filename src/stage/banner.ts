// The poster's words: the year as a big banner with the day in both calendars, and the place name in the bottom band.

import type * as Phaser from 'phaser';
import type { DualDate } from '../core/calendar';
import { dualParts } from '../core/calendar';
import { poly, type G } from './ink';
import { BAND, H, W } from './layout';
import type { Palette } from './palette';

export const SERIF = "Georgia, 'Times New Roman', 'Liberation Serif', Times, serif";
export const CONDENSED = "'Arial Narrow', 'Liberation Sans Narrow', 'Roboto Condensed', 'Helvetica Neue', Arial, sans-serif";

export interface Captions {
  year: Phaser.GameObjects.Text;
  day: Phaser.GameObjects.Text;
  place: Phaser.GameObjects.Text;
  city: Phaser.GameObjects.Text;
}

/** Creates the text objects once; show() only changes their words and colours. */
export function makeCaptions(scene: Phaser.Scene, p: Palette): Captions {
  const year = scene.add.text(0, 0, '', { fontFamily: CONDENSED, fontSize: '112px', fontStyle: 'bold', color: p.paperCss });
  const day = scene.add.text(0, 0, '', { fontFamily: SERIF, fontSize: '36px', fontStyle: 'italic bold', color: p.paperCss });
  const place = scene.add.text(W / 2, (BAND + H) / 2, '', {
    fontFamily: CONDENSED,
    fontSize: '38px',
    fontStyle: 'bold',
    color: p.paperCss,
  });
  place.setOrigin(0.5, 0.5);
  place.setLetterSpacing(2);
  const city = scene.add.text(0, 0, '', { fontFamily: CONDENSED, fontSize: '28px', fontStyle: 'bold', color: p.paperCss });
  city.setOrigin(0.5, 0.5);
  city.setLetterSpacing(3);
  return { year, day, place, city };
}

/** Draws the date banner (top left) and the bottom band, and sets their words. */
export function drawCaptions(
  g: G,
  c: Captions,
  date: DualDate | null,
  placeName: string | null,
  p: Palette,
  months: readonly string[],
): void {
  // the print's border
  g.lineStyle(8, p.ink, 1);
  g.strokeRect(4, 4, W - 8, H - 8);
  // bottom band with a red rule
  g.fillStyle(p.ink, 1);
  g.fillRect(0, BAND, W, H - BAND);
  g.fillStyle(p.red, 1);
  g.fillRect(0, BAND, W, 6);
  c.place.setColor(p.paperCss);
  c.place.setText(placeName ? placeName.toUpperCase() : '');
  c.place.setScale(1);
  const room = W - 80;
  if (c.place.width > room) c.place.setScale(room / c.place.width);
  c.city.setColor(p.paperCss);

  c.year.setVisible(date !== null);
  c.day.setVisible(date !== null);
  if (!date) return;
  const { year, day } = dualParts(date, months);
  c.year.setText(year);
  c.year.setColor(p.paperCss);
  c.day.setText(day);
  c.day.setColor(p.paperCss);
  c.day.setScale(1);
  if (c.day.width > 560) c.day.setScale(560 / c.day.width);
  const x = 22;
  const y = 22;
  const yw = c.year.width + 56;
  const yh = c.year.height + 4;
  // the year on a slanted red flag, the day on an ink strip under it
  poly(g, p.ink, [x + 6, y + 6, x + yw + 30, y + 6, x + yw + 6, y + yh + 6, x + 6, y + yh + 6]);
  poly(g, p.red, [x, y, x + yw + 24, y, x + yw, y + yh, x, y + yh]);
  c.year.setPosition(x + 24, y + 2);
  const dw = Math.max(yw, c.day.displayWidth + 40);
  const dy = y + yh + 10;
  const dh = c.day.displayHeight + 14;
  poly(g, p.ink, [x, dy, x + dw + 18, dy, x + dw, dy + dh, x, dy + dh]);
  c.day.setPosition(x + 20, dy + 7);
}
