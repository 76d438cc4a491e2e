// Finds glossary terms in a line of story text: the first appearance of each term in a playthrough.

import { type Content, type GlossaryEntry } from './record.ts';

export type Segment = string | { text: string; entry: GlossaryEntry };

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Term {
  id: string;
  /** entries of this term, newest `from` first */
  entries: GlossaryEntry[];
  /** the words it is written as: a line holding none of them is not searched (a plain substring test is
   * far quicker than the pattern, which must check the letters around each place it could start) */
  words: string[];
  re: RegExp;
}

/** Terms are compiled once per content (a choice must show its text within a frame). */
const compiled = new WeakMap<Content, Term[]>();

function termsOf(content: Content): Term[] {
  const hit = compiled.get(content);
  if (hit) return hit;
  const byId = new Map<string, GlossaryEntry[]>();
  for (const g of content.glossary) byId.set(g.id, [...(byId.get(g.id) ?? []), g]);
  const terms: Term[] = [];
  for (const [id, entries] of byId) {
    const words = [...new Set(entries.flatMap((g) => g.match))].sort((a, b) => b.length - a.length);
    if (words.length === 0) continue;
    terms.push({
      id,
      entries: [...entries].sort((a, b) => b.from.localeCompare(a.from)),
      words,
      re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'u'),
    });
  }
  compiled.set(content, terms);
  return terms;
}

/**
 * Splits `text` into plain strings and links. A term is linked the first time it appears
 * (ids in `seen` are skipped and new ones added), and only when an entry exists at `date`
 * (New Style ISO): the reader is never told what happens after the scene.
 */
export function linkTerms(text: string, content: Content, date: string, seen: Set<string>): Segment[] {
  const hits: { start: number; end: number; entry: GlossaryEntry }[] = [];
  for (const t of termsOf(content)) {
    if (seen.has(t.id) || !t.words.some((w) => text.includes(w))) continue;
    const m = t.re.exec(text);
    if (!m) continue;
    const entry = t.entries.find((e) => e.from <= date);
    if (!entry) continue;
    hits.push({ start: m.index, end: m.index + m[0].length, entry });
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
