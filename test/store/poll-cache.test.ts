// What a poll round opens: feed rows first, the article store over the same connection when needed.
import {join} from 'node:path';
import Database from 'better-sqlite3';
import {afterEach, describe, expect, it} from 'vitest';
import {PollCache} from '../../source/store/poll-cache.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {makeItem} from './make-item.js';

const tempDir = useTempDirs();
const now = new Date('2025-11-12T12:00:00Z');
const open: PollCache[] = [];
afterEach(() => open.splice(0).forEach(cache => cache.close()));

function newCache(): PollCache {
  const cache = PollCache.open(join(tempDir(), 'cache.db'));
  open.push(cache);
  return cache;
}

const feed = {url: 'https://www.n-tv.de/politik/rss', name: 'Politik', intervalMinutes: 15, fulltext: 'auto' as const};

describe('the cache as a poll opens it', () => {
  it('records a poll on the followed feed, and its article store writes over the same connection', async () => {
    const cache = newCache();
    cache.syncFeeds([feed]);
    const [row] = cache.feeds();
    cache.recordPoll(row!.id, {ok: true, at: now.toISOString(), nextPollAt: '2025-11-12T12:15:00.000Z', etag: '"v1"'});
    expect(cache.feeds()).toMatchObject([{url: feed.url, etag: '"v1"', nextPollAt: '2025-11-12T12:15:00.000Z', lastSuccess: now.toISOString()}]);

    const articles = await cache.articles();
    expect(await cache.articles()).toBe(articles);
    articles.storeArticle(row!.id, {item: makeItem({guid: 'g1'}), page: null, teaserOnly: true}, feed.name, now);
    expect(cache.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1);
  });

  it('opens while another process writes, when the followed feeds are as configured; a changed feed is written', () => {
    const file = join(tempDir(), 'cache.db');
    const first = PollCache.open(file);
    open.push(first);
    first.syncFeeds([feed]);
    // A poll in another terminal in the middle of storing a batch holds the write lock.
    const writer = new Database(file);
    writer.exec('BEGIN IMMEDIATE');
    try {
      const second = PollCache.open(file);
      open.push(second);
      second.db.pragma('busy_timeout = 20');
      expect(() => second.syncFeeds([feed])).not.toThrow();
      expect(second.feeds()).toMatchObject([{url: feed.url, name: 'Politik'}]);
      expect(() => second.syncFeeds([{...feed, name: 'Politik (n-tv)'}])).toThrow(/locked|busy/i);
      writer.exec('COMMIT');
      second.syncFeeds([{...feed, name: 'Politik (n-tv)'}]);
      expect(second.feeds()).toMatchObject([{url: feed.url, name: 'Politik (n-tv)'}]);
      second.syncFeeds([]);
      expect(second.feeds()).toEqual([]);
    } finally {
      writer.close();
    }
  });

  it('forgets a feed\'s last error once it answers again, so it no longer reads as failing', () => {
    const cache = newCache();
    cache.syncFeeds([feed]);
    const [row] = cache.feeds();
    cache.recordPoll(row!.id, {ok: false, at: now.toISOString(), nextPollAt: now.toISOString(), reason: 'HTTP 503 Service Unavailable'});
    expect(cache.feeds()[0]).toMatchObject({lastError: 'HTTP 503 Service Unavailable', failureCount: 1});
    cache.recordPoll(row!.id, {ok: true, at: now.toISOString(), nextPollAt: now.toISOString()});
    expect(cache.feeds()[0]).toMatchObject({lastError: null, failureCount: 0, lastErrorAt: now.toISOString()});
  });

  it('deletes articles past the retention limit, and keeps them all without one', async () => {
    const cache = newCache();
    const row = cache.ensureFeed(feed, true);
    const articles = await cache.articles();
    for (const [guid, published] of [['alt', '2025-09-01T08:00:00+02:00'], ['neu', '2025-11-11T08:00:00+01:00']] as const) {
      articles.storeArticle(row.id, {item: makeItem({guid, published}), page: null, teaserOnly: true}, feed.name, now);
    }
    expect(await cache.applyRetention(null, now)).toBe(0);
    expect(await cache.applyRetention(30, now)).toBe(1);
    expect(cache.db.prepare('SELECT guid FROM articles').pluck().all()).toEqual(['neu']);
  });
});
