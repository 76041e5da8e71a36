// What the rest of talkwatch may ask of the cache. The SQLite implementation lives in this
// folder; the UI never sees it directly but goes through ui/services.ts.
import type {FeedConfig, FeedItem, FeedValidators} from '../feeds/types.js';
import type {ArticleText} from '../article/types.js';
import type {ReportRole, Shown} from '../events/types.js';
import type {Meeting, Side} from '../extract/types.js';

export type FeedRow = FeedConfig & FeedValidators & {
  id: number;
  lastPolled: string | null;
  lastSuccess: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  failureCount: number;
  /** Earliest time of the next poll (interval, <ttl> and back-off applied), ISO. */
  nextPollAt: string | null;
  /** The feed's <ttl> in minutes, when it gave one. */
  ttlMinutes: number | null;
  /** What the last successful poll had to work around, e.g. "recovered from malformed XML (line 12)"; null when nothing. */
  lastNote?: string | null;
  /** Hash of the last body whose articles were stored: the same body again is not parsed. */
  bodyHash?: string | null;
  /** Size of that body in bytes: what the next poll reserves of the bytes in flight. */
  bodyBytes?: number | null;
};

/** One row of the Latest list: what a list needs, never the body. */
export type ArticleSummary = {
  id: number;
  url: string | null;
  outlet: string;
  kicker: string | null;
  title: string;
  published: string | null;
  fetched: string;
  unread: boolean;
  teaserOnly: boolean;
  /** Gazetteer ids of tracked actors named in it. */
  actorIds: string[];
  /** Meetings first seen in this article. */
  newMeetings: number;
};

export type ArticleDetail = ArticleSummary & {
  summary: string;
  text: string;
  sourceLine: string | null;
  tags: string[];
  feeds: string[];
  meetings: Meeting[];
};

export type ActorSummary = {
  id: string;
  name: string;
  role: string | null;
  side: Side | null;
  today: number;
  week: number;
  /** Mentions per day for the last 14 days, oldest first. */
  daily: number[];
  lastSeen: string | null;
  /** The Berlin day the cache first names them (YYYY-MM-DD): new in the talks, or not. */
  firstSeen: string | null;
  /** A suggested (unknown) person, not yet tracked. */
  suggested: boolean;
};

/**
 * A meeting as the cache keeps it: one real-world event merged from all its reports. `status` is
 * what the latest report said; `shown` how that reads against today (see events/shown.ts).
 */
export type MeetingRow = Omit<Meeting, 'evidence'> & {
  id: number;
  sourceArticleIds: number[];
  firstSeen: string;
  /** Publication time of its latest report, UTC ISO. */
  lastReported: string | null;
  shown: Shown;
};

/** What one article said about a meeting: one entry of its history. */
export type MeetingReport = Omit<Meeting, 'evidence' | 'kind'> & {
  articleId: number;
  url: string | null;
  outlet: string;
  /** Publication time, UTC ISO. */
  published: string;
  /** report, moved (to this date), moved-from (the date it left), background (a look back). */
  role: ReportRole;
  kind: Meeting['kind'];
  evidence: string;
};

export type UpsertResult = 'new' | 'updated' | 'unchanged';

/** An item ready to store: the feed item plus, when fetched, the article page's text. */
export type IncomingArticle = {item: FeedItem; page: ArticleText | null; teaserOnly: boolean};

/** What storing one article did, and the row it lives in (so its extraction can be saved). */
export type UpsertOutcome = {result: UpsertResult; articleId: number};
