// Mounts the Phaser stage in the page: one scene, redrawn on show(), with an ink wipe between places.

import * as Phaser from 'phaser';
import type { ContentIndex } from '../core/record';
import type { StageState } from '../core/session';
import { CANVAS_H, W } from './layout';
import { paletteFor } from './palette';
import { Painter } from './scene';
import { prefersReducedMotion, Wipe } from './transition';
import type { MountStage, StageView, StageWords } from './types';

/** The event a tool dispatches on the stage's host to have it draw a state (detail: a StageState). */
export const SHOW_EVENT = 'tp-stage-show';

class StageScene extends Phaser.Scene {
  constructor(private readonly ready: (scene: Phaser.Scene) => void) {
    super({ key: 'stage' });
  }
  create(): void {
    this.ready(this);
  }
}

/**
 * The stage at rest is a still copy of Phaser's canvas. In a browser that composites in software, a live
 * 2D canvas is copied out again in every frame the page produces, whether or not anything was drawn on
 * it (about 4 ms a frame at 4x CPU for this 1280×830 canvas, measured in a trace after each choice), and
 * its whole area is redrawn. A still image (a bitmap canvas fed one ImageBitmap) is handed over once.
 * Phaser's canvas stays in the page, first, with the same pixels (tools and tests read it); it is shown
 * again, and the still hidden, whenever Phaser draws (a new state, a wipe, a relabel).
 */
class Still {
  private readonly el: HTMLCanvasElement;
  private readonly ctx: ImageBitmapRenderingContext | null;
  /** bumped whenever Phaser takes the stage back, so a copy taken before then is dropped */
  private generation = 0;

  constructor(
    host: HTMLElement,
    private readonly live: HTMLCanvasElement,
  ) {
    this.el = document.createElement('canvas');
    this.el.className = 'stage-still';
    this.el.width = live.width;
    this.el.height = live.height;
    this.el.setAttribute('aria-hidden', 'true');
    this.el.hidden = true;
    this.ctx = this.el.getContext('bitmaprenderer');
    host.append(this.el);
  }

  /** Phaser is about to draw: its canvas is the stage again. */
  wake(): void {
    this.generation++;
    if (this.el.hidden) return;
    this.el.hidden = true;
    this.live.style.visibility = '';
  }

  /** Phaser has drawn its last frame for now: a copy of it takes its place. */
  freeze(): void {
    const ctx = this.ctx;
    if (!ctx || typeof createImageBitmap !== 'function') return;
    const generation = this.generation;
    createImageBitmap(this.live).then(
      (bitmap) => {
        if (generation !== this.generation || !this.live.isConnected) return void bitmap.close();
        ctx.transferFromImageBitmap(bitmap);
        this.el.hidden = false;
        this.live.style.visibility = 'hidden';
      },
      () => undefined, // no copy: the live canvas simply stays in view
    );
  }

  destroy(): void {
    this.wake();
    this.el.remove();
  }
}

/** Drives the painter: decides between a cut and a wipe, and lets the loop sleep while the stage is still. */
class View implements StageView {
  private shown: StageState | null = null;
  private pending: StageState | null = null;
  private destroyed = false;
  private readonly painter: Painter;
  private readonly wipe: Wipe;
  private readonly still: Still;

  constructor(
    private readonly game: Phaser.Game,
    scene: Phaser.Scene,
    content: ContentIndex,
    private readonly host: HTMLElement,
    words: StageWords,
  ) {
    this.painter = new Painter(scene, content, words);
    this.wipe = new Wipe(scene, scene.add.graphics(), paletteFor(null).ink);
    this.still = new Still(host, game.canvas);
  }

  show(stage: StageState): void {
    if (this.destroyed) return;
    const state: StageState = { ...stage, people: [...stage.people] };
    // each turn asks for its stage, and most ask for the picture already there: nothing to draw or wake
    // (unless a tool is waiting for this show to clear its busy flag)
    if (!this.wipe.running && this.host.dataset.busy === undefined && this.painter.has(state)) return;
    this.wakeLoop();
    if (this.wipe.running) {
      // the wipe paints whatever is latest when it is fully covered
      this.pending = state;
      return;
    }
    const newPlace = this.shown !== null && this.shown.place !== state.place;
    if (newPlace && !prefersReducedMotion()) {
      this.pending = state;
      this.host.dataset.busy = 'true';
      this.wipe.run(
        () => this.paint(this.pending ?? state),
        () => {
          // a state that arrived while the curtain was leaving is shown now
          const late = this.pending;
          this.pending = null;
          if (late) this.show(late);
          else this.settle();
        },
      );
      return;
    }
    this.paint(state);
    this.settle();
  }

  relabel(content: ContentIndex, words: StageWords): void {
    if (this.destroyed) return;
    this.painter.relabel(content, words);
    const shown = this.shown;
    if (shown && !this.wipe.running) {
      this.wakeLoop();
      this.paint(shown);
      this.settle();
    }
  }

  private paint(state: StageState): void {
    this.shown = state;
    this.pending = null;
    this.painter.show(state);
    // what is on the canvas, for tests and tools (the canvas itself is aria-hidden decoration)
    this.host.dataset.place = state.place ?? '';
    this.host.dataset.date = state.date?.ns ?? '';
    this.host.dataset.people = state.people.join(' ');
  }

  private wakeLoop(): void {
    this.still.wake();
    this.game.loop.wake();
  }

  /** After the next frame is on screen the loop sleeps, and a still copy of the stage stands in; show() wakes it. */
  private settle(): void {
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      delete this.host.dataset.busy;
      if (this.destroyed || this.wipe.running) return;
      this.game.loop.sleep();
      this.still.freeze();
    });
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.wipe.stop();
    this.still.destroy();
    // Phaser tears the game down on its next step, so the loop must be awake for it.
    this.game.destroy(true);
    this.game.loop.wake();
  }
}

export const mountStage: MountStage = (parent, content, words) =>
  new Promise<StageView>((resolve, reject) => {
    const ink = paletteFor(null);
    let game: Phaser.Game | null = null;
    const ready = (scene: Phaser.Scene): void => {
      if (!game) return;
      const g = game;
      const view = new View(g, scene, content, parent, words);
      // tools and tests (the contact sheet) may ask the stage to draw any state: a CustomEvent on its host
      parent.addEventListener(SHOW_EVENT, (e) => {
        if (e instanceof CustomEvent && e.detail && typeof e.detail === 'object') {
          parent.dataset.busy = 'true';
          view.show(e.detail as StageState);
        }
      });
      view.show({ place: null, date: null, people: [], actor: null, mood: null });
      g.events.once(Phaser.Core.Events.POST_RENDER, () => resolve(view));
    };
    try {
      game = new Phaser.Game({
        // Canvas 2D: the poster is flat vector shapes; it runs at full frame rate where WebGL falls back
        // to software (SwiftShader), and leaves Phaser's WebGL code out of the build (vite.config.ts)
        type: Phaser.CANVAS,
        parent,
        width: W,
        height: CANVAS_H,
        backgroundColor: ink.paperCss,
        transparent: false,
        banner: false,
        audio: { noAudio: true },
        input: { keyboard: false, mouse: false, touch: false, gamepad: false },
        render: { preserveDrawingBuffer: true, antialias: true, pixelArt: false },
        scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_HORIZONTALLY, width: W, height: CANVAS_H },
        scene: new StageScene(ready),
      });
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
