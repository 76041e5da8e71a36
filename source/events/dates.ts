// Dates as the event model compares them: each report's date covers a span of days that depends
// on its precision ("Anfang Juni" ten days, "im März" the month).
import type {Precision} from '../extract/types.js';

type When = {start: string | null; end: string | null; precision: Precision};

/** Days a date of each precision covers after its last named day. */
const COVERS: Record<Precision, number> = {day: 0, days: 0, 'month-part': 9, month: 30, season: 91, year: 365, unknown: 0};
/** Most specific first. */
const SPECIFICITY: readonly Precision[] = ['day', 'days', 'month-part', 'month', 'season', 'year', 'unknown'];

// Day numbers and their ISO days, remembered both ways: the merge converts the same few hundred
// days over and over, and parsing or formatting a date each time showed in profiles.
const numbers = new Map<string, number>();
const days = new Map<number, string>();

/** Days since 1970-01-01 of a YYYY-MM-DD day (or the day of an ISO time). */
export function dayNumber(iso: string): number {
  const day = iso.slice(0, 10);
  let n = numbers.get(day);
  if (n === undefined) {
    if (numbers.size > 20_000) numbers.clear();
    numbers.set(day, (n = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000));
  }
  return n;
}

/** YYYY-MM-DD of a day number. */
export function isoDay(n: number): string {
  let day = days.get(n);
  if (day === undefined) {
    if (days.size > 20_000) days.clear();
    days.set(n, (day = new Date(n * 86_400_000).toISOString().slice(0, 10)));
  }
  return day;
}

export const hasDate = (w: When) => w.start !== null && w.precision !== 'unknown';
/** A date to the day: "am 12. März", "vom 10. bis 12. Oktober". */
export const isExact = (w: When) => hasDate(w) && COVERS[w.precision] === 0;
export const specificity = (w: When) => (hasDate(w) ? SPECIFICITY.indexOf(w.precision) : SPECIFICITY.length);

/** The last day a dated `w` may mean, as a day number (span's second half, without its array). */
const lastNumber = (w: When) => dayNumber(w.end ?? w.start!) + COVERS[w.precision];

/** First and last day the date may mean, as day numbers; null when undated. */
export function span(w: When): [number, number] | null {
  if (!hasDate(w)) return null;
  return [dayNumber(w.start!), lastNumber(w)];
}

/** The last day a date may mean, YYYY-MM-DD. */
export function lastDay(w: When): string | null {
  return hasDate(w) ? isoDay(lastNumber(w)) : null;
}

/**
 * Dates that can be one meeting: their spans overlap; two exact spans may also touch (a report of
 * the second day of a round), unless `closed` says the first round is over. (span's bounds,
 * worked out without its arrays: the merge asks this millions of times.)
 */
export function datesAgree(a: When, b: When, closed = false): boolean {
  if (!hasDate(a) || !hasDate(b)) return true;
  const slack = isExact(a) && isExact(b) && !closed ? 1 : 0;
  return dayNumber(a.start!) <= lastNumber(b) + slack && dayNumber(b.start!) <= lastNumber(a) + slack;
}

/** The same start, end and precision. */
export const sameWhen = (a: When, b: When): boolean => a.start === b.start && a.end === b.end && a.precision === b.precision;

/**
 * Exact spans that overlap or touch, joined: "Sonntag" and "Montag" make "Sonntag und Montag".
 * `a` itself when it already says the joined span (a fold joins every report of a round's day
 * with the round: a new object each time was most of what it allocated for dates).
 */
export function joinExact(a: When, b: When): When {
  const start = a.start! < b.start! ? a.start! : b.start!;
  const aEnd = a.end ?? a.start!;
  const bEnd = b.end ?? b.start!;
  const end = aEnd > bEnd ? aEnd : bEnd;
  const joined = end === start ? null : end;
  const precision = end === start ? 'day' : 'days';
  if (a.start === start && a.end === joined && a.precision === precision) return a;
  return {start, end: joined, precision};
}
