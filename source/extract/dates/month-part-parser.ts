import type {Parser} from 'chrono-node';
import {type Day, addDays, day, monthOf, monthSpan, yearOf} from './calendar.js';
import {directionOf, pickYear} from './anchor.js';
import {LAST, MONTH_NAMES, NEXT, THIS, monthNumber, shiftOf, words} from './german-words.js';
import {dated, readingOfMatch} from './reading.js';

// Anfang/Mitte/Ende of a month or year, dated by the 1st, 11th or 21st (precision month-part):
// "Anfang Juni", "Mitte Juli 2025", "Ende des Monats", "Anfang nächsten Monats", "Ende des Jahres",
// "Ende 2025", "zum Jahresende". "Ende der Woche" is a week (week-parser.ts); "zum Ende des
// Krieges" names no calendar unit and does not match.
const PART_OF = words(
  `(Anfang|Mitte|Ende|Beginn)\\s+(?:(?:des|dieses)\\s+)?(?:(${NEXT}|${LAST}|${THIS})\\s+)?(?:(Monats|Jahres)|(${MONTH_NAMES})(?:\\s+(\\d{4}))?|(\\d{4}))`,
);
const PART = 1;
const MODIFIER = 2;
const UNIT = 3;
const MONTH = 4;
const MONTH_YEAR = 5;
const YEAR = 6;

const PART_DAY: Record<string, number> = {anfang: 1, beginn: 1, mitte: 11, ende: 21};

function partDay(part: string): number {
  return PART_DAY[part.toLowerCase()] ?? 1;
}

/** The month a part of a year falls in: early → January, middle → July, late → December. */
function yearPart(year: number, part: string): Day {
  const first = partDay(part);
  if (first === 1) return day(year, 1, 1);
  if (first === 11) return day(year, 7, 1);
  return day(year, 12, 21);
}

export const monthPartParser: Parser = {
  pattern: () => PART_OF,
  extract(context, match) {
    const {today, tense} = readingOfMatch(context, match);
    const part = match[PART] ?? 'Anfang';
    const shift = shiftOf(match[MODIFIER]);
    if (match[UNIT] === 'Monats') {
      const first = monthSpan(yearOf(today), monthOf(today) + shift).start;
      return dated(context, match, addDays(first, partDay(part) - 1), 'month-part');
    }
    if (match[UNIT] === 'Jahres') return dated(context, match, yearPart(yearOf(today) + shift, part), 'month-part');
    if (match[YEAR]) return dated(context, match, yearPart(Number(match[YEAR]), part), 'month-part');
    const month = monthNumber(match[MONTH] ?? '');
    const spanIn = (year: number) => {
      const start = day(year, month, partDay(part));
      return {start, end: addDays(start, 9)};
    };
    const year = match[MONTH_YEAR] ? Number(match[MONTH_YEAR]) : pickYear(today, directionOf(tense), spanIn);
    return dated(context, match, spanIn(year).start, 'month-part');
  },
};

// One-word forms: "Jahresende", "zum Jahreswechsel", "Monatsanfang".
const COMPOUND = words(`(Jahres|Monats)(anfang|beginn|mitte|ende|wechsel)`, 'i');

export const monthPartCompoundParser: Parser = {
  pattern: () => COMPOUND,
  extract(context, match) {
    const {today, tense} = readingOfMatch(context, match);
    const part = (match[2] ?? '').toLowerCase();
    if (match[1]?.toLowerCase() === 'monats') {
      if (part === 'wechsel') return null;
      return dated(context, match, day(yearOf(today), monthOf(today), partDay(part)), 'month-part');
    }
    if (part !== 'wechsel') return dated(context, match, yearPart(yearOf(today), part), 'month-part');
    // The turn of the year: the late December before it, on whichever side the tense points.
    const spanIn = (year: number) => ({start: day(year, 12, 21), end: day(year + 1, 1, 10)});
    return dated(context, match, spanIn(pickYear(today, directionOf(tense), spanIn)).start, 'month-part');
  },
};
