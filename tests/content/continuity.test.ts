// Continuity: 1,000 seeded random playthroughs; every line shown is checked against the choices
// taken before it, using the claims writers attach to lines (`# presumes: DP03 = escape`).

import { describe, expect, it } from 'vitest';
import { compileStory, loadContent, MAIN_INK } from '../../scripts/content.ts';
import { contradictions, ENDING_CLAIM, type Shown, type TakenSoFar } from '../../src/core/continuity.ts';
import { rng } from '../../src/core/random.ts';
import { StoryRunner } from '../../src/core/runner.ts';
import { parseTag, type Claim, type Cue } from '../../src/core/tags.ts';
import { loadLanguage, sourceTexts } from '../../scripts/i18n-lib.ts';
import { lineText } from '../../src/core/i18n.ts';
import { storyTags } from '../../scripts/story-check-play.ts';

const compiled = compileStory(MAIN_INK);
const content = loadContent();
const json = compiled.json ?? '{"inkVersion":21,"root":[]}';

interface Played {
  shown: Shown[];
  ending: string | null;
  taken: TakenSoFar[];
  /** every line shown, with whether it is speculation */
  lines: { text: string; speculation: boolean }[];
  /** what of it a language's table must give: each line's and each choice's text and ids */
  texts: { text: string; ids: string[] }[];
}

const claimsOf = (cues: readonly Cue[]): Claim[] => cues.flatMap((c) => (c.kind === 'presumes' ? c.claims : []));
const idsOf = (cues: readonly Cue[]): string[] => cues.flatMap((c) => (c.kind === 'id' ? [c.id] : []));

// The same walks check the translations: every line and choice shown has its Russian (tests/content/i18n.test.ts checks the rest)
const russian = loadLanguage('ru');
const english = new Map<string, string>();
for (const texts of sourceTexts().values()) for (const [id, t] of texts) if (typeof t.en === 'string') english.set(id, t.en);
const missingRussian = new Set<string>();
const shownIds = new Set<string>();
function checkRussian(w: Played): void {
  for (const { text, ids } of w.texts) {
    if (ids.length === 0 || ids.map((i) => english.get(i)).join(' ') !== text)
      missingRussian.add(`a line the tables do not give as shown: «${text.slice(0, 70)}» (ids: ${ids.join(', ') || 'none'})`);
    else if (lineText(ids, '', russian) === '') missingRussian.add(`no Russian for ${ids.join(' + ')}: «${text.slice(0, 60)}»`);
    for (const i of ids) shownIds.add(i);
  }
}

// one runner for every walk: parsing the story once is most of the time saved
const runner = new StoryRunner(json);
const fresh = runner.save();

/** Plays one walk with the runner itself, so that each line keeps its cues. */
function play(pick: (choices: number, decision: string | null, options: (string | null)[]) => number): Played {
  runner.restore(fresh);
  const shown: Shown[] = [];
  const lines: Played['lines'] = [];
  const texts: Played['texts'] = [];
  let taken: TakenSoFar[] = [];
  let ending: string | null = null;
  for (let step = 0; step < 2000; step++) {
    const s = runner.continue();
    let decision: string | null = null;
    for (const l of s.lines) {
      shown.push({ text: l.text, claims: claimsOf(l.cues), taken });
      lines.push({ text: l.text, speculation: l.cues.some((c) => c.kind === 'speculation') });
      if (l.text !== '') texts.push({ text: l.text, ids: idsOf(l.cues) });
      for (const c of l.cues) {
        if (c.kind === 'decision') decision = c.id;
        if (c.kind === 'ending') ending = c.id;
      }
    }
    if (s.choices.length === 0) break;
    const options = s.choices.map((c) => c.cues.find((x) => x.kind === 'option')?.id ?? null);
    for (const c of s.choices) {
      shown.push({ text: `[${c.text}]`, claims: claimsOf(c.cues), taken });
      texts.push({ text: c.text, ids: idsOf(c.cues) });
    }
    const i = pick(s.choices.length, decision, options);
    const chosen = s.choices[i];
    if (!chosen) throw new Error('no such choice');
    const option = options[i];
    if (decision && option) taken = [...taken, { decision, option }];
    runner.choose(chosen.index);
  }
  return { shown, ending, taken, lines, texts };
}

function randomPlay(seed: number): Played {
  const r = rng(seed);
  return play((n) => Math.floor(r() * n));
}

function historicalPlay(): Played {
  return play((_n, decision, options) => {
    if (!decision) return 0;
    const entry = content.record.find((e) => e.id === decision);
    const i = options.indexOf(entry?.chosen ?? '');
    if (i < 0) throw new Error(`decision ${decision}: the historical option is not offered`);
    return i;
  });
}

describe('continuity: the story remembers the player’s choices', () => {
  it('every claim in the story names a real decision and real options (or an ending)', () => {
    // every "# presumes:" tag in the compiled story, reachable or not (tags compile to "#", "^text", "/#")
    const tags = storyTags(json);
    const claims = tags.filter((t) => t.startsWith('presumes:')).flatMap((t) => claimsOf([parseTag(t)]));
    expect(claims.length).toBeGreaterThan(100);
    const bad = new Set<string>();
    for (const c of claims) {
      const known =
        c.decision === ENDING_CLAIM
          ? content.endings.map((e) => e.id)
          : (content.record.find((e) => e.id === c.decision)?.options.map((o) => o.id) ?? null);
      if (known === null) bad.add(`no decision ${c.decision}`);
      else for (const o of c.options) if (!known.includes(o)) bad.add(`${c.decision} has no option ${o}`);
    }
    expect([...bad]).toEqual([]);
  });

  // 1,000 seeded walks in four batches, so that no single test runs long on a busy machine
  const found = new Map<string, string>();
  const endings = new Set<string>();
  const seen = new Set<string>();
  let claimsChecked = 0;
  const BATCH = 250;
  it.each([0, 1, 2, 3])('seeded random playthroughs, batch %i of 250: no line contradicts an earlier choice', (batch) => {
    for (let seed = batch * BATCH + 1; seed <= (batch + 1) * BATCH; seed++) {
      const w = randomPlay(seed);
      expect(w.ending, `seed ${seed} ended without an # ending tag`).not.toBeNull();
      endings.add(w.ending ?? '');
      for (const d of w.taken) seen.add(`${d.decision}:${d.option}`);
      for (const s of w.shown) claimsChecked += s.claims.length;
      checkRussian(w);
      for (const c of contradictions(w.shown, w.ending)) {
        const key = `${c.line} [${c.claim}]`;
        if (!found.has(key)) found.set(key, `seed ${seed}: "${c.line}" presumes ${c.claim}, but ${c.why}; path: ${c.path}`);
      }
    }
    expect([...found.values()]).toEqual([]);
  });

  it('the 1,000 playthroughs reach every listed ending, take every option, and check many claims', () => {
    expect(claimsChecked).toBeGreaterThan(1000);
    expect([...endings].sort()).toEqual(content.endings.map((e) => e.id).sort());
    // every option of every decision was offered and taken by some playthrough
    for (const e of content.record) for (const o of e.options) expect(seen).toContain(`${e.id}:${o.id}`);
  });

  it('the historical path shows no line marked as speculation', () => {
    const w = historicalPlay();
    expect(w.lines.filter((l) => l.speculation).map((l) => l.text)).toEqual([]);
    checkRussian(w);
  });

  it('the historical path and the 1,000 playthroughs run in Russian without a missing line or choice', () => {
    const missing = [...missingRussian];
    expect(missing.slice(0, 12), `${missing.length} problems`).toEqual([]);
    expect(shownIds.size).toBeGreaterThan(800);
  });
});
