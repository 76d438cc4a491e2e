import { describe, expect, it } from 'vitest';
import { factionOutcomes, leaders, validateClassroom, type Episode } from '../../src/core/classroom.ts';
import { miniContent } from '../fixtures/mini-content.ts';

const episode = {
  id: 'mini',
  title: 'The vote',
  part: 'hall_part',
  minutes: { brief: 5, play: 25, debrief: 15 },
  objectives: ['Explain the vote.'],
  brief: ['It is 1903.'],
  vocabulary: ['lenin'],
  decisions: ['D1'],
  prompts: { D1: 'Strict or loose?' },
  roles: [
    {
      id: 'hards',
      name: 'The hards',
      people: ['lenin'],
      who: 'Lenin’s side.',
      goals: ['A tight party.'],
      fears: ['Spies.'],
      knew: ['The police are everywhere.'],
      wants: { D1: 'strict' },
    },
    {
      id: 'softs',
      name: 'The softs',
      people: ['martov'],
      who: 'Martov’s side.',
      goals: ['An open party.'],
      fears: ['A dictator.'],
      knew: ['Workers help in many ways.'],
      wants: { D1: 'loose' },
    },
  ],
  debrief: ['Who was right?'],
  hardMatters: 'None in this small fixture.',
};
const guide = { title: 'Guide', sections: [{ id: 'objectives', heading: 'Objectives', paragraphs: ['Learn.'] }] };

describe('classroom data', () => {
  it('accepts good episodes and names a bad id with its place', () => {
    expect(validateClassroom([episode], guide, miniContent(), ['hall_part']).episodes[0]?.roles).toHaveLength(2);
    const bad = { ...episode, roles: [{ ...episode.roles[0], wants: { D1: 'sideways' } }, episode.roles[1]] };
    expect(() => validateClassroom([bad], guide, miniContent(), ['hall_part'])).toThrow(
      /role hards.*wants.D1.*"sideways" is not an option/,
    );
    expect(() => validateClassroom([{ ...episode, part: 'nowhere' }], guide, miniContent(), ['hall_part'])).toThrow(/not a part/);
    expect(() => validateClassroom([{ ...episode, prompts: {} }], guide, miniContent(), ['hall_part'])).toThrow(/prompts.D1/);
  });
  it('counts votes: the most votes win, ties are left to the teacher', () => {
    expect(leaders({ strict: 12, loose: 17 })).toEqual(['loose']);
    expect(leaders({ strict: 9, loose: 9 })).toEqual(['strict', 'loose']);
    expect(leaders({ strict: 0, loose: 0 })).toEqual([]);
  });
  it('shows how each faction fared against the class’s choices', () => {
    const rows = factionOutcomes(episode as Episode, { D1: 'loose' });
    expect(rows.map((r) => [r.role, r.got.D1, r.score, r.wanted])).toEqual([
      ['hards', false, 0, 1],
      ['softs', true, 1, 1],
    ]);
  });
});
