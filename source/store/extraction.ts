// Saving what the extractor found in one article: mentions, suggested people, and its meetings as
// reports of real-world events. The events the article touches are merged again from all their
// reports by the event model (source/events/), so the result does not depend on arrival order.
import {attachReports, withoutArticle} from '../events/attach.js';
import {assignIds, clusterReports, fit, joinsEvent, regroup, reportKey} from '../events/index.js';
import {foldEvent, saysTheSame, type Fold} from '../events/fold.js';
import type {Event, Report} from '../events/types.js';
import type {Extraction} from '../extract/types.js';
import {byKey, replaceEvents, type PreviousId} from './event-rows.js';
import {markUnsettled, reportedAfter, type KnownMeetings, type MeetingMemory} from './known-meetings.js';
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
  for (const report of reports) if (!known.lateNotedBy(report.published) && known.reportedAfter(articleId, report.published)) known.noteLate(report.published);
  // Only the article's earlier events are touched yet: they hold all its earlier reports.
  const ownEarlier = earlierReports(touched, articleId);
  const late = provisional([...reports, ...ownEarlier.values()], known);
  // Read again and saying what it said (a `reindex` of the same text): the settle to come merges
  // its reports where they are.
  if (late && sameReports(ownEarlier, reports)) {
    markUnsettled(db, published);
    return;
  }
  for (const report of reports) {
    // Each candidate's fit worked out once, not again in every comparison of the sort; the
    // report as an event of its own looked up once, not for every candidate.
    const single = asEvent(report);
    const candidates: Array<{event: Event; fit: number}> = [];
    for (const event of known.nearby(report, touched)) if (mayJoin(event, report, single, known.movedAway(event.id!))) candidates.push({event, fit: fit(event, report)});
    candidates.sort((a, b) => b.fit - a.fit || (b.event.state.lastReported < a.event.state.lastReported ? -1 : 1));
    for (const {event} of candidates.slice(0, CANDIDATES)) touched.set(event.id!, event);
  }
  if (late) return attachLate(db, known, touched, reports, articleId, now);
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
  replaceEvents(db, known, touched, events, byKey(previousId), articleId, now.toISOString());
}

/**
 * An article whose reports, new and earlier, are all in windows a settle merges again before the
 * round ends (noted late; a `reindex` settles everything): until then its earlier reports leave
 * their events, each new one joins its best candidate or starts an event (attachReports), and
 * only the events that change are written.
 */
function attachLate(db: Db, known: KnownMeetings, touched: ReadonlyMap<number, Event>, reports: readonly Report[], articleId: number, now: Date): void {
  // The events as they stand without the article's earlier reports; where each of those was.
  const given: Event[] = [];
  const oldEvent = new Map<number, number>();
  // The earliest of its reports, new and earlier: where the settle must reach back to.
  let earliest = reports[0]?.published ?? '';
  for (const [id, event] of touched) {
    const rest = withoutArticle(event, articleId);
    if (rest === event) {
      given.push(event);
      continue;
    }
    for (const report of event.reports) {
      if (report.articleId !== articleId) continue;
      oldEvent.set(report.index, id);
      if (earliest === '' || report.published < earliest) earliest = report.published;
    }
    if (rest !== null) given.push(rest);
  }
  // The id each earlier report counts for at the settle: its event's, or what it counted for
  // when it was itself merged provisionally (a report read again in the same round).
  const countedFor = new Map<number, number>();
  if (oldEvent.size > 0) {
    for (const row of statement(db, 'SELECT idx, coalesce(settle_id, meeting_id) AS id FROM meeting_reports WHERE article_id = ?').all(articleId) as Array<{idx: number; id: number}>) {
      countedFor.set(row.idx, row.id);
    }
  }
  const joined = attachReports(given, reports, (event, report) => joinsCandidate(event, report, known.movedAway(event.id!)));
  // Ids as a full merge gives them: each event the oldest its reports were in, the article's own
  // reports counting for the events they were in before (an unchanged article keeps its ids). A
  // new article changes no id: the events keep theirs, and those it starts get new ones.
  const events = oldEvent.size === 0 ? joined : assignIds(joined, ownIdsFirst(given, reports, oldEvent));
  // Events that come out as they went in (the same reports, the same id) are left alone; every
  // other touched event is written over: joined, left by the article, merged away or renumbered.
  const same = (event: Event) => event.id !== null && touched.get(event.id)?.reports === event.reports;
  const changed = events.filter(event => !same(event));
  const kept = new Set(events.filter(same).map(event => event.id));
  const before = new Map([...touched].filter(([id]) => !kept.has(id)));
  const previousId = oldEvent.size === 0 ? stayed(articleId) : formerEvents(before, articleId);
  // Without earlier reports in its touched events the article has no stored report (each row
  // names its event, and writeExtraction touched every event that holds one): nothing to delete.
  if (oldEvent.size > 0) statement(db, 'DELETE FROM meeting_reports WHERE article_id = ?').run(articleId);
  statement(db, 'DELETE FROM meeting_sources WHERE article_id = ?').run(articleId);
  // The settle gives ids as if this merge had not been: a report counts for the event its
  // article's earlier report was in, and a new one for none (0): a report placed with the wrong
  // event until then must not take that event's id from the reports that are its own.
  replaceEvents(db, known, before, changed, previousId, articleId, now.toISOString(), countedFor);
  // Noted in the cache again with this write: another process's settle may have cleared the note
  // this process made, and this merge waits for this process's own settle (or, killed, the next run's).
  for (const report of reports) if (report.published < earliest) earliest = report.published;
  known.noteUnsettled(earliest);
}

/**
 * Where each report of an article's touched events was, when the article had no earlier
 * reports: the other articles' reports stay in their events (attachReports only adds the
 * article's to them, and ids are kept), so a report's event is the one it is in now. Not a map of
 * every report of the changed events: they hold ~200 reports each on real streams.
 */
const stayed =
  (articleId: number): PreviousId =>
  (report, event) =>
    report.articleId === articleId || event.id === null ? undefined : event.id;

/** Where each report of the events written over was, by its key (the article's own left out: they are written again). */
function formerEvents(before: ReadonlyMap<number, Event>, articleId: number): PreviousId {
  const previousId = new Map<number | string, number>();
  for (const [id, event] of before) for (const report of event.reports) if (report.articleId !== articleId) previousId.set(reportKey(report), id);
  return byKey(previousId);
}

/** The id each report counts for in attachLate's assignIds: its event's; the article's own, the event it was in. */
function ownIdsFirst(given: readonly Event[], reports: readonly Report[], oldEvent: ReadonlyMap<number, number>): Map<number | string, number> {
  const wasIn = new Map<number | string, number>();
  for (const event of given) for (const report of event.reports) wasIn.set(reportKey(report), event.id!);
  for (const report of reports) if (oldEvent.has(report.index)) wasIn.set(reportKey(report), oldEvent.get(report.index)!);
  return wasIn;
}

/** The article's reports in the touched events, by their position in it. */
function earlierReports(touched: ReadonlyMap<number, Event>, articleId: number): Map<number, Report> {
  const earlier = new Map<number, Report>();
  for (const event of touched.values()) for (const report of event.reports) if (report.articleId === articleId) earlier.set(report.index, report);
  return earlier;
}

/** Whether the article's earlier reports (earlierReports) are `reports`, each saying the same. */
function sameReports(earlier: ReadonlyMap<number, Report>, reports: readonly Report[]): boolean {
  if (earlier.size !== reports.length) return false;
  return reports.every(report => {
    const old = earlier.get(report.index);
    return old !== undefined && old.published === report.published && old.meeting.evidence === report.meeting.evidence && saysTheSame(old.meeting, report.meeting);
  });
}

/**
 * Whether the article's merge may be provisional: it has reports, new or earlier, and every one
 * is in a window that a settle merges again before the round ends (noted late).
 */
function provisional(reports: readonly Report[], known: KnownMeetings): boolean {
  return reports.length > 0 && reports.every(report => known.lateNotedBy(report.published));
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
 * together. `single` is the report as an event of its own (asEvent). (A new report is never one of a candidate's: the article's earlier events are
 * already touched and left out.)
 */
function mayJoin(event: Event, report: Report, single: Event, movedAway: boolean): boolean {
  return joinsCandidate(event, report, movedAway) || joinsEvent(single, event.reports[0]!);
}

/**
 * joinsEvent(event, report) for a candidate holding no report of the report's article;
 * `movedAway` is KnownMeetings.movedAway of the event. Exported for its test.
 */
export const joinsCandidate = (event: Event, report: Report, movedAway: boolean): boolean => joinsEvent(event, report, movedAway ? undefined : unmoved);

export function clearExtractions(db: Db, memory: MeetingMemory): void {
  memory.forget();
  db.transaction(() => {
    for (const table of ['meeting_reports', 'meeting_sources', 'meetings', 'mentions', 'suggestions']) db.prepare(`DELETE FROM ${table}`).run();
  }).immediate();
}

export function deleteOrphanMeetings(db: Db): void {
  db.prepare('DELETE FROM meetings WHERE NOT EXISTS (SELECT 1 FROM meeting_reports r WHERE r.meeting_id = meetings.id)').run();
}
