// Finds glossary terms in a line of story text: the first appearance of each term in a playthrough.

import { glossaryAt, type Content, type GlossaryEntry } from './record.ts';

export type Segment = string | { text: string; entry: GlossaryEntry };

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Splits `text` into plain strings and links. A term is linked the first time it appears
 * (ids in `seen` are skipped and new ones added), and only when an entry exists at `date`
 * (New Style ISO): the reader is never told what happens after the scene.
 */
export function linkTerms(text: string, content: Content, date: string, seen: Set<string>): Segment[] {
  const hits: { start: number; end: number; entry: GlossaryEntry }[] = [];
  const ids = [...new Set(content.glossary.map((g) => g.id))];
  for (const id of ids) {
    if (seen.has(id)) continue;
    const entry = glossaryAt(content, id, date);
    if (!entry) continue;
    const words = [...new Set(content.glossary.filter((g) => g.id === id).flatMap((g) => g.match))];
    let best: { start: number; end: number } | null = null;
    for (const w of words) {
      const m = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(w)}(?![\\p{L}\\p{N}])`, 'u').exec(text);
      if (m && (!best || m.index < best.start)) best = { start: m.index, end: m.index + w.length };
    }
    if (best) hits.push({ ...best, entry });
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
