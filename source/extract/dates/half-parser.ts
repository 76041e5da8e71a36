import type {Parser} from 'chrono-node';
import {addDays, day, monthOf, monthSpan, yearOf} from './calendar.js';
import {directionOf, pickYear} from './anchor.js';
import {LAST, MONTH_NAMES, NEXT, THIS, monthNumber, shiftOf, words} from './german-words.js';
import {dated, readingOfMatch} from './reading.js';

// Halves of a month or year: "in der zweiten Januarhälfte", "die erste Märzhälfte 2026", "in der
// zweiten Hälfte des Januars", "in der ersten Monatshälfte", "in der zweiten Hälfte des
// kommenden Monats", "in der ersten Jahreshälfte 2026". A month's half is dated by the 1st or
// 16th (precision month-part); a year's half by 1 January or 1 July (precision season, the
// closest of the coarse precisions).
const HALF = words(
  `(erste[nrs]?|zweite[nrs]?)\\s+(?:(${MONTH_NAMES}|Monats|Jahres)hälfte|Hälfte\\s+(?:des|dieses)\\s+(?:(${NEXT}|${LAST}|${THIS})\\s+)?(?:(${MONTH_NAMES})(?:e?s)?|(Monats|Jahres)))(?:\\s+((?:19|20)\\d{2}))?`,
);
const ORDINAL = 1;
const COMPOUND = 2;
const MODIFIER = 3;
const MONTH = 4;
const UNIT = 5;
const YEAR = 6;

export const halfParser: Parser = {
  pattern: () => HALF,
  extract(context, match) {
    const {today, tense} = readingOfMatch(context, match);
    const second = (match[ORDINAL] ?? '').toLowerCase().startsWith('zweite');
    const named = match[COMPOUND] ?? match[MONTH] ?? match[UNIT] ?? '';
    const shift = shiftOf(match[MODIFIER]);
    if (named === 'Jahres') {
      const year = match[YEAR] ? Number(match[YEAR]) : yearOf(today) + shift;
      return dated(context, match, day(year, second ? 7 : 1, 1), 'season');
    }
    if (named === 'Monats') {
      const first = monthSpan(yearOf(today), monthOf(today) + shift).start;
      return dated(context, match, addDays(first, second ? 15 : 0), 'month-part');
    }
    const month = monthNumber(named);
    const spanIn = (year: number) => {
      const start = day(year, month, second ? 16 : 1);
      return {start, end: second ? monthSpan(year, month).end : day(year, month, 15)};
    };
    const year = match[YEAR] ? Number(match[YEAR]) : pickYear(today, directionOf(tense), spanIn);
    return dated(context, match, spanIn(year).start, 'month-part');
  },
};
