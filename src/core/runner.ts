// The story runner: the only module that speaks inkjs's API. Plays until a choice, reads tags into cues.

import { Story } from 'inkjs';
import { parseTags, type Cue } from './tags.ts';

export interface RawLine {
  text: string;
  cues: Cue[];
}
export interface RawChoice {
  index: number;
  text: string;
  cues: Cue[];
}
export interface Step {
  lines: RawLine[];
  choices: RawChoice[];
}

export class StoryRuntimeError extends Error {
  constructor(messages: string[]) {
    super(`The story hit an error: ${messages.join('; ')}`);
    this.name = 'StoryRuntimeError';
  }
}

/** Story JSON as compiled by the build (an object or its JSON text). */
export type CompiledStory = string | Record<string, unknown>;

type Externals = Record<string, (...args: unknown[]) => unknown>;

export class StoryRunner {
  private readonly story: Story;
  private errors: string[] = [];

  /** `compiled` is the story's JSON, or a story already parsed whose content is shared (see fork). */
  constructor(
    compiled: CompiledStory | Story,
    private readonly externals: Externals = {},
  ) {
    if (compiled instanceof Story) {
      // ink's content is never changed by play (all of it is in the state): two runners can share it
      this.story = new Story(compiled.mainContentContainer, compiled.listDefinitions?.lists ?? null);
      this.story.ResetState();
    } else this.story = new Story(typeof compiled === 'string' ? compiled : JSON.stringify(compiled));
    // an EXTERNAL the game does not bind (in_class() outside the classroom) runs its ink fallback
    this.story.allowExternalFunctionFallbacks = true;
    this.story.onError = (message: string, type: number) => {
      // type 1 is a warning (for example a choice with no content); only errors stop play.
      if (type !== 1) this.errors.push(message);
    };
    for (const [name, fn] of Object.entries(externals)) {
      // inkjs types its externals as (...args: any[]) => any; our bindings take unknown values.
      this.story.BindExternalFunction(name, fn as (...args: never[]) => unknown, true);
    }
  }

  /** Continues until the story waits for a choice or ends; every tag goes through the one parser. */
  continue(): Step {
    const lines: RawLine[] = [];
    while (this.story.canContinue) {
      const text = (this.story.Continue() ?? '').trim();
      this.throwIfErrors();
      const cues = parseTags(this.story.currentTags);
      // ink may give a blank line that only carries tags (global tags at the start): keep its cues.
      if (text === '' && cues.length === 0) continue;
      lines.push({ text, cues });
    }
    const choices = this.story.currentChoices.map((c) => ({
      index: c.index,
      text: c.text.trim(),
      cues: parseTags(c.tags),
    }));
    return { lines, choices };
  }

  /**
   * A second runner over the same parsed story, with the same bindings, at the start (restore a state
   * into it): it costs a fresh state, not a parse of the story (about 60 ms of the chapter's).
   */
  fork(): StoryRunner {
    return new StoryRunner(this.story, this.externals);
  }

  choose(index: number): void {
    const n = this.story.currentChoices.length;
    if (!Number.isInteger(index) || index < 0 || index >= n) {
      throw new RangeError(`There is no choice ${index + 1} here (choices: ${n}).`);
    }
    this.story.ChooseChoiceIndex(index);
    this.throwIfErrors();
  }

  variable(name: string): unknown {
    return this.story.variablesState.$(name);
  }

  save(): string {
    return this.story.state.ToJson();
  }

  /** Back to the start of the story, with the same seed: building a Story anew costs far more. */
  reset(): void {
    const seed = this.seed;
    this.story.ResetState();
    this.seed = seed;
    this.errors = [];
  }

  /** ink's random seed (shuffles, RANDOM): set it before playing to replay a saved path the same way. */
  get seed(): number {
    return this.story.state.storySeed;
  }

  set seed(value: number) {
    this.story.state.storySeed = value;
  }

  restore(json: string): void {
    this.story.state.LoadJson(json);
  }

  private throwIfErrors(): void {
    if (this.errors.length > 0) {
      const e = new StoryRuntimeError(this.errors);
      this.errors = [];
      throw e;
    }
  }
}
