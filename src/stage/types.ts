// The contract between the game and its Phaser stage. The stage only draws; it decides nothing.

import type { ContentIndex } from '../core/record.ts';
import type { StageState } from '../core/session.ts';

export interface StageView {
  /** Draws the place, date and people of a turn; a new place gets a transition. */
  show(stage: StageState): void;
  /** Paints its words (place names, dates, the title card) from `content` and `words` from now on: another language. */
  relabel(content: ContentIndex, words: StageWords): void;
  destroy(): void;
}

/** Words the stage paints itself (the title card): passed in, so they stay out of the stage's code. */
export interface StageWords {
  title: string;
  subtitle: string;
  /** the months' names for the date banner, January first (from the strings file, so they can be translated) */
  months: readonly string[];
}

export type MountStage = (parent: HTMLElement, content: ContentIndex, words: StageWords) => Promise<StageView>;
