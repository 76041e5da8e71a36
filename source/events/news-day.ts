// The Berlin day of a publication time, remembered: the merge asks it for the same reports many
// times, and formatting a date in a time zone is not cheap.
import {publishedDay} from '../extract/dates/berlin-time.js';

const days = new Map<string, string>();
const KEEP = 50_000;

/** YYYY-MM-DD in Europe/Berlin of a publication time. */
export function newsDay(published: string): string {
  let day = days.get(published);
  if (day === undefined) {
    if (days.size >= KEEP) days.clear();
    days.set(published, (day = publishedDay(published)));
  }
  return day;
}
