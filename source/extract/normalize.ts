// Folding for comparing names: "Selenskyj", "SELENSKYJ" and "Sélenskyj" are one key; umlauts
// become their two-letter spellings so "Söder" and "Soeder" meet.

/** Lower case, umlauts spelled out, accents and punctuation removed, single spaces. */
export function foldName(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escapes text for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A name folded further, so transliterations of one Cyrillic name meet: "Wolodymyr" and
 * "Volodymyr", "Juri" and "Yuri", "Umerow" and "Umerov".
 */
export function spellingKey(name: string): string {
  return foldName(name).replace(/w/g, 'v').replace(/[jy]/g, 'i');
}

/** Levenshtein distance: how many letters to insert, delete or change to turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
