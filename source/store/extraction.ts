// Saving what the extractor found in one article: mentions, suggested people, and meetings,
// each meeting merged into one already known when the extractor's rule says they are the same.
import {mergeMeeting} from '../extract/merge.js';
import type {Extraction, Meeting} from '../extract/types.js';
import type {Db} from './open-cache.js';

export type SameMeeting = (a: Meeting, b: Meeting) => boolean;

/** The article's facts, as the extraction needs them. */
export type ArticleStamp = {articleId: number; published: string; now: Date};

type MeetingRecord = {
  id: number;
  place: string | null;
  country: string | null;
  start: string | null;
  end: string | null;
  precision: Meeting['precision'];
  status: Meeting['status'];
  kind: Meeting['kind'];
  participants: string;
  statusAt: string;
  evidence: string | null;
};

/** Meetings this far apart in news time are never merged; keeps the candidate list short. */
const mergeWindowDays = 120;

export function saveExtraction(db: Db, extraction: Extraction, stamp: ArticleStamp, sameMeeting: SameMeeting): void {
  // The day as the outlet printed it (German outlets: Berlin time); times compare in UTC.
  const day = stamp.published.slice(0, 10);
  stamp = {...stamp, published: new Date(stamp.published).toISOString()};
  db.transaction(() => {
    const {articleId} = stamp;
    // Re-extraction replaces the article's earlier findings entirely.
    db.prepare('DELETE FROM mentions WHERE article_id = ?').run(articleId);
    db.prepare('DELETE FROM suggestions WHERE article_id = ?').run(articleId);
    db.prepare('DELETE FROM meeting_sources WHERE article_id = ?').run(articleId);
    const mention = db.prepare(
      'INSERT OR REPLACE INTO mentions (article_id, actor_id, name, role, side, count, day) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const actor of extraction.actors) mention.run(articleId, actor.id, actor.name, actor.role, actor.side, actor.mentions, day);
    const suggestion = db.prepare('INSERT OR REPLACE INTO suggestions (article_id, name, cue, count, day) VALUES (?, ?, ?, ?, ?)');
    for (const suggested of extraction.suggestions) suggestion.run(articleId, suggested.name, suggested.cue, suggested.mentions, day);
    for (const meeting of extraction.meetings) saveMeeting(db, meeting, stamp, sameMeeting);
    // A meeting that only this article named, and no longer does, is gone.
    deleteOrphanMeetings(db);
  }).immediate();
}

function saveMeeting(db: Db, meeting: Meeting, stamp: ArticleStamp, sameMeeting: SameMeeting): void {
  const match = candidates(db, stamp.published).find(record => sameMeeting(toMeeting(record), meeting));
  const now = stamp.now.toISOString();
  let meetingId: number;
  if (match) {
    meetingId = match.id;
    // mergeMeeting takes the newer report second: an older article arriving late adds its
    // details and sources but does not turn "held" back into "planned".
    const newer = stamp.published >= match.statusAt;
    const merged = newer ? mergeMeeting(toMeeting(match), meeting) : mergeMeeting(meeting, toMeeting(match));
    db.prepare(
      `UPDATE meetings SET place = @place, country = @country, start = @start, "end" = @end, precision = @precision,
         status = @status, kind = @kind, participants = @participants, status_at = max(status_at, @statusAt), updated = @now
       WHERE id = @id`,
    ).run({...merged, participants: JSON.stringify(merged.participants), statusAt: stamp.published, now, id: match.id});
  } else {
    const {lastInsertRowid} = db
      .prepare(
        `INSERT INTO meetings (place, country, start, "end", precision, status, kind, participants, first_seen, updated,
           status_at, first_article_id)
         VALUES (@place, @country, @start, @end, @precision, @status, @kind, @participants, @now, @now, @statusAt, @articleId)`,
      )
      .run({...meeting, participants: JSON.stringify(meeting.participants), now, statusAt: stamp.published, articleId: stamp.articleId});
    meetingId = Number(lastInsertRowid);
  }
  db.prepare(
    'INSERT OR REPLACE INTO meeting_sources (meeting_id, article_id, status, evidence, seen) VALUES (?, ?, ?, ?, ?)',
  ).run(meetingId, stamp.articleId, meeting.status, meeting.evidence, now);
}

export function clearExtractions(db: Db): void {
  db.transaction(() => {
    for (const table of ['meeting_sources', 'meetings', 'mentions', 'suggestions']) db.prepare(`DELETE FROM ${table}`).run();
  }).immediate();
}

export function deleteOrphanMeetings(db: Db): void {
  db.prepare('DELETE FROM meetings WHERE NOT EXISTS (SELECT 1 FROM meeting_sources s WHERE s.meeting_id = meetings.id)').run();
}

function candidates(db: Db, published: string): MeetingRecord[] {
  const from = new Date(new Date(published).getTime() - mergeWindowDays * 86_400_000).toISOString();
  return db
    .prepare(
      `SELECT m.id, m.place, m.country, m.start, m."end" AS "end", m.precision, m.status, m.kind, m.participants,
         m.status_at AS statusAt,
         (SELECT evidence FROM meeting_sources s WHERE s.meeting_id = m.id ORDER BY s.seen DESC LIMIT 1) AS evidence
       FROM meetings m WHERE m.status_at >= ? OR m.start >= ? ORDER BY m.status_at DESC`,
    )
    .all(from, from.slice(0, 10)) as MeetingRecord[];
}

function toMeeting(record: MeetingRecord): Meeting {
  const {place, country, start, end, precision, status, kind} = record;
  return {place, country, start, end, precision, status, kind, participants: JSON.parse(record.participants) as string[], evidence: record.evidence ?? ''};
}
