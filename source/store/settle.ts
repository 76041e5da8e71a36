// The settle: the events of a window merged again from all their reports in publication order,
// as if every article had arrived in that order (what a late or provisional merge waits for).
import {adopt, assignIds, groupAgain, reportKey, windowStart} from '../events/index.js';
import {foldEvent, stateOf} from '../events/fold.js';
import type {Event} from '../events/types.js';
import {byKey, replaceEvents} from './event-rows.js';
import {inWindowSql, markSettled, windowParameters, type KnownMeetings, type MeetingMemory} from './known-meetings.js';
import {reportColumns, toReport, type ReportRecord} from './report-record.js';
import type {Db} from './open-cache.js';
import {statement} from './statements.js';

/**
 * Merges stored reports again in publication order, as if all articles had arrived in that
 * order; ids are kept (the older one where events merge). Without `since`, every report
 * (`reindex` ends with it); with it, the events a report published at `since` or later may
 * join: those in its merge window (reported or dated within MERGE_WINDOW_DAYS before it, or
 * since). No report outside them can join an event of a later report, so this gives what
 * merging everything again would. Returns how many events it merged.
 */
export function settleEvents(db: Db, memory: MeetingMemory, now: Date, since?: string): number {
  const from = since === undefined ? null : windowStart(since);
  // The events kept in memory hold the window's reports already (a poll's settle): reading them
  // all again put a second copy beside the first until the next full collection.
  let kept = from === null ? null : memory.keptFrom(from);
  memory.forget();
  if (since === undefined) memory.takeLate();
  const within = from === null ? '' : `WHERE ${inWindowSql}`;
  const window = from === null ? [] : [windowParameters(from)];
  return db.transaction(() => {
    // Inside the write lock: no other process commits before this settle does, so kept events
    // that no other process's commit has outdated stay the cache's until it is done.
    if (kept !== null && (db.pragma('data_version', {simple: true}) as number) !== kept.version) kept = null;
    // Marks committed before this lock was taken are in the window it reads, and so done.
    markSettled(db, since);
    const {touched, previousId} = (kept && from !== null && keptWindow(db, kept.known, from, within, window)) || readWindow(db, within, window);
    kept = null;
    // The state as stored, so an event whose reports changed under it (retention) is written again.
    type Stored = Omit<Event['state'], 'participants' | 'firstReported'> & {id: number; participants: string};
    const stored = new Map(
      (
        statement(db, `SELECT id, place, country, start, "end" AS "end", precision, status, kind, participants, status_at AS statusAt, last_reported AS lastReported FROM meetings m ${within}`).all(...window) as Stored[]
      ).map(({id, participants, ...row}) => [id, {...row, participants: JSON.parse(participants) as string[]}]),
    );
    for (const event of touched.values()) {
      // An event as the last settle left it has that grouping's fold.
      const fold = memory.settled === null ? null : adopt(event.reports, memory.settled);
      const state = fold === null ? foldEvent(event.reports) : stateOf(fold);
      event.state = {...state, ...stored.get(event.id!)};
    }
    // Resumed where the last settle's grouping of the same reports stops being this one's.
    const {events: grouped, grouping} = groupAgain([...touched.values()].flatMap(event => event.reports), memory.settled);
    memory.settled = grouping;
    const {counts, provisional} = idsCounted(db, previousId);
    const events = assignIds(grouped, counts, provisional);
    replaceEvents(db, null, touched, events, byKey(previousId), null, now.toISOString());
    if (provisional) statement(db, `UPDATE meeting_reports SET settle_id = NULL WHERE settle_id IS NOT NULL${from === null ? '' : ' AND published >= ?'}`).run(...(from === null ? [] : [from]));
    // Rows provisional merges left without reports (see replaceEvents), whose ids no event took back.
    statement(db, `DELETE FROM meetings WHERE id IN (SELECT id FROM meetings m ${within}) AND NOT EXISTS (SELECT 1 FROM meeting_reports r WHERE r.meeting_id = meetings.id)`).run(...window);
    return events.length;
  }).immediate();
}

/**
 * The id each report of the window counts for (assignIds): its event's, but for one merged
 * provisionally the event its article's earlier report was in, or none; and, when there are
 * such reports, the events they were written in, for events that get no id otherwise.
 */
function idsCounted(db: Db, previousId: ReadonlyMap<number | string, number>): {counts: ReadonlyMap<number | string, number>; provisional?: Map<number | string, number>} {
  const rows = statement(db, 'SELECT article_id AS articleId, idx AS "index", settle_id AS settleId FROM meeting_reports WHERE settle_id IS NOT NULL').all() as Array<{articleId: number; index: number; settleId: number}>;
  if (rows.length === 0) return {counts: previousId};
  const counts = new Map(previousId);
  const provisional = new Map<number | string, number>();
  for (const row of rows) {
    const key = reportKey(row);
    const written = previousId.get(key);
    // Outside this window: its own settle gives it an id.
    if (written === undefined) continue;
    provisional.set(key, written);
    if (row.settleId === 0) counts.delete(key);
    else counts.set(key, row.settleId);
  }
  return {counts, provisional};
}

/** The stored events of a settle's window (`within`), with every report, and each report's event. */
type Window = {touched: Map<number, Event>; previousId: Map<number | string, number>};

/** The window read from the cache, row by row: the rows are not kept beside the reports made of them. */
function readWindow(db: Db, within: string, window: readonly unknown[]): Window {
  const records = statement(db, `SELECT ${reportColumns} FROM meeting_reports r WHERE r.meeting_id IN (SELECT id FROM meetings m ${within})`).iterate(...window) as IterableIterator<ReportRecord>;
  const touched = new Map<number, Event>();
  const previousId = new Map<number | string, number>();
  for (const record of records) {
    const report = toReport(record);
    previousId.set(reportKey(report), record.meetingId);
    const event = touched.get(record.meetingId) ?? {id: record.meetingId, reports: [], state: null as unknown as Event['state']};
    event.reports.push(report);
    touched.set(record.meetingId, event);
  }
  return {touched, previousId};
}

/**
 * The window from the events kept in memory, when they are exactly what readWindow would give:
 * every stored report of the window (only its event and key are read, no text) is one of a kept
 * event in the window, under the same event, and no kept event in the window has another. Null
 * when anything differs: then the cache is read.
 */
function keptWindow(db: Db, known: KnownMeetings, from: string, within: string, window: readonly unknown[]): Window | null {
  const touched = new Map<number, Event>();
  const previousId = new Map<number | string, number>();
  let reports = 0;
  for (const event of known.within(from)) {
    // A new array: the state below is the stored one, not the kept fold's.
    touched.set(event.id!, {id: event.id, reports: [...event.reports], state: null as unknown as Event['state']});
    for (const report of event.reports) previousId.set(reportKey(report), event.id!);
    reports += event.reports.length;
  }
  const keys = statement(db, `SELECT r.meeting_id AS meetingId, r.article_id AS articleId, r.idx AS "index" FROM meeting_reports r WHERE r.meeting_id IN (SELECT id FROM meetings m ${within})`);
  let stored = 0;
  for (const row of keys.iterate(...window) as IterableIterator<{meetingId: number; articleId: number; index: number}>) {
    if (previousId.get(reportKey(row)) !== row.meetingId) return null;
    stored++;
  }
  return stored === reports ? {touched, previousId} : null;
}

/**
 * Settles the window of the earliest report merged out of order since the last settle, if any
 * (see settleEvents); whether it did.
 */
export function settleLate(db: Db, memory: MeetingMemory, now: Date): boolean {
  const since = memory.takeLate();
  if (since === null) return false;
  settleEvents(db, memory, now, since);
  return true;
}
