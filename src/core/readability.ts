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

/**
 * The Russian reading grade: the Flesch-Kincaid grade as adapted to Russian (I. Begtin's
 * calibration against school texts, used by the Plain Russian project): 0.5 (words/sentences)
 * + 8.4 (syllables/words) - 15.59. A Russian syllable is a vowel, so the count is exact.
 */
export function textStatsRu(text: string): TextStats {
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const sentences = text.split(/[.!?…]+[»"”’)]*\s+|[.!?…]+[»"”’)]*$|\n+/u).filter((s) => /\p{L}/u.test(s)).length;
  const syl = words.reduce((n, w) => n + Math.max(1, (w.toLowerCase().match(/[аеёиоуыэюя]/g) ?? []).length), 0);
  const wc = words.length;
  const sc = Math.max(1, sentences);
  const grade = wc === 0 ? 0 : 0.5 * (wc / sc) + 8.4 * (syl / wc) - 15.59;
  return { words: wc, sentences: sc, syllables: syl, grade };
}
