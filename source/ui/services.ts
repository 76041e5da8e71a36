// Everything the dashboard may read or do, as one object handed to <App>. Components never open
// the database or the network themselves; tests hand in a fake.
import type {Report} from '../follow/changes.js';
import type {FollowState} from '../follow/follow-state.js';
import type {MeetingOrder} from '../store/meetings.js';
import type {ActorSummary, ArticleDetail, ArticleSummary, FeedRow, MeetingReport, MeetingRow} from '../store/types.js';

export type PollState = {
  polling: boolean;
  lastPoll: string | null;
  nextPoll: string | null;
  newSinceStart: number;
  /** The alerts of the last round that had any (`talkwatch alerts on`), for the status line. */
  alert?: string | null;
  /** While stored articles are being analysed: how far ("analysed 1,200 of 5,000"); null otherwise. */
  analysis: {analysed: number; total: number} | null;
};

/** `talks`: only articles that name a tracked person or report a meeting (the `v` view). */
export type LatestQuery = {offset: number; limit: number; feedId?: number | null; search?: string | null; actorId?: string | null; talks?: boolean};

/** What Latest shows: every article, or only those about the talks. Remembered in the settings. */
export type LatestView = 'all' | 'talks';

/** `read-marks`: only articles' read marks changed (no count, no list order); `content`: anything else. */
export type CacheChange = 'read-marks' | 'content';

export type Services = {
  /** True when showing the bundled sample data (`--demo`). */
  demo: boolean;
  /** Only the visible window is read: the list can hold 100,000 articles. */
  latest(query: LatestQuery): ArticleSummary[];
  countLatest(query: Omit<LatestQuery, 'offset' | 'limit'>): number;
  article(id: number): ArticleDetail | null;
  /** `times`: each person's last and first mention as times (the Actors pane), not only the day. */
  actors(now: Date, times?: boolean): ActorSummary[];
  /** The Meetings pane's order: every meeting's id, upcoming first, and how many are upcoming (no rows: they grow with the cache). */
  meetingOrder(now: Date): MeetingOrder;
  /** The rows of these meetings, in the order given: the Meetings pane's visible window, an opened meeting. */
  meetingsByIds(ids: readonly number[], now: Date): MeetingRow[];
  /** The meetings a person takes part in, in the pane's order. */
  meetingsWith(name: string, now: Date): MeetingRow[];
  meetingSources(meetingId: number): ArticleSummary[];
  /** What each article said about a meeting, oldest first. */
  meetingReports(meetingId: number): MeetingReport[];
  feeds(): FeedRow[];
  setUnread(id: number, unread: boolean): void;
  /** Tracks a suggested person: adds them to the user's gazetteer. */
  trackActor(name: string): void;
  /** Checks and adds a feed like `talkwatch feeds add`; rejects with a one-line reason. */
  addFeed(url: string): Promise<void>;
  /** Polls now; resolves when the round is over. */
  pollNow(): Promise<void>;
  pollState(): PollState;
  /** The Latest view the user chose last time (a setting). */
  latestView(): LatestView;
  /** Remembers the Latest view for the next start. */
  setLatestView(view: LatestView): void;
  /**
   * Every report, oldest first, of each meeting with a report that arrived after `since` (ISO), by
   * meeting id: the only meetings that can be new or changed since then (the ✦ ↻ marks).
   */
  meetingReportsArrivedAfter(since: string): ReadonlyMap<number, Report[]>;
  /** One meeting's reports, oldest first, with when each arrived: what changed since the user last saw it. */
  followedReports(meetingId: number): Report[];
  /** When the dashboard was last closed and which meetings were seen since (read at start, then kept). */
  followState(): FollowState;
  /** A meeting opened, or every meeting (`all`) marked seen: its marks clear. */
  markSeen(target: number | 'all'): void;
  /** Called whenever the cache or the poll state changed, with what changed; returns an unsubscribe function. */
  subscribe(listener: (change: CacheChange) => void): () => void;
  /** Opens an http(s) URL in the browser without a shell; rejects anything else. */
  openUrl(url: string): Promise<void>;
};
