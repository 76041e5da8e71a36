// Every meeting's reports in one read, for what changed since the user last looked (the
// dashboard's marks, the digest). One pass over meeting_reports instead of a query per meeting.
import {roleOf} from '../events/fold.js';
import {toReport} from './known-meetings.js';
import type {Db} from './open-cache.js';
import type {Report} from '../follow/changes.js';

type ReportRecord = Parameters<typeof toReport>[0] & {url: string | null; outlet: string; arrived: string};

/** Reports by meeting id, oldest first, each with when its article was first fetched. */
export function allMeetingReports(db: Db): Map<number, Report[]> {
  const records = db
    .prepare(
      `SELECT r.meeting_id AS meetingId, r.article_id AS articleId, r.idx, r.published, r.status, r.place, r.country, r.start,
         r."end" AS "end", r.precision, r.kind, r.participants, r.evidence, a.url, a.outlet, a.fetched AS arrived
       FROM meeting_reports r JOIN articles a ON a.id = r.article_id
       ORDER BY r.meeting_id, r.published, r.article_id, r.idx`,
    )
    .all() as ReportRecord[];
  const byMeeting = new Map<number, Report[]>();
  for (const record of records) {
    const report = toReport(record);
    const entry: Report = {...report.meeting, articleId: record.articleId, url: record.url, outlet: record.outlet, published: record.published, role: roleOf(report), arrived: record.arrived};
    const list = byMeeting.get(record.meetingId);
    if (list) list.push(entry);
    else byMeeting.set(record.meetingId, [entry]);
  }
  return byMeeting;
}
