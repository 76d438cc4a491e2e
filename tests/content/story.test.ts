// Content tests: the real story/ folder, compiled and played by the game's own core.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileStory, loadClassroom, loadContent, MAIN_INK } from '../../scripts/content.ts';
import { checkPath } from '../../src/core/checker.ts';
import { glossaryAt } from '../../src/core/record.ts';
import { textStats } from '../../src/core/readability.ts';
import { TAG_NAMES } from '../../src/core/tags.ts';
import { historicalWalk, randomWalk } from './walk.ts';
import { storyTags } from '../../scripts/story-check-play.ts';

const compiled = compileStory(MAIN_INK);
const content = loadContent();
const json = compiled.json ?? '{"inkVersion":21,"root":[]}';

describe('the story compiles', () => {
  it('with no errors and no warnings', () => {
    expect(compiled.issues.filter((i) => i.severity !== 'todo')).toEqual([]);
    expect(compiled.json).not.toBeNull();
  });
  it('uses only tags the game knows', () => {
    const names = storyTags(json).map((t) => (t.includes(':') ? t.slice(0, t.indexOf(':')) : t).trim());
    expect(names.length).toBeGreaterThan(10);
    for (const n of names) expect(TAG_NAMES).toContain(n);
  });
  it('documents every tag in story/README.md', () => {
    const readme = readFileSync(new URL('../../story/README.md', import.meta.url), 'utf8');
    for (const n of TAG_NAMES) expect(readme).toContain(`\`# ${n}`);
  });
});

describe('story and record agree', () => {
  const decisionTags = storyTags(json)
    .filter((t) => t.startsWith('decision:'))
    .map((t) => t.slice('decision:'.length).trim());
  it('every decision point in the story has a record entry', () => {
    expect(decisionTags.length).toBeGreaterThanOrEqual(3);
    for (const d of decisionTags) expect(content.record.map((e) => e.id)).toContain(d);
  });
  it('every record entry is a decision point of the story', () => {
    for (const e of content.record) expect(decisionTags).toContain(e.id);
  });
  it('every ending in the story is listed, and every listed ending is in the story', () => {
    const endings = new Set(
      storyTags(json)
        .filter((t) => t.startsWith('ending:'))
        .map((t) => t.slice(7).trim()),
    );
    expect([...endings].sort()).toEqual(content.endings.map((e) => e.id).sort());
    expect(content.endings.filter((e) => e.historical)).toHaveLength(1);
  });
});

describe('playing the story', () => {
  it('the historical choices reproduce the record and reach the historical ending', () => {
    const walk = historicalWalk(json, content);
    const summary = checkPath(content, walk.decisions);
    expect(summary.diverged).toEqual([]);
    expect(walk.decisions.map((d) => d.decision).sort()).toEqual(content.record.map((e) => e.id).sort());
    const historical = content.endings.find((e) => e.historical);
    expect(walk.ending).toBe(historical?.id);
  });

  // The 1,000 seeded random playthroughs (every one ends at a listed ending, every option is taken,
  // no line contradicts an earlier choice) are in continuity.test.ts: one pass over the runner.

  it('the opening sets the scene: place, date, people and whose shoes', () => {
    const walk = historicalWalk(json, content);
    const first = walk.turns[0];
    expect(first?.stage.place).toBeTruthy();
    expect(first?.stage.date).toBeTruthy();
    expect(first?.stage.actor).toBe('trotsky');
    expect(first?.stage.people.length).toBeGreaterThan(0);
  });
});

describe('words for readers of 14 and up', () => {
  const walks = Array.from({ length: 300 }, (_, i) => randomWalk(json, content, 5000 + i));
  walks.push(historicalWalk(json, content));

  it('narration reads at Flesch-Kincaid grade 9 or lower (quotations excepted)', () => {
    const lines = new Set<string>();
    for (const w of walks) for (const t of w.turns) for (const l of t.lines) if (!l.quote) lines.add(l.text);
    const stats = textStats([...lines].join('\n'));
    expect(stats.words).toBeGreaterThan(1000);
    expect(stats.grade).toBeLessThanOrEqual(9);
  });

  it('every glossary word in the text links to an entry known at the scene date', () => {
    const esc = (m: string) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const patterns = content.glossary
      .filter((g) => g.match.length > 0)
      .map((g) => ({ id: g.id, re: new RegExp(`(?<![\\p{L}\\p{N}])(${g.match.map(esc).join('|')})(?![\\p{L}\\p{N}])`, 'u') }));
    const problems = new Set<string>();
    const seen = new Set<string>();
    for (const w of walks) {
      for (const t of w.turns) {
        const date = t.stage.date?.ns ?? '';
        for (const l of t.lines) {
          const key = `${date}|${l.text}`;
          if (seen.has(key)) continue;
          seen.add(key);
          for (const p of patterns) {
            if (p.re.test(l.text) && !glossaryAt(content, p.id, date)) problems.add(`${p.id} on ${date}`);
          }
        }
      }
    }
    expect([...problems]).toEqual([]);
  });

  it('no glossary entry names a year after the date it holds from (no hindsight)', () => {
    const late = content.glossary.filter((g) => {
      const years = [...g.text.matchAll(/\b(18[89]\d|19[01]\d)\b/g)].map((m) => Number(m[1]));
      return years.some((y) => y > Number(g.from.slice(0, 4)));
    });
    expect(late.map((g) => `${g.id}@${g.from}`)).toEqual([]);
  });

  it('every glossary entry is reachable from the text', () => {
    const text = walks.flatMap((w) => w.turns.flatMap((t) => t.lines.map((l) => l.text))).join('\n');
    const unused = [...new Set(content.glossary.map((g) => g.id))].filter(
      (id) => !content.glossary.filter((g) => g.id === id).some((g) => g.match.some((m) => text.includes(m))),
    );
    expect(unused).toEqual([]);
  });
});

describe('parts and episodes', async () => {
  const { sessionAtPart, episodeOver, historicalChoice } = await import('../../src/core/jump.ts');
  const parts = [...json.matchAll(/\^part: ([a-z0-9_]+)/g)].map((m) => m[1] ?? '');
  it('the chapter turns the page into each part', () => {
    expect(parts.length).toBeGreaterThanOrEqual(10);
  });
  it.each(parts)('the part %s can be started on its own, as history had it, and ends at the next page turn', (part) => {
    const s = sessionAtPart(json, content, part);
    expect(s).not.toBeNull();
    if (!s) return;
    expect(s.current.lines.length).toBeGreaterThan(0);
    expect(s.current.stage.place).toBeTruthy();
    let steps = 0;
    while (!episodeOver(s.current) && steps++ < 500) s.choose(historicalChoice(s));
    expect(episodeOver(s.current)).toBe(true);
  });
});

describe('classroom episodes', async () => {
  const { sessionAtPart, episodeOver, historicalChoice } = await import('../../src/core/jump.ts');
  const classroom = loadClassroom(content, json);
  it('five episodes, each with role cards, prompts and a teacher guide', () => {
    expect(classroom.episodes.map((e) => e.id)).toEqual(['1903', '1905', '1912', 'aug-1917', 'oct-1917']);
    for (const e of classroom.episodes) expect(e.roles.length).toBeGreaterThanOrEqual(4);
    expect(classroom.guide.sections.map((s) => s.id)).toEqual(
      expect.arrayContaining(['objectives', 'timeline', 'vocabulary', 'hard-matters', 'sources-and-perspectives']),
    );
  });
  it.each(classroom.episodes.map((e) => [e.id, e] as const))('episode %s plays exactly its decisions along history', (_id, e) => {
    const s = sessionAtPart(json, content, e.part);
    expect(s).not.toBeNull();
    if (!s) return;
    const seen: string[] = [];
    let steps = 0;
    while (!episodeOver(s.current) && steps++ < 500) {
      if (s.current.decision) seen.push(s.current.decision);
      s.choose(historicalChoice(s));
    }
    expect(seen).toEqual(e.decisions);
  });
  it('briefs read at grade 9 or lower', () => {
    for (const e of classroom.episodes) expect(textStats(e.brief.join('\n')).grade).toBeLessThanOrEqual(9);
  });
});

describe('saves, as a property of any playthrough', async () => {
  const { Session } = await import('../../src/core/session.ts');
  const { makeSave, parseSave } = await import('../../src/core/saves.ts');
  const { rng } = await import('./walk.ts');
  it('saving and restoring at random points of 60 random playthroughs gives the same story afterwards', () => {
    const meta = { name: 'p', savedAt: '2026-01-01T00:00:00Z', place: 'x', date: 'y' };
    for (let seed = 1; seed <= 60; seed++) {
      const r = rng(seed * 7919);
      const a = new Session(json, content);
      a.start();
      let b: InstanceType<typeof Session> | null = null;
      for (let step = 0; step < 400 && a.current.choices.length > 0; step++) {
        if (b === null && r() < 0.08) {
          // save through the real file format, restore into a fresh session
          const check = parseSave(makeSave(a.save(), meta), a.fingerprint);
          expect(check.ok).toBe(true);
          if (!check.ok) return;
          b = new Session(json, content);
          expect(b.restore(check.state)).toEqual(a.current);
        }
        const pick = a.current.choices[Math.floor(r() * a.current.choices.length)]?.index ?? 0;
        const ta = a.choose(pick);
        if (b) expect(b.choose(pick)).toEqual(ta);
      }
      if (b) {
        expect(b.decisions).toEqual(a.decisions);
        expect(b.current.ending).toBe(a.current.ending);
      }
    }
  });
  it('stepping back and choosing again is the same as having chosen that way', () => {
    const a = new Session(json, content);
    a.start();
    const r = rng(4242);
    for (let i = 0; i < 25; i++) a.choose(a.current.choices[Math.floor(r() * a.current.choices.length)]?.index ?? 0);
    const before = a.current;
    const other = before.choices.length > 1 ? (before.choices[1]?.index ?? 0) : 0;
    a.choose(before.choices[0]?.index ?? 0);
    expect(a.rollback()).toEqual(before);
    const viaRollback = a.choose(other);
    const fresh = new Session(json, content);
    fresh.start();
    const r2 = rng(4242);
    for (let i = 0; i < 25; i++) fresh.choose(fresh.current.choices[Math.floor(r2() * fresh.current.choices.length)]?.index ?? 0);
    expect(fresh.choose(other)).toEqual(viaRollback);
  });
});
