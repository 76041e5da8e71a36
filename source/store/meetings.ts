// The Meetings pane and `talkwatch meetings`: one row per real-world event, what is coming first,
// then what is overdue or over; and each event's history of reports.
import {roleOf} from '../events/fold.js';
import {shownAt} from '../events/shown.js';
import {berlinDay} from './berlin-day.js';
import {toReport} from './report-record.js';
import type {Db} from './open-cache.js';
import {summaryColumns, toSummary, type SummaryRecord} from './summary-row.js';
import type {ArticleSummary, MeetingReport, MeetingRow} from './types.js';

type MeetingRecord = Omit<MeetingRow, 'participants' | 'sourceArticleIds' | 'shown'> & {participants: string; sources: string};

/** Shown as upcoming today: proposed, planned or ongoing and not overdue or stale. */
export function isUpcoming(meeting: Pick<MeetingRow, 'shown'>): boolean {
  return meeting.shown === 'upcoming';
}

const rowColumns = `m.id, m.place, m.country, m.start, m."end" AS "end", m.precision, m.status, m.kind, m.participants,
  m.first_seen AS firstSeen, coalesce(m.last_reported, m.status_at) AS lastReported,
  (SELECT group_concat(article_id, ' ') FROM meeting_sources s WHERE s.meeting_id = m.id) AS sources`;

function toRow({sources, participants, ...meeting}: MeetingRecord, today: string): MeetingRow {
  return {
    ...meeting,
    participants: JSON.parse(participants) as string[],
    sourceArticleIds: sources ? sources.split(' ').map(Number) : [],
    shown: shownAt({...meeting, lastReported: meeting.lastReported ?? meeting.firstSeen}, today),
  };
}

/** Upcoming meetings soonest first (undated last), then the rest, most recent first (undated last). */
export function meetingRows(db: Db, now: Date): MeetingRow[] {
  // Today once for all rows: berlinDay formats a date in Berlin time, not cheap per row.
  const today = berlinDay(now);
  return inOrder(db.prepare(`SELECT ${rowColumns} FROM meetings m`).all().map(record => toRow(record as MeetingRecord, today)));
}

type Ordered = Pick<MeetingRow, 'id' | 'start' | 'shown'>;

function inOrder<T extends Ordered>(rows: T[]): T[] {
  const upcoming = rows.filter(isUpcoming);
  const rest = rows.filter(row => !isUpcoming(row));
  upcoming.sort((a, b) => compareStart(a, b) || a.id - b.id);
  // The rest most recent first, undated ones (stale proposals) last.
  rest.sort((a, b) => Number(a.start === null) - Number(b.start === null) || compareStart(b, a) || b.id - a.id);
  return [...upcoming, ...rest];
}

/** The Meetings pane's order, without the rows: every meeting's id in meetingRows' order, and how many come first as upcoming. */
export type MeetingOrder = {ids: number[]; upcoming: number};

/**
 * meetingRows' order from the few columns it depends on: the dashboard keeps only this and the
 * rows it shows (meetingRowsByIds), not every meeting's people and sources, which grow with the cache.
 */
export function meetingOrder(db: Db, now: Date): MeetingOrder {
  const today = berlinDay(now);
  const records = db
    .prepare(
      `SELECT m.id, m.start, m."end" AS "end", m.precision, m.status, coalesce(m.last_reported, m.status_at, m.first_seen) AS lastReported
       FROM meetings m`,
    )
    .all() as (Pick<MeetingRow, 'id' | 'start' | 'end' | 'precision' | 'status'> & {lastReported: string})[];
  const ordered = inOrder(records.map(record => ({id: record.id, start: record.start, shown: shownAt(record, today)})));
  return {ids: ordered.map(row => row.id), upcoming: ordered.filter(isUpcoming).length};
}

/** The meetings of these ids, in the order given (an id no longer in the cache is left out). */
export function meetingRowsByIds(db: Db, ids: readonly number[], now: Date): MeetingRow[] {
  if (ids.length === 0) return [];
  const today = berlinDay(now);
  const records = db.prepare(`SELECT ${rowColumns} FROM meetings m WHERE m.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as MeetingRecord[];
  const byId = new Map(records.map(record => [record.id, toRow(record, today)]));
  return ids.flatMap(id => byId.get(id) ?? []);
}

/** The meetings a person takes part in, in meetingRows' order (the dashboard's person screen). */
export function meetingRowsWith(db: Db, name: string, now: Date): MeetingRow[] {
  const today = berlinDay(now);
  const records = db
    .prepare(`SELECT ${rowColumns} FROM meetings m WHERE EXISTS (SELECT 1 FROM json_each(m.participants) p WHERE p.value = ?)`)
    .all(name) as MeetingRecord[];
  return inOrder(records.map(record => toRow(record, today)));
}

/** Dated before undated; earlier before later. */
function compareStart(a: Ordered, b: Ordered): number {
  if (a.start === b.start) return 0;
  if (a.start === null) return 1;
  if (b.start === null) return -1;
  return a.start < b.start ? -1 : 1;
}

type ReportRecord = Parameters<typeof toReport>[0] & {url: string | null; outlet: string};

/** Every report of a meeting, oldest first: what each article said, and when. */
export function meetingReports(db: Db, meetingId: number): MeetingReport[] {
  const records = db
    .prepare(
      `SELECT r.meeting_id AS meetingId, r.article_id AS articleId, r.idx, r.published, r.status, r.place, r.country, r.start,
         r."end" AS "end", r.precision, r.kind, r.participants, r.evidence, a.url, a.outlet
       FROM meeting_reports r JOIN articles a ON a.id = r.article_id
       WHERE r.meeting_id = ? ORDER BY r.published, r.article_id, r.idx`,
    )
    .all(meetingId) as ReportRecord[];
  return records.map(record => {
    const report = toReport(record);
    const {participants, ...said} = report.meeting;
    // The article's link and outlet before the participants, as `meetings --json` has always listed them.
    return {...said, url: record.url, outlet: record.outlet, participants, articleId: record.articleId, published: record.published, role: roleOf(report)};
  });
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
