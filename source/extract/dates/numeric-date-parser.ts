import type {Parser} from 'chrono-node';
import {day} from './calendar.js';
import {directionOf, pickYear} from './anchor.js';
import {words} from './german-words.js';
import {dated, readingOfMatch} from './reading.js';

// Dates in digits without a year, which chrono leaves alone: "am 5.12.", "vom 4.12. bis 5.12.",
// "am 4. und 5.12.", "4./5.12.". With a year ("5.12.2025") they are chrono's. The year follows
// the tense like "am 5. Dezember"; a first day after the last runs over from the month before.
const NUMERIC = words(
  `(?:(?:am|vom|bis\\s+zum|zum|den|dem|seit\\s+dem|zwischen\\s+dem)\\s+)?(?:(\\d{1,2})\\.(?:(\\d{1,2})\\.)?\\s*(?:und|bis(?:\\s+zum)?|–|-|/)\\s*(?:dem\\s+|zum\\s+)?)?(\\d{1,2})\\.(\\d{1,2})\\.(?!\\d)`,
  'i',
);
const FIRST_DAY = 1;
const FIRST_MONTH = 2;
const LAST_DAY = 3;
const LAST_MONTH = 4;

const valid = (date: number, month: number) => date >= 1 && date <= 31 && month >= 1 && month <= 12;

export const numericDateParser: Parser = {
  pattern: () => NUMERIC,
  extract(context, match) {
    const lastDay = Number(match[LAST_DAY]);
    const lastMonth = Number(match[LAST_MONTH]);
    const firstDay = match[FIRST_DAY] ? Number(match[FIRST_DAY]) : lastDay;
    const firstMonth = match[FIRST_MONTH] ? Number(match[FIRST_MONTH]) : firstDay > lastDay ? lastMonth - 1 : lastMonth;
    if (!valid(lastDay, lastMonth) || !valid(firstDay, firstMonth === 0 ? 12 : firstMonth)) return null;
    const {today, tense} = readingOfMatch(context, match);
    // Month-based days: day(2025, 0, 30) is 30 December 2024, day() rolls over like Date.UTC.
    const spanIn = (year: number) => ({start: day(year, firstMonth, firstDay), end: day(year, lastMonth, lastDay)});
    const {start, end} = spanIn(pickYear(today, directionOf(tense), spanIn));
    if (end < start) return null;
    return start < end ? dated(context, match, start, 'days', end) : dated(context, match, start, 'day');
  },
};
