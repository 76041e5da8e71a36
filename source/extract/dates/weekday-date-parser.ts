import type {Parser} from 'chrono-node';
import {day, daysBetween, weekdayOf, yearOf} from './calendar.js';
import {directionOf, pickYear} from './anchor.js';
import {MONTH_NAMES, WEEKDAY_NAMES, monthNumber, weekdayNumber, words} from './german-words.js';
import {dated, readingOfMatch} from './reading.js';

// A weekday with its date: "am Donnerstag, dem 18. Dezember", "Dienstag, den 14. Januar 2025",
// "am Mittwoch, 14.01.". One expression, so the date starts where the weekday does and stays in
// the clause that names it ("…, das am Donnerstag, dem 18. Dezember, beginnt"). The explicit
// date wins; without a year the weekday picks the year in which that date falls on it.
const PATTERN = words(
  `(?:(?:[Aa]m|[Vv]om|[Ss]eit|[Bb]is|[Ff]ür)\\s+)?(${WEEKDAY_NAMES})(?:abend|morgen|vormittag|mittag|nachmittag)?,?\\s+(?:(?:dem|den)\\s+)?(\\d{1,2})\\.\\s*(?:(${MONTH_NAMES})|(\\d{1,2})\\.)(?:\\s*((?:19|20)\\d{2}))?`,
);
const WEEKDAY = 1;
const DATE = 2;
const MONTH_NAME = 3;
const MONTH_NUMBER = 4;
const YEAR = 5;
const HALF_YEAR = 183;

export const weekdayDateParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const month = match[MONTH_NAME] ? monthNumber(match[MONTH_NAME]) : Number(match[MONTH_NUMBER]);
    const date = Number(match[DATE]);
    if (month < 1 || month > 12 || date < 1 || date > 31) return null;
    if (match[YEAR]) return dated(context, match, day(Number(match[YEAR]), month, date), 'day');
    const {today, tense} = readingOfMatch(context, match);
    const weekday = weekdayNumber(match[WEEKDAY] ?? '');
    const spanIn = (year: number) => ({start: day(year, month, date), end: day(year, month, date)});
    const byTense = pickYear(today, directionOf(tense), spanIn);
    // Within half a year of today only: a weekday off by a slip of the pen does not move a
    // date a year away.
    const fits = (year: number) =>
      weekdayOf(day(year, month, date)) === weekday && Math.abs(daysBetween(today, day(year, month, date))) <= HALF_YEAR;
    const year = fits(byTense) ? byTense : ([yearOf(today), yearOf(today) + 1, yearOf(today) - 1].find(fits) ?? byTense);
    return dated(context, match, day(year, month, date), 'day');
  },
};
