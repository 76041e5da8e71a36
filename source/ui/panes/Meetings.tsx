import type {MeetingRow} from '../../store/types.js';
import {type Column, row} from '../format/columns.js';
import {cell} from '../format/display.js';
import {meetingDate, meetingPlace, shownStatus} from '../format/meeting.js';
import {countdown} from '../format/time.js';
import {windowTop} from '../layout.js';
import {isPastMeeting} from '../meetings-order.js';
import {ListPane} from './ListPane.js';

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

type Props = {meetings: MeetingRow[]; cursor: number; focused: boolean; width: number; rows: number; now: Date; aside?: string};

export function Meetings({meetings, cursor, focused, width, rows, now, aside}: Props) {
  const top = windowTop(cursor, rows);
  const upcoming = meetings.filter(meeting => !isPastMeeting(meeting)).length;
  return (
    <ListPane
      title={`3 Meetings (${upcoming} upcoming, ${meetings.length - upcoming} past)`}
      width={width}
      rows={rows}
      focused={focused}
      selected={cursor - top}
      items={meetings.slice(top, top + rows).map(meeting => ({key: meeting.id, text: meetingRowLine(meeting, now, width - 1), dim: isPastMeeting(meeting)}))}
      aside={aside}
      empty="No meetings found yet — they appear as articles report talks, summits and calls"
    />
  );
}
