import type {MeetingRow} from '../store/types.js';
import {daysUntil} from './format/time.js';

/** Held or cancelled, or its last day is before today: shown below the upcoming ones, dimmed. */
export function isPastMeeting(meeting: MeetingRow, now: Date): boolean {
  if (meeting.status === 'held' || meeting.status === 'cancelled') return true;
  const last = meeting.end ?? meeting.start;
  return last !== null && daysUntil(last, now) < 0;
}

/** Upcoming first (soonest first, undated after dated), then past ones (most recent first). */
export function orderMeetings(meetings: MeetingRow[], now: Date): MeetingRow[] {
  const upcoming = meetings.filter(meeting => !isPastMeeting(meeting, now));
  const past = meetings.filter(meeting => isPastMeeting(meeting, now));
  const byStart = (a: MeetingRow, b: MeetingRow) => (a.start ?? '9999').localeCompare(b.start ?? '9999');
  return [...upcoming.sort(byStart), ...past.sort((a, b) => byStart(b, a))];
}
