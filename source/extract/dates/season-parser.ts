import type {Parser} from 'chrono-node';
import {type Day, day, monthSpan} from './calendar.js';
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

/** The span of a season in a year, ended as people speak of it, with the calendar month: autumn is over by December. */
function seasonIn(name: string): (year: number) => {start: Day; end: Day} {
  const [month, first] = STARTS[name.toLowerCase()] ?? [6, 21];
  return (year) => ({start: day(year, month, first), end: monthSpan(year, month + 2).end});
}

export const seasonParser: Parser = {
  pattern: () => SEASON,
  extract(context, match) {
    const modifier = match[MODIFIER];
    if (!match[PREPOSITION] && !modifier && !match[YEAR]) return null;
    const {today, tense} = readingOfMatch(context, match);
    const spanIn = seasonIn(match[SEASON_NAME] ?? '');
    const shift = shiftOf(modifier);
    let year: number;
    if (match[YEAR]) year = Number(match[YEAR]);
    else if (shift === 1) year = pickYear(today, 'future', spanIn, true);
    else if (shift === -1) year = pickYear(today, 'past', spanIn, true);
    else year = pickYear(today, modifier ? 'nearest' : directionOf(tense), spanIn);
    return dated(context, match, spanIn(year).start, 'season');
  },
};

// A season inside the name of a meeting: "der Herbst-Gipfel", "beim Frühjahrsgipfel der EU",
// "das Wintertreffen der Außenminister". Read as "im Herbst" is, its side of the report by tense.
// Only the season is the match; the meeting noun after it must follow, so "Herbstoffensive" or
// "Sommerpause" date nothing.
const SEASON_OF_MEETING = new RegExp(
  `(?<![\\p{L}\\d-])(Frühjahr|Frühling|Sommer|Herbst|Winter)(?=s?-?(?:gipfel|gipfeltreffen|treffen|tagung|konferenz|sitzung|gespräche?|verhandlungen|beratungen|ministertreffen|ministerrat)(?:s|es|n|en)?(?![\\p{L}\\d]))`,
  'iu',
);

export const seasonOfMeetingParser: Parser = {
  pattern: () => SEASON_OF_MEETING,
  extract(context, match) {
    const {today, tense} = readingOfMatch(context, match);
    const spanIn = seasonIn(match[1] ?? '');
    return dated(context, match, spanIn(pickYear(today, directionOf(tense), spanIn)).start, 'season');
  },
};
