// Content test: every classroom episode has a path that fits one lesson. Read aloud at 140 words a
// minute, the words the class is shown on the lesson path (the lesson brief, the story as played in
// class on history's path, the prompts, the voices the lesson reads, the verdict summaries), plus 15
// minutes of debate and 10 of debrief, must fit 45 minutes. The full text stays one click away.
// Also: class play follows a body's vote (the class is the congress).

import { describe, expect, it } from 'vitest';
import { compileStory, loadClassroom, loadContent, MAIN_INK } from '../../scripts/content.ts';
import { bodyResult, type Episode } from '../../src/core/classroom.ts';
import { episodeOver, historicalChoice, sessionAtPart } from '../../src/core/jump.ts';
import { textStats } from '../../src/core/readability.ts';
import type { Content } from '../../src/core/record.ts';
import { leadAndRest } from '../../src/ui/sentences.ts';

const WPM = 140;
const DEBATE = 15;
const DEBRIEF = 10;
const LESSON = 45;

const json = compileStory(MAIN_INK).json ?? '';
const content = loadContent();
const classroom = loadClassroom(content, json);

const words = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** What is shown on the lesson path of an episode, part by part, in words. */
export function lessonWords(e: Episode, c: Content): { brief: number; story: number; prompts: number; voices: number; verdicts: number } {
  const s = sessionAtPart(json, c, e.part, undefined, { classroom: true });
  if (!s) throw new Error(`episode ${e.id}: no page turn into ${e.part}`);
  let story = 0;
  const taken: string[] = [];
  for (let i = 0; i < 500; i++) {
    const t = s.current;
    story += t.lines.reduce((n, l) => n + words(l.text), 0);
    if (episodeOver(t)) break;
    const pick = historicalChoice(s);
    story += words(t.choices.find((x) => x.index === pick)?.text ?? '');
    if (t.decision) taken.push(t.decision);
    s.choose(pick);
  }
  let verdicts = 0;
  let voices = 0;
  for (const d of taken) {
    const entry = c.record.find((r) => r.id === d);
    if (!entry) continue;
    const hist = entry.options.find((o) => o.id === entry.chosen);
    // the summary layer of a verdict card: title, question, the two choices, what followed at first
    verdicts += words(
      [entry.title, entry.question, hist?.label ?? '', hist?.label ?? '', hist?.detail ?? '', leadAndRest(entry.followed).lead].join(' '),
    );
    if (e.lesson.voices.includes(d)) voices += entry.voices.reduce((n, v) => n + words(v.speech) + words(v.quote?.text ?? ''), 0);
  }
  const prompts = e.decisions.reduce((n, d) => n + words(e.prompts[d] ?? ''), 0);
  return { brief: e.lesson.brief.reduce((n, p) => n + words(p), 0), story, prompts, voices, verdicts };
}

export function lessonMinutes(e: Episode): number {
  const w = lessonWords(e, content);
  return (w.brief + w.story + w.prompts + w.voices + w.verdicts) / WPM + DEBATE + DEBRIEF;
}

describe('each classroom episode fits a 45-minute lesson', () => {
  it.each(classroom.episodes.map((e) => [e.id, e] as const))(
    'episode %s: read aloud at 140 wpm, with 15 min debate and 10 min debrief',
    (_id, e) => {
      const w = lessonWords(e, content);
      const minutes = lessonMinutes(e);
      console.log(`lesson ${e.id}: ${JSON.stringify(w)} = ${minutes.toFixed(1)} min`);
      expect(w.story).toBeGreaterThan(300); // the path really was played
      expect(minutes).toBeLessThanOrEqual(LESSON);
    },
  );
});

describe('class play: the class is the body', () => {
  it('with the seats each faction had and history’s hands, every body vote comes out as history’s', () => {
    for (const e of classroom.episodes) {
      for (const [d, body] of Object.entries(e.bodies)) {
        const entry = content.record.find((r) => r.id === d);
        // each group votes as its card wants; the undecided go with history
        const hands = Object.fromEntries(
          Object.keys(body.seats).map((role) => {
            const card = e.roles.find((r) => r.id === role);
            const want = card?.swing ? entry?.chosen : card?.wants[d];
            return [role, want && body.options.includes(want) ? { [want]: 1 } : {}];
          }),
        );
        expect(bodyResult(body, hands).winner, `${e.id} ${d}`).toBe(entry?.chosen);
      }
    }
  });
  it('in class play the 1903 Paragraph 1 vote is the congress’s, and a lost vote for Martov plays out as speculation', () => {
    const s = sessionAtPart(json, content, 'congress_1903', undefined, { classroom: true });
    if (!s) throw new Error('no 1903 part');
    for (let i = 0; i < 200 && s.current.decision !== 'DP04a'; i++) s.choose(historicalChoice(s));
    expect(s.current.choices.map((c) => c.option).sort()).toEqual(['lenin', 'martov']);
    const lenin = s.current.choices.find((c) => c.option === 'lenin');
    s.choose(lenin?.index ?? -1);
    const said = s.current.lines.concat(s.backlog.flatMap((b) => b.turn.lines));
    const carried = said.find((l) => l.text.startsWith("Lenin's wording carries"));
    expect(carried?.speculation).toBe(true);
  });
  it('played alone, the story never offers the congress’s vote (in_class() is false)', () => {
    const s = sessionAtPart(json, content, 'congress_1903');
    if (!s) throw new Error('no 1903 part');
    for (let i = 0; i < 200 && s.current.decision !== 'DP04a'; i++) s.choose(historicalChoice(s));
    expect(s.current.choices.map((c) => c.option).sort()).toEqual(['abstain', 'lenin', 'martov']);
  });
});

describe('the lesson path reads and plays as the class sees it', () => {
  it.each(classroom.episodes.map((e) => [e.id, e] as const))(
    'episode %s: the lesson brief reads at grade 9 or lower; class play takes its decisions',
    (_id, e) => {
      expect(textStats(e.lesson.brief.join('\n')).grade).toBeLessThanOrEqual(9);
      const s = sessionAtPart(json, content, e.part, undefined, { classroom: true });
      if (!s) throw new Error('no part');
      const seen: string[] = [];
      for (let i = 0; i < 500 && !episodeOver(s.current); i++) {
        if (s.current.decision) seen.push(s.current.decision);
        s.choose(historicalChoice(s));
      }
      expect(seen).toEqual(e.decisions);
    },
  );
  it('every faction the 1903 episode names has a voice at Paragraph 1, the Economists too', () => {
    const voices = content.record.find((r) => r.id === 'DP04a')?.voices.map((v) => v.who) ?? [];
    expect(voices).toEqual(expect.arrayContaining(['lenin', 'martov', 'plekhanov', 'liber', 'akimov']));
  });
});
