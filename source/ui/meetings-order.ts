import type {MeetingRow} from '../store/types.js';

/**
 * Not upcoming (held or cancelled, its date passed without a report, or an undated plan nobody
 * repeated for 30 days): shown below the upcoming ones, dimmed. The cache worked out `shown`
 * for the day it was read; the dashboard reads again when the day changes.
 */
export function isPastMeeting(meeting: MeetingRow): boolean {
  return meeting.shown !== 'upcoming';
}

/** Upcoming first (soonest first, undated after dated), then past ones (most recent first, undated last). */
export function orderMeetings(meetings: MeetingRow[]): MeetingRow[] {
  const upcoming = meetings.filter(meeting => !isPastMeeting(meeting));
  const past = meetings.filter(meeting => isPastMeeting(meeting));
  const byStart = (a: MeetingRow, b: MeetingRow) => (a.start ?? '9999').localeCompare(b.start ?? '9999');
  const recentFirst = (a: MeetingRow, b: MeetingRow) => (b.start ?? '0000').localeCompare(a.start ?? '0000');
  return [...upcoming.sort(byStart), ...past.sort(recentFirst)];
}
