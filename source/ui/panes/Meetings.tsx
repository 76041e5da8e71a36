import type {EventChanges} from '../../follow/changes.js';
import type {MeetingRow} from '../../store/types.js';
import {type Column, row} from '../format/columns.js';
import {cell} from '../format/display.js';
import {meetingDate, meetingPlace, shownStatus} from '../format/meeting.js';
import {countdown} from '../format/time.js';
import {type MeetingWindow, meetingListRows} from '../hooks/use-dashboard-data.js';
import {isPastMeeting} from '../meetings-order.js';
import {ListPane, type PaneProps} from './ListPane.js';

// date · countdown · place · kind · status · participants · number of source articles
const wideColumns: Column[] = [{width: 14}, {width: 12}, {width: 14}, {width: 6}, {width: 11}, {width: 0}, {width: 5, align: 'right'}];
// Narrow panes keep what tells when and where; participants show when the meeting is opened.
const narrowColumns: Column[] = [{width: 14}, {width: 11}, {width: 0}, {width: 11}, {width: 3, align: 'right'}];

export function meetingRowLine(meeting: MeetingRow, now: Date, width: number): string {
  const participants = meeting.participants.map(cell).join(', ');
  const sources = `${meeting.sourceArticleIds.length}✉`;
  const head = [meetingDate(meeting), countdown(meeting.start, now), meetingPlace(meeting)];
  // The status as it reads today: a plan whose day has gone is "date passed", not "planned, 3 days ago".
  const status = shownStatus(meeting);
  if (width < 76) return row([...head, status, sources], narrowColumns, width);
  return row([...head, meeting.kind, status, participants, sources], wideColumns, width);
}

type Props = PaneProps & {
  /** The visible rows, read from `top` on (the cursor's page, as meetingListRows pages it). */
  meetings: MeetingWindow;
  /** Meetings new or changed since the user last saw them. */
  marks?: ReadonlyMap<string | number, EventChanges>;
  /** "since Mon 18:40: 2 new · 1 moved", the pane's first line. */
  summary?: string | null;
};

/** ✦ new since the user last looked, ↻ changed, blank otherwise. */
export function changeMark(changes: EventChanges | undefined): string {
  if (!changes) return ' ';
  return changes.isNew ? '✦' : '↻';
}

export function Meetings({meetings, cursor, focused, width, rows, now, aside, marks, summary}: Props) {
  // The summary takes the first row under the title; the list pages by the rows left.
  const listRows = meetingListRows(rows, summary);
  const {top, count, upcoming} = meetings;
  const line = (meeting: MeetingRow) => (marks ? `${changeMark(marks.get(meeting.id))} ${meetingRowLine(meeting, now, width - 3)}` : meetingRowLine(meeting, now, width - 1));
  return (
    <ListPane
      title={`3 Meetings (${upcoming} upcoming, ${count - upcoming} past)`}
      header={summary ? `${summary}${marks && marks.size > 0 ? ' — m: mark seen' : ''}` : undefined}
      width={width}
      rows={listRows}
      focused={focused}
      selected={cursor - top}
      items={meetings.rows.slice(0, listRows).map(meeting => ({key: meeting.id, text: line(meeting), dim: isPastMeeting(meeting)}))}
      aside={aside}
      empty="No meetings found yet — they appear as articles report talks, summits and calls"
    />
  );
}
