import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/controller.ts';
import { KEYS } from '../../src/app/persistence.ts';
import { compileInkFile } from '../../src/core/compile.ts';
import {
  bodyResult,
  classVoteRows,
  classVotesCsv,
  factionOutcomes,
  leaders,
  parseClassProgress,
  validateClassroom,
  type BodyVote,
  type Episode,
} from '../../src/core/classroom.ts';
import { miniContent } from '../fixtures/mini-content.ts';

const episode = {
  id: 'mini',
  title: 'The vote',
  part: 'hall_part',
  date: '1903-07-30',
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
      aims: { D1: 'Vote for the strict rule.' },
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
      aims: { D1: 'Vote for the loose rule.' },
    },
    {
      id: 'marsh',
      name: 'The undecided',
      people: [],
      who: 'Delegates of no team.',
      goals: ['Peace.'],
      fears: ['Quarrels.'],
      knew: ['Both sides court them.'],
      swing: true,
      wants: {},
      aims: { D1: 'Won by whoever shows the rule keeps spies out.' },
    },
  ],
  debrief: ['Who was right?'],
  hardMatters: 'None in this small fixture.',
  bodies: { D1: { name: 'The congress', options: ['loose', 'strict'], onTie: 'loose', seats: { hards: 20, softs: 18, marsh: 13 } } },
  lesson: { brief: ['It is 1903.'], voices: ['D1'] },
  exitTicket: ['Which rule won?'],
};
const guide = { title: 'Guide', sections: [{ id: 'objectives', heading: 'Objectives', paragraphs: ['Learn.'] }] };

describe('classroom data', () => {
  it('accepts good episodes and names a bad id with its place', () => {
    expect(validateClassroom([episode], guide, miniContent(), ['hall_part']).episodes[0]?.roles).toHaveLength(3);
    const bad = { ...episode, roles: [{ ...episode.roles[0], wants: { D1: 'sideways' } }, episode.roles[1]] };
    expect(() => validateClassroom([bad], guide, miniContent(), ['hall_part'])).toThrow(
      /role hards.*wants.D1.*"sideways" is not an option/,
    );
    expect(() => validateClassroom([{ ...episode, part: 'nowhere' }], guide, miniContent(), ['hall_part'])).toThrow(/not a part/);
    expect(() => validateClassroom([{ ...episode, prompts: {} }], guide, miniContent(), ['hall_part'])).toThrow(/prompts.D1/);
  });
  it('a card says in words what its faction wants at every vote it is scored on; undecided delegates are scored on nothing', () => {
    const noAim = { ...episode, roles: [{ ...episode.roles[0], aims: {} }, episode.roles[1]] };
    expect(() => validateClassroom([noAim], guide, miniContent(), ['hall_part'])).toThrow(/role hards.*aims.D1/);
    const swingWants = { ...episode, roles: [episode.roles[0], { ...episode.roles[2], wants: { D1: 'loose' } }] };
    expect(() => validateClassroom([swingWants], guide, miniContent(), ['hall_part'])).toThrow(/undecided/);
  });
  it('a body vote names seats of the episode’s roles and outcomes of its decision', () => {
    const badSeat = { ...episode, bodies: { D1: { ...episode.bodies.D1, seats: { nobody: 3 } } } };
    expect(() => validateClassroom([badSeat], guide, miniContent(), ['hall_part'])).toThrow(/seats.nobody/);
    const badTie = { ...episode, bodies: { D1: { ...episode.bodies.D1, onTie: 'sideways' } } };
    expect(() => validateClassroom([badTie], guide, miniContent(), ['hall_part'])).toThrow(/onTie/);
  });
  it('counts votes: the most votes win, ties are left to the teacher', () => {
    expect(leaders({ strict: 12, loose: 17 })).toEqual(['loose']);
    expect(leaders({ strict: 9, loose: 9 })).toEqual(['strict', 'loose']);
    expect(leaders({ strict: 0, loose: 0 })).toEqual([]);
  });
  it('shows how each faction fared against the class’s choices', () => {
    const rows = factionOutcomes(validateClassroom([episode], guide, miniContent(), ['hall_part']).episodes[0] as Episode, { D1: 'loose' });
    expect(rows.map((r) => [r.role, r.got.D1, r.score, r.wanted])).toEqual([
      ['hards', false, 0, 1],
      ['softs', true, 1, 1],
    ]);
  });
});

describe('a body’s vote: each faction’s seats carry its weight', () => {
  const body: BodyVote = { name: 'The congress', options: ['loose', 'strict'], onTie: 'loose', seats: { hards: 20, softs: 18, marsh: 13 } };
  it('shares each faction’s seats by its students’ hands, in whole seats', () => {
    const r = bodyResult(body, { hards: { strict: 5 }, softs: { loose: 4 }, marsh: { loose: 2, strict: 1 } });
    // the marsh's 13 seats: 2/3 and 1/3 -> 8.67 and 4.33 -> 9 and 4
    expect(r.seats).toEqual({ loose: 27, strict: 24, abstain: 0 });
    expect([r.winner, r.margin, r.tie, r.narrow, r.cast, r.voted]).toEqual(['loose', 3, false, true, 51, true]);
  });
  it('a small faction cannot outvote a big one by raising more hands', () => {
    const r = bodyResult(body, { hards: { strict: 1 }, softs: { loose: 30 }, marsh: { strict: 1 } });
    expect(r.winner).toBe('strict');
    expect(r.seats).toMatchObject({ strict: 33, loose: 18 });
    expect(r.narrow).toBe(false);
  });
  it('the undecided decide a close vote; a faction with no hands holds its seats back', () => {
    const lost = bodyResult(body, { hards: { strict: 3 }, softs: { loose: 3 }, marsh: { strict: 2, abstain: 1 } });
    expect(lost.winner).toBe('strict');
    expect(lost.seats).toEqual({ loose: 18, strict: 29, abstain: 4 });
    const held = bodyResult(body, { hards: { strict: 3 }, softs: { loose: 3 } });
    expect(held.seats.abstain).toBe(13);
    expect(held.winner).toBe('strict');
  });
  it('a tie gives the body’s tie outcome; no hands decide nothing', () => {
    const tie = bodyResult({ ...body, seats: { hards: 10, softs: 10 } }, { hards: { strict: 1 }, softs: { loose: 1 } });
    expect([tie.winner, tie.tie, tie.margin]).toEqual(['loose', true, 0]);
    expect(bodyResult(body, {}).voted).toBe(false);
  });
});

describe('stored class sessions', () => {
  it('keep the class’s name and its hands per faction; older sessions without them still load', () => {
    const p = parseClassProgress({
      episode: '1903',
      name: ' 9B ',
      votes: {},
      chosen: {},
      from: 3,
      hands: { D1: { hards: { strict: 4 } } },
    });
    expect(p?.name).toBe('9B');
    expect(p?.hands.D1?.hards?.strict).toBe(4);
    expect(parseClassProgress({ episode: '1903', votes: {}, chosen: {}, from: 3 })?.hands).toEqual({});
    expect(parseClassProgress({ episode: '1903', votes: {}, chosen: {}, from: 3, hands: { D1: { hards: { strict: -1 } } } })).toBeNull();
  });
});

describe('class sessions per class: named, several kept', () => {
  const PARTS = new URL('../fixtures/parts/main.ink', import.meta.url).pathname;
  const kv = new Map<string, string>();
  const storage = {
    getItem: (k: string) => kv.get(k) ?? null,
    setItem: (k: string, v: string) => void kv.set(k, v),
    removeItem: (k: string) => void kv.delete(k),
  };
  const make = () => {
    const r = compileInkFile(PARTS);
    return new App({
      story: r.json ?? '',
      index: miniContent(),
      storage,
      autosaveName: 'Autosave',
      ports: { askReason: async () => '', showVerdict: async () => undefined },
      now: () => new Date('2026-12-01T12:00:00Z'),
    });
  };
  it('starting another class’s episode keeps the first; ending keeps it too; each resumes into its own class', () => {
    const app = make();
    app.boot();
    expect(app.startEpisode({ id: 'street', part: 'street_part', name: '9B' })).toBe(true);
    expect(app.startEpisode({ id: 'street', part: 'street_part', name: '10A' })).toBe(true);
    expect(app.classSessions().map((s) => [s.name, s.episode, s.shelf])).toEqual([
      ['10A', 'street', null],
      ['9B', 'street', 0],
    ]);
    app.endClass();
    expect(app.current.mode.kind).toBe('chapter');
    expect(app.classSessions().map((s) => s.name)).toEqual(['10A', '9B']);
    const again = make();
    again.boot();
    expect(again.resumeShelvedClass(1)).toBe(true);
    expect(again.current.mode.kind === 'class' && again.current.mode.progress.name).toBe('9B');
    again.deleteClassSession(0);
    expect(again.classSessions().map((s) => s.name)).toEqual(['9B']);
    expect(kv.get(KEYS.classShelf)).toBe('[]');
  });
});

describe('the class’s votes for the debrief and the CSV', () => {
  it('gives readable labels, the count, the class’s choice, history’s, and the reason; the CSV keeps formulas as text', () => {
    const ep = validateClassroom([episode], guide, miniContent(), ['hall_part']).episodes[0] as Episode;
    const progress = {
      episode: 'mini',
      name: '9B',
      votes: { D1: { loose: 20, strict: 31 } },
      chosen: { D1: 'strict' },
      hands: {},
      from: 0,
    };
    const rows = classVoteRows(ep, miniContent(), progress, [{ decision: 'D1', option: 'strict', reason: '=HYPERLINK("x")' }]);
    expect(rows.map((r) => [r.label, r.count, r.chosen, r.history, r.body])).toEqual([
      ['Loose rule', 20, false, true, true],
      ['Strict rule', 31, true, false, true],
    ]);
    const csv = classVotesCsv(rows, {
      header: ['d', 't', 'k', 'o', 'l', 'n', 'c', 'h', 'r'],
      body: 'body',
      advice: 'advice',
      yes: 'yes',
      no: 'no',
    });
    expect(csv.split('\r\n')[2]).toBe('D1,The vote,body,strict,Strict rule,31,yes,no,"\'=HYPERLINK(""x"")"');
  });
});
