import type {Parser} from 'chrono-node';
import {type Day, day, monthOf, yearOf} from './calendar.js';
import {directionOf, pickYear} from './anchor.js';
import {LAST, NEXT, THIS, shiftOf, words} from './german-words.js';
import {dated, readingOfMatch} from './reading.js';

// Quarters, which business and budget news set deadlines by: "bis Ende des Quartals", "Anfang
// des nächsten Quartals", "zum Quartalsende" (precision month-part: the 1st of its first month,
// the 11th of its middle one, the 21st of its last), "im ersten Quartal 2026", "im laufenden
// Quartal" (a whole quarter: its first day, precision season, the coarse unit of three months).
const PART_OF = words(
  `(?:(Anfang|Mitte|Ende|Beginn)\\s+(?:des|dieses)\\s+(?:(${NEXT}|${LAST}|${THIS})\\s+)?Quartals|Quartals(anfang|beginn|mitte|ende))`,
);
const WHOLE = words(`(?:(erste[nms]?|zweite[nms]?|dritte[nms]?|vierte[nms]?)|(${NEXT}|${LAST}|${THIS}))\\s+Quartal(?:\\s+((?:19|20)\\d{2}))?`);

const PART_MONTH_DAY: Record<string, [number, number]> = {anfang: [0, 1], beginn: [0, 1], mitte: [1, 11], ende: [2, 21]};
const ORDINALS = ['erste', 'zweite', 'dritte', 'vierte'];

/** The first day of the quarter `shift` quarters from the one `of` falls in. */
function quarterStart(of: Day, shift: number): Day {
  return day(yearOf(of), Math.floor((monthOf(of) - 1) / 3) * 3 + 1 + 3 * shift, 1);
}

export const quarterPartParser: Parser = {
  pattern: () => PART_OF,
  extract(context, match) {
    const {today} = readingOfMatch(context, match);
    const part = (match[1] ?? match[3] ?? 'anfang').toLowerCase();
    const [monthOffset, date] = PART_MONTH_DAY[part] ?? [0, 1];
    const start = quarterStart(today, shiftOf(match[2]));
    return dated(context, match, day(yearOf(start), monthOf(start) + monthOffset, date), 'month-part');
  },
};

export const quarterParser: Parser = {
  pattern: () => WHOLE,
  extract(context, match) {
    const {today, tense} = readingOfMatch(context, match);
    if (match[2]) return dated(context, match, quarterStart(today, shiftOf(match[2])), 'season');
    const quarter = ORDINALS.findIndex((ordinal) => (match[1] ?? '').toLowerCase().startsWith(ordinal));
    const spanIn = (year: number) => ({start: day(year, quarter * 3 + 1, 1), end: day(year, quarter * 3 + 4, 0)});
    const year = match[3] ? Number(match[3]) : pickYear(today, directionOf(tense), spanIn);
    return dated(context, match, spanIn(year).start, 'season');
  },
};
