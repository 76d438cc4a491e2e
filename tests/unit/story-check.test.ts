import { describe, expect, it } from 'vitest';
import { checkStory, formatReport } from '../../scripts/story-check-lib.ts';

const fixture = (name: string) => new URL(`../fixtures/check/${name}`, import.meta.url).pathname;

describe('story check for writers', () => {
  it('passes a story with INCLUDE, EXTERNAL, threads, tunnels and lists', () => {
    const r = checkStory(fixture('features.ink'), { runs: 200 });
    expect(formatReport(r)).toMatch(/OK$/);
    expect(r.ok).toBe(true);
    expect(r.externals).toEqual(['playSound', 'roll']);
    expect(r.knots).toEqual(expect.arrayContaining(['start', 'chatter', 'finale', 'side_room', 'roll']));
    expect(r.visited).toEqual(expect.arrayContaining(['start', 'chatter', 'finale', 'side_room']));
    expect(r.endings).toBe(200);
  });

  it('reports dead ends, runtime errors and unknown tags, and fails', () => {
    const r = checkStory(fixture('broken.ink'), { runs: 100 });
    expect(r.ok).toBe(false);
    expect(r.unknownTags.has('colour: red')).toBe(true);
    expect(r.runtimeErrors.length + r.deadEnds.length).toBeGreaterThan(0);
    const text = formatReport(r);
    expect(text).toMatch(/knots visited: 4 of 4/);
    expect(text).toMatch(/FAILED$/);
  });

  it('fails a story that does not compile, with the file and line', () => {
    const r = checkStory(fixture('../mini/vote.ink'), { runs: 1 });
    expect(r.ok).toBe(false);
  });
});
