// Everything the dashboard may read or do, as one object handed to <App>. Components never open
// the database or the network themselves; tests hand in a fake.
import type {ActorSummary, ArticleDetail, ArticleSummary, FeedRow, MeetingRow} from '../store/types.js';

export type PollState = {
  polling: boolean;
  lastPoll: string | null;
  nextPoll: string | null;
  newSinceStart: number;
  /** While stored articles are being analysed: how far ("analysed 1,200 of 5,000"); null otherwise. */
  analysis: {analysed: number; total: number} | null;
};

export type LatestQuery = {offset: number; limit: number; feedId?: number | null; search?: string | null; actorId?: string | null};

export type Services = {
  /** True when showing the bundled sample data (`--demo`). */
  demo: boolean;
  /** Only the visible window is read: the list can hold 100,000 articles. */
  latest(query: LatestQuery): ArticleSummary[];
  countLatest(query: Omit<LatestQuery, 'offset' | 'limit'>): number;
  article(id: number): ArticleDetail | null;
  actors(now: Date): ActorSummary[];
  meetings(now: Date): MeetingRow[];
  meetingSources(meetingId: number): ArticleSummary[];
  feeds(): FeedRow[];
  setUnread(id: number, unread: boolean): void;
  /** Tracks a suggested person: adds them to the user's gazetteer. */
  trackActor(name: string): void;
  /** Checks and adds a feed like `talkwatch feeds add`; rejects with a one-line reason. */
  addFeed(url: string): Promise<void>;
  /** Polls now; resolves when the round is over. */
  pollNow(): Promise<void>;
  pollState(): PollState;
  /** Called whenever the cache or the poll state changed; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Opens an http(s) URL in the browser without a shell; rejects anything else. */
  openUrl(url: string): Promise<void>;
};
