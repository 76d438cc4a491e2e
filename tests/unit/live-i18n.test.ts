// A live room in each device's language: what the room sends (ids, the English beside them) shown from a
// table, and the real Russian tables cover everything a phone shows of every episode.

import { describe, expect, it } from 'vitest';
import { compileStory, loadClassroom, loadContent } from '../../scripts/content.ts';
import { loadLanguage } from '../../scripts/i18n-lib.ts';
import { tablePart } from '../../scripts/vite-plugin-i18n.ts';
import { ABSTAIN } from '../../src/core/classroom.ts';
import { localCard, localEpisodeInfo } from '../../src/core/live-i18n.ts';
import { castVote, closeBallot, episodeInfo, liveCatalogue, openBallot } from '../../src/core/live.ts';
import { EPISODE } from '../server/helpers.ts';

const TABLE = {
  'episode.congress.title': 'Съезд',
  'episode.congress.roles.majority.name': 'Большинство',
  'episode.congress.roles.majority.who': 'Кто',
  'episode.congress.roles.majority.goals.0': 'Цель',
  'episode.congress.roles.majority.aims.rule': 'Хочет узкое',
  'record.rule.title': 'Правило',
  'record.rule.options.narrow.label': 'Узкое правило',
  'record.rule.voices.0.speech': 'Партия должна быть открытой.',
  // a text the table lacks, or an empty one, stays English
  'record.rule.options.broad.label': '  ',
};

describe('the room’s words in a phone’s language', () => {
  it('shows the episode, the sides, the question, the options and the voices by their ids', () => {
    const info = episodeInfo(EPISODE);
    expect(info.id).toBe('congress');
    const ru = localEpisodeInfo(info, TABLE);
    expect(ru.title).toBe('Съезд');
    expect(ru.factions).toEqual({ majority: 'Большинство', minority: 'Minority' });
    expect(ru.decisions.rule?.title).toBe('Правило');
    expect(ru.decisions.rule?.labels).toEqual({ narrow: 'Узкое правило', broad: 'A broad rule' });
    expect(ru.decisions.rule?.voices).toEqual([
      { id: '0', who: 'martov', label: 'Martov', speech: 'Партия должна быть открытой.', quote: null },
    ]);
    expect(ru.decisions.advice?.labels).toEqual({ go: 'Go', stay: 'Stay' });
    // the English as sent is untouched, and English (no table) is the very same object
    expect(info.title).toBe('The congress');
    expect(info.decisions.rule?.labels.narrow).toBe('A narrow rule');
    expect(localEpisodeInfo(info, null)).toBe(info);
  });

  it('shows a role card by the episode’s ids; its wants (option ids) do not change', () => {
    const card = EPISODE.roles[0]!;
    const ru = localCard(card, 'congress', TABLE);
    expect(ru).toMatchObject({ id: 'majority', name: 'Большинство', who: 'Кто', goals: ['Цель'], fears: card.fears, knew: card.knew });
    expect(ru.aims).toEqual({ rule: 'Хочет узкое' });
    expect(ru.wants).toEqual(card.wants);
    expect(card.name).toBe('Majority');
    expect(localCard(card, 'congress', null)).toBe(card);
  });

  it('counts a vote cast from a Russian ballot under the same option as an English one', () => {
    const ru = localEpisodeInfo(episodeInfo(EPISODE), TABLE);
    // the phone sends the option id behind the label it shows
    const picked = Object.entries(ru.decisions.rule?.labels ?? {}).find(([, label]) => label === 'Узкое правило')?.[0] ?? '';
    let b = openBallot(EPISODE, 'rule')!;
    const seats = [
      { id: 's1', faction: 'majority', number: 1 },
      { id: 's2', faction: 'minority', number: 1 },
    ];
    const r1 = castVote(b, seats[0], picked, 'по-русски');
    if (!r1.ok) throw new Error(r1.why);
    const r2 = castVote(r1.ballot, seats[1], 'narrow', 'in English');
    if (!r2.ok) throw new Error(r2.why);
    b = r2.ballot;
    const out = closeBallot(EPISODE, b, seats);
    expect(out.tally).toEqual({ narrow: 2, broad: 0, [ABSTAIN]: 0 });
    expect(out.winner).toBe('narrow');
  });
});

describe('the Russian tables cover what a phone shows', () => {
  const content = loadContent();
  const classroom = loadClassroom(content, compileStory().json ?? '');
  const catalogue = liveCatalogue(classroom.episodes, content.decisions, content.record);
  // exactly what the phone's page loads: the live part of the table
  const live = tablePart(loadLanguage('ru'), 'live');
  const CYRILLIC = /[А-Яа-яЁё]/;

  it('every episode: its title, sides, questions, options and voices of the time, in Russian', () => {
    expect(catalogue.size).toBeGreaterThan(3);
    const missing: string[] = [];
    const check = (where: string, text: string) => {
      if (!CYRILLIC.test(text)) missing.push(`${where}: ${text}`);
    };
    for (const ep of catalogue.values()) {
      const info = episodeInfo(ep);
      const ru = localEpisodeInfo(info, live);
      check(`${ep.id} title`, ru.title);
      for (const [role, name] of Object.entries(ru.factions)) check(`${ep.id} ${role}`, name);
      for (const [d, x] of Object.entries(ru.decisions)) {
        check(`${d} title`, x.title);
        expect(Object.keys(x.labels)).toEqual(Object.keys(info.decisions[d]?.labels ?? {}));
        for (const [o, label] of Object.entries(x.labels)) check(`${d} ${o}`, label);
        for (const v of x.voices) {
          check(`${d} voice ${v.id} label`, v.label);
          check(`${d} voice ${v.id} speech`, v.speech);
          if (v.quote) check(`${d} voice ${v.id} quote`, v.quote.text);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('every role card: name, who, goals, fears, what it knew and its aims, in Russian', () => {
    const missing: string[] = [];
    for (const ep of catalogue.values()) {
      for (const card of ep.roles) {
        const ru = localCard(card, ep.id, live);
        const texts = [ru.name, ru.who, ...ru.goals, ...ru.fears, ...ru.knew, ...Object.values(ru.aims)];
        for (const t of texts) if (!CYRILLIC.test(t)) missing.push(`${ep.id}/${card.id}: ${t}`);
        expect(ru.wants).toEqual(card.wants);
      }
    }
    expect(missing).toEqual([]);
  });
});
