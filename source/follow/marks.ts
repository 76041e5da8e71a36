// The dashboard's marks: which meetings changed since the user last saw them, which people are
// new in the talks or rising. Pure: the dashboard hands in what it read.
import type {ActorSummary} from '../store/types.js';
import {type EventChanges, type FollowedEvent, type Report, countChanges, eventChanges} from './changes.js';
import {type FollowState, seenSince} from './follow-state.js';

/**
 * Each meeting that changed since the user last saw it (its own "since"), by id, from the
 * reports of the meetings that can have changed (those with a report that arrived after
 * marksFloor; more are read the same).
 */
export function meetingMarks(reports: ReadonlyMap<number | string, readonly Report[]>, state: FollowState): Map<string | number, EventChanges> {
  const marks = new Map<string | number, EventChanges>();
  for (const [id, theirs] of reports) {
    const since = seenSince(state, id);
    if (!since || theirs.length === 0) continue;
    const changed = eventChanges({id, kind: theirs.at(-1)!.kind, reports: [...theirs]}, new Date(since).toISOString());
    if (changed) marks.set(id, changed);
  }
  return marks;
}

/**
 * The earliest "since" any meeting can have (seenSince is the latest of the close, "mark all
 * seen" and its own opening), or null when nothing can be marked. A meeting can only be new or
 * changed if a report of it arrived after its "since" (eventChanges), so only meetings with a
 * report that arrived after this floor need reading.
 */
export function marksFloor(state: FollowState): string | null {
  const times = (list: (string | undefined)[]) => list.filter((time): time is string => Boolean(time)).map(time => new Date(time).toISOString());
  const shared = times([state.dashboardClosed, state.allSeen]);
  if (shared.length > 0) return shared.reduce((a, b) => (a > b ? a : b));
  const own = times(Object.values(state.seen ?? {}));
  return own.length > 0 ? own.reduce((a, b) => (a < b ? a : b)) : null;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const two = (n: number) => String(n).padStart(2, '0');

/** "Mon 18:40" within the last week, "03.11. 18:40" before that (local time, as the rest of the dashboard). */
export function sinceLabel(iso: string, now: Date): string {
  const date = new Date(iso);
  const time = `${two(date.getHours())}:${two(date.getMinutes())}`;
  const withinWeek = now.getTime() - date.getTime() < 6 * 86_400_000;
  return withinWeek ? `${WEEKDAYS[date.getDay()]} ${time}` : `${two(date.getDate())}.${two(date.getMonth() + 1)}. ${time}`;
}

/** The Meetings pane's first line: "since Mon 18:40: 2 new · 1 moved · 1 held"; null on the first start. */
export function marksSummary(marks: ReadonlyMap<string | number, EventChanges>, state: FollowState, now: Date): string | null {
  if (!state.dashboardClosed) return null;
  return `since ${sinceLabel(state.dashboardClosed, now)}: ${countChanges([...marks.values()]) || 'nothing new'}`;
}

/** Rising: named today at least three times as often as on an average day of the last 14, and at least 3 times. */
export function isRising(actor: Pick<ActorSummary, 'today' | 'daily'>): boolean {
  const average = actor.daily.reduce((sum, n) => sum + n, 0) / Math.max(1, actor.daily.length);
  return actor.today >= 3 && actor.today >= 3 * average;
}

/** New in the talks: first named on or after `sinceDay`, the Berlin day the dashboard was last closed. */
export function isNewPerson(actor: Pick<ActorSummary, 'firstSeen'>, sinceDay: string): boolean {
  return actor.firstSeen !== null && actor.firstSeen >= sinceDay;
}
