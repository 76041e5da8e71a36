// How an event reads against today, for the Meetings pane. Its reported status stays what the
// latest report said; this says whether it is still ahead, overdue, forgotten or over.
import {dayNumber, lastDay} from './dates.js';
import {newsDay} from './news-day.js';
import type {EventState, Shown} from './types.js';

/** An undated proposal no report has repeated for this long is no longer upcoming. */
export const STALE_DAYS = 30;

/**
 * upcoming: proposed, planned or ongoing, and its last day is today or later (or, undated, it was
 * reported in the last 30 days); date-passed: planned or ongoing but its last day has passed with
 * no report that it took place; stale: an undated plan nobody has repeated for 30 days; past:
 * held or cancelled.
 */
export function shownAt(event: Pick<EventState, 'status' | 'start' | 'end' | 'precision' | 'lastReported'>, today: string): Shown {
  if (event.status === 'held' || event.status === 'cancelled') return 'past';
  const last = lastDay(event);
  if (last !== null) return last >= today ? 'upcoming' : 'date-passed';
  return dayNumber(today) - dayNumber(newsDay(event.lastReported)) > STALE_DAYS ? 'stale' : 'upcoming';
}
