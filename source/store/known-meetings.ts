// The events a new report may join, with all their reports, read from SQLite once and then kept
// up to date in memory as this connection writes (until another process writes). Reading them
// again for every article made a large first poll quadratic in the cache's size.
import {inWindow, windowStart} from '../events/cluster.js';
import {foldEvent} from '../events/fold.js';
import type {Event, Report} from '../events/types.js';
import type {Meeting} from '../extract/types.js';
import type {Db} from './open-cache.js';
import {statement} from './statements.js';


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

/**
 * The earliest report merged out of publication order since the last settle: one published
 * before a report already stored for an event it may join. Until its window is merged again in
 * publication order (settleEvents), the events there may depend on the order of arrival.
 */
export type LateMark = {since: string | null};

/** The events in the merge window, by id. */
export class KnownMeetings {
  private readonly byId = new Map<number, Event>();

  private constructor(
    private readonly db: Db,
    private readonly late: LateMark = {since: null},
  ) {}

  static empty(db: Db, late?: LateMark): KnownMeetings {
    return new KnownMeetings(db, late);
  }

  /** The events that can be in the merge window of a report published at `from` or later. */
  static load(db: Db, from: string, late?: LateMark): KnownMeetings {
    const known = new KnownMeetings(db, late);
    const records = statement(
      db,
      `SELECT ${reportColumns} FROM meeting_reports r
       WHERE r.meeting_id IN (SELECT id FROM meetings m WHERE ${inWindowSql})`,
    ).all(windowParameters(from)) as ReportRecord[];
    known.rememberAll(records);
    return known;
  }

  /** The events whose window a report published at `published` (UTC ISO) falls in. */
  inWindow(published: string): Event[] {
    const from = windowStart(published);
    const fromDay = from.slice(0, 10);
    return [...this.byId.values()].filter(event => inWindow(event, from, fromDay));
  }

  /** A report published at `published` was merged after a later one of an event it may join. */
  noteLate(published: string): void {
    if (this.late.since === null || published < this.late.since) this.late.since = published;
  }

  /** An event by id, read from the cache when it is not in memory (outside the window). */
  get(id: number): Event | undefined {
    if (!this.byId.has(id)) this.reload([id]);
    return this.byId.get(id);
  }

  /** After a write: the events as stored now. */
  set(event: Event): void {
    if (event.id !== null) this.byId.set(event.id, event);
  }

  delete(id: number): void {
    this.byId.delete(id);
  }

  /** Reads the given events again (or forgets them when gone). */
  reload(ids: readonly number[]): void {
    const read = statement(this.db, `SELECT ${reportColumns} FROM meeting_reports r WHERE r.meeting_id = ?`);
    for (const id of ids) {
      this.byId.delete(id);
      this.rememberAll(read.all(id) as ReportRecord[]);
    }
  }

  private rememberAll(records: readonly ReportRecord[]): void {
    const grouped = new Map<number, Report[]>();
    for (const record of records) {
      const reports = grouped.get(record.meetingId) ?? [];
      reports.push(toReport(record));
      grouped.set(record.meetingId, reports);
    }
    for (const [id, reports] of grouped) this.byId.set(id, {id, reports, state: foldEvent(reports)});
  }
}

/**
 * Keeps the known events from one write transaction to the next while only this connection
 * writes: a large poll or a reindex then reads them once, not once per batch or article.
 */
export class MeetingMemory {
  private kept: {known: KnownMeetings; from: string; version: number} | null = null;
  /** Kept across forget(): a rolled-back write may leave it early, which costs a settle, never an event. */
  private readonly late: LateMark = {since: null};

  constructor(private readonly db: Db) {}

  /**
   * The events reports published at these times may join. Call it inside the write
   * transaction: what other processes committed before it is seen, as SQLite's data_version tells.
   */
  recall(published: readonly string[]): KnownMeetings {
    const version = this.db.pragma('data_version', {simple: true}) as number;
    if (this.kept?.version !== version) this.kept = null;
    // No meeting to merge: only the events an updated article stops naming are looked at.
    if (published.length === 0) return this.kept?.known ?? KnownMeetings.empty(this.db, this.late);
    const from = windowStart(new Date(Math.min(...published.map(time => new Date(time).getTime()))).toISOString());
    if (!this.kept) this.kept = {known: KnownMeetings.load(this.db, from, this.late), from, version};
    // Reaching further back (a newest-first batch): read again. Extending the kept events
    // instead was measured: they hold the merge's folds, and the cold poll took more CPU and
    // 40 MB more peak memory.
    else if (this.kept.from > from) this.kept = {known: KnownMeetings.load(this.db, from, this.late), from, version};
    return this.kept.known;
  }

  /** After a rolled-back transaction or a bulk delete the kept copy may be wrong: read again next time. */
  forget(): void {
    this.kept = null;
  }

  /** The earliest report merged out of order since the last call (or the last settle), and forgets it. */
  takeLate(): string | null {
    const {since} = this.late;
    this.late.since = null;
    return since;
  }
}

/** The events (`meetings m`) reported or dated from a window's start on: in SQL, what `inWindow` tests in memory. */
export const inWindowSql = 'm.last_reported >= @from OR m.start >= @fromDay';
export const windowParameters = (from: string) => ({from, fromDay: from.slice(0, 10)});
