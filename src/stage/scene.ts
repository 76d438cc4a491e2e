// Paints one whole stage state into reusable layers: place, mood, crowd, people, map and captions.

import type * as Phaser from 'phaser';
import type { ContentIndex } from '../core/record';
import type { StageState } from '../core/session';
import { TIMES, WEATHERS } from '../core/tags';
import type { StageWords } from './types';
import { drawCaptions, makeCaptions, type Captions } from './banner';
import { figureFor, isCrowd } from './figures';
import type { G } from './ink';
import { FLOOR, W } from './layout';
import { drawMap } from './map';
import { drawTimeline, makeTimelineLabels, type TimelineLabels } from './timeline';
import { hash, paletteFor, rng } from './palette';
import { drawCrowd, drawFigure, type Placement } from './people';
import { drawMood, drawPlace } from './places';

function oneOf<T extends string>(v: unknown, known: readonly T[]): T | null {
  return typeof v === 'string' && (known as readonly string[]).includes(v) ? (v as T) : null;
}

export class Painter {
  private readonly back: G;
  private readonly people: G;
  private readonly front: G;
  private readonly captions: Captions;
  private readonly timeline: TimelineLabels;
  /** the state on the canvas, so an unchanged state is not painted again */
  private last = '';

  private readonly title: Phaser.GameObjects.Text;
  private readonly subtitle: Phaser.GameObjects.Text;

  constructor(
    scene: Phaser.Scene,
    private readonly content: ContentIndex,
    private readonly words: StageWords,
  ) {
    this.back = scene.add.graphics();
    this.people = scene.add.graphics();
    this.front = scene.add.graphics();
    this.captions = makeCaptions(scene, paletteFor(null));
    this.timeline = makeTimelineLabels(scene, paletteFor(null));
    const ink = paletteFor(null);
    this.title = scene.add.text(W / 2, 250, '', {
      fontFamily: "'Arial Narrow', 'Helvetica Neue', Arial, sans-serif",
      fontSize: '132px',
      fontStyle: 'bold',
      color: ink.paperCss,
    });
    this.title.setOrigin(0.5, 0.5).setLetterSpacing(6);
    this.subtitle = scene.add.text(W / 2, 380, '', {
      fontFamily: "Georgia, 'Times New Roman', serif",
      fontSize: '46px',
      fontStyle: 'italic bold',
      color: ink.inkCss,
    });
    this.subtitle.setOrigin(0.5, 0.5);
  }

  /** Paints a state unless it is the one already on the canvas. Returns whether anything changed. */
  show(state: StageState): boolean {
    const key = JSON.stringify(state);
    if (key === this.last) return false;
    this.last = key;
    this.paint(state);
    return true;
  }

  /** The title card: the game's name on a red poster flag, shown before the first scene. */
  private paintTitle(on: boolean, p: ReturnType<typeof paletteFor>): void {
    this.title.setVisible(on);
    this.subtitle.setVisible(on);
    if (!on) return;
    this.title.setText(this.words.title.toUpperCase());
    this.subtitle.setText(this.words.subtitle);
    for (const t of [this.title, this.subtitle]) {
      t.setScale(1);
      if (t.width > W - 120) t.setScale((W - 120) / t.width);
    }
    const w = this.title.displayWidth + 120;
    const x = (W - w) / 2;
    this.front.fillStyle(p.ink, 1);
    this.front.fillRect(x + 10, 180, w, 150);
    this.front.fillStyle(p.red, 1);
    this.front.fillRect(x, 170, w, 150);
    this.front.fillStyle(p.paper, 1);
    this.front.fillRect((W - this.subtitle.displayWidth - 60) / 2, 345, this.subtitle.displayWidth + 60, 70);
  }

  /** Redraws everything for a state; every layer is cleared and reused, nothing is created. */
  private paint(state: StageState): void {
    const p = paletteFor(state.mood);
    const place = state.place !== null ? (this.content.places[state.place] ?? null) : null;
    const seed = hash(state.place ?? 'none');
    for (const g of [this.back, this.people, this.front]) g.clear();

    const view = place && state.view ? place.views[state.view] : undefined;
    const look = view ?? place;
    drawPlace(
      this.back,
      {
        look,
        // tags are parsed, but a save from elsewhere is not: only known words count
        time: oneOf(state.time, TIMES) ?? look?.time ?? 'day',
        weather: oneOf(state.weather, WEATHERS) ?? look?.weather ?? 'clear',
      },
      p,
      rng(seed),
    );
    drawMood(this.back, state.mood, p);

    const crowd = state.people.filter(isCrowd);
    const main = state.people.filter((id) => !isCrowd(id));
    const left = 80;
    const right = W - 80;
    const step = (right - left) / Math.max(1, main.length);
    const s = Math.min(3.6, step / 44);
    if (crowd.length > 0) {
      if (main.length > 0) {
        drawCrowd(this.people, p, 20, W - 20, FLOOR - 64, Math.min(1.7, s * 0.55), hash(crowd.join(',')));
      } else {
        // a crowd on its own fills the stage: a far row and a near row
        drawCrowd(this.people, p, 10, W - 10, FLOOR - 70, 1.7, hash(crowd.join(',')));
        drawCrowd(this.people, p, -40, W + 40, FLOOR + 10, 2.6, hash(`${crowd.join(',')}+`));
      }
    }
    const spots: { id: string; at: Placement; order: number }[] = main.map((id, i) => {
      const actor = id === state.actor;
      const back = !actor && main.length > 2 && i % 2 === 1;
      const x = left + step * (i + 0.5);
      const at: Placement = actor
        ? { x, y: FLOOR + 16, s: s * 1.08, actor: true }
        : { x, y: back ? FLOOR - 22 : FLOOR, s: back ? s * 0.92 : s, actor: false };
      return { id, at, order: actor ? 2 : back ? 0 : 1 };
    });
    spots.sort((a, b) => a.order - b.order);
    for (const spot of spots) drawFigure(this.people, figureFor(spot.id, this.content.people[spot.id]), p, spot.at);

    if (place) drawMap(this.front, this.captions.city, place, p);
    else this.captions.city.setVisible(false);
    drawCaptions(this.front, this.captions, state.date, place?.name ?? null, p);
    this.paintTitle(state.place === null && state.date === null, p);
    drawTimeline(this.front, this.timeline, state.date, this.content.decisions, paletteFor(null));
  }
}
