// The app's state as plain types: the session, the mode it is played in, the notice on screen.
// No words here: a notice is an id the views turn into a sentence (ui/strings.ts), so it can be translated.

import type { ClassProgress } from '../core/classroom.ts';
import type { SaveMeta, SaveProblem, WriteResult } from '../core/saves.ts';
import type { Session } from '../core/session.ts';
import type { Settings } from '../core/settings.ts';

/** How the story is being played. Only the controller's one `replace` sets it, together with the session. */
export type Mode =
  | { kind: 'chapter' }
  /** one part of the chapter on its own, to a debrief of that part; `from` = decisions taken before it */
  | { kind: 'part'; part: string; title: string; from: number }
  /** a classroom episode on a projector: the class's votes and choices */
  | { kind: 'class'; progress: ClassProgress };

export type StorageProblem = Extract<WriteResult, { ok: false }>['reason'];

/** Something the player should be told, as an id and its data. */
export type Notice =
  | { id: 'resumed'; sameStory: boolean }
  /** `keptAside`: the refused save was copied aside, unchanged, where the player can export it */
  | { id: 'save-refused'; reason: SaveProblem; keptAside: boolean }
  | { id: 'import-refused'; reason: SaveProblem }
  | { id: 'loaded'; sameStory: boolean }
  | { id: 'stepped-back' }
  | { id: 'jumped' }
  | { id: 'jump-failed' }
  | { id: 'part-started' }
  | { id: 'class-started' }
  | { id: 'class-resumed' }
  | { id: 'class-refused'; reason: SaveProblem; keptAside: boolean }
  | { id: 'storage'; reason: StorageProblem }
  | { id: 'story-error'; detail: string };

export interface AppState {
  readonly session: Session;
  readonly mode: Mode;
  readonly notice: Notice | null;
  /** a choice is being taken (a reason asked, a verdict shown): no second pick meanwhile */
  readonly busy: boolean;
  readonly settings: Settings;
  /** set at boot when a game with progress was resumed: the views may greet the player */
  readonly welcomeBack: SaveMeta | null;
}

/** What changed, so a view knows how to show it. */
export type Change =
  /** show the current turn afresh: a new game, a load, a jump, a step back, another mode */
  | { kind: 'fresh' }
  /** a choice was taken: the new turn follows the echo of the choice */
  | { kind: 'advance'; echo: string }
  /** only the notice, the busy flag, the settings or the class's votes changed */
  | { kind: 'status' };

export type Listener = (state: AppState, change: Change) => void;
