// The meetings a new report may be merged into, read from SQLite once and then kept up to date in
// memory as this connection writes (until another process writes). Reading them again for every
// meeting of every article made a large first poll quadratic in the cache's size.
import type {Meeting} from '../extract/types.js';
import type {Db} from './open-cache.js';
import {statement} from './statements.js';

export type SameMeeting = (a: Meeting, b: Meeting) => boolean;

/** A stored meeting as the merge sees it, with the time of the report whose status it shows. */
export type KnownMeeting = {id: number; meeting: Meeting; statusAt: string};

type MeetingRecord = Omit<Meeting, 'participants' | 'evidence'> & {id: number; participants: string; statusAt: string; evidence: string | null};

/** Meetings this far apart in news time are never merged; keeps the candidate list short. */
const mergeWindowDays = 120;

const columns = `m.id, m.place, m.country, m.start, m."end" AS "end", m.precision, m.status, m.kind, m.participants,
  m.status_at AS statusAt,
  (SELECT evidence FROM meeting_sources s WHERE s.meeting_id = m.id ORDER BY s.seen DESC LIMIT 1) AS evidence`;

export class KnownMeetings {
  private readonly byId = new Map<number, KnownMeeting>();
  /** The same meetings in the order the merge tries them: the first that matches wins. */
  private readonly ranked: KnownMeeting[] = [];

  private constructor(
    private readonly db: Db,
    private readonly sameMeeting: SameMeeting,
  ) {}

  static empty(db: Db, sameMeeting: SameMeeting): KnownMeetings {
    return new KnownMeetings(db, sameMeeting);
  }

  /** The meetings that can be in the merge window of a report published at `from` or later. */
  static load(db: Db, from: string, sameMeeting: SameMeeting): KnownMeetings {
    const known = new KnownMeetings(db, sameMeeting);
    const records = statement(db, `SELECT ${columns} FROM meetings m WHERE m.status_at >= ? OR m.start >= ?`).all(from, from.slice(0, 10));
    for (const record of records as MeetingRecord[]) known.remember(record);
    return known;
  }

  /**
   * The meeting `meeting` (reported at `published`, UTC ISO) is one of: among those in its merge
   * window, the one whose status is newest (the lowest id on a tie), as the rule says.
   */
  match(meeting: Meeting, published: string): KnownMeeting | undefined {
    const from = windowStart(published);
    const fromDay = from.slice(0, 10);
    return this.ranked.find(
      known => (known.statusAt >= from || (known.meeting.start !== null && known.meeting.start >= fromDay)) && this.sameMeeting(known.meeting, meeting),
    );
  }

  /** After an insert or update of the stored row; the evidence is the newest report's. */
  set(id: number, meeting: Meeting, statusAt: string): void {
    this.delete(id);
    const known = {id, meeting, statusAt};
    this.byId.set(id, known);
    this.ranked.splice(this.rankOf(known), 0, known);
  }

  /** Reads the given meetings again (or forgets them when deleted): their sources changed. */
  reload(ids: readonly number[]): void {
    const read = statement(this.db, `SELECT ${columns} FROM meetings m WHERE m.id = ?`);
    for (const id of ids) {
      this.delete(id);
      const record = read.get(id) as MeetingRecord | undefined;
      if (record) this.remember(record);
    }
  }

  private delete(id: number): void {
    const known = this.byId.get(id);
    if (!known) return;
    this.byId.delete(id);
    this.ranked.splice(this.rankOf(known), 1);
  }

  /** Where `known` is or belongs in `ranked` (binary search). */
  private rankOf(known: KnownMeeting): number {
    let [low, high] = [0, this.ranked.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (ranksBefore(this.ranked[middle]!, known)) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private remember(record: MeetingRecord): void {
    const {id, statusAt, participants, evidence, ...fields} = record;
    this.set(id, {...fields, participants: JSON.parse(participants) as string[], evidence: evidence ?? ''}, statusAt);
  }
}

/**
 * Keeps the known meetings from one write transaction to the next while only this connection
 * writes: a large poll or a reindex then reads them once, not once per batch or article.
 */
export class MeetingMemory {
  private kept: {known: KnownMeetings; from: string; version: number} | null = null;

  constructor(
    private readonly db: Db,
    private readonly sameMeeting: SameMeeting,
  ) {}

  /**
   * The meetings reports published at these times may merge into. Call it inside the write
   * transaction: what other processes committed before it is seen, as SQLite's data_version tells.
   */
  recall(published: readonly string[]): KnownMeetings {
    const version = this.db.pragma('data_version', {simple: true}) as number;
    if (this.kept?.version !== version) this.kept = null;
    // No meeting to merge: only the meetings an updated article stops naming are looked at.
    if (published.length === 0) return this.kept?.known ?? KnownMeetings.empty(this.db, this.sameMeeting);
    const from = windowStart(new Date(Math.min(...published.map(time => new Date(time).getTime()))).toISOString());
    if (!this.kept || this.kept.from > from) this.kept = {known: KnownMeetings.load(this.db, from, this.sameMeeting), from, version};
    return this.kept.known;
  }

  /** After a rolled-back transaction or a bulk delete the kept copy may be wrong: read again next time. */
  forget(): void {
    this.kept = null;
  }
}

function windowStart(published: string): string {
  return new Date(new Date(published).getTime() - mergeWindowDays * 86_400_000).toISOString();
}

/** The order the merge tries candidates in: newest status first, then the older row. */
function ranksBefore(a: KnownMeeting, b: KnownMeeting): boolean {
  return a.statusAt > b.statusAt || (a.statusAt === b.statusAt && a.id < b.id);
}
