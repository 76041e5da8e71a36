import {type Day, parseIsoDay} from './calendar.js';

const berlinDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in Europe/Berlin of an instant, as YYYY-MM-DD (en-CA formats it so). */
export function berlinDayOf(instant: Date): string {
  return berlinDate.format(instant);
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
