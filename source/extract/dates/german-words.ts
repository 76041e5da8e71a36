// German calendar vocabulary and a word-edge helper shared by the date parsers.

/**
 * A regular expression for `source` standing as whole words. JavaScript's \b does not know
 * umlauts ("übermorgen", "März"), so the edges are spelled out with Unicode letter classes.
 */
export function words(source: string, flags = ''): RegExp {
  return new RegExp(`(?<![\\p{L}\\d])(?:${source})(?![\\p{L}\\d])`, `${flags}u`);
}

export const MONTHS: Record<string, number> = {
  januar: 1, jänner: 1, februar: 2, märz: 3, april: 4, mai: 5, juni: 6,
  juli: 7, august: 8, september: 9, oktober: 10, november: 11, dezember: 12,
};

/** Capitalised month names as an alternation; lower-case "mai" is not a month in running text. */
export const MONTH_NAMES = Object.keys(MONTHS)
  .map((name) => name[0]!.toUpperCase() + name.slice(1))
  .join('|');

export function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase()] ?? 0;
}

/** 0 = Sunday, as in JavaScript. */
export const WEEKDAYS: Record<string, number> = {
  sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6,
};

export const WEEKDAY_NAMES = Object.keys(WEEKDAYS)
  .map((name) => name[0]!.toUpperCase() + name.slice(1))
  .join('|');

export function weekdayNumber(name: string): number {
  return WEEKDAYS[name.toLowerCase()] ?? 0;
}

/** Modifiers before a day, week, month or year that fix which one is meant. */
// Counts spelt out, in the forms the date patterns read ("einen Monat später", "vor einer Woche").
const COUNT_WORDS: Record<string, number> = {ein: 1, eine: 1, einen: 1, einem: 1, einer: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12};

/** The number a count stands for, spelt out in any case ("Zwei", "einen") or in digits ("3", "3-" of "3-tägig"). */
export function countNumber(word: string): number {
  return COUNT_WORDS[word.toLowerCase()] ?? Number.parseInt(word, 10);
}

export const NEXT = '(?:kommende[nmrs]?|nächste[nmrs]?|folgende[nmrs]?)';
export const LAST = '(?:vergangene[nmrs]?|letzte[nmrs]?|vorige[nmrs]?)';
export const THIS = '(?:diese[nmrs]?|laufende[nmrs]?)';

export type Shift = -1 | 0 | 1;

/** -1 for "vergangene", 1 for "kommende", 0 for "diese" or nothing. */
export function shiftOf(modifier: string | undefined): Shift {
  if (!modifier) return 0;
  if (new RegExp(`^${NEXT}$`, 'iu').test(modifier)) return 1;
  if (new RegExp(`^${LAST}$`, 'iu').test(modifier)) return -1;
  return 0;
}
