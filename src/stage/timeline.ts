// The timeline band under the print: the chapter's range (story/chapter.json, `timeline`), filled in red
// up to the scene's date, with a mark for every decision point (filled once passed).

import type * as Phaser from 'phaser';
import type { DualDate } from '../core/calendar';
import type { Chapter, DecisionIndex } from '../core/record';
import type { G } from './ink';
import { H, TIMELINE, W } from './layout';
import type { Palette } from './palette';

type Range = Chapter['timeline'];
const X0 = 60;
const X1 = W - 60;
const Y = H + 58;

/** Position on the axis of an ISO date (fraction of the year included). */
function xOf(iso: string, range: Range): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) || 1;
  const d = Number(iso.slice(8, 10)) || 1;
  const t = (y + (m - 1) / 12 + (d - 1) / 365 - range.from) / (range.to - range.from);
  return X0 + Math.min(1, Math.max(0, t)) * (X1 - X0);
}

export interface TimelineLabels {
  years: Phaser.GameObjects.Text[];
  range: Range;
}

export function makeTimelineLabels(scene: Phaser.Scene, range: Range, p: Palette): TimelineLabels {
  const years = range.labels.map((year) => {
    const t = scene.add.text(xOf(`${year}-01-01`, range), Y + 30, String(year), {
      fontFamily: "'Arial Narrow', 'Helvetica Neue', Arial, sans-serif",
      fontSize: '22px',
      fontStyle: 'bold',
      color: p.paperCss,
    });
    t.setOrigin(0.5, 0.5);
    return t;
  });
  return { years, range };
}

export function drawTimeline(g: G, labels: TimelineLabels, date: DualDate | null, decisions: readonly DecisionIndex[], p: Palette): void {
  g.fillStyle(p.ink, 1);
  g.fillRect(0, H, W, TIMELINE);
  // the axis
  g.fillStyle(p.ink2, 1);
  g.fillRect(X0, Y - 5, X1 - X0, 10);
  const now = date ? xOf(date.ns, labels.range) : X0;
  g.fillStyle(p.red, 1);
  g.fillRect(X0, Y - 5, now - X0, 10);
  // decision points: hollow ahead, filled once passed
  for (const d of decisions) {
    const x = xOf(d.date, labels.range);
    const passed = date !== null && d.date <= date.ns;
    g.fillStyle(passed ? p.paper : p.ink, 1);
    g.fillCircle(x, Y, 7);
    g.lineStyle(3, passed ? p.red : p.paper, 1);
    g.strokeCircle(x, Y, 7);
  }
  // where we are: a poster arrowhead above the axis
  if (date) {
    g.fillStyle(p.paper, 1);
    g.fillTriangle(now - 12, Y - 32, now + 12, Y - 32, now, Y - 12);
  }
  for (const t of labels.years) t.setColor(p.paperCss);
}
