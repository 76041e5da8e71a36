// Writing merged events: rows of meetings, their reports and their sources, only where the merge
// changed something (an event that comes out as it went in keeps its row untouched).
import {reportKey} from '../events/index.js';
import {saysTheSame, statusOf} from '../events/fold.js';
import type {Event, Report} from '../events/types.js';
import type {KnownMeetings} from './known-meetings.js';
import type {Db} from './open-cache.js';
import {statement} from './statements.js';

/**
 * The id of the event a report of a merged `event` was stored in before the merge (undefined for
 * a report not stored, or the article's own, deleted first).
 */
export type PreviousId = (report: Report, event: Event) => number | undefined;

/** PreviousId from each stored report's event, by the report's key. */
export const byKey =
  (previousId: ReadonlyMap<number | string, number>): PreviousId =>
  report =>
    previousId.get(reportKey(report));

/**
 * Writes merged events in place of `touched`: events no longer there are deleted, changed ones
 * updated or inserted, and only reports that are new to their event written (`articleId`'s own
 * reports always, when given: the caller deleted them first). A provisional merge (`countedFor`
 * given) deletes no row (the settle may give its id back, and deletes the rows left without
 * reports), a report it moves keeps counting for the event it was in before (settle_id), and the
 * article's own reports are written with the id they count for at the settle: `countedFor`'s by
 * their position in the article, else 0 (a new report counts for none).
 */
export function replaceEvents(
  db: Db,
  known: KnownMeetings | null,
  touched: ReadonlyMap<number, Event>,
  events: readonly Event[],
  previousId: PreviousId,
  articleId: number | null,
  now: string,
  countedFor: ReadonlyMap<number, number> | null = null,
): void {
  const provisional = countedFor !== null;
  const kept = new Set(events.map(event => event.id).filter((id): id is number => id !== null));
  for (const id of touched.keys()) {
    if (kept.has(id)) continue;
    if (!provisional) statement(db, 'DELETE FROM meetings WHERE id = ?').run(id);
    known?.delete(id);
  }
  const moved: Array<[number, number]> = [];
  // The articles a report written here links to the event (meeting_sources: one row per article),
  // and each one's latest report there, written or not: what its link says.
  const linked = new Set<number>();
  const links = new Map<number, Report>();
  for (const event of events) {
    const before = event.id === null ? undefined : touched.get(event.id);
    // An event that comes out as it went in (the usual case for most of those looked at) keeps its row.
    const id = before && sameEvent(before, event, previousId) ? event.id! : writeEvent(db, event, now);
    // Only reports that are new here are written: this article's, and those that changed event.
    linked.clear();
    for (const report of event.reports) {
      const own = report.articleId === articleId;
      const previous = previousId(report, event);
      if (!own && previous === id) continue;
      // Another article's report is stored already, as it is: only its event changes.
      if (own && countedFor !== null) insertReport(db, id, report, countedFor.get(report.index) ?? 0);
      else if (own || !moveReport(db, id, report, provisional)) insertReport(db, id, report);
      linked.add(report.articleId);
      if (previous !== undefined && previous !== id && !own) moved.push([previous, report.articleId]);
    }
    links.clear();
    if (linked.size > 0) for (const report of event.reports) if (linked.has(report.articleId)) links.set(report.articleId, report);
    for (const report of links.values()) writeLink(db, id, report, now);
    known?.set({...event, id});
  }
  // An article whose reports all left an event is no longer one of its sources.
  const unlink = statement(
    db,
    'DELETE FROM meeting_sources WHERE meeting_id = ? AND article_id = ? AND NOT EXISTS (SELECT 1 FROM meeting_reports r WHERE r.meeting_id = ? AND r.article_id = ?)',
  );
  for (const [meetingId, article] of moved) unlink.run(meetingId, article, meetingId, article);
}

/**
 * The same reports and the same state; `previousId` gives each report of `b` a's id, as
 * replaceEvents' callers give it. Field by field, not by a Set of keys and the states as JSON:
 * a settle asks it of every event of its window.
 */
function sameEvent(a: Event, b: Event, previousId: PreviousId): boolean {
  if (a.reports.length !== b.reports.length) return false;
  for (const report of b.reports) if (previousId(report, b) !== a.id) return false;
  const x = a.state;
  const y = b.state;
  return x.statusAt === y.statusAt && x.firstReported === y.firstReported && x.lastReported === y.lastReported && saysTheSame(x, y);
}

/** Inserts or updates the event's row; returns its id. Positional parameters: binding names from an object cost more. */
function writeEvent(db: Db, event: Event, now: string): number {
  const {state} = event;
  let first = event.reports[0]!;
  for (const report of event.reports) if (report.published < first.published) first = report;
  const participants = JSON.stringify(state.participants);
  if (event.id !== null) {
    const {changes} = statement(
      db,
      `UPDATE meetings SET place = ?, country = ?, start = ?, "end" = ?, precision = ?, status = ?, kind = ?, participants = ?,
         status_at = ?, updated = ?, first_article_id = ?, last_reported = ?
       WHERE id = ?`,
    ).run(state.place, state.country, state.start, state.end, state.precision, state.status, state.kind, participants, state.statusAt, now, first.articleId, state.lastReported, event.id);
    if (changes > 0) return event.id;
  }
  // A new event, or an id given back that no row holds any more: inserted (with that id).
  const {lastInsertRowid} = statement(
    db,
    `INSERT INTO meetings (id, place, country, start, "end", precision, status, kind, participants, first_seen, updated,
       status_at, first_article_id, last_reported)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(event.id, state.place, state.country, state.start, state.end, state.precision, state.status, state.kind, participants, now, now, state.statusAt, first.articleId, state.lastReported);
  return Number(lastInsertRowid);
}

/**
 * One report's row, written whole (a new report, or one whose row is not there); with the id it
 * counts for at the settle when a provisional merge writes it (one statement, not an insert and
 * an update).
 */
function insertReport(db: Db, meetingId: number, report: Report, settleId: number | null = null): void {
  const {meeting} = report;
  statement(
    db,
    `INSERT OR REPLACE INTO meeting_reports (article_id, idx, meeting_id, published, status, place, country, start, "end", precision, kind, participants, evidence, settle_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    report.articleId,
    report.index,
    meetingId,
    report.published,
    meeting.status,
    meeting.place,
    meeting.country,
    meeting.start,
    meeting.end,
    meeting.precision,
    meeting.kind,
    JSON.stringify(meeting.participants),
    meeting.evidence,
    settleId,
  );
}

/**
 * A stored report moves to another event: only its event changes (moved provisionally, it keeps
 * counting for the event it was in, see replaceEvents). False when its row is not there.
 */
function moveReport(db: Db, meetingId: number, report: Report, provisional: boolean): boolean {
  const sql = provisional
    ? 'UPDATE meeting_reports SET settle_id = coalesce(settle_id, meeting_id), meeting_id = ? WHERE article_id = ? AND idx = ?'
    : 'UPDATE meeting_reports SET meeting_id = ? WHERE article_id = ? AND idx = ?';
  return statement(db, sql).run(meetingId, report.articleId, report.index).changes > 0;
}

/** An article's link to the event, with the status of its latest report there. */
function writeLink(db: Db, meetingId: number, report: Report, now: string): void {
  statement(db, 'INSERT OR REPLACE INTO meeting_sources (meeting_id, article_id, status, evidence, seen) VALUES (?, ?, ?, ?, ?)').run(
    meetingId,
    report.articleId,
    statusOf(report),
    report.meeting.evidence,
    now,
  );
}
