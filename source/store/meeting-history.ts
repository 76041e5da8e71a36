// Every meeting's reports in one read, for what changed since the user last looked (the
// dashboard's marks, the digest). One pass over meeting_reports instead of a query per meeting.
import {roleOf} from '../events/fold.js';
import {toReport} from './report-record.js';
import type {Db} from './open-cache.js';
import type {Report} from '../follow/changes.js';

type ReportRecord = Parameters<typeof toReport>[0] & {url: string | null; outlet: string; arrived: string};

const reportColumns = `r.meeting_id AS meetingId, r.article_id AS articleId, r.idx, r.published, r.status, r.place, r.country, r.start,
  r."end" AS "end", r.precision, r.kind, r.participants, r.evidence, a.url, a.outlet, a.fetched AS arrived`;
const reportOrder = 'ORDER BY r.meeting_id, r.published, r.article_id, r.idx';

/** Reports by meeting id, oldest first, each with when its article was first fetched. */
export function allMeetingReports(db: Db): Map<number, Report[]> {
  return byMeeting(db.prepare(`SELECT ${reportColumns} FROM meeting_reports r JOIN articles a ON a.id = r.article_id ${reportOrder}`).all() as ReportRecord[]);
}

/**
 * Every report of the meetings that have one whose article arrived after `since` (ISO): the
 * only meetings that can be new or changed since then (follow/changes.ts), read without the rest.
 */
export function meetingReportsArrivedAfter(db: Db, since: string): Map<number, Report[]> {
  const records = db
    .prepare(
      `SELECT ${reportColumns} FROM meeting_reports r JOIN articles a ON a.id = r.article_id
       WHERE r.meeting_id IN (SELECT n.meeting_id FROM meeting_reports n JOIN articles f ON f.id = n.article_id JOIN meetings m ON m.id = n.meeting_id WHERE f.fetched > ?)
       ${reportOrder}`,
    )
    .all(new Date(since).toISOString()) as ReportRecord[];
  return byMeeting(records);
}

/** One meeting's reports, oldest first, each with when its article was first fetched. */
export function followedReports(db: Db, meetingId: number): Report[] {
  const records = db.prepare(`SELECT ${reportColumns} FROM meeting_reports r JOIN articles a ON a.id = r.article_id WHERE r.meeting_id = ? ${reportOrder}`).all(meetingId);
  return byMeeting(records as ReportRecord[]).get(meetingId) ?? [];
}

function byMeeting(records: ReportRecord[]): Map<number, Report[]> {
  const reports = new Map<number, Report[]>();
  for (const record of records) {
    const report = toReport(record);
    const entry: Report = {...report.meeting, articleId: record.articleId, url: record.url, outlet: record.outlet, published: record.published, role: roleOf(report), arrived: record.arrived};
    const list = reports.get(record.meetingId);
    if (list) list.push(entry);
    else reports.set(record.meetingId, [entry]);
  }
  return reports;
}
