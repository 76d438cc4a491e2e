// The cast list under the stage ("In this scene"): who is on stage, dated, computed in core/cast.ts.

import { castOf, type CastEntry } from '../core/cast.ts';
import type { DecisionTaken } from '../core/checker.ts';
import type { Content } from '../core/record.ts';
import type { Turn } from '../core/session.ts';
import { byId, h } from './dom.ts';
import { STRINGS } from './strings.ts';

/** The protagonist's line along the player's path: side, free or held, where. */
function pathText(e: CastEntry, content: Content): string {
  if (!e.path) return '';
  const rules = content.protagonistPath;
  const parts: string[] = [];
  if (e.path.side) parts.push(rules.sides[e.path.side] ?? e.path.side);
  parts.push(STRINGS.cast.held[e.path.held]);
  if (e.path.where) parts.push(STRINGS.cast.where(e.path.where));
  const known = e.path.knownFor.map((id) => rules.knownFor.find((k) => k.id === id)?.text ?? id);
  if (known.length > 0) parts.push(STRINGS.cast.knownFor(known));
  return parts.join('; ');
}

/** Everyone on stage, each as known on the scene's date (no hindsight), all as text. */
export function showCast(turn: Turn, content: Content, decisions: readonly DecisionTaken[]): void {
  const entries = castOf(turn.stage, content, decisions);
  const list = byId('cast-list');
  list.replaceChildren(
    ...entries.map((e) => {
      const about = e.path ? pathText(e, content) : e.line;
      return h(
        'li',
        { 'data-person': e.id },
        h('strong', {}, e.name),
        e.you ? ` (${STRINGS.castYou})` : '',
        e.age !== null ? `, ${STRINGS.cast.age(e.age)}` : '',
        about ? ` — ${about}` : '',
      );
    }),
  );
  byId('cast').hidden = entries.length === 0;
}
