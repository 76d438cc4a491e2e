import { describe, expect, it } from 'vitest';
import { checkStory, checkStoryInParallel, formatReport } from '../../scripts/story-check-lib.ts';

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

  it('passes a story written for Inky, listing its own tags (title, author, theme, CLASS, IMAGE) as information', () => {
    const r = checkStory(fixture('inky.ink'), { runs: 50 });
    expect(r.strictTags).toBe(false);
    expect([...r.unknownTags.keys()]).toEqual(
      expect.arrayContaining(['title: The Lighthouse Keeper', 'CLASS: dim', 'IMAGE: lighthouse.png']),
    );
    expect(r.ok).toBe(true);
    const text = formatReport(r);
    expect(text).toMatch(/information only/);
    expect(text).toMatch(/OK$/);
    // asked to, or written for this game, the same tags fail
    expect(checkStory(fixture('inky.ink'), { runs: 5, strictTags: true }).ok).toBe(false);
  });

  it('passes a story whose compiler warnings leave it sound (a blank choice), and says it compiled', () => {
    const r = checkStory(fixture('blank-choice.ink'), { runs: 50 });
    expect(r.compileIssues.some((i) => i.severity === 'warning')).toBe(true);
    expect(r.ok).toBe(true);
    expect(formatReport(r)).not.toMatch(/does not compile/);
  });

  it('fails a story with a loose end: a dead end even where no playthrough happens to reach it', () => {
    const r = checkStory(fixture('loose-end.ink'), { runs: 1 });
    expect(r.ok).toBe(false);
    expect(r.deadEnds.some((d) => /loose end/i.test(d.reason))).toBe(true);
  });

  it('holds the game’s own story to its tag table', () => {
    const r = checkStory(new URL('../../story/main.ink', import.meta.url).pathname, { runs: 1 });
    expect(r.strictTags).toBe(true);
    expect(r.ok).toBe(true);
  });

  it('finds the same on two worker threads as on one', async () => {
    const one = checkStory(fixture('broken.ink'), { runs: 60 });
    const two = await checkStoryInParallel(fixture('broken.ink'), { runs: 60 }, 2);
    expect(two.runs).toBe(60);
    expect(two.endings).toBe(one.endings);
    expect(two.deadEnds.length).toBe(one.deadEnds.length);
    expect(two.runtimeErrors.length).toBe(one.runtimeErrors.length);
    expect([...two.unknownTags.keys()]).toEqual([...one.unknownTags.keys()]);
    expect(two.visited).toEqual(one.visited);
  });
});
