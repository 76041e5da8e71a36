import type {Parser} from 'chrono-node';
import {addDays, mondayOf} from './calendar.js';
import {LAST, NEXT, words} from './german-words.js';
import {dated, readingOf, readingOfMatch} from './reading.js';

// Vague near times, read against the publication day.
// "in den kommenden Tagen", "innerhalb der nächsten Tage": the coming week (precision days).
const COMING_DAYS = words(`(?:in\\s+den|innerhalb\\s+der|binnen\\s+der|in\\s+den\\s+nächsten)\\s+(${NEXT}|${LAST}|wenigen)\\s+(Tagen?|Wochen)`, 'i');

export const comingDaysParser: Parser = {
  pattern: () => COMING_DAYS,
  extract(context, match) {
    const {today} = readingOf(context);
    const past = new RegExp(`^${LAST}$`, 'iu').test(match[1] ?? '');
    if (match[2] === 'Wochen') {
      // "in den kommenden Wochen" starts next week; past weeks are too vague to date.
      return past ? null : dated(context, match, addDays(mondayOf(today), 7), 'month-part');
    }
    return past
      ? dated(context, match, addDays(today, -7), 'days', addDays(today, -1))
      : dated(context, match, addDays(today, 1), 'days', addDays(today, 7));
  },
};

// "am Abend", "am Morgen" (not tomorrow: that is lower-case "morgen"), "in der Nacht", "das
// nächtliche Treffen": the publication day; a night in the past began the evening before.
const TIME_OF_DAY = words(
  `(am\\s+(?:frühen\\s+|späten\\s+)?(?:Morgen|Vormittag|Mittag|Nachmittag|Abend))|(in\\s+der\\s+Nacht|über\\s+Nacht|nächtliche[nmrs]?)`,
  'i',
);

export const timeOfDayParser: Parser = {
  pattern: () => TIME_OF_DAY,
  extract(context, match) {
    const {today, tense} = readingOfMatch(context, match);
    const nightBefore = Boolean(match[2]) && tense === 'past';
    return dated(context, match, nightBefore ? addDays(today, -1) : today, 'day');
  },
};
