import type {Parser} from 'chrono-node';
import {day} from './calendar.js';
import {directionOf, pickYear} from './anchor.js';
import {MONTH_NAMES, monthNumber, words} from './german-words.js';
import {dated, readingOfMatch} from './reading.js';

// Day ranges chrono does not join (precision days): "zwischen dem 3. und 5. März",
// "am 14. und 15. Dezember", "vom 30. November bis 2. Dezember 2025".
const RANGE = words(
  `(?:zwischen\\s+dem|vom|am|dem|den)\\s+(\\d{1,2})\\.\\s*(?:(${MONTH_NAMES})\\s+)?(?:und|bis(?:\\s+zum)?|–|-)\\s*(?:dem\\s+|zum\\s+)?(\\d{1,2})\\.\\s*(${MONTH_NAMES})(?:\\s+(\\d{4}))?`,
  'i',
);

export const dayRangeParser: Parser = {
  pattern: () => RANGE,
  extract(context, match) {
    const {today, tense} = readingOfMatch(context, match);
    const firstDay = Number(match[1]);
    const lastDay = Number(match[3]);
    const lastMonth = monthNumber(match[4] ?? '');
    // "30. bis 2. Dezember" without a first month runs over from November.
    const firstMonth = match[2] ? monthNumber(match[2]) : firstDay > lastDay ? lastMonth - 1 : lastMonth;
    // Month-based days: day(2025, 0, 30) is 30 December 2024, day() rolls over like Date.UTC.
    const spanIn = (year: number) => {
      const end = day(year, lastMonth, lastDay);
      const start = day(year, firstMonth, firstDay);
      return {start: start <= end ? start : day(year - 1, firstMonth, firstDay), end};
    };
    const year = match[5] ? Number(match[5]) : pickYear(today, directionOf(tense), spanIn);
    const {start, end} = spanIn(year);
    return dated(context, match, start, 'days', end);
  },
};
