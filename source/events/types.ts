// The event model's values: what one report said about a meeting, and the real-world event that
// reports of one meeting add up to. Pure data; the store keeps both (see store/events.ts).
import type {Meeting} from '../extract/types.js';

/** One article's account of one meeting: the extractor's finding plus where and when it was published. */
export type Report = {
  articleId: number;
  /** The meeting's position in the article's extraction: an article may report several meetings. */
  index: number;
  /** Publication time, UTC ISO 8601. */
  published: string;
  meeting: Meeting;
};

/** What a report did to its event, read from its sentence (see cues.ts). */
export type ReportRole =
  /** An ordinary report: its status and date count. */
  | 'report'
  /** "auf Donnerstag verschoben": the event moves to this report's date. */
  | 'moved'
  /** "die für Montag geplanten Gespräche wurden verschoben": the date it moved away from. */
  | 'moved-from'
  /** "bei den Gesprächen in Genf im November": a look back that never changes the status. */
  | 'background';

/** The state of a real-world meeting as its reports tell it: the extractor's fields, merged. */
export type EventState = Omit<Meeting, 'evidence'> & {
  /** Publication time of the first and the latest report. */
  firstReported: string;
  lastReported: string;
  /** Publication time of the report whose status the event shows. */
  statusAt: string;
};

/** An event as the merge sees it: its id (null before it is stored), its reports and their state. */
export type Event = {id: number | null; reports: Report[]; state: EventState};

/** How an event reads against today (the Meetings pane): see shown.ts. */
export type Shown = 'upcoming' | 'date-passed' | 'stale' | 'past';
