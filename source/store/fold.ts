// German readers type umlauts three ways: "Gespräche", "Gesprache" (no umlaut keys) and
// "Gespraeche" (the old transliteration). The FTS tokenizer already folds ä→a; this adds the
// ä→ae spelling of every word that has one, so all three find the same article.
const transliterations: Record<string, string> = {ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss'};
// Tried only where a word starts: from every letter inside a long word it cost a large poll seconds.
const umlautWord = /(?<![\p{L}\p{N}])[\p{L}\p{N}]*[äöüÄÖÜß][\p{L}\p{N}]*/gu;

/** The text to index: the original plus the transliterated spelling of each word with umlauts. */
export function foldForIndex(text: string): string {
  const extra = text.match(umlautWord)?.map(word => word.replace(/[äöüÄÖÜß]/g, c => transliterations[c] ?? c)) ?? [];
  return extra.length === 0 ? text : `${text}\n${extra.join(' ')}`;
}

/**
 * A user's search words as an FTS5 query: every word must appear, each as a prefix, so
 * "selensk gespr" finds "Selenskyj" and "Gespräche". Quotes keep FTS syntax out of user input.
 */
export function toMatchQuery(search: string): string | null {
  const words = search.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.map(word => `"${word}"*`).join(' ');
}
