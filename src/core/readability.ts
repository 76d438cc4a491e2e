// Flesch-Kincaid grade level of plain English text: 0.39 (words/sentences) + 11.8 (syllables/words) - 15.59.

/** Counts syllables by vowel groups, with the usual corrections for silent e and -le. */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}

export function textStats(text: string): TextStats {
  const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  // A sentence ends at . ! ? or a line break; a line without end punctuation still counts as one.
  const sentences = text.split(/[.!?]+["'”’)]*\s+|[.!?]+["'”’)]*$|\n+/).filter((s) => /[A-Za-z]/.test(s)).length;
  const syl = words.reduce((n, w) => n + syllables(w), 0);
  const wc = words.length;
  const sc = Math.max(1, sentences);
  const grade = wc === 0 ? 0 : 0.39 * (wc / sc) + 11.8 * (syl / wc) - 15.59;
  return { words: wc, sentences: sc, syllables: syl, grade };
}
