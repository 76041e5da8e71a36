// The cache as one object: what the poller, the commands and the dashboard's services call.
// Each method is a thin door to the module that owns the query.
import type {Extraction} from '../extract/types.js';
import type {FeedConfig, FeedItem} from '../feeds/types.js';
import type {LatestQuery} from '../ui/services.js';
import {actorSummaries} from './actors.js';
import {articleDetail} from './article-detail.js';
import {changedItems, extractionInput, prepareArticle, writeArticles, type PreparedArticle, type StoredText} from './article-batch.js';
import {applyRetention, linkIfUnchanged, setUnread} from './articles.js';
import {markAllForAnalysis, pendingArticles, pendingCount, saveAnalyses, type Analysis, type PendingArticle} from './analysis.js';
import {settleLeft} from './pending.js';
import {clearExtractions, saveExtraction} from './extraction.js';
import {settleEvents, settleLate} from './settle.js';
import {ensureFeed, followedFeeds, recordPoll, syncFeeds, type PollRecord} from './feeds.js';
import {toMatchQuery} from './fold.js';
import {countLatest, latest} from './latest.js';
import {MeetingMemory} from './known-meetings.js';
import {meetingReports, meetingRows, meetingSources} from './meetings.js';
import {openCache, type Db} from './open-cache.js';
import type {IncomingArticle, UpsertOutcome} from './types.js';

export type {PreparedArticle, StoredText} from './article-batch.js';
export type {Analysis, PendingArticle} from './analysis.js';

export class Cache {
  /** The meetings new reports may merge into, kept between this connection's writes. */
  private readonly meetingMemory: MeetingMemory;

  private constructor(readonly db: Db) {
    this.meetingMemory = new MeetingMemory(db);
  }

  /** Opens the cache file. Reports merge into events by the event model (source/events). */
  static open(file: string): Cache {
    return new Cache(openCache(file));
  }

  /** Over a connection already open: the dashboard reads before this module (and the write path it imports) loads. */
  static over(db: Db): Cache {
    return new Cache(db);
  }

  close(): void {
    this.db.close();
  }
  /** Itself: a Cache is also what the poller asks of a PollCache (see poll-cache.ts). */
  articles(): Promise<Cache> {
    return Promise.resolve(this);
  }

  syncFeeds(feeds: FeedConfig[]): void {
    syncFeeds(this.db, feeds);
  }
  ensureFeed(feed: FeedConfig, followed: boolean) {
    return ensureFeed(this.db, feed, followed);
  }
  feeds() {
    return followedFeeds(this.db);
  }
  recordPoll(feedId: number, record: PollRecord): void {
    recordPoll(this.db, feedId, record);
  }

  /** True when the item is already stored unchanged (then only the feed link is added). */
  isUnchanged(feedId: number, item: FeedItem): boolean {
    return linkIfUnchanged(this.db, feedId, item);
  }
  /** The items of a feed's answer that are new or changed; the unchanged ones are linked to the feed. */
  changedItems(feedId: number, items: readonly FeedItem[]): FeedItem[] {
    return changedItems(this.db, feedId, items);
  }
  /**
   * Stores an article and, when it is new or changed, what `extract` finds in it, in one
   * transaction: a crash between the two would leave an article that later polls see as
   * unchanged and never extract. Extraction runs before the write lock is taken.
   */
  storeArticle(feedId: number, incoming: IncomingArticle, feedName: string, now: Date, extract?: (text: StoredText) => Extraction): UpsertOutcome {
    return this.storeArticles(feedId, [prepareArticle(incoming, feedName, now, extract)], now)[0]!;
  }
  /** Text and findings of an article, worked out without touching the cache (see storeArticles). */
  prepareArticle(incoming: IncomingArticle, feedName: string, now: Date, extract?: (text: StoredText) => Extraction): PreparedArticle {
    return prepareArticle(incoming, feedName, now, extract);
  }
  /** What the extractor reads of a prepared article. */
  extractionInput(article: PreparedArticle): StoredText {
    return extractionInput(article);
  }
  /** Stores prepared articles of one feed in one transaction; outcomes in the same order. */
  storeArticles(feedId: number, articles: readonly PreparedArticle[], now: Date): UpsertOutcome[] {
    return writeArticles(this.db, feedId, articles, now, this.meetingMemory);
  }
  saveExtraction(articleId: number, extraction: Extraction, published: string, now: Date): void {
    saveExtraction(this.db, extraction, {articleId, published, now}, this.meetingMemory);
  }
  /** Merges every report again in publication order, keeping ids: what any arrival order should give. */
  settleEvents(now: Date): number {
    return settleEvents(this.db, this.meetingMemory, now);
  }
  /** Merges again, in publication order, the window of reports saved out of order since the last settle; whether there were any. */
  settleLate(now: Date): boolean {
    return settleLate(this.db, this.meetingMemory, now);
  }
  clearExtractions(): void {
    clearExtractions(this.db, this.meetingMemory);
  }
  /** Stored articles not analysed yet (a poll round asks it too, see poll-cache.ts). */
  pendingCount(): number {
    return pendingCount(this.db);
  }
  /** Whether a run ended before settling the meetings it merged out of order (see poll-cache.ts). */
  settleLeft(): boolean {
    return settleLeft(this.db);
  }
  /** The next articles to analyse, newest first. */
  pendingArticles(limit: number, skip?: ReadonlySet<number>): PendingArticle[] {
    return pendingArticles(this.db, limit, skip);
  }
  /** Saves a batch of findings in one transaction; returns how many were saved. */
  saveAnalyses(analyses: readonly Analysis[], now: Date): number {
    return saveAnalyses(this.db, analyses, now, this.meetingMemory);
  }
  /** Drops every finding and marks every article for analysis again (`reindex`). */
  markAllForAnalysis(): number {
    return markAllForAnalysis(this.db, this.meetingMemory);
  }
  /**
   * Every stored article, oldest first (so merged meetings keep the latest status), one at a time;
   * with `words`, only those whose text has any of these words (as a prefix, umlauts folded).
   */
  *storedTexts(words?: readonly string[]): Generator<StoredText> {
    // Ids first: the caller writes between reads, which an open SQLite cursor would forbid.
    const ids = words ? this.idsWithAnyWord(words) : (this.db.prepare('SELECT id FROM articles ORDER BY sort_time, id').pluck().all() as number[]);
    const read = this.db.prepare('SELECT id, title, kicker, text, coalesce(published, fetched) AS published FROM articles WHERE id = ?');
    for (const id of ids) {
      const row = read.get(id) as StoredText | undefined;
      if (row) yield row;
    }
  }
  private idsWithAnyWord(words: readonly string[]): number[] {
    const queries = words.map(toMatchQuery).filter((query): query is string => query !== null);
    if (queries.length === 0) return [];
    const match = queries.map(query => `(${query})`).join(' OR ');
    return this.db.prepare('SELECT id FROM articles WHERE id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?) ORDER BY sort_time, id').pluck().all(match) as number[];
  }
  applyRetention(days: number | null, now: Date): number {
    // Deleted articles take their reports with them; the meetings they were in are merged again.
    this.meetingMemory.forget();
    const deleted = applyRetention(this.db, days, now);
    if (deleted > 0) this.settleEvents(now);
    return deleted;
  }
  setUnread(id: number, unread: boolean): void {
    setUnread(this.db, id, unread);
  }

  latest(query: LatestQuery) {
    return latest(this.db, query);
  }
  countLatest(query: Omit<LatestQuery, 'offset' | 'limit'>): number {
    return countLatest(this.db, query);
  }
  article(id: number) {
    return articleDetail(this.db, id);
  }
  actors(now: Date, times = true) {
    return actorSummaries(this.db, now, times);
  }
  meetings(now: Date) {
    return meetingRows(this.db, now);
  }
  meetingSources(meetingId: number) {
    return meetingSources(this.db, meetingId);
  }
  /** What each article said about a meeting, oldest first. */
  meetingReports(meetingId: number) {
    return meetingReports(this.db, meetingId);
  }
}
