// The dashboard's marks: which meetings changed since the user last saw them, which people are
// new in the talks or rising. Pure: the dashboard hands in what it read.
import type {ActorSummary} from '../store/types.js';
import {type EventChanges, type FollowedEvent, type Report, countChanges, eventChanges} from './changes.js';
import {type FollowState, seenSince} from './follow-file.js';

type MeetingLike = Pick<FollowedEvent, 'id' | 'kind'>;

/** Each meeting that changed since the user last saw it (its own "since"), by id. */
export function meetingMarks(meetings: readonly MeetingLike[], reports: ReadonlyMap<number | string, Report[]>, state: FollowState): Map<string | number, EventChanges> {
  const marks = new Map<string | number, EventChanges>();
  for (const meeting of meetings) {
    const since = seenSince(state, meeting.id);
    const theirs = reports.get(meeting.id);
    if (!since || !theirs) continue;
    const changed = eventChanges({...meeting, reports: theirs}, new Date(since).toISOString());
    if (changed) marks.set(meeting.id, changed);
  }
  return marks;
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
