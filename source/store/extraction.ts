// Saving what the extractor found in one article: mentions, suggested people, and meetings,
// each meeting merged into one already known when the extractor's rule says they are the same.
import {mergeMeeting} from '../extract/merge.js';
import type {Extraction, Meeting} from '../extract/types.js';
import type {KnownMeetings, MeetingMemory} from './known-meetings.js';
import type {Db} from './open-cache.js';
import {statement} from './statements.js';
import {publishedDay} from '../extract/dates/berlin-time.js';

export type {SameMeeting} from './known-meetings.js';

/** The article's facts, as the extraction needs them. */
export type ArticleStamp = {articleId: number; published: string; now: Date};

/** Saves one article's findings in a transaction of its own. */
export function saveExtraction(db: Db, extraction: Extraction, stamp: ArticleStamp, memory: MeetingMemory): void {
  const published = extraction.meetings.length > 0 ? [stamp.published] : [];
  remembering(memory, () => db.transaction(() => writeExtraction(db, extraction, stamp, memory.recall(published))).immediate());
}

/** Runs a write; when it fails (and rolls back) the meetings kept in memory are read again next time. */
export function remembering<T>(memory: MeetingMemory, write: () => T): T {
  try {
    return write();
  } catch (error) {
    memory.forget();
    throw error;
  }
}

/**
 * Writes one article's findings; the caller holds the write transaction, and `known` was
 * recalled in it for this article's publication time (or an earlier one).
 */
export function writeExtraction(db: Db, extraction: Extraction, stamp: ArticleStamp, known: KnownMeetings): void {
  // The Berlin day of publication (feeds give UTC times: 00:30 CET is the new day); times compare in UTC.
  const day = publishedDay(stamp.published);
  stamp = {...stamp, published: new Date(stamp.published).toISOString()};
  const {articleId} = stamp;
  // Re-extraction replaces the article's earlier findings entirely.
  statement(db, 'DELETE FROM mentions WHERE article_id = ?').run(articleId);
  statement(db, 'DELETE FROM suggestions WHERE article_id = ?').run(articleId);
  const unlinked = (statement(db, 'DELETE FROM meeting_sources WHERE article_id = ? RETURNING meeting_id AS id').all(articleId) as {id: number}[]).map(({id}) => id);
  const mention = statement(db, 'INSERT OR REPLACE INTO mentions (article_id, actor_id, name, role, side, count, day) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const actor of extraction.actors) mention.run(articleId, actor.id, actor.name, actor.role, actor.side, actor.mentions, day);
  const suggestion = statement(db, 'INSERT OR REPLACE INTO suggestions (article_id, name, cue, count, day) VALUES (?, ?, ?, ?, ?)');
  for (const suggested of extraction.suggestions) suggestion.run(articleId, suggested.name, suggested.cue, suggested.mentions, day);
  // Their latest evidence may have been this article's.
  if (unlinked.length > 0) known.reload(unlinked);
  for (const meeting of extraction.meetings) saveMeeting(db, meeting, stamp, known);
  // A meeting that only this article named, and no longer does, is gone.
  if (unlinked.length > 0) {
    const orphan = statement(db, 'DELETE FROM meetings WHERE id = ? AND NOT EXISTS (SELECT 1 FROM meeting_sources s WHERE s.meeting_id = meetings.id)');
    for (const id of unlinked) orphan.run(id);
    known.reload(unlinked);
  }
}

function saveMeeting(db: Db, meeting: Meeting, stamp: ArticleStamp, known: KnownMeetings): void {
  const match = known.match(meeting, stamp.published);
  const now = stamp.now.toISOString();
  let meetingId: number;
  if (match) {
    meetingId = match.id;
    // mergeMeeting takes the newer report second: an older article arriving late adds its
    // details and sources but does not turn "held" back into "planned".
    const newer = stamp.published >= match.statusAt;
    const merged = newer ? mergeMeeting(match.meeting, meeting) : mergeMeeting(meeting, match.meeting);
    statement(
      db,
      `UPDATE meetings SET place = @place, country = @country, start = @start, "end" = @end, precision = @precision,
         status = @status, kind = @kind, participants = @participants, status_at = max(status_at, @statusAt), updated = @now
       WHERE id = @id`,
    ).run({...merged, participants: JSON.stringify(merged.participants), statusAt: stamp.published, now, id: match.id});
    const statusAt = newer ? stamp.published : match.statusAt;
    known.set(meetingId, {...merged, evidence: meeting.evidence}, statusAt);
  } else {
    const {lastInsertRowid} = statement(
      db,
      `INSERT INTO meetings (place, country, start, "end", precision, status, kind, participants, first_seen, updated,
         status_at, first_article_id)
       VALUES (@place, @country, @start, @end, @precision, @status, @kind, @participants, @now, @now, @statusAt, @articleId)`,
    ).run({...meeting, participants: JSON.stringify(meeting.participants), now, statusAt: stamp.published, articleId: stamp.articleId});
    meetingId = Number(lastInsertRowid);
    known.set(meetingId, meeting, stamp.published);
  }
  statement(db, 'INSERT OR REPLACE INTO meeting_sources (meeting_id, article_id, status, evidence, seen) VALUES (?, ?, ?, ?, ?)').run(
    meetingId,
    stamp.articleId,
    meeting.status,
    meeting.evidence,
    now,
  );
}

export function clearExtractions(db: Db, memory: MeetingMemory): void {
  memory.forget();
  db.transaction(() => {
    for (const table of ['meeting_sources', 'meetings', 'mentions', 'suggestions']) db.prepare(`DELETE FROM ${table}`).run();
  }).immediate();
}

export function deleteOrphanMeetings(db: Db): void {
  db.prepare('DELETE FROM meetings WHERE NOT EXISTS (SELECT 1 FROM meeting_sources s WHERE s.meeting_id = meetings.id)').run();
}
