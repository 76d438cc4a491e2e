// Paints one whole stage state into reusable layers: place, mood, crowd, people, map and captions.

import type * as Phaser from 'phaser';
import type { ContentIndex } from '../core/record';
import type { StageState } from '../core/session';
import { POSES, TIMES, WEATHERS, type Pose } from '../core/tags';
import type { StageWords } from './types';
import { drawCaptions, makeCaptions, type Captions } from './banner';
import figuresData from 'virtual:figures';
import type { FigureSpec, Figures } from '../core/figures';
import type { ArtKind } from '../core/record';
import { Wardrobe } from './figures';
import type { G } from './ink';
import { CANVAS_H, FLOOR, W } from './layout';
import { drawMap } from './map';
import { drawTimeline, makeTimelineLabels, type TimelineLabels } from './timeline';
import { hash, paletteFor, rng, type Palette } from './palette';
import { drawFigure, drawPortrait, fade, type Placement } from './people';
import { drawMood, drawPlace } from './places';

function oneOf<T extends string>(v: unknown, known: readonly T[]): T | null {
  return typeof v === 'string' && (known as readonly string[]).includes(v) ? (v as T) : null;
}

/** Rooms too small for a crowd: a group there is two or three of its people in the row. */
const SMALL: ReadonlySet<ArtKind> = new Set<ArtKind>(['cell', 'hut', 'visiting', 'parlour', 'flat', 'salon', 'workroom', 'corridor']);
/** Places where a crowd is on the move. */
const MARCHING: ReadonlySet<ArtKind> = new Set<ArtKind>(['avenue', 'field', 'street', 'station', 'facade', 'railway']);

export class Painter {
  private readonly back: G;
  private readonly people: G;
  private readonly front: G;
  private readonly captions: Captions;
  private readonly timeline: TimelineLabels;
  private readonly wardrobe: Wardrobe;
  private readonly bake: Phaser.Textures.CanvasTexture | null;
  /** the state on the canvas, so an unchanged state is not painted again */
  private last = '';

  private readonly title: Phaser.GameObjects.Text;
  private readonly subtitle: Phaser.GameObjects.Text;

  constructor(
    scene: Phaser.Scene,
    private content: ContentIndex,
    private words: StageWords,
  ) {
    // the layers are drawn, then baked into one canvas: a wipe then redraws one image, not thousands of shapes
    this.bake = scene.textures.createCanvas('tp-stage-bake', W, CANVAS_H);
    if (this.bake) scene.add.image(0, 0, 'tp-stage-bake').setOrigin(0, 0);
    this.back = scene.add.graphics();
    this.people = scene.add.graphics();
    this.front = scene.add.graphics();
    for (const g of [this.back, this.people, this.front]) g.setVisible(this.bake === null);
    this.captions = makeCaptions(scene, paletteFor(null));
    this.timeline = makeTimelineLabels(scene, content.chapter.timeline, paletteFor(null));
    // validated at build time (scripts/content.ts): Figures
    this.wardrobe = new Wardrobe(figuresData as Figures, content.people);
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

  /** Whether `state` is the one already on the canvas. */
  has(state: StageState): boolean {
    return JSON.stringify(state) === this.last;
  }

  /** Paints a state unless it is the one already on the canvas. Returns whether anything changed. */
  show(state: StageState): boolean {
    const key = JSON.stringify(state);
    if (key === this.last) return false;
    this.last = key;
    this.paint(state);
    return true;
  }

  /**
   * The people of the scene and nobody else: named people in a row at the front, the actor on a red disc;
   * groups as rows of varied figures behind them (in a small room, two or three of them join the row).
   */
  private paintPeople(state: StageState, art: ArtKind | null, placePose: Pose | null, p: Palette, haze: number): void {
    const date = state.date?.ns ?? null;
    const wardrobe = this.wardrobe;
    const groups = state.people.filter((id) => wardrobe.crowd(id) !== null);
    const pictures = state.people.filter((id) => wardrobe.figure(id)?.portrait === true);
    const main = state.people
      .filter((id) => wardrobe.crowd(id) === null && !pictures.includes(id))
      .map((id) => ({ id, spec: wardrobe.spec(id, date) }));
    // people seen only as a picture hang above the crowd
    pictures.forEach((id, i) =>
      drawPortrait(this.people, wardrobe.spec(id, date), p, W / 2 + (i - (pictures.length - 1) / 2) * 220, 60, 3),
    );
    const small = art !== null && SMALL.has(art);
    const r = rng(hash(`${state.place ?? ''}|${state.people.join(',')}`));
    // the members of every group on stage, as many as the space holds
    const members: FigureSpec[] = [];
    for (const id of groups) {
      const c = wardrobe.crowd(id);
      const of = c?.of.length ? c.of : [id];
      const n = Math.min(c?.most ?? 12, small ? (main.length > 0 ? 2 : 3) : main.length > 0 ? 14 : 18);
      for (let i = 0; i < n; i++) members.push(wardrobe.spec(of[i % of.length] ?? id, date));
    }
    if (art === 'court') {
      // the judges sit behind their bench, head and shoulders above the green cloth
      const robes = members.filter((m) => m.coat === 'robe').slice(0, 4);
      for (const m of robes) members.splice(members.indexOf(m), 1);
      robes.forEach((m, i) => drawPortrait(this.people, m, p, [330, 480, 800, 950][i] ?? 640, 112, 2.2, false));
    }
    const outside = art !== null && MARCHING.has(art);
    const crowdPose = (i: number): Pose => {
      const v = r();
      if (outside && v < 0.45) return 'march';
      if ((state.mood === 'tense' || state.mood === 'triumph') && v < 0.2) return 'speak';
      return v < 0.6 ? 'stand' : i % 2 ? 'fold' : 'point';
    };
    const row = main.map(({ id, spec }) => ({ id: id as string | null, spec }));
    if (small) for (const spec of members.splice(0)) row.push({ id: null, spec });
    const left = 80;
    const step = (W - 160) / Math.max(1, row.length);
    const s = Math.min(3.6, step / 44);
    if (members.length > 0) {
      const rows = main.length > 0 ? [{ y: FLOOR - 70, s: Math.min(1.9, s * 0.55), fade: 0.4 }] : [
        { y: FLOOR - 80, s: 2.0, fade: 0.35 },
        { y: FLOOR + 10, s: 2.9, fade: 0 },
      ]; // prettier-ignore
      const per = Math.ceil(members.length / rows.length);
      rows.forEach((rw, ri) => {
        const pal = fade(p, rw.fade, haze);
        const part = members.slice(ri * per, (ri + 1) * per);
        const gap = (W + 80) / Math.max(1, part.length);
        part.forEach((spec, i) => {
          const x = -40 + gap * (i + 0.5) + (r() - 0.5) * gap * 0.3;
          drawFigure(this.people, spec, pal, {
            x,
            y: rw.y + (r() - 0.5) * 10,
            s: rw.s * (0.92 + r() * 0.14),
            actor: false,
            pose: crowdPose(i),
          });
        });
      });
    }
    const actorPose = (): Pose => placePose ?? (main.length > 1 ? 'point' : 'stand');
    const spots = row.map(({ id, spec }, i) => {
      const actor = id !== null && id === state.actor;
      const back = !actor && row.length > 2 && i % 2 === 1;
      const x = left + step * (i + 0.5);
      const asked = id !== null ? state.poses?.[id] : undefined;
      const pose: Pose =
        typeof asked === 'string' && (POSES as readonly string[]).includes(asked)
          ? asked
          : actor
            ? actorPose()
            : id === null
              ? (['stand', 'fold'] as const)[i % 2]
              : (['stand', 'fold', 'stand', 'point'] as const)[hash(id) % 4];
      const at: Placement = actor
        ? { x, y: FLOOR + 16, s: s * 1.08, actor: true, pose }
        : { x, y: back ? FLOOR - 22 : FLOOR, s: back ? s * 0.92 : s, actor: false, pose };
      return { spec, at, order: actor ? 2 : back ? 0 : 1 };
    });
    spots.sort((a, b) => a.order - b.order);
    for (const spot of spots) drawFigure(this.people, spot.spec, p, spot.at);
  }

  /** The words painted (place names, months, the title card) in another language; the next show() repaints. */
  relabel(content: ContentIndex, words: StageWords): void {
    this.content = content;
    this.words = words;
    this.last = '';
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

    const hour = oneOf(state.time, TIMES) ?? look?.time ?? 'day';
    this.paintPeople(state, look?.art ?? null, look?.pose ?? null, p, hour === 'night' ? 0x2b3142 : hour === 'dusk' ? 0x6b5a5a : p.paper2);

    if (place) drawMap(this.front, this.captions.city, place, p);
    else this.captions.city.setVisible(false);
    drawCaptions(this.front, this.captions, state.date, place?.name ?? null, p, this.words.months);
    this.paintTitle(state.place === null && state.date === null, p);
    drawTimeline(this.front, this.timeline, state.date, this.content.decisions, paletteFor(null));
    const bake = this.bake;
    if (bake) {
      bake.context.clearRect(0, 0, W, CANVAS_H);
      for (const g of [this.back, this.people, this.front]) {
        g.generateTexture(bake.canvas, W, CANVAS_H);
        g.clear();
      }
      bake.refresh();
    }
  }
}
