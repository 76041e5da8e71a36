import type {Parser} from 'chrono-node';
import {day, monthSpan} from './calendar.js';
import {directionOf, pickYear} from './anchor.js';
import {LAST, NEXT, THIS, shiftOf, words} from './german-words.js';
import {dated, readingOfMatch} from './reading.js';

// Seasons (precision season), dated by their astronomical start: "im Sommer", "im vergangenen
// Herbst", "Frühjahr 2026". A season without a preposition, modifier or year is not taken.
const SEASON = words(
  `(?:(im|seit\\s+dem|bis\\s+zum|ab|diese[nm]|in\\s+diesem)\\s+)?(?:(${NEXT}|${LAST}|${THIS})\\s+)?(Frühjahr|Frühling|Sommer|Herbst|Winter)(?:\\s+(\\d{4}))?`,
  'i',
);
const PREPOSITION = 1;
const MODIFIER = 2;
const SEASON_NAME = 3;
const YEAR = 4;

/** Month and day each season starts. */
const STARTS: Record<string, [number, number]> = {
  frühjahr: [3, 20], frühling: [3, 20], sommer: [6, 21], herbst: [9, 22], winter: [12, 21],
};

export const seasonParser: Parser = {
  pattern: () => SEASON,
  extract(context, match) {
    const modifier = match[MODIFIER];
    if (!match[PREPOSITION] && !modifier && !match[YEAR]) return null;
    const {today, tense} = readingOfMatch(context, match);
    const [month, first] = STARTS[(match[SEASON_NAME] ?? '').toLowerCase()] ?? [6, 21];
    // Ends as people speak of it, with the calendar month: autumn is over by December.
    const spanIn = (year: number) => ({start: day(year, month, first), end: monthSpan(year, month + 2).end});
    const shift = shiftOf(modifier);
    let year: number;
    if (match[YEAR]) year = Number(match[YEAR]);
    else if (shift === 1) year = pickYear(today, 'future', spanIn, true);
    else if (shift === -1) year = pickYear(today, 'past', spanIn, true);
    else year = pickYear(today, modifier ? 'nearest' : directionOf(tense), spanIn);
    return dated(context, match, spanIn(year).start, 'season');
  },
};
