// Turns the stage state into words for the header: place, both dates, whose shoes, who is present.

import { formatDual } from './calendar.ts';
import type { ContentIndex } from './record.ts';
import type { StageState } from './session.ts';

export interface StageWords {
  place: string;
  date: string;
  actor: string;
  people: string[];
}

export function describeStage(stage: StageState, content: ContentIndex): StageWords {
  const place = stage.place ? (content.places[stage.place]?.name ?? stage.place) : '';
  const actor = stage.actor ? (content.people[stage.actor]?.name ?? stage.actor) : '';
  return {
    place,
    date: stage.date ? formatDual(stage.date) : '',
    actor,
    people: stage.people.map((id) => content.people[id]?.short ?? id),
  };
}
