// A live room in each device's own language. The room sends ids with the English beside them (the
// episode, each side, decision, option and voice: src/core/live.ts); each page shows them from its own
// table, by the same ids the rest of the game uses (`episode.<id>.roles.<role>.goals.0`,
// `record.<decision>.options.<option>.label`, `record.<decision>.voices.<n>.speech`). The votes and the
// tally stay ids, so a Russian phone and an English projector count the same vote. Pure: no DOM.

import type { RoleCard } from './classroom.ts';
import { localise, textsOf, type Table, type Text } from './i18n.ts';
import type { EpisodeInfo, LiveVoice } from './live.ts';

/** The table's text at `id` when it has one of the same kind, else `english`. */
function textAt(table: Table, id: string, english: string): string {
  const t: Text | undefined = Object.hasOwn(table, id) ? table[id] : undefined;
  return typeof t === 'string' && t.trim() !== '' ? t : english;
}

/** A role card in a language: its name, who it is, goals, fears, what it knew and its aims (by the episode's ids). */
export function localCard(card: RoleCard, episode: string, table: Table | null): RoleCard {
  if (!table) return card;
  const shown = localise({ roles: [card] }, table, (d, visit) => textsOf('episode', `episode.${episode}`, d, visit));
  return shown.roles[0] ?? card;
}

/** One decision as a phone shows it: its question, each option's words and the voices of the time. */
function localDecision(decision: string, d: EpisodeInfo['decisions'][string], table: Table): EpisodeInfo['decisions'][string] {
  // the record entry's shape, so the record's own text paths (FIELDS.record) name every id
  const entry = {
    title: d.title,
    options: Object.entries(d.labels).map(([id, label]) => ({ id, label })),
    voices: d.voices.map((v): LiveVoice => ({ ...v, quote: v.quote ? { ...v.quote } : null })),
  };
  const shown = localise(entry, table, (e, visit) => textsOf('record', `record.${decision}`, e, visit));
  return {
    title: shown.title,
    labels: Object.fromEntries(shown.options.map((o) => [o.id, o.label])),
    voices: shown.voices,
  };
}

/** What a room tells its pages of the episode, in a language (null: the English as sent). */
export function localEpisodeInfo(info: EpisodeInfo, table: Table | null): EpisodeInfo {
  if (!table) return info;
  const ep = `episode.${info.id}`;
  return {
    id: info.id,
    title: textAt(table, `${ep}.title`, info.title),
    factions: Object.fromEntries(
      Object.entries(info.factions).map(([role, name]) => [role, textAt(table, `${ep}.roles.${role}.name`, name)]),
    ),
    decisions: Object.fromEntries(Object.entries(info.decisions).map(([id, d]) => [id, localDecision(id, d, table)])),
  };
}
