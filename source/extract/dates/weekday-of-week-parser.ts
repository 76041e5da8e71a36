import type {Parser} from 'chrono-node';
import {type Day, addDays, mondayOf, weekdayOf} from './calendar.js';
import {LAST, NEXT, THIS, WEEKDAY_NAMES, shiftOf, weekdayNumber, words} from './german-words.js';
import {dated, readingOfMatch} from './reading.js';

// A weekday with its week in the genitive: "am Sonntag vergangener Woche", "Montag kommender
// Woche", "am Dienstag der Vorwoche", "Freitag dieser Woche". The week fixes the day, whatever the
// tense: told on a Sunday, "am Sonntag vergangener Woche" is seven days back, not today, as the
// weekday alone would read it. One expression, longer than the weekday, so it wins the overlap.
const PATTERN = words(
  `(?:(?:[Aa]m|[Ss]eit|[Bb]is|[Ff]ür)\\s+)?(${WEEKDAY_NAMES})(?:abend|morgen|vormittag|mittag|nachmittag|nacht)?\\s+(?:der\\s+)?(?:(${NEXT}|${LAST}|${THIS})\\s+Woche|(Vor|Folge)woche)`,
);
const WEEKDAY = 1;
const WEEK_MODIFIER = 2;
const WEEK_COMPOUND = 3;

// Told on a Sunday, the week ending today is already "vergangene Woche" ("Scholz hatte ihn am
// Dienstag vergangener Woche empfangen", Sunday 16 June → 11 June), but not today itself: "am
// Sonntag vergangener Woche" on a Sunday is the Sunday before.
function dayOfWeek(today: Day, shift: number, daysIntoWeek: number): Day {
  const calendarDay = addDays(mondayOf(today), 7 * shift + daysIntoWeek);
  if (shift !== -1 || weekdayOf(today) !== 0) return calendarDay;
  const endingWeekDay = addDays(calendarDay, 7);
  return endingWeekDay < today ? endingWeekDay : calendarDay;
}

export const weekdayOfWeekParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const {today} = readingOfMatch(context, match);
    const compound = match[WEEK_COMPOUND];
    const shift = compound ? (compound === 'Vor' ? -1 : 1) : shiftOf(match[WEEK_MODIFIER]);
    // Weeks start on Monday: Monday is 0 days in, Sunday 6.
    const daysIntoWeek = (weekdayNumber(match[WEEKDAY] ?? '') + 6) % 7;
    return dated(context, match, dayOfWeek(today, shift, daysIntoWeek), 'day');
  },
};
