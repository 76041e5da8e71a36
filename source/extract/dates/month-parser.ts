import type {Parser} from 'chrono-node';
import {monthOf, monthSpan, yearOf} from './calendar.js';
import {directionOf, pickYear} from './anchor.js';
import {LAST, MONTH_NAMES, NEXT, THIS, monthNumber, shiftOf, words} from './german-words.js';
import {dated, readingOf, readingOfMatch} from './reading.js';

// Whole months (precision month): "im Juni", "seit März", "Juni 2025", "im Laufe des Januar",
// and "im kommenden Monat". A bare month name without a preposition or year is not taken: it is
// as often part of a name ("Mai") as a date.
// "im vergangenen Oktober", "im kommenden März": the adjective says which way the year goes.
const NAMED = words(
  `(?:((?:[Ii]m|[Ss]eit|[Bb]is|[Aa]b|[Ff]ür|[Vv]or|[Nn]ach)(?:\\s+(?:dem|den|Laufe\\s+des|Monat))?)(?:\\s+(${LAST}|${NEXT}))?\\s+)?(${MONTH_NAMES})(?:\\s+(\\d{4}))?`,
);
const PREPOSITION = 1;
const SHIFT = 2;
const MONTH = 3;
const YEAR = 4;

export const monthParser: Parser = {
  pattern: () => NAMED,
  extract(context, match) {
    if (!match[PREPOSITION] && !match[YEAR]) return null;
    const {today, tense} = readingOfMatch(context, match);
    const month = monthNumber(match[MONTH] ?? '');
    const year = match[YEAR]
      ? Number(match[YEAR])
      : match[SHIFT]
        ? pickYear(today, shiftOf(match[SHIFT]) < 0 ? 'past' : 'future', (candidate) => monthSpan(candidate, month), true)
        : pickYear(today, directionOf(tense), (candidate) => monthSpan(candidate, month));
    return dated(context, match, monthSpan(year, month).start, 'month');
  },
};

const RELATIVE = words(`(?:(?:im|in\\s+diesem|diesen)\\s+)?(${NEXT}|${LAST}|${THIS})\\s+Monat`, 'i');

export const relativeMonthParser: Parser = {
  pattern: () => RELATIVE,
  extract(context, match) {
    const {today} = readingOf(context);
    const start = monthSpan(yearOf(today), monthOf(today) + shiftOf(match[1])).start;
    return dated(context, match, start, 'month');
  },
};
