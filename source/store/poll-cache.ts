// The cache as a poll round opens it: feed rows and each poll's outcome. The article store
// (cache.ts) and the HTML parsing its write path needs load on the first feed that changed, so
// a round in which every feed answers 304 never loads them (~30 ms of a ~150 ms round).
import type {FeedConfig} from '../feeds/types.js';
import type {Cache} from './cache.js';
import {ensureFeed, followedFeeds, recordPoll, syncFeeds, type PollRecord} from './feeds.js';
import {openCache, type Db} from './open-cache.js';
import {pendingCount, settleLeft} from './pending.js';
import type {FeedRow} from './types.js';

/** What the poller asks of the cache: every answer records its outcome; only changed feeds need the articles. */
export type PollStore = {
  readonly db: {readonly name: string};
  recordPoll(feedId: number, record: PollRecord): void;
  /** Stored articles not analysed yet (a run was killed in between): the round analyses them too. */
  pendingCount(): number;
  /** Whether a run ended before settling the meetings it merged out of order: the round settles them. */
  settleLeft(): boolean;
  /** The article store over the same connection. */
  articles(): Promise<Cache>;
};

export class PollCache implements PollStore {
  private loaded: Promise<Cache> | undefined;

  private constructor(readonly db: Db) {}

  /** Opens the cache file. */
  static open(file: string): PollCache {
    return new PollCache(openCache(file));
  }

  close(): void {
    this.db.close();
  }
  syncFeeds(feeds: FeedConfig[]): void {
    syncFeeds(this.db, feeds);
  }
  ensureFeed(feed: FeedConfig, followed: boolean): FeedRow {
    return ensureFeed(this.db, feed, followed);
  }
  feeds(): FeedRow[] {
    return followedFeeds(this.db);
  }
  recordPoll(feedId: number, record: PollRecord): void {
    recordPoll(this.db, feedId, record);
  }
  pendingCount(): number {
    return pendingCount(this.db);
  }
  settleLeft(): boolean {
    return settleLeft(this.db);
  }
  articles(): Promise<Cache> {
    return (this.loaded ??= import('./cache.js').then(({Cache}) => Cache.over(this.db)));
  }

  /** Deletes articles older than `days`; with no limit set there is nothing to load or delete. */
  async applyRetention(days: number | null, now: Date): Promise<number> {
    return days === null ? 0 : (await this.articles()).applyRetention(days, now);
  }
}
