// The events a new report may join, with all their reports, read from SQLite once and then kept
// up to date in memory as this connection writes (until another process writes). Reading them
// again for every article made a large first poll quadratic in the cache's size.
import {inWindow, windowStart} from '../events/cluster.js';
import {adopt, type Grouping} from '../events/resume.js';
import {foldEvent, stateOf} from '../events/fold.js';
import {PlaceIndex, type Filed} from '../events/place-index.js';
import {cityOf} from '../events/places.js';
import {datesMayAgree, eventDates, reportDates, type DateFacts} from '../events/same-event.js';
import type {Event, Report} from '../events/types.js';
import type {Db} from './open-cache.js';
import {unsettledSince} from './pending.js';
import {reportColumns, toReport, type ReportRecord} from './report-record.js';
import {statement} from './statements.js';


/**
 * The earliest report merged out of publication order since the last settle: one published
 * before a report already stored for an event it may join. Until its window is merged again in
 * publication order (settleEvents), the events there may depend on the order of arrival.
 */
export type LateMark = {since: string | null};

/** The events in the merge window, by id. */
export class KnownMeetings {
  /** Each event with what nearby asks of it, in the order a load gives (by id; events read or written since come after). */
  private readonly byId = new Map<number, Entry>();
  private nextPosition = 0;
  /** Events by their own state's place and kind: the events a report may join (joinsEvent). */
  private readonly byState = new PlaceIndex<Entry>();
  /** Events by their first report's place and kind: those whose first report may join a report as an event of its own. */
  private readonly byFirst = new PlaceIndex<Entry>();
  /** Marks the entries one nearby call has looked at (an entry is in up to six buckets). */
  private visit = 0;

  /** `settled`: the last settle's grouping, whose events those read from the cache may be (adopt). */
  private constructor(
    private readonly db: Db,
    private readonly late: LateMark = {since: null},
    private readonly settled: Grouping | null = null,
  ) {}

  static empty(db: Db, late?: LateMark): KnownMeetings {
    return new KnownMeetings(db, late);
  }

  /** The events that can be in the merge window of a report published at `from` or later. */
  static load(db: Db, from: string, late?: LateMark, settled?: Grouping | null): KnownMeetings {
    const known = new KnownMeetings(db, late, settled);
    const records = statement(
      db,
      `SELECT ${reportColumns} FROM meeting_reports r
       WHERE r.meeting_id IN (SELECT id FROM meetings m WHERE ${inWindowSql})`,
    ).all(windowParameters(from)) as ReportRecord[];
    known.rememberAll(records);
    return known;
  }

  /**
   * Reaches back from the window of `previous` to the larger one of `from` (earlier): what load(from)
   * would hold, as it would hold it, without reading again the events already here. Only the
   * events that the wider window adds are read; the rest are kept (they are as stored: this
   * connection's writes keep them so). As a load gives them, the events are in the order of
   * their ids and each one's reports in the order of the stored index (publication time, article,
   * position), which decides what mayJoin compares (an event's first report).
   */
  widen(from: string, previous: string): void {
    const records = statement(
      this.db,
      `SELECT ${reportColumns} FROM meeting_reports r
       WHERE r.meeting_id IN (SELECT id FROM meetings m WHERE (${inWindowSql}) AND NOT (coalesce(m.last_reported >= @previous, 0) OR coalesce(m.start >= @previousDay, 0)))`,
    ).all({...windowParameters(from), previous, previousDay: previous.slice(0, 10)}) as ReportRecord[];
    const fromDay = from.slice(0, 10);
    for (const [id, entry] of [...this.byId]) {
      const {event} = entry;
      if (!inWindow(event, from, fromDay)) {
        this.delete(id);
        continue;
      }
      // Same reports and state: only the first report can be another one. The reports are new
      // objects, as a load's are: what the merge remembers per report object (the report as an
      // event of its own, with its fold) is let go; kept across a whole cold poll it took 40 MB.
      const reports = event.reports.map(fresh).sort(storedOrder);
      entry.event = {id, reports, state: event.state};
      if (storedOrder(reports[0]!, event.reports[0]!) === 0) continue;
      this.byFirst.file(entry, reports[0]!.meeting);
      entry.filedFirst = filed(reports[0]!.meeting);
      entry.firstDates = reportDates(reports[0]!);
    }
    this.rememberAll(records);
    const ids = [...this.byId.keys()].sort((a, b) => a - b);
    this.nextPosition = 0;
    for (const id of ids) this.byId.get(id)!.position = this.nextPosition++;
  }

  /**
   * The events whose window a report falls in and whose place, kind and dates let them join it,
   * or let their first report join the report as an event of its own (see mayJoin in
   * extraction.ts), leaving out `skip`; in the order they are kept in (a load's: by id; events read or
   * written since come after). A superset: mayJoin decides.
   */
  nearby(report: Report, skip: ReadonlyMap<number, unknown>): Event[] {
    const {meeting} = report;
    // A report as an event of its own has the report's city (cityOf) for its place.
    const buckets = [...this.byState.bucketsAgreeing(meeting), ...this.byFirst.bucketsAgreeing({place: cityOf(meeting.place), country: meeting.country, kind: meeting.kind})];
    const from = windowStart(report.published);
    const fromDay = from.slice(0, 10);
    const own = reportDates(report);
    const found: Entry[] = [];
    // Each entry once (it may be in several buckets): marked, not collected in a Set, as a
    // placeless report's buckets hold every event of its kind in the window.
    const visit = ++this.visit;
    for (const bucket of buckets) {
      for (const entry of bucket) {
        if (entry.visit === visit) continue;
        entry.visit = visit;
        if (skip.has(entry.id)) continue;
        // In the window (inWindow), and with dates that may agree one way round or the other.
        const {lastReported, start} = entry;
        if (!(lastReported >= from || (start !== null && start >= fromDay))) continue;
        if (datesMayAgree(entry.dates, own) || datesMayAgree(own, entry.firstDates)) found.push(entry);
      }
    }
    return found.sort((a, b) => a.position - b.position).map(entry => entry.event);
  }

  /** Whether the event holds a report of a date it moved away from (its fold's movedFrom is not empty); true when not kept. */
  movedAway(id: number): boolean {
    return this.byId.get(id)?.dates.free ?? true;
  }

  /**
   * Whether an event of another article was reported after `published` (on the same time, one
   * sorted after it: any event that holds a report of that time from another article).
   */
  reportedAfter(articleId: number, published: string): boolean {
    for (const {event} of this.byId.values()) if (reportedAfter(event, articleId, published)) return true;
    return false;
  }

  /** Whether noteLate(published) would change nothing: an earlier or equal time is noted already. */
  lateNotedBy(published: string): boolean {
    return this.late.since !== null && this.late.since <= published;
  }

  /**
   * A report published at `published` was merged after a later one of an event it may join. Noted
   * in the cache too, in the caller's transaction: a run killed before its settle leaves the
   * window for the next run to settle (MeetingMemory.takeLate).
   */
  noteLate(published: string): void {
    if (this.late.since !== null && published >= this.late.since) return;
    this.late.since = published;
    this.noteUnsettled(published);
  }

  /**
   * markUnsettled, once per write transaction for a time at or after one already marked in it:
   * no other process commits (and no settle clears the mark) while this one holds the write
   * lock, and a provisional merge marks every article (MeetingMemory.recall, at the start of
   * each transaction, forgets what was marked).
   */
  noteUnsettled(published: string): void {
    if (this.markedSince !== null && this.markedSince <= published) return;
    markUnsettled(this.db, published);
    this.markedSince = published;
  }

  /** The earliest time markUnsettled wrote in this write transaction (see noteUnsettled). */
  markedSince: string | null = null;

  /** The kept events in the merge window of a report published when `from` (windowStart) begins it. */
  *within(from: string): Generator<Event> {
    const fromDay = from.slice(0, 10);
    for (const {event} of this.byId.values()) if (inWindow(event, from, fromDay)) yield event;
  }

  /** An event by id, read from the cache when it is not in memory (outside the window). */
  get(id: number): Event | undefined {
    if (!this.byId.has(id)) this.reload([id]);
    return this.byId.get(id)?.event;
  }

  /** After a write: the events as stored now. */
  set(event: Event): void {
    if (event.id !== null) this.put(event.id, event);
  }

  delete(id: number): void {
    const entry = this.byId.get(id);
    if (entry === undefined) return;
    this.byId.delete(id);
    this.byState.remove(entry);
    this.byFirst.remove(entry);
  }

  /** Reads the given events again (or forgets them when gone). */
  reload(ids: readonly number[]): void {
    const read = statement(this.db, `SELECT ${reportColumns} FROM meeting_reports r WHERE r.meeting_id = ?`);
    for (const id of ids) {
      this.delete(id);
      this.rememberAll(read.all(id) as ReportRecord[]);
    }
  }

  /** Keeps the event; a new id goes last, as a Map keeps the order of first insertion. */
  private put(id: number, event: Event): void {
    const {state} = event;
    const first = event.reports[0]!.meeting;
    const {lastReported, start} = state;
    const entry = this.byId.get(id);
    if (entry === undefined) {
      const added: Entry = {id, event, position: this.nextPosition++, lastReported, start, dates: eventDates(event), firstDates: reportDates(event.reports[0]!), filedState: filed(state), filedFirst: filed(first), visit: 0};
      this.byId.set(id, added);
      this.byState.file(added, state);
      this.byFirst.file(added, first);
      return;
    }
    entry.event = event;
    entry.lastReported = lastReported;
    entry.start = start;
    entry.dates = eventDates(event);
    entry.firstDates = reportDates(event.reports[0]!);
    // Filed again only where the place or kind changed (most writes keep them): the buckets are the same either way.
    if (!sameFiled(entry.filedState, state)) {
      entry.filedState = filed(state);
      this.byState.file(entry, state);
    }
    if (!sameFiled(entry.filedFirst, first)) {
      entry.filedFirst = filed(first);
      this.byFirst.file(entry, first);
    }
  }

  private rememberAll(records: readonly ReportRecord[]): void {
    const grouped = new Map<number, Report[]>();
    for (const record of records) {
      const reports = grouped.get(record.meetingId) ?? [];
      reports.push(toReport(record));
      grouped.set(record.meetingId, reports);
    }
    for (const [id, reports] of grouped) {
      // An event the last settle wrote and nothing changed since: merged again, it resumes after
      // that grouping (regroup), and its state is that grouping's fold's.
      const fold = this.settled === null ? null : adopt(reports, this.settled);
      this.put(id, {id, reports, state: fold === null ? foldEvent(reports) : stateOf(fold)});
    }
  }
}

/** A kept event with what nearby asks of it, so the events it rules out are not read. */
type Entry = {
  id: number;
  event: Event;
  /** Its place in the order a load gives (by id; events read or written since come after): nearby lists in it. */
  position: number;
  lastReported: string;
  start: string | null;
  dates: DateFacts;
  firstDates: DateFacts;
  /** Where it is filed in byState and byFirst. */
  filedState: Filed;
  filedFirst: Filed;
  /** The last nearby call that looked at it. */
  visit: number;
};

const filed = ({place, country, kind}: Filed): Filed => ({place, country, kind});
const sameFiled = (a: Filed, b: Filed) => a.place === b.place && a.country === b.country && a.kind === b.kind;

/** A report as a new object of the same fixed shape (see toReport). */
const fresh = ({articleId, index, published, meeting}: Report): Report => ({articleId, index, published, meeting});

/** The order of the stored index meeting_reports_by_meeting: publication time, then the primary key. */
const storedOrder = (a: Report, b: Report) => (a.published !== b.published ? (a.published < b.published ? -1 : 1) : a.articleId - b.articleId || a.index - b.index);

/** Whether the event holds a report of another article published after `published` (on the same time, sorted after it). */
export function reportedAfter(event: Event, articleId: number, published: string): boolean {
  const last = event.state.lastReported;
  if (last !== published) return last > published;
  return event.reports.some(other => other.articleId !== articleId && other.published === published);
}

/**
 * Keeps the known events from one write transaction to the next while only this connection
 * writes: a large poll or a reindex then reads them once, not once per batch or article.
 */
export class MeetingMemory {
  private kept: {known: KnownMeetings; from: string; version: number} | null = null;
  /** Kept across forget(): a rolled-back write may leave it early, which costs a settle, never an event. */
  private readonly late: LateMark = {since: null};
  /**
   * The last settle's grouping, which the next one resumes from (groupAgain). Kept across
   * forget(): it says only how those reports group, and groupAgain compares every report it
   * reuses with the one it is given.
   */
  settled: Grouping | null = null;

  constructor(private readonly db: Db) {}

  /**
   * The events reports published at these times may join. Call it inside the write
   * transaction: what other processes committed before it is seen, as SQLite's data_version tells.
   */
  recall(published: readonly string[]): KnownMeetings {
    const version = this.db.pragma('data_version', {simple: true}) as number;
    if (this.kept?.version !== version) this.kept = null;
    // A new transaction: what an earlier one marked unsettled may have been settled since.
    if (this.kept !== null) this.kept.known.markedSince = null;
    // No meeting to merge: only the events an updated article stops naming are looked at.
    if (published.length === 0) return this.kept?.known ?? KnownMeetings.empty(this.db, this.late);
    const from = windowStart(new Date(Math.min(...published.map(time => new Date(time).getTime()))).toISOString());
    if (!this.kept) this.kept = {known: KnownMeetings.load(this.db, from, this.late, this.settled), from, version};
    // Reaching further back (a newest-first batch): only the events the wider window adds are
    // read. The kept ones get new arrays of reports, as a load would give them: their folds (the
    // merge's summaries, which the old arrays hold) are let go. Keeping the folds too was measured
    // before: more CPU and 40 MB more peak memory in the cold poll.
    else if (this.kept.from > from) {
      this.kept.known.widen(from, this.kept.from);
      this.kept.from = from;
    }
    return this.kept.known;
  }

  /**
   * The kept events when they reach back to `from` (a window's start), with the data_version they
   * were read at: they are the cache's only while it is still the connection's data_version,
   * which the caller checks inside its write transaction (settleEvents does).
   */
  keptFrom(from: string): {known: KnownMeetings; version: number} | null {
    if (this.kept === null || this.kept.from > from) return null;
    return {known: this.kept.known, version: this.kept.version};
  }

  /** After a rolled-back transaction or a bulk delete the kept copy may be wrong: read again next time. */
  forget(): void {
    this.kept = null;
  }

  /**
   * The earliest report merged out of order since the last call (or the last settle), by this
   * process or by one killed before its settle, and forgets it here; the settle clears it in
   * the cache (markSettled).
   */
  takeLate(): string | null {
    const stored = unsettledSince(this.db);
    const {since} = this.late;
    this.late.since = null;
    return since === null || (stored !== null && stored < since) ? stored : since;
  }
}

/** Notes in the cache that the window of `published` waits for a settle (the earlier of two notes stays). */
export function markUnsettled(db: Db, published: string): void {
  statement(db, 'INSERT INTO unsettled (id, since) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET since = min(since, excluded.since)').run(published);
}

/** A settle merged again the window of `since` (every report, without it): marks from then on are done. */
export function markSettled(db: Db, since?: string): void {
  if (since === undefined) statement(db, 'DELETE FROM unsettled').run();
  else statement(db, 'DELETE FROM unsettled WHERE since >= ?').run(since);
}

/** The events (`meetings m`) reported or dated from a window's start on: in SQL, what `inWindow` tests in memory. */
export const inWindowSql = 'm.last_reported >= @from OR m.start >= @fromDay';
export const windowParameters = (from: string) => ({from, fromDay: from.slice(0, 10)});
