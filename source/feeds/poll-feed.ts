// One poll of one feed: fetch (conditionally), parse, fetch teaser-only articles' pages, store,
// extract. Every dependency is passed in, so tests run it against fakes or a local server.
import {setImmediate as nextTurn} from 'node:timers/promises';
import type {ArticleText} from '../article/types.js';
import type {Extraction, ExtractInput} from '../extract/types.js';
import type {FetchOptions, FetchResult} from '../net/types.js';
import type {Cache, PreparedArticle} from '../store/cache.js';
import type {PollStore} from '../store/poll-cache.js';
import type {FeedRow, UpsertResult} from '../store/types.js';
import type {Limit} from './limiter.js';
import {storageFailure} from '../store/storage-error.js';
import {nextPollAfterFailure, nextPollAfterSuccess} from './schedule.js';
import type {FeedItem, ParsedFeed} from './types.js';

export type PollDeps = {
  /** Feed state; its article store is asked for only when a feed sent something. */
  cache: PollStore;
  fetch: (url: string, options: FetchOptions) => Promise<FetchResult>;
  parseFeed: (xml: string, feedUrl: string) => Promise<ParsedFeed>;
  /** Either may answer later: the real ones load their code on first use. */
  extractArticlePage: (html: string, url: string) => ArticleText | null | Promise<ArticleText | null>;
  extract: (input: ExtractInput) => Extraction | Promise<Extraction>;
  now: () => Date;
};

export type PollLimits = {timeoutMs: number; maxBytes: number; signal?: AbortSignal};

/** What one feed's poll did; `result` is the line `poll --once` prints after the name. */
export type FeedReport = {feed: FeedRow; ok: boolean; added: number; updated: number; result: string};

/** Below this many characters of content an item is a teaser: its page holds the article. */
const teaserLength = 600;

/** Articles stored per transaction: one commit each instead of one per article. */
const batchSize = 200;

/** The longest stretch of extraction before other feeds' downloads get the event loop back. */
const maxBusyMs = 20;

/**
 * `storeLimit` lets one feed's batch at a time be extracted and stored: that work is on one
 * core anyway, and a round then holds one batch of articles in memory, not four feeds' worth.
 */
export type FeedPoll = {deps: PollDeps; limits: PollLimits; pageLimit: Limit; storeLimit: Limit; fetchPages: boolean};

export async function pollFeed(feed: FeedRow, {deps, limits, pageLimit, storeLimit, fetchPages}: FeedPoll): Promise<FeedReport> {
  const {cache, now} = deps;
  try {
    const answer = await fetchFeed(feed, deps, limits);
    if (answer === 'not-modified') {
      cache.recordPoll(feed.id, {ok: true, at: now().toISOString(), nextPollAt: next(feed, feed.ttlMinutes, now())});
      return {feed, ok: true, added: 0, updated: 0, result: 'unchanged'};
    }
    const {parsed, etag, lastModified, note} = answer;
    const articles = await cache.articles();
    const changed = articles.changedItems(feed.id, parsed.items);
    // All pages are asked for at once (the page limit queues them), before waiting for the turn to store.
    const pages = changed.map(item => (fetchPages && wantsPage(feed, item) ? pageLimit(() => readPage(item.url!, deps, limits)) : null));
    const counts = await storeChanged(feed, changed, pages, {...deps, articles}, storeLimit);
    cache.recordPoll(feed.id, {ok: true, at: now().toISOString(), nextPollAt: next(feed, parsed.ttlMinutes, now()), etag, lastModified, ttlMinutes: parsed.ttlMinutes, note});
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
  }
}

/**
 * The feed's answer, parsed, with its validators. The body (megabytes for a large feed) is not
 * kept while the feed waits for its turn to store: a round would otherwise hold every one.
 */
async function fetchFeed(feed: FeedRow, deps: PollDeps, limits: PollLimits) {
  const response = await deps.fetch(feed.url, {...limits, validators: {etag: feed.etag, lastModified: feed.lastModified}});
  if (response.status === 'not-modified') return 'not-modified';
  const {etag, lastModified} = response;
  const parsed = await deps.parseFeed(response.body, response.finalUrl);
  // What had to be worked around (a wrong charset label, damaged XML), for the feed's status.
  const note = [response.charsetNote, parsed.note].filter(Boolean).join('; ') || null;
  return {parsed, etag, lastModified, note};
}

/**
 * Extracts and stores the changed items, `batchSize` per transaction, giving the event loop
 * turns. A batch waits for its pages before it takes its turn to store, so a slow page site
 * never holds up the other feeds.
 */
async function storeChanged(feed: FeedRow, changed: FeedItem[], pages: Array<Promise<ArticleText | null> | null>, deps: PollDeps & {articles: Cache}, storeLimit: Limit) {
  const {articles: cache, now} = deps;
  const counts = {new: 0, updated: 0, unchanged: 0} satisfies Record<UpsertResult, number>;
  for (let start = 0; start < changed.length; start += batchSize) {
    const items = changed.slice(start, start + batchSize);
    const itemPages = await Promise.all(pages.slice(start, start + batchSize));
    const outcomes = await storeLimit(async () => {
      const yielder = eventLoopYielder();
      const batch: PreparedArticle[] = [];
      for (const [index, item] of items.entries()) {
        const page = itemPages[index] ?? null;
        const prepared = cache.prepareArticle({item, page, teaserOnly: !page && isTeaser(item)}, feed.name, now());
        batch.push({...prepared, extraction: await deps.extract(cache.extractionInput(prepared))});
        await yielder();
      }
      return cache.storeArticles(feed.id, batch, now());
    });
    for (const {result} of outcomes) counts[result]++;
  }
  return counts;
}

/**
 * Returns a function that gives the event loop a turn once `maxBusyMs` of work went by: other
 * feeds' bodies keep streaming in while this one is extracted, so none of them times out.
 */
function eventLoopYielder(): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < maxBusyMs) return;
    await nextTurn();
    since = performance.now();
  };
}

function next(feed: FeedRow, ttlMinutes: number | null, at: Date): string {
  return nextPollAfterSuccess(at, feed.intervalMinutes, ttlMinutes).toISOString();
}

function isTeaser(item: FeedItem): boolean {
  return (item.contentHtml?.replace(/<[^>]*>/g, '').trim().length ?? 0) < teaserLength;
}

function wantsPage(feed: FeedRow, item: FeedItem): boolean {
  if (!item.url || feed.fulltext === 'never') return false;
  return feed.fulltext === 'always' || isTeaser(item);
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
