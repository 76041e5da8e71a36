import type {Parser} from 'chrono-node';
import {type Day, addDays, day} from './calendar.js';
import {directionOf, pickYear} from './anchor.js';
import {words} from './german-words.js';
import {dated, readingOfMatch} from './reading.js';

// Holidays that news ties deadlines and meetings to ("bis Weihnachten", "an Ostern",
// "vor Thanksgiving", "am Osterwochenende"), dated by their main day with precision day (a holiday
// weekend: Saturday to Monday), so the tolerance of a day
// covers Heiligabend to the second Christmas day and Easter Saturday to Monday.

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const g = Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3);
  const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const monthAndDay = h + l - 7 * m + 114;
  return day(year, Math.floor(monthAndDay / 31), (monthAndDay % 31) + 1);
}

/** The fourth Thursday of November. */
function thanksgiving(year: number): Day {
  const first = day(year, 11, 1);
  return addDays(first, ((4 - first.getUTCDay() + 7) % 7) + 21);
}

const HOLIDAYS: Record<string, (year: number) => Day> = {
  weihnachten: (year) => day(year, 12, 25),
  heiligabend: (year) => day(year, 12, 24),
  silvester: (year) => day(year, 12, 31),
  neujahr: (year) => day(year, 1, 1),
  ostern: easterSunday,
  pfingsten: (year) => addDays(easterSunday(year), 49),
  thanksgiving,
  // "am Osterwochenende": Saturday to Monday around the Sunday (dated below as days).
  osterwochenende: (year) => addDays(easterSunday(year), -1),
  pfingstwochenende: (year) => addDays(easterSunday(year), 48),
};

const HOLIDAY = words(`(?:(?:an|zu|vor|bis|nach|über)\\s+)?(Weihnachten|Heiligabend|Silvester|Neujahr|Ostern|Pfingsten|Thanksgiving|Osterwochenende|Pfingstwochenende)(?:\\s+(\\d{4}))?`, 'i');

export const holidayParser: Parser = {
  pattern: () => HOLIDAY,
  extract(context, match) {
    const dateIn = HOLIDAYS[(match[1] ?? '').toLowerCase()];
    if (!dateIn) return null;
    const {today, tense} = readingOfMatch(context, match);
    const spanIn = (year: number) => ({start: dateIn(year), end: dateIn(year)});
    const year = match[2] ? Number(match[2]) : pickYear(today, directionOf(tense), spanIn);
    const start = dateIn(year);
    return /wochenende$/i.test(match[1]!) ? dated(context, match, start, 'days', addDays(start, 2)) : dated(context, match, start, 'day');
  },
};

/** The n-th Sunday of Advent: the fourth is the last Sunday before Christmas Day. */
function adventSunday(year: number, n: number): Day {
  const christmasEve = day(year, 12, 24);
  return addDays(christmasEve, -christmasEve.getUTCDay() - (4 - n) * 7);
}

const ORDINALS: Record<string, number> = {'1.': 1, '2.': 2, '3.': 3, '4.': 4, ersten: 1, zweiten: 2, dritten: 3, vierten: 4, erster: 1, zweiter: 2, dritter: 3, vierter: 4};
// "am 3. Advent", "am dritten Adventssonntag", "am zweiten Adventswochenende" (its Sunday).
const ADVENT = words(`(?:am\\s+|zum\\s+)?(1\\.|2\\.|3\\.|4\\.|ersten|zweiten|dritten|vierten|erster|zweiter|dritter|vierter)\\s+Advent(?:ssonntag|swochenende)?`, 'i');

export const adventParser: Parser = {
  pattern: () => ADVENT,
  extract(context, match) {
    const n = ORDINALS[(match[1] ?? '').toLowerCase()];
    if (!n) return null;
    const {today, tense} = readingOfMatch(context, match);
    const spanIn = (year: number) => ({start: adventSunday(year, n), end: adventSunday(year, n)});
    return dated(context, match, adventSunday(pickYear(today, directionOf(tense), spanIn), n), 'day');
  },
};
