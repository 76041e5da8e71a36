// Calendar days as UTC midnights. Articles are dated in Europe/Berlin; once the publication's
// Berlin day is known, all arithmetic happens on UTC dates, which have no DST jumps.

const MS_PER_DAY = 86_400_000;

/** A calendar day: a Date at 00:00 UTC. */
export type Day = Date;

export function day(year: number, month: number, date: number): Day {
  return new Date(Date.UTC(year, month - 1, date));
}

export function addDays(from: Day, days: number): Day {
  return new Date(from.getTime() + days * MS_PER_DAY);
}

export function daysBetween(from: Day, to: Day): number {
  return Math.round((to.getTime() - from.getTime()) / MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday, as in chrono and JavaScript. */
export function weekdayOf(of: Day): number {
  return of.getUTCDay();
}

/** German weeks start on Monday. */
export function mondayOf(of: Day): Day {
  return addDays(of, -((weekdayOf(of) + 6) % 7));
}

export function yearOf(of: Day): number {
  return of.getUTCFullYear();
}

export function monthOf(of: Day): number {
  return of.getUTCMonth() + 1;
}

const pad = (number: number) => (number < 10 ? `0${number}` : `${number}`);

/** YYYY-MM-DD */
export function isoDay(of: Day): string {
  const year = of.getUTCFullYear();
  // Written from the fields: toISOString formats the whole instant first, five times slower.
  // Years of other lengths (and invalid dates, which throw) take toISOString's own form.
  if (!(year >= 1000 && year <= 9999)) return of.toISOString().slice(0, 10);
  return `${year}-${pad(of.getUTCMonth() + 1)}-${pad(of.getUTCDate())}`;
}

const digitAt = (text: string, at: number) => {
  const value = text.charCodeAt(at) - 48;
  return value >= 0 && value <= 9 ? value : Number.NaN;
};

export function parseIsoDay(text: string): Day {
  // YYYY-MM-DD read digit by digit: split() and Number() cost five times as much. Any other
  // shape is read as before.
  if (text.length === 10 && text[4] === '-' && text[7] === '-') {
    const year = digitAt(text, 0) * 1000 + digitAt(text, 1) * 100 + digitAt(text, 2) * 10 + digitAt(text, 3);
    const month = digitAt(text, 5) * 10 + digitAt(text, 6);
    const date = digitAt(text, 8) * 10 + digitAt(text, 9);
    if (!Number.isNaN(year + month + date)) return day(year, month, date);
  }
  const [year, month, date] = text.split('-').map(Number);
  return day(year ?? 1970, month ?? 1, date ?? 1);
}

/** The first and last day of a month; months past 12 or below 1 roll over into other years. */
export function monthSpan(year: number, month: number): {start: Day; end: Day} {
  return {start: day(year, month, 1), end: day(year, month + 1, 0)};
}
