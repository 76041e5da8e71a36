import type {Parser} from 'chrono-node';
import {type Day, addDays, mondayOf, weekdayOf} from './calendar.js';
import {directionOf} from './anchor.js';
import {LAST, NEXT, THIS, shiftOf, words} from './german-words.js';
import {dated, readingOf, readingOfMatch} from './reading.js';

// Weeks are dated by their Monday with precision month-part ("kommende Woche", "Ende der
// Woche", "zur Wochenmitte"); weekends by Saturday..Sunday ("am Wochenende", "am vergangenen Wochenende").
// "im Laufe der Woche", "im Verlauf der kommenden Woche": the week as a whole.
const WEEK = words(
  `(?:(Anfang|Mitte|Ende|im\\s+(?:Ver)?[Ll]aufe?)\\s+(?:der\\s+)?)?(?:(?:in|für|seit)\\s+(?:der\\s+|die\\s+)?)?(?:(${NEXT}|${LAST}|${THIS})\\s+)?Woche|(Wochen(?:anfang|beginn|start|mitte))`,
  'i',
);
const PART = 1;
const WEEK_MODIFIER = 2;
// "zur Wochenmitte", "zum Wochenbeginn": this week, like "Mitte der Woche".
const COMPOUND = 3;

export const weekParser: Parser = {
  pattern: () => WEEK,
  extract(context, match) {
    const modifier = match[WEEK_MODIFIER];
    // "der Woche" alone is no date; "Ende der Woche" is this week.
    if (!modifier && !match[PART] && !match[COMPOUND]) return null;
    const today = readingOf(context).today;
    // Told on a Sunday, "im Laufe der Woche" is the one that begins the next day.
    const comingOnSunday = !modifier && /laufe?$/iu.test(match[PART] ?? '') && weekdayOf(today) === 0 ? 1 : 0;
    const monday = addDays(mondayOf(today), 7 * (shiftOf(modifier) + comingOnSunday));
    return dated(context, match, monday, 'month-part');
  },
};

const WEEKEND = words(`(?:(?:am|übers|an\\s+diesem|zum)\\s+)?(?:(${NEXT}|${LAST}|${THIS})\\s+)?Wochenende`, 'i');
const WEEKEND_MODIFIER = 1;

function weekendSaturday(today: Day, modifier: string | undefined, direction: string): Day {
  const thisSaturday = addDays(mondayOf(today), 5);
  const started = weekdayOf(today) === 6 || weekdayOf(today) === 0;
  const shift = shiftOf(modifier);
  if (shift === -1) return addDays(thisSaturday, -7);
  if (shift === 1) return started ? addDays(thisSaturday, 7) : thisSaturday;
  if (modifier || direction === 'future') return thisSaturday;
  if (direction === 'past') return started ? thisSaturday : addDays(thisSaturday, -7);
  // Present tense: the closer one, the weekend just gone early in the week.
  return weekdayOf(today) === 1 || weekdayOf(today) === 2 ? addDays(thisSaturday, -7) : thisSaturday;
}

export const weekendParser: Parser = {
  pattern: () => WEEKEND,
  extract(context, match) {
    const {today, tense} = readingOfMatch(context, match);
    const saturday = weekendSaturday(today, match[WEEKEND_MODIFIER], directionOf(tense));
    return dated(context, match, saturday, 'days', addDays(saturday, 1));
  },
};
