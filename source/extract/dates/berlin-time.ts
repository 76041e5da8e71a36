import {type Day, parseIsoDay} from './calendar.js';

const berlinDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Within one UTC day: the Berlin day before `switchAt`, and the one from then on. */
type UtcDay = {before: string; switchAt: number; after: string};
const utcDays = new Map<number, UtcDay | null>();

// Berlin's midnight falls at 22:00 or 23:00 UTC (summer or winter time), so each UTC day holds
// two Berlin days, split there. Formatting in a time zone is slow; a UTC day is asked for four
// times, checked at the very millisecond of the split, and then answers every instant in it.
// A day whose split is elsewhere (before 1893, when Berlin kept its local mean time) is not kept.
function utcDay(number: number): UtcDay | null {
  let known = utcDays.get(number);
  if (known !== undefined) return known;
  const start = number * DAY;
  const before = berlinDate.format(start);
  const switchAt = [start + 22 * HOUR, start + 23 * HOUR].find(at => berlinDate.format(at) !== before);
  const after = switchAt === undefined ? '' : berlinDate.format(switchAt);
  known = switchAt !== undefined && berlinDate.format(switchAt - 1) === before ? {before, switchAt, after} : null;
  if (utcDays.size >= 4096) utcDays.clear();
  utcDays.set(number, known);
  return known;
}

/** The calendar day in Europe/Berlin of an instant, as YYYY-MM-DD (en-CA formats it so). */
export function berlinDayOf(instant: Date): string {
  const time = instant.getTime();
  const day = Number.isFinite(time) ? utcDay(Math.floor(time / DAY)) : null;
  if (!day) return berlinDate.format(instant);
  return time < day.switchAt ? day.before : day.after;
}

// An explicit offset or Z at the end of an ISO timestamp; without one the feed meant Berlin time.
const HAS_OFFSET = /(?:[zZ]|[+-]\d{2}:?\d{2})$/;

/**
 * The publication date in Europe/Berlin as YYYY-MM-DD: "2025-12-19T23:30:00Z" is 2025-12-20.
 * Timestamps without an offset are already Berlin wall-clock time, so their date part is the day.
 */
export function publishedDay(published: string): string {
  const text = published.trim();
  if (!HAS_OFFSET.test(text) || !text.includes('T')) return text.slice(0, 10);
  const instant = new Date(text);
  if (Number.isNaN(instant.getTime())) return text.slice(0, 10);
  return berlinDayOf(instant);
}

// Every date of an article is read against the same publication time: the last answer is kept
// (formatting in a time zone is among the slowest things the extractor does per sentence).
let lastPublished: string | undefined;
let lastDay: Day | undefined;

export function publishedCalendarDay(published: string): Day {
  if (published !== lastPublished || !lastDay) {
    lastDay = parseIsoDay(publishedDay(published));
    lastPublished = published;
  }
  return new Date(lastDay.getTime());
}

const berlinHour = new Intl.DateTimeFormat('en-GB', {timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'});

/**
 * The publication's time of day in Europe/Berlin as hours (21.5 for 21:30), or null when the
 * timestamp carries no time: a report written in the evening tells a meeting at noon as past.
 */
const hours = new Map<string, number | null>();

export function publishedHour(published: string): number | null {
  if (!hours.has(published)) hours.set(published, hourOfDay(published.trim()));
  return hours.get(published)!;
}

function hourOfDay(text: string): number | null {
  const time = /T(\d{2}):(\d{2})/.exec(text);
  // A midnight stamp is how many feeds say "no time given".
  if (!time || (time[1] === '00' && time[2] === '00')) return null;
  if (!HAS_OFFSET.test(text)) return Number(time[1]) + Number(time[2]) / 60;
  const instant = new Date(text);
  if (Number.isNaN(instant.getTime())) return null;
  const [hours, minutes] = berlinHour.format(instant).split(':').map(Number);
  return hours! + minutes! / 60;
}
