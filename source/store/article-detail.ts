// One article with everything the reader pane shows.
import type {Meeting} from '../extract/types.js';
import type {Db} from './open-cache.js';
import {summaryColumns, toSummary, type SummaryRecord} from './summary-row.js';
import type {ArticleDetail} from './types.js';

type DetailRecord = SummaryRecord & {summary: string; text: string; sourceLine: string | null; tags: string};
type SourceRecord = Omit<Meeting, 'participants' | 'status' | 'evidence'> & {participants: string; status: Meeting['status']; evidence: string};

export function articleDetail(db: Db, id: number): ArticleDetail | null {
  const record = db
    .prepare(`SELECT ${summaryColumns}, a.summary, a.text, a.source_line AS sourceLine, a.tags FROM articles a WHERE a.id = ?`)
    .get(id) as DetailRecord | undefined;
  if (!record) return null;
  const feeds = db
    .prepare('SELECT f.name FROM article_feeds af JOIN feeds f ON f.id = af.feed_id WHERE af.article_id = ? ORDER BY f.name')
    .pluck()
    .all(id) as string[];
  // The meeting as this article reported it: its own status and evidence, the merged place and date.
  const meetings = (
    db
      .prepare(
        `SELECT m.place, m.country, m.start, m."end" AS "end", m.precision, s.status, m.kind, m.participants, s.evidence
         FROM meeting_sources s JOIN meetings m ON m.id = s.meeting_id WHERE s.article_id = ? ORDER BY m.start`,
      )
      .all(id) as SourceRecord[]
  ).map(meeting => ({...meeting, participants: JSON.parse(meeting.participants) as string[]}));
  const {summary, text, sourceLine, tags, ...summaryRecord} = record;
  return {...toSummary(summaryRecord), summary, text, sourceLine, tags: JSON.parse(tags) as string[], feeds, meetings};
}
