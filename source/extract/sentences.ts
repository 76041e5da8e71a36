// Splits German news prose into sentences with offsets, so extractors can look at the clause
// a name or a date stands in. German full stops are busy: ordinals ("am 15. August"),
// abbreviations ("z. B.", "Prof.") and initials ("Donald J. Trump") must not end a sentence.

export type Sentence = {
  text: string;
  /** Offsets into the text given to splitSentences: text === input.slice(start, end). */
  start: number;
  end: number;
  /** Index of the paragraph (blocks separated by blank lines), from 0. */
  paragraph: number;
};

// Lower-cased, without the final dot. Single letters ("z. B.", "J.") are handled apart.
const ABBREVIATIONS = new Set([
  'dr', 'prof', 'bzw', 'nr', 'st', 'ca', 'mio', 'mrd', 'etc', 'usw', 'vgl', 'ggf', 'abs', 'art',
  'bd', 'jh', 'jhd', 'str', 'tel', 'geb', 'gest', 'inkl', 'evtl', 'sog', 'bspw', 'zzgl', 'ggü',
  'mr', 'mrs', 'ms', 'jr', 'sr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'maj', 'capt', 'co',
  'inc', 'ltd', 'corp', 'hl', 'min', 'std', 'tsd', 'ehem', 'max', 'mind', 'rd', 'ebd', 'ff', 'u.a',
  'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
  'med', 'phil', 'jur', 'rer', 'nat', 'habil', 'doz',
]);
// Titles spelled like German words ("mag", "ing"), so they count only capitalised: "Mag. Eva Probe".
const CAPITALISED_TITLES = new Set(['Mag', 'Ing', 'Dipl']);

// A sentence ends at . ! ? or … (with closing quotes or brackets after it) before white space,
// or, on pages whose paragraphs were copied without a break between them ("drängt.Wir sind"),
// straight before a capitalised word after a lower-case word.
const END = /[.!?…]+["“”»«'’)]*(?=\s|(?<=\p{Ll}{2}[.!?])\p{Lu}\p{Ll})/gu;
// What may start the next sentence: a capital, a digit or an opening quote.
const NEXT_START = /^\s+["„“»«'‚(]?[\p{Lu}\d]/u;

const LETTER = /^\p{L}$/u;

/**
 * The letters and dots `before` ends with: what /([\p{L}.]+)$/u finds, read backwards from the
 * end instead of tried from every position of the text before each full stop.
 */
function trailingWord(before: string): string {
  let start = before.length;
  while (start > 0) {
    const code = before.charCodeAt(start - 1);
    if (code === 46 || (code >= 97 && code <= 122) || (code >= 65 && code <= 90)) {
      start--;
      continue;
    }
    if (code < 128) break;
    // Beyond ASCII a letter may be a surrogate pair: its two halves are one character.
    const width = (code & 0xfc00) === 0xdc00 && start >= 2 && (before.charCodeAt(start - 2) & 0xfc00) === 0xd800 ? 2 : 1;
    if (!LETTER.test(before.slice(start - width, start))) break;
    start -= width;
  }
  return before.slice(start);
}

function endsWithAbbreviation(before: string): boolean {
  const word = trailingWord(before);
  const last = word.split('.').pop() ?? '';
  if (/^\p{L}$/u.test(last)) return true; // initials and "z. B.", "u. a."
  // Street names abbreviate in compounds: "Hauptstr.", "Friedrichstr."
  if (CAPITALISED_TITLES.has(last)) return true;
  return ABBREVIATIONS.has(word.toLowerCase()) || ABBREVIATIONS.has(last.toLowerCase()) || /\p{Ll}str$/u.test(last);
}

function isBoundary(text: string, mark: RegExpExecArray): boolean {
  const after = mark.index + mark[0].length;
  // Glued: "drängt.Wir", not an abbreviation before a name ("Prof.Weber", "bzw.Die").
  if (after < text.length && !/\s/.test(text[after]!)) return !endsWithAbbreviation(text.slice(Math.max(0, mark.index - 40), mark.index));
  if (!NEXT_START.test(text.slice(mark.index + mark[0].length, mark.index + mark[0].length + 4))) return false;
  if (!mark[0].startsWith('.')) return true;
  const before = text.slice(Math.max(0, mark.index - 40), mark.index);
  // One or two digits and a dot are an ordinal or a day ("am 15. August", "der 2. Weltkrieg").
  if (/(?:^|[^\d.])\d{1,2}$/.test(before)) return false;
  return !endsWithAbbreviation(before);
}

/** Sentences of `text`, in order; line breaks always end one, blank lines start a paragraph. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const blockPattern = /[^\n]*\S[^\n]*/g;
  let lastBlockEnd = 0;
  for (let block = blockPattern.exec(text); block; block = blockPattern.exec(text)) {
    if (sentences.length > 0 && /\n\s*\n/.test(text.slice(lastBlockEnd, block.index))) paragraph++;
    lastBlockEnd = block.index + block[0].length;
    let from = 0;
    const line = block[0];
    END.lastIndex = 0;
    for (let mark = END.exec(line); mark; mark = END.exec(line)) {
      if (!isBoundary(line, mark)) continue;
      push(sentences, text, block.index + from, block.index + mark.index + mark[0].length, paragraph);
      from = mark.index + mark[0].length;
    }
    push(sentences, text, block.index + from, lastBlockEnd, paragraph);
  }
  return sentences;
}

function push(sentences: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) sentences.push({text: text.slice(start, end), start, end, paragraph});
}
