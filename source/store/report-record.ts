// A meeting report as the cache keeps it (meeting_reports) and as the merge and the views read it.
// Apart from known-meetings.ts: the dashboard's first frame reads reports (the Meetings pane,
// a meeting's history) without loading the merge and its gazetteer of places and people.
import type {Report} from '../events/types.js';
import type {Meeting} from '../extract/types.js';

export type ReportRecord = Omit<Meeting, 'participants'> & {meetingId: number; articleId: number; idx: number; published: string; participants: string};

export const reportColumns = `r.meeting_id AS meetingId, r.article_id AS articleId, r.idx, r.published, r.status, r.place, r.country, r.start,
  r."end" AS "end", r.precision, r.kind, r.participants, r.evidence`;

export function toReport(record: ReportRecord): Report {
  const {articleId, idx, published, status, place, country, start, end, precision, kind, participants, evidence} = record;
  // Spelled out, not spread from the record: the merge reads these fields very often, and an
  // object of fixed shape keeps that fast.
  const meeting = {status, place, country, start, end, precision, kind, evidence, participants: JSON.parse(participants) as string[]};
  return {articleId, index: idx, published, meeting};
}
