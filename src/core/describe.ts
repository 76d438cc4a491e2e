// Turns the stage state into words for the header: place, both dates, whose shoes, who is present.

import { formatDual } from './calendar.ts';
import { own } from './guards.ts';
import type { ContentIndex } from './record.ts';
import type { StageState } from './session.ts';

export interface StageWords {
  place: string;
  date: string;
  actor: string;
  people: string[];
}

/** `months`: the months' names for the date, January first (English when not given). */
export function describeStage(stage: StageState, content: ContentIndex, months?: readonly string[]): StageWords {
  // own keys only: an id such as "constructor" must never find Object.prototype
  const place = stage.place ? (own(content.places, stage.place)?.name ?? stage.place) : '';
  const actor = stage.actor ? (own(content.people, stage.actor)?.name ?? stage.actor) : '';
  return {
    place,
    date: stage.date ? formatDual(stage.date, months) : '',
    actor,
    people: stage.people.map((id) => own(content.people, id)?.short ?? id),
  };
}
