// The Meetings pane and `talkwatch meetings`: what is coming first, then what happened.
import {isUpcoming as isUpcomingMeeting} from '../extract/merge.js';
import {berlinDay} from './berlin-day.js';
import type {Db} from './open-cache.js';
import {summaryColumns, toSummary, type SummaryRecord} from './summary-row.js';
import type {ArticleSummary, MeetingRow} from './types.js';

type MeetingRecord = Omit<MeetingRow, 'participants' | 'sourceArticleIds'> & {participants: string; sources: string};

/** Proposed, planned or ongoing and dated today or later (or not dated yet), by the extractor's rule. */
export function isUpcoming(meeting: MeetingRow, now: Date): boolean {
  return isUpcomingMeeting({...meeting, evidence: ''}, berlinDay(now));
}

/** Upcoming meetings soonest first (undated last), then the rest, most recent first. */
export function meetingRows(db: Db, now: Date): MeetingRow[] {
  const rows = (
    db
      .prepare(
        `SELECT m.id, m.place, m.country, m.start, m."end" AS "end", m.precision, m.status, m.kind, m.participants,
           m.first_seen AS firstSeen,
           (SELECT group_concat(article_id, ' ') FROM meeting_sources s WHERE s.meeting_id = m.id) AS sources
         FROM meetings m`,
      )
      .all() as MeetingRecord[]
  ).map(({sources, participants, ...meeting}) => ({
    ...meeting,
    participants: JSON.parse(participants) as string[],
    sourceArticleIds: sources ? sources.split(' ').map(Number) : [],
  }));
  // Today once for all rows: berlinDay formats a date in Berlin time, not cheap per row.
  const today = berlinDay(now);
  const upcoming: MeetingRow[] = [];
  const past: MeetingRow[] = [];
  for (const row of rows) (isUpcomingMeeting({...row, evidence: ''}, today) ? upcoming : past).push(row);
  upcoming.sort((a, b) => compareStart(a, b) || a.id - b.id);
  past.sort((a, b) => compareStart(b, a) || b.id - a.id);
  return [...upcoming, ...past];
}

/** Dated before undated; earlier before later. */
function compareStart(a: MeetingRow, b: MeetingRow): number {
  if (a.start === b.start) return 0;
  if (a.start === null) return 1;
  if (b.start === null) return -1;
  return a.start < b.start ? -1 : 1;
}

export function meetingSources(db: Db, meetingId: number): ArticleSummary[] {
  const records = db
    .prepare(
      `SELECT ${summaryColumns} FROM meeting_sources s JOIN articles a ON a.id = s.article_id
       WHERE s.meeting_id = ? ORDER BY a.sort_time DESC`,
    )
    .all(meetingId) as SummaryRecord[];
  return records.map(toSummary);
}
