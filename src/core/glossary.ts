// Finds glossary terms in a line of story text: the first appearance of each term in a playthrough.

import { type Content, type GlossaryEntry } from './record.ts';

export type Segment = string | { text: string; entry: GlossaryEntry };

interface Term {
  id: string;
  /** entries of this term, newest `from` first */
  entries: GlossaryEntry[];
  /** the words it is written as, longest first */
  words: string[];
}

/**
 * A letter or a digit in any script just before or just after a place in a text (a term is linked only as
 * a whole word). Two patterns shared by all terms: a pattern per term, compiled when a line first needed
 * it, cost a choice up to 16 ms at 4x CPU.
 */
const WORD_BEFORE = /[\p{L}\p{N}]$/u;
const WORD_AFTER = /^[\p{L}\p{N}]/u;

/** Terms are compiled once per content (a choice must show its text within a frame). */
const compiled = new WeakMap<Content, Term[]>();

function termsOf(content: Content): Term[] {
  const hit = compiled.get(content);
  if (hit) return hit;
  const byId = new Map<string, GlossaryEntry[]>();
  for (const g of content.glossary) byId.set(g.id, [...(byId.get(g.id) ?? []), g]);
  const terms: Term[] = [];
  for (const [id, entries] of byId) {
    const words = [...new Set(entries.flatMap((g) => g.match))].filter((w) => w !== '').sort((a, b) => b.length - a.length);
    if (words.length === 0) continue;
    terms.push({ id, entries: [...entries].sort((a, b) => b.from.localeCompare(a.from)), words });
  }
  compiled.set(content, terms);
  return terms;
}

/** Where a term first appears as a whole word: the earliest place, and there its longest word. */
function firstAppearance(term: Term, text: string): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  for (const w of term.words) {
    for (let i = text.indexOf(w); i !== -1 && (best === null || i < best.start); i = text.indexOf(w, i + 1)) {
      // two code units either side hold a whole character, even one outside the BMP
      if (WORD_BEFORE.test(text.slice(Math.max(0, i - 2), i)) || WORD_AFTER.test(text.slice(i + w.length, i + w.length + 2))) continue;
      best = { start: i, end: i + w.length };
      break;
    }
  }
  return best;
}

/**
 * Splits `text` into plain strings and links. A term is linked the first time it appears
 * (ids in `seen` are skipped and new ones added), and only when an entry exists at `date`
 * (New Style ISO): the reader is never told what happens after the scene.
 */
export function linkTerms(text: string, content: Content, date: string, seen: Set<string>): Segment[] {
  const hits: { start: number; end: number; entry: GlossaryEntry }[] = [];
  for (const t of termsOf(content)) {
    if (seen.has(t.id)) continue;
    const at = firstAppearance(t, text);
    if (!at) continue;
    const entry = t.entries.find((e) => e.from <= date);
    if (!entry) continue;
    hits.push({ ...at, entry });
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  for (const h of hits) {
    if (h.start < at) continue; // overlaps an earlier link
    if (h.start > at) out.push(text.slice(at, h.start));
    out.push({ text: text.slice(h.start, h.end), entry: h.entry });
    seen.add(h.entry.id);
    at = h.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
