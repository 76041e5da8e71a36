import type {Parser} from 'chrono-node';
import {addDays, day, mondayOf, monthSpan} from './calendar.js';
import {directionOf, pickYear} from './anchor.js';
import {MONTH_NAMES, monthNumber, words} from './german-words.js';
import {dated, readingOfMatch} from './reading.js';

// Weeks counted in a month or a year, dated by their first day with precision month-part like
// "kommende Woche": "in der ersten Dezemberwoche" (1 December), "in der dritten Märzwoche"
// (the 15th), "in der letzten Novemberwoche" (the 24th), "in Kalenderwoche 12", "in der KW 12"
// (the Monday of that ISO week).
const ORDINALS: Record<string, number> = {erste: 1, zweite: 2, dritte: 3, vierte: 4, letzte: 0};
const MONTH_WEEK = words(`(erste|zweite|dritte|vierte|letzte)[nr]?\\s+(${MONTH_NAMES})woche(?:\\s+((?:19|20)\\d{2}))?`);
const CALENDAR_WEEK = words(`(?:Kalenderwoche|KW)\\s*(\\d{1,2})(?:\\s+((?:19|20)\\d{2}))?`);

export const monthWeekParser: Parser = {
  pattern: () => MONTH_WEEK,
  extract(context, match) {
    const {today, tense} = readingOfMatch(context, match);
    const ordinal = ORDINALS[(match[1] ?? '').toLowerCase()] ?? 1;
    const month = monthNumber(match[2] ?? '');
    const startIn = (year: number) =>
      ordinal === 0 ? addDays(monthSpan(year, month).end, -6) : day(year, month, 7 * (ordinal - 1) + 1);
    const spanIn = (year: number) => ({start: startIn(year), end: addDays(startIn(year), 6)});
    const year = match[3] ? Number(match[3]) : pickYear(today, directionOf(tense), spanIn);
    return dated(context, match, startIn(year), 'month-part');
  },
};

/** The Monday of ISO week `week`: week 1 holds 4 January. */
function isoWeekMonday(year: number, week: number) {
  return addDays(mondayOf(day(year, 1, 4)), 7 * (week - 1));
}

export const calendarWeekParser: Parser = {
  pattern: () => CALENDAR_WEEK,
  extract(context, match) {
    const week = Number(match[1]);
    if (week < 1 || week > 53) return null;
    const {today, tense} = readingOfMatch(context, match);
    const spanIn = (year: number) => ({start: isoWeekMonday(year, week), end: addDays(isoWeekMonday(year, week), 6)});
    const year = match[2] ? Number(match[2]) : pickYear(today, directionOf(tense), spanIn);
    return dated(context, match, isoWeekMonday(year, week), 'month-part');
  },
};
