// The meetings as an iCalendar file (RFC 5545), written by the `ics` library: one all-day
// VEVENT per meeting dated to the day. Calendar apps that subscribe to the file update an event
// by its UID (the meeting's stable id) when its SEQUENCE rises. The sequence is read from the
// reports themselves: how many times the meeting's date, place, status or people changed over
// its history. So it needs no state of its own, is the same on every run, and rises only when a
// report changes what the calendar shows.
import {createEvents, type DateArray, type EventAttributes, type EventStatus} from 'ics';
import type {MeetingStatus} from '../extract/types.js';
import {sanitizeUrl} from '../text/sanitize.js';
import {cell} from '../ui/format/display.js';
import type {MeetingRow} from '../store/types.js';
import {type Report, stateOf} from './changes.js';
import {calendarSummary} from './meeting-title.js';

export {calendarSummary};

const STATUS: Record<MeetingStatus, EventStatus> = {proposed: 'TENTATIVE', planned: 'CONFIRMED', ongoing: 'CONFIRMED', held: 'CONFIRMED', cancelled: 'CANCELLED'};
/** The stable UID: the meeting's id survives polls, `reindex` and merges (the older id wins). */
export const meetingUid = (id: number) => `meeting-${id}@talkwatch`;

/** Times the fields the calendar shows changed as the reports came in, oldest first. */
export function sequenceOf(reports: readonly Report[]): number {
  const sorted = [...reports].sort((a, b) => new Date(a.published).getTime() - new Date(b.published).getTime());
  let changes = 0;
  let previous = '';
  for (let count = 1; count <= sorted.length; count++) {
    const state = stateOf(sorted.slice(0, count))!;
    const shown = JSON.stringify([state.start, state.end, state.precision, state.place, state.status, [...state.participants].sort()]);
    if (count > 1 && shown !== previous) changes++;
    previous = shown;
  }
  return changes;
}

const dayArray = (day: string): DateArray => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return [year, month, date];
};

/** The day after a YYYY-MM-DD day: an all-day event's DTEND is exclusive. */
function dayAfter(day: string): DateArray {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}

function description(meeting: MeetingRow, reports: readonly Report[]): string {
  const links = [...new Set(reports.flatMap(report => (report.url ? [sanitizeUrl(report.url)] : [])).filter((url): url is string => url !== null))];
  return [
    `Status: ${meeting.status}`,
    `Participants: ${meeting.participants.map(cell).join(', ') || 'not named'}`,
    ...(links.length > 0 ? ['Sources:', ...links.reverse()] : []),
  ].join('\n');
}

/** Meetings dated to the day (precision day or days) as calendar events; coarser or undated ones are left out. */
export function calendarEvents(meetings: readonly MeetingRow[], reports: ReadonlyMap<number, Report[]>): EventAttributes[] {
  return meetings
    .filter(meeting => meeting.start !== null && (meeting.precision === 'day' || meeting.precision === 'days'))
    .sort((a, b) => a.id - b.id)
    .map(meeting => {
      const theirs = reports.get(meeting.id) ?? [];
      const place = [meeting.place, meeting.country !== meeting.place ? meeting.country : null].map(cell).filter(Boolean).join(', ');
      return {
        uid: meetingUid(meeting.id),
        sequence: sequenceOf(theirs),
        title: calendarSummary(meeting),
        start: dayArray(meeting.start!),
        end: dayAfter(meeting.end ?? meeting.start!),
        status: STATUS[meeting.status],
        description: description(meeting, theirs),
        ...(place ? {location: place} : {}),
        productId: 'talkwatch',
        calName: 'talkwatch meetings',
      };
    });
}

/** The whole calendar as text; an empty calendar when no meeting is dated to the day. */
export function meetingsCalendar(meetings: readonly MeetingRow[], reports: ReadonlyMap<number, Report[]>): string {
  const events = calendarEvents(meetings, reports);
  const {error, value} = createEvents(events, {productId: 'talkwatch', calName: 'talkwatch meetings'});
  if (error || value === null) throw new Error(`cannot write the calendar: ${error?.message ?? 'no output'}`);
  return value;
}
