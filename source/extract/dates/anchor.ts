import type {Tense} from '../tense.js';
import {type Day, addDays, weekdayOf, yearOf} from './calendar.js';

/** Which side of the publication day an undated expression ("am Freitag", "im Juni") falls on. */
export type Direction = 'past' | 'future' | 'nearest';

export function directionOf(tense: Tense): Direction {
  return tense === 'present' ? 'nearest' : tense;
}

type Span = {start: Day; end: Day};

function distance(today: Day, span: Span): number {
  if (today < span.start) return span.start.getTime() - today.getTime();
  if (today > span.end) return today.getTime() - span.end.getTime();
  return 0;
}

/**
 * The year of a recurring span named without one (a date, a month, a season): past → the last
 * one that had begun by today, future → the next one not yet over, nearest → the closest.
 */
export function pickYear(
  today: Day,
  direction: Direction,
  spanIn: (year: number) => Span,
  // "im vergangenen Sommer", "im kommenden Frühjahr": not the one under way.
  strict = false,
): number {
  const year = yearOf(today);
  const candidates = [year - 1, year, year + 1];
  if (direction === 'past') {
    return candidates.filter((y) => (strict ? spanIn(y).end < today : spanIn(y).start <= today)).at(-1) ?? year - 1;
  }
  if (direction === 'future') {
    return candidates.find((y) => (strict ? spanIn(y).start > today : spanIn(y).end >= today)) ?? year + 1;
  }
  return candidates.reduce((best, y) => (distance(today, spanIn(y)) < distance(today, spanIn(best)) ? y : best));
}

/**
 * The day of a weekday named without a date. Today counts ("am Samstag" on a Saturday is today)
 * unless `excludeToday` ("am kommenden Samstag" on a Saturday is a week ahead).
 */
export function pickWeekday(today: Day, weekday: number, direction: Direction, excludeToday = false): Day {
  const back = (weekdayOf(today) - weekday + 7) % 7 || (excludeToday ? 7 : 0);
  const ahead = (weekday - weekdayOf(today) + 7) % 7 || (excludeToday ? 7 : 0);
  if (direction === 'past') return addDays(today, -back);
  if (direction === 'future') return addDays(today, ahead);
  return back <= ahead ? addDays(today, -back) : addDays(today, ahead);
}
