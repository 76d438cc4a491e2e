// Splits a paragraph of the record into its lead (a sentence or two, for a verdict's summary) and the rest.
// Plain text in, plain text out: no DOM, so it is tested in Node.

/**
 * Words before a full stop that do not end a sentence, in English and Russian: an initial ("G. A. Ziv",
 * «Л. Д. Троцкий»), "St.", "ch.", «т.», «гл.», «с.», «г.», «см.», «т. е.».
 */
const NOT_AN_END =
  /(?:^|[\s(«„])(?:\p{Lu}|St|Mr|Mrs|Dr|ch|cf|vol|no|pp|p|c|e\.g|i\.e|etc|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|т|гл|с|г|гг|вв|см|ср|им|изд|т\. е|и т\. д|и т\. п|др|пер|англ)\.$/u;

/** The sentences of `text`, each with its closing punctuation (and any closing quote or bracket). */
export function sentences(text: string): string[] {
  const out: string[] = [];
  // a sentence ends at . ! ? or …, with any closing quote or bracket, before a capital letter of any script
  const re = /[.!?…]['"’”»)]*(?=\s+['"‘“«„(—–-]?\s?[\p{Lu}0-9])/gu;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (NOT_AN_END.test(text.slice(start, m.index + 1))) continue;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  const tail = text.slice(start).trim();
  if (tail) out.push(tail);
  return out;
}

/** The first sentence (two when the first is very short) and what follows it. */
export function leadAndRest(text: string, minWords = 12): { lead: string; rest: string } {
  const all = sentences(text);
  let n = 0;
  let words = 0;
  while (n < all.length && (n === 0 || words < minWords)) {
    words += (all[n] ?? '').split(/\s+/).length;
    n++;
  }
  return { lead: all.slice(0, n).join(' '), rest: all.slice(n).join(' ') };
}
