// Woodcut drawing helpers on a Phaser Graphics: flat polygons, hatching, sun rays.

import type * as Phaser from 'phaser';

export type G = Phaser.GameObjects.Graphics;

/** Fills a polygon given as flat [x0, y0, x1, y1, ...] coordinates. */
export function poly(g: G, color: number, pts: readonly number[], alpha = 1): void {
  if (pts.length < 6) return;
  g.fillStyle(color, alpha);
  g.beginPath();
  g.moveTo(pts[0] ?? 0, pts[1] ?? 0);
  for (let i = 2; i + 1 < pts.length; i += 2) g.lineTo(pts[i] ?? 0, pts[i + 1] ?? 0);
  g.closePath();
  g.fillPath();
}

/** Strokes an open or closed polyline given as flat coordinates. */
export function polyline(g: G, color: number, width: number, pts: readonly number[], close = false, alpha = 1): void {
  if (pts.length < 4) return;
  g.lineStyle(width, color, alpha);
  g.beginPath();
  g.moveTo(pts[0] ?? 0, pts[1] ?? 0);
  for (let i = 2; i + 1 < pts.length; i += 2) g.lineTo(pts[i] ?? 0, pts[i + 1] ?? 0);
  if (close) g.closePath();
  g.strokePath();
}

/** Clips the segment (x0,y0)-(x1,y1) to a rectangle (Liang-Barsky); null when outside. */
function clip(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  rx: number,
  ry: number,
  rw: number,
  rh: number,
): [number, number, number, number] | null {
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, x0 - rx],
    [dx, rx + rw - x0],
    [-dy, y0 - ry],
    [dy, ry + rh - y0],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const r = q / p;
      if (p < 0) {
        if (r > t1) return null;
        if (r > t0) t0 = r;
      } else {
        if (r < t0) return null;
        if (r < t1) t1 = r;
      }
    }
  }
  return [x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy];
}

/** Parallel hatching lines inside a rectangle; angle in radians, gap in pixels. */
export function hatch(
  g: G,
  x: number,
  y: number,
  w: number,
  h: number,
  gap: number,
  angle: number,
  color: number,
  width = 1.5,
  alpha = 1,
): void {
  if (w <= 0 || h <= 0 || gap <= 0) return;
  g.lineStyle(width, color, alpha);
  const cx = x + w / 2;
  const cy = y + h / 2;
  const r = Math.hypot(w, h) / 2 + 1;
  const ux = Math.cos(angle);
  const uy = Math.sin(angle);
  // lines run along (ux, uy); offsets step along the normal (-uy, ux)
  for (let o = -r; o <= r; o += gap) {
    const px = cx - uy * o;
    const py = cy + ux * o;
    const seg = clip(px - ux * r, py - uy * r, px + ux * r, py + uy * r, x, y, w, h);
    if (seg) g.lineBetween(seg[0], seg[1], seg[2], seg[3]);
  }
}

/** Radiating wedges from a centre, the classic poster sunburst. */
export function rays(g: G, cx: number, cy: number, radius: number, count: number, color: number, alpha = 1, turn = 0): void {
  g.fillStyle(color, alpha);
  const step = (Math.PI * 2) / count;
  for (let i = 0; i < count; i++) {
    const a = turn + i * step;
    g.fillTriangle(
      cx,
      cy,
      cx + Math.cos(a) * radius,
      cy + Math.sin(a) * radius,
      cx + Math.cos(a + step / 2) * radius,
      cy + Math.sin(a + step / 2) * radius,
    );
  }
}
