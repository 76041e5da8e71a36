// Saving what the extractor found in one article: mentions, suggested people, and its meetings as
// reports of real-world events. The events the article touches are merged again from all their
// reports by the event model (source/events/), so the result does not depend on arrival order.
import {attachReports} from '../events/attach.js';
import {adopt, assignIds, clusterReports, fit, groupAgain, joinsEvent, regroup, reportKey, windowStart} from '../events/index.js';
import {foldEvent, saysTheSame, stateOf, statusOf, type Fold} from '../events/fold.js';
import type {Event, Report} from '../events/types.js';
import type {Extraction} from '../extract/types.js';
import {inWindowSql, reportColumns, reportedAfter, markSettled, markUnsettled, toReport, windowParameters, type KnownMeetings, type MeetingMemory, type ReportRecord} from './known-meetings.js';
import type {Db} from './open-cache.js';
import {statement} from './statements.js';
import {publishedDay} from '../extract/dates/berlin-time.js';


/** The article's facts, as the extraction needs them. */
export type ArticleStamp = {articleId: number; published: string; now: Date};

/** Saves one article's findings in a transaction of its own. */
export function saveExtraction(db: Db, extraction: Extraction, stamp: ArticleStamp, memory: MeetingMemory): void {
  const published = extraction.meetings.length > 0 ? [stamp.published] : [];
  remembering(memory, () => db.transaction(() => writeExtraction(db, extraction, stamp, memory.recall(published))).immediate());
}

/** Runs a write; when it fails (and rolls back) the events kept in memory are read again next time. */
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
  const published = new Date(stamp.published).toISOString();
  const {articleId} = stamp;
  // Re-extraction replaces the article's earlier findings entirely.
  statement(db, 'DELETE FROM mentions WHERE article_id = ?').run(articleId);
  statement(db, 'DELETE FROM suggestions WHERE article_id = ?').run(articleId);
  const mention = statement(db, 'INSERT OR REPLACE INTO mentions (article_id, actor_id, name, role, side, count, day) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const actor of extraction.actors) mention.run(articleId, actor.id, actor.name, actor.role, actor.side, actor.mentions, day);
  const suggestion = statement(db, 'INSERT OR REPLACE INTO suggestions (article_id, name, cue, count, day) VALUES (?, ?, ?, ?, ?)');
  for (const suggested of extraction.suggestions) suggestion.run(articleId, suggested.name, suggested.cue, suggested.mentions, day);

  const earlier = statement(db, 'SELECT DISTINCT meeting_id FROM meeting_reports WHERE article_id = ?').pluck().all(articleId) as number[];
  const reports: Report[] = extraction.meetings.map((meeting, index) => ({articleId, index, published, meeting}));
  if (earlier.length === 0 && reports.length === 0) return;
  remerge(db, known, reports, earlier, {articleId, published, now: stamp.now});
}

/**
 * Merges the article's new reports with the events they may join and the events its earlier
 * reports were in, and writes the result: ids kept where events continue, rows for new events,
 * merged-away events deleted.
 */
function remerge(db: Db, known: KnownMeetings, reports: readonly Report[], earlier: readonly number[], {articleId, published, now}: ArticleStamp): void {
  const touched = new Map<number, Event>();
  for (const id of earlier) {
    const event = known.get(id);
    if (event) touched.set(id, event);
  }
  // The events each new report may join, the best few: merged again together with the report
  // in publication order, they come out as they would have had the reports arrived in that order.
  // A report merged after a later report in its window (or an article changed under later
  // reports) came out of order: merged here with a few events only, it may have changed how
  // the later reports would have merged (it dates an event, it is the first of one), so its
  // window is settled afterwards (settleLate). Any later report counts, not only those it may
  // join: a shuffled stream showed both kinds.
  if ([...touched.values()].some(event => reportedAfter(event, articleId, published))) known.noteLate(published);
  for (const report of reports) {
    if (!known.lateNotedBy(report.published) && known.reportedAfter(articleId, report.published)) known.noteLate(report.published);
    // Each candidate's fit worked out once, not again in every comparison of the sort.
    const candidates = known.nearby(report, touched).flatMap(event => (mayJoin(event, report, known.movedAway(event.id!)) ? [{event, fit: fit(event, report)}] : []));
    candidates.sort((a, b) => b.fit - a.fit || (b.event.state.lastReported < a.event.state.lastReported ? -1 : 1));
    for (const {event} of candidates.slice(0, CANDIDATES)) touched.set(event.id!, event);
  }
  if (provisional(earlier, reports, known)) return attachLate(db, known, touched, reports, now);
  const previousId = new Map<number | string, number>();
  const pool: Report[] = [...reports];
  // Whether the pool is the touched events' reports whole (none of them is the article's own).
  let whole = true;
  for (const event of touched.values()) {
    for (const report of event.reports) {
      if (report.articleId === articleId) {
        whole = false;
        continue;
      }
      previousId.set(reportKey(report), event.id!);
      pool.push(report);
    }
  }
  // An article's own earlier reports lead to their old events too, so an unchanged article keeps its ids.
  if (earlier.length > 0) for (const report of reports) {
    const before = [...touched.values()].find(event => event.reports.some(old => old.articleId === articleId && old.index === report.index));
    if (before) previousId.set(reportKey(report), before.id!);
  }
  // The touched events as a grouping left them, with reports published after all of theirs (an
  // article arriving in publication order): the grouping resumes after them (regroup).
  const events = assignIds((whole ? regroup([...touched.values()], reports) : null) ?? clusterReports(pool), previousId);
  statement(db, 'DELETE FROM meeting_reports WHERE article_id = ?').run(articleId);
  statement(db, 'DELETE FROM meeting_sources WHERE article_id = ?').run(articleId);
  replaceEvents(db, known, touched, events, previousId, articleId, now.toISOString());
}

/**
 * A new article's reports whose window a settle merges again before the round ends (noted late):
 * until then each joins its best candidate or starts an event (attachReports), and only the
 * events that change are written.
 */
function attachLate(db: Db, known: KnownMeetings, candidates: ReadonlyMap<number, Event>, reports: readonly Report[], now: Date): void {
  const events = attachReports([...candidates.values()], reports, (event, report) => joinsCandidate(event, report, known.movedAway(event.id!)));
  const changed = events.filter(event => event.id === null || candidates.get(event.id) !== event);
  const touched = new Map<number, Event>();
  const previousId = new Map<number | string, number>();
  for (const {id} of changed) {
    const before = id === null ? undefined : candidates.get(id);
    if (before === undefined) continue;
    touched.set(id!, before);
    for (const report of before.reports) previousId.set(reportKey(report), id!);
  }
  replaceEvents(db, known, touched, changed, previousId, reports[0]!.articleId, now.toISOString());
  // Noted in the cache again with this write: another process's settle may have cleared the note
  // this process made, and this merge waits for this process's own settle (or, killed, the next run's).
  markUnsettled(db, reports.reduce((earliest, report) => (report.published < earliest ? report.published : earliest), reports[0]!.published));
}

/**
 * Whether a new article's reports may be merged provisionally: every one is in a window that a
 * settle merges again before the round ends (noted late). An article read before keeps the full
 * merge, which moves its earlier reports.
 */
const provisional = (earlier: readonly number[], reports: readonly Report[], known: KnownMeetings): boolean =>
  earlier.length === 0 && reports.length > 0 && reports.every(report => known.lateNotedBy(report.published));

/**
 * Writes merged events in place of `touched`: events no longer there are deleted, changed ones
 * updated or inserted, and only reports that are new to their event written (`articleId`'s own
 * reports always, when given: the caller deleted them first).
 */
function replaceEvents(
  db: Db,
  known: KnownMeetings | null,
  touched: ReadonlyMap<number, Event>,
  events: readonly Event[],
  previousId: ReadonlyMap<number | string, number>,
  articleId: number | null,
  now: string,
): void {
  const kept = new Set(events.map(event => event.id).filter((id): id is number => id !== null));
  for (const id of touched.keys()) {
    if (kept.has(id)) continue;
    statement(db, 'DELETE FROM meetings WHERE id = ?').run(id);
    known?.delete(id);
  }
  const moved: Array<[number, number]> = [];
  // Each article's latest written report of an event gives its link (meeting_sources): one row per article.
  const links = new Map<number, Report>();
  for (const event of events) {
    const before = event.id === null ? undefined : touched.get(event.id);
    // An event that comes out as it went in (the usual case for most of those looked at) keeps its row.
    const id = before && sameEvent(before, event, previousId) ? event.id! : writeEvent(db, event, now);
    // Only reports that are new here are written: this article's, and those that changed event.
    links.clear();
    for (const report of event.reports) {
      const own = report.articleId === articleId;
      const previous = previousId.get(reportKey(report));
      if (!own && previous === id) continue;
      // Another article's report is stored already, as it is: only its event changes.
      if (own || !moveReport(db, id, report)) insertReport(db, id, report);
      links.set(report.articleId, report);
      if (previous !== undefined && previous !== id && !own) moved.push([previous, report.articleId]);
    }
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
    const events = assignIds(grouped, previousId);
    replaceEvents(db, null, touched, events, previousId, null, now.toISOString());
    return events.length;
  }).immediate();
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

/**
 * The same reports and the same state; `previousId` gives each report of `a` (by key) a's id, as
 * replaceEvents' callers build it. Field by field, not by a Set of keys and the states as JSON:
 * a settle asks it of every event of its window.
 */
function sameEvent(a: Event, b: Event, previousId: ReadonlyMap<number | string, number>): boolean {
  if (a.reports.length !== b.reports.length) return false;
  for (const report of b.reports) if (previousId.get(reportKey(report)) !== a.id) return false;
  const x = a.state;
  const y = b.state;
  return x.statusAt === y.statusAt && x.firstReported === y.firstReported && x.lastReported === y.lastReported && saysTheSame(x, y);
}

/**
 * How many of the events a report may join are merged again with it. A report without a date
 * fits every meeting at its place; the best few are enough, and keep a large poll from
 * re-merging a whole month of meetings for every article.
 */
const CANDIDATES = 3;

/** Each report as an event of its own, kept while the report object lives. */
const alone = new WeakMap<Report, Event>();
const asEvent = (report: Report): Event => {
  let event = alone.get(report);
  if (!event) alone.set(report, (event = {id: null, reports: [report], state: foldEvent([report])}));
  return event;
};

/**
 * What joinsEvent asks of the fold of a candidate that holds no report of the article (the
 * article's earlier events are touched, and nearby leaves them out) and no report of a date it
 * moved away from (`movedAway`): no statuses of the article, no such reports. Reading the whole
 * fold of a kept event only for that (its reports are new arrays after each widen) was ~6% of
 * the merge.
 */
const unmoved: Pick<Fold, 'statuses' | 'movedFrom'> = {statuses: new Map(), movedFrom: []};

/**
 * The report joins the event or one of its reports (either way round): enough to merge them again
 * together. (A new report is never one of a candidate's: the article's earlier events are
 * already touched and left out.)
 */
function mayJoin(event: Event, report: Report, movedAway: boolean): boolean {
  return joinsCandidate(event, report, movedAway) || joinsEvent(asEvent(report), event.reports[0]!);
}

/**
 * joinsEvent(event, report) for a candidate holding no report of the report's article;
 * `movedAway` is KnownMeetings.movedAway of the event. Exported for its test.
 */
export const joinsCandidate = (event: Event, report: Report, movedAway: boolean): boolean => joinsEvent(event, report, movedAway ? undefined : unmoved);

/** Inserts or updates the event's row; returns its id. Positional parameters: binding names from an object cost more. */
function writeEvent(db: Db, event: Event, now: string): number {
  const {state} = event;
  let first = event.reports[0]!;
  for (const report of event.reports) if (report.published < first.published) first = report;
  const participants = JSON.stringify(state.participants);
  if (event.id === null) {
    const {lastInsertRowid} = statement(
      db,
      `INSERT INTO meetings (place, country, start, "end", precision, status, kind, participants, first_seen, updated,
         status_at, first_article_id, last_reported)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(state.place, state.country, state.start, state.end, state.precision, state.status, state.kind, participants, now, now, state.statusAt, first.articleId, state.lastReported);
    return Number(lastInsertRowid);
  }
  statement(
    db,
    `UPDATE meetings SET place = ?, country = ?, start = ?, "end" = ?, precision = ?, status = ?, kind = ?, participants = ?,
       status_at = ?, updated = ?, first_article_id = ?, last_reported = ?
     WHERE id = ?`,
  ).run(state.place, state.country, state.start, state.end, state.precision, state.status, state.kind, participants, state.statusAt, now, first.articleId, state.lastReported, event.id);
  return event.id;
}

/** One report's row, written whole (a new report, or one whose row is not there). */
function insertReport(db: Db, meetingId: number, report: Report): void {
  const {meeting} = report;
  statement(
    db,
    `INSERT OR REPLACE INTO meeting_reports (article_id, idx, meeting_id, published, status, place, country, start, "end", precision, kind, participants, evidence)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
  );
}

/** A stored report moves to another event: only its event changes. False when its row is not there. */
function moveReport(db: Db, meetingId: number, report: Report): boolean {
  return statement(db, 'UPDATE meeting_reports SET meeting_id = ? WHERE article_id = ? AND idx = ?').run(meetingId, report.articleId, report.index).changes > 0;
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

export function clearExtractions(db: Db, memory: MeetingMemory): void {
  memory.forget();
  db.transaction(() => {
    for (const table of ['meeting_reports', 'meeting_sources', 'meetings', 'mentions', 'suggestions']) db.prepare(`DELETE FROM ${table}`).run();
  }).immediate();
}

export function deleteOrphanMeetings(db: Db): void {
  db.prepare('DELETE FROM meetings WHERE NOT EXISTS (SELECT 1 FROM meeting_reports r WHERE r.meeting_id = meetings.id)').run();
}
