import type {Parser} from 'chrono-node';
import {addDays, monthOf, monthSpan, yearOf} from './calendar.js';
import {directionOf} from './anchor.js';
import {LAST, NEXT, THIS, shiftOf, words} from './german-words.js';
import {dated, readingOfMatch} from './reading.js';

// A day of a month named by reference: "am 24. des Monats", "bis zum 3. dieses Monats", "am 5.
// des kommenden Monats". Without a modifier it is the publication month's day, or the one a
// month on (ahead) or back (past) when the tense points past it.
const OF_MONTH = words(`(\\d{1,2})\\.\\s+(?:des|dieses)\\s+(?:(${NEXT}|${LAST}|${THIS})\\s+)?Monats`);

export const dayOfMonthParser: Parser = {
  pattern: () => OF_MONTH,
  extract(context, match) {
    const date = Number(match[1]);
    if (date < 1 || date > 31) return null;
    const {today, tense} = readingOfMatch(context, match);
    const dayIn = (shift: number) => addDays(monthSpan(yearOf(today), monthOf(today) + shift).start, date - 1);
    if (match[2]) return dated(context, match, dayIn(shiftOf(match[2])), 'day');
    const direction = directionOf(tense);
    const thisMonth = dayIn(0);
    if (direction === 'future' && thisMonth < today) return dated(context, match, dayIn(1), 'day');
    if (direction === 'past' && thisMonth > today) return dated(context, match, dayIn(-1), 'day');
    return dated(context, match, thisMonth, 'day');
  },
};
