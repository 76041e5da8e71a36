// One poll of one feed: fetch (conditionally), parse, fetch teaser-only articles' pages, store.
// The stored articles are analysed right behind by the round's analyser (analyser.ts). Every
// dependency is passed in, so tests run it against fakes or a local server.
import type {ArticleText} from '../article/types.js';
import type {Extraction, ExtractInput} from '../extract/types.js';
import {bodyHashOf} from '../net/body-hash.js';
import type {FetchOptions, FetchResult} from '../net/types.js';
import type {Cache, PreparedArticle} from '../store/cache.js';
import type {PollStore} from '../store/poll-cache.js';
import type {FeedRow, UpsertResult} from '../store/types.js';
import type {ByteBudget, Limit, Priority} from './limiter.js';
import {storageFailure} from '../store/storage-error.js';
import {nextPollAfterFailure, nextPollAfterSuccess} from './schedule.js';
import {isTeaser} from './teaser.js';
import type {FeedItem, ParsedFeed} from './types.js';

export type PollDeps = {
  /** Feed state; its article store is asked for only when a feed sent something. */
  cache: PollStore;
  fetch: (url: string, options: FetchOptions) => Promise<FetchResult>;
  parseFeed: (xml: string, feedUrl: string) => Promise<ParsedFeed>;
  /** Either may answer later: the real ones load their code on first use. */
  extractArticlePage: (html: string, url: string) => ArticleText | null | Promise<ArticleText | null>;
  extract: (input: ExtractInput) => Extraction | Promise<Extraction>;
  /** Loads the extractor ahead of the first article, so its load is not counted as extraction time. */
  loadExtractor?: () => Promise<unknown>;
  now: () => Date;
};

export type PollLimits = {timeoutMs: number; maxBytes: number; signal?: AbortSignal};

/** What one feed's poll did; `result` is the line `poll --once` prints after the name. */
export type FeedReport = {feed: FeedRow; ok: boolean; added: number; updated: number; result: string};

/**
 * Articles stored per transaction: one commit each instead of one per article. Each commit
 * writes the full-text index's new terms as a segment that later merges rewrite: a feed of 500
 * in one commit instead of three stored the bench's 5,000 articles with ~12% less CPU.
 */
const batchSize = 500;

/** What a feed never fetched before is expected to weigh, for the budget of bytes in flight. */
const firstBodyEstimate = 256 * 1024;

/**
 * `storeLimit` lets one feed's batch at a time be parsed into rows and stored. `priority` is held
 * while a feed's body is parsed and stored, so the analysis steps aside for reading; `bytes`
 * bounds the feed bodies in flight; `parseLimit` bounds the feeds parsed and not yet stored (a
 * parsed feed weighs several times its body), from its parse to its last batch stored.
 */
export type FeedPoll = {
  deps: PollDeps;
  limits: PollLimits;
  pageLimit: Limit;
  storeLimit: Limit;
  fetchPages: boolean;
  priority?: Priority;
  bytes?: ByteBudget;
  parseLimit?: Limit;
  /** Called after each batch of new or changed articles is committed. */
  onStored?: (articles: number) => void;
};

export async function pollFeed(feed: FeedRow, poll: FeedPoll): Promise<FeedReport> {
  const {cache, now} = poll.deps;
  const reservation = await poll.bytes?.reserve(feed.bodyBytes ?? firstBodyEstimate);
  try {
    const answer = await fetchFeed(feed, poll, reservation?.resize);
    if (answer === 'not-modified' || answer === 'same-body') {
      cache.recordPoll(feed.id, {ok: true, at: now().toISOString(), nextPollAt: next(feed, feed.ttlMinutes, now())});
      return {feed, ok: true, added: 0, updated: 0, result: 'unchanged'};
    }
    const {etag, lastModified, bodyHash, bodyBytes, charsetNote} = answer;
    const parseAndStore = async () => {
      const parsed = await withPriority(poll.priority, () => poll.deps.parseFeed(answer.body, answer.finalUrl));
      // The body is not needed any more: a round holds only the bodies still waiting for their parse.
      answer.body = '';
      const articles = await cache.articles();
      const changed = await withPriority(poll.priority, () => articles.changedItems(feed.id, parsed.items));
      // All pages are asked for at once (the page limit queues them), before waiting for the turn to store.
      const pages = changed.map(item => (poll.fetchPages && wantsPage(feed, item) ? poll.pageLimit(() => readPage(item.url!, poll.deps, poll.limits)) : null));
      const counts = await storeChanged(feed, changed, pages, articles, poll);
      // What had to be worked around (a wrong charset label, damaged XML), for the feed's status.
      const note = [charsetNote, parsed.note].filter(Boolean).join('; ') || null;
      return {counts, ttlMinutes: parsed.ttlMinutes, note};
    };
    const {counts, ttlMinutes, note} = await (poll.parseLimit ? poll.parseLimit(parseAndStore) : parseAndStore());
    cache.recordPoll(feed.id, {ok: true, at: now().toISOString(), nextPollAt: next(feed, ttlMinutes, now()), etag, lastModified, ttlMinutes, bodyHash, bodyBytes, note});
    return {feed, ok: true, added: counts.new, updated: counts.updated, result: note ? `${describe(counts)} (${note})` : describe(counts)};
  } catch (error) {
    // A full disk or a damaged cache is no fault of the feed: stop the round and say so.
    const storage = storageFailure(error, cache.db.name);
    if (storage) throw storage;
    const reason = reasonOf(error);
    const retryAfter = (error as {retryAfterSeconds?: number | null}).retryAfterSeconds ?? null;
    const at = now();
    const nextPollAt = nextPollAfterFailure(at, feed.intervalMinutes, feed.failureCount + 1, retryAfter).toISOString();
    cache.recordPoll(feed.id, {ok: false, at: at.toISOString(), nextPollAt, reason});
    return {feed, ok: false, added: 0, updated: 0, result: `error: ${reason}`};
  } finally {
    reservation?.release();
  }
}

/** Runs `work` while holding the round's priority, so the analysis steps aside for reading. */
async function withPriority<T>(priority: Priority | undefined, work: () => T | Promise<T>): Promise<T> {
  priority?.enter();
  try {
    return await work();
  } finally {
    priority?.leave();
  }
}

/**
 * The feed's answer with its validators, or 'same-body' when the site sent exactly the body
 * whose articles are stored already (it ignores conditional GET): then the bytes were hashed,
 * not decoded.
 */
async function fetchFeed(feed: FeedRow, {deps, limits}: FeedPoll, resize?: (bytes: number) => void) {
  const response = await deps.fetch(feed.url, {...limits, validators: {etag: feed.etag, lastModified: feed.lastModified}, lastBodyHash: feed.bodyHash});
  if (response.status === 'not-modified' || response.status === 'same-body') return response.status;
  const {etag, lastModified, body, finalUrl} = response;
  const bodyBytes = response.bodyBytes ?? Buffer.byteLength(body);
  resize?.(bodyBytes);
  // A fetcher that does not hash (tests' stand-ins) still gets the skip next time.
  const bodyHash = response.bodyHash ?? bodyHashOf(Buffer.from(body));
  if (bodyHash === feed.bodyHash) return 'same-body';
  return {body, finalUrl, etag, lastModified, bodyHash, bodyBytes, charsetNote: response.charsetNote};
}

/**
 * Stores the changed items, `batchSize` per transaction, without analysing them: that comes
 * right behind (analyser.ts). A batch waits for its pages before it takes its turn to store,
 * so a slow page site never holds up the other feeds.
 */
async function storeChanged(feed: FeedRow, changed: FeedItem[], pages: Array<Promise<ArticleText | null> | null>, cache: Cache, poll: FeedPoll) {
  const {now} = poll.deps;
  const counts = {new: 0, updated: 0, unchanged: 0} satisfies Record<UpsertResult, number>;
  for (let start = 0; start < changed.length; start += batchSize) {
    const items = changed.slice(start, start + batchSize);
    const itemPages = await Promise.all(pages.slice(start, start + batchSize));
    const outcomes = await poll.storeLimit(async () =>
      withPriority(poll.priority, () => {
        const batch: PreparedArticle[] = items.map((item, index) => {
          const page = itemPages[index] ?? null;
          return cache.prepareArticle({item, page, teaserOnly: !page && isTeaser(item.contentHtml)}, feed.name, now());
        });
        return cache.storeArticles(feed.id, batch, now());
      }),
    );
    let written = 0;
    for (const {result} of outcomes) {
      counts[result]++;
      if (result !== 'unchanged') written++;
    }
    if (written > 0) poll.onStored?.(written);
  }
  return counts;
}

function next(feed: FeedRow, ttlMinutes: number | null, at: Date): string {
  return nextPollAfterSuccess(at, feed.intervalMinutes, ttlMinutes).toISOString();
}

function wantsPage(feed: FeedRow, item: FeedItem): boolean {
  if (!item.url || feed.fulltext === 'never') return false;
  return feed.fulltext === 'always' || isTeaser(item.contentHtml);
}

/** The article page's text, or null (the teaser stays) when it cannot be fetched or read. */
async function readPage(url: string, deps: PollDeps, limits: PollLimits): Promise<ArticleText | null> {
  try {
    const response = await deps.fetch(url, {...limits, accept: 'text/html,application/xhtml+xml'});
    return response.status === 'ok' ? await deps.extractArticlePage(response.body, response.finalUrl) : null;
  } catch {
    return null;
  }
}

function describe(counts: Record<UpsertResult, number>): string {
  const parts = [counts.new > 0 ? `new ${counts.new}` : '', counts.updated > 0 ? `updated ${counts.updated}` : ''].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'unchanged';
}

/** One line: FetchError and FeedParseError carry a `reason` written for people. */
function reasonOf(error: unknown): string {
  const reason = (error as {reason?: unknown}).reason;
  const text = typeof reason === 'string' ? reason : error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.trim() || 'unknown error';
}
