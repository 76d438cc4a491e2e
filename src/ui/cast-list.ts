// The cast list under the stage ("In this scene"): who is in the scene, as known on the scene's date.

import type { DecisionTaken } from '../core/checker.ts';
import { glossaryAt, type Content } from '../core/record.ts';
import type { Turn } from '../core/session.ts';
import { byId, h } from './dom.ts';
import { STRINGS } from './strings.ts';

/** Who is in the scene, each as the glossary knew them on the scene's date (no hindsight). */
export function showCast(turn: Turn, content: Content, _decisions: readonly DecisionTaken[]): void {
  const date = turn.stage.date?.ns ?? '';
  const items = turn.stage.people
    .map((id) => ({ id, person: content.people[id], about: glossaryAt(content, id, date) }))
    .filter((x) => x.person !== undefined && x.about !== null);
  const list = byId('cast-list');
  list.replaceChildren(
    ...items.map((x) =>
      h(
        'li',
        { 'data-person': x.id },
        h('strong', {}, x.person?.name ?? x.id),
        x.id === turn.stage.actor ? ` (${STRINGS.castYou})` : '',
        ` — ${x.about?.text ?? ''}`,
      ),
    ),
  );
  byId('cast').hidden = items.length === 0;
}
