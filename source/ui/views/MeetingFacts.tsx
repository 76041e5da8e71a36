// The facts of one meeting as a one-row table. This is where @alcalzone/ink-table fits: a short,
// fixed set of columns with plain text. The scrolling panes use our own rows instead
// (format/columns.ts says why).
import {Table} from '@alcalzone/ink-table';
import type {MeetingRow} from '../../store/types.js';
import {fit} from '../format/columns.js';
import {cell} from '../format/display.js';
import {meetingDate, meetingPlace, shownStatus} from '../format/meeting.js';
import {countdown} from '../format/time.js';

/** Four columns, so the table stays within 80 cells even for a date range and a long place. */
export function MeetingFacts({meeting, now}: {meeting: MeetingRow; now: Date}) {
  const facts = {
    when: meetingDate(meeting),
    countdown: meeting.start ? countdown(meeting.start, now) : 'date open',
    place: fit(cell(meetingPlace(meeting)), 18).trimEnd(),
    // "date passed" when the day has gone without a report that it took place.
    status: meeting.shown === 'date-passed' ? 'date passed, no report' : shownStatus(meeting),
  };
  return <Table data={[facts]} />;
}
