import type {MeetingRow} from '../store/types.js';

/**
 * Not upcoming (held or cancelled, its date passed without a report, or an undated plan nobody
 * repeated for 30 days): shown below the upcoming ones, dimmed. The cache worked out `shown`
 * for the day it was read; the dashboard reads again when the day changes.
 */
export function isPastMeeting(meeting: MeetingRow): boolean {
  return meeting.shown !== 'upcoming';
}
