// The ink wipe between places: a ragged black curtain crosses, the new place is painted under it, it leaves.

import type * as Phaser from 'phaser';
import type { G } from './ink';
import { poly } from './ink';
import { H, W } from './layout';

const HALF = 200;

export function prefersReducedMotion(): boolean {
  // the player's setting (on the root element) wins; otherwise the system's
  const chosen = document.documentElement.dataset.motion;
  if (chosen === 'reduce' || chosen === 'full') return chosen === 'reduce';
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The curtain's ragged edge at horizontal position `edge`, filled towards one side. */
function curtain(g: G, color: number, edge: number, towardsLeft: boolean): void {
  g.clear();
  const pts: number[] = [];
  const steps = 12;
  for (let i = 0; i <= steps; i++) {
    const y = (H / steps) * i;
    const jag = (i % 2 === 0 ? 1 : -1) * 26 + ((i * 37) % 17) - 8;
    pts.push(edge + jag, y);
  }
  const far = towardsLeft ? -40 : W + 40;
  poly(g, color, [far, H, far, 0, ...pts.slice(0, 2), ...pts.slice(2), far, H]);
}

export class Wipe {
  private tween: Phaser.Tweens.Tween | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly g: G,
    private readonly color: number,
  ) {
    g.setDepth(10);
  }

  get running(): boolean {
    return this.tween !== null;
  }

  /** Covers, calls `swap` while covered, uncovers, then calls `done`. */
  run(swap: () => void, done: () => void): void {
    this.stop();
    this.tween = this.scene.tweens.addCounter({
      from: 0,
      to: 1,
      duration: HALF,
      ease: 'Sine.easeIn',
      onUpdate: (tw) => curtain(this.g, this.color, -60 + (tw.getValue() ?? 0) * (W + 120), true),
      onComplete: () => {
        swap();
        this.tween = this.scene.tweens.addCounter({
          from: 0,
          to: 1,
          duration: HALF,
          ease: 'Sine.easeOut',
          onUpdate: (tw) => curtain(this.g, this.color, -60 + (tw.getValue() ?? 0) * (W + 120), false),
          onComplete: () => {
            this.tween = null;
            this.g.clear();
            done();
          },
        });
      },
    });
  }

  stop(): void {
    if (this.tween) {
      this.tween.stop();
      this.tween = null;
    }
    this.g.clear();
  }
}
