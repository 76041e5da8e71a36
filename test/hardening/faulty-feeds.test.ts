// One polling round over 50 feeds, a fifth of them broken in a different way each: the round
// ends within the timeout, the good feeds are stored once, every broken one says why.
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {FeedReport} from '../../source/feeds/poller.js';
import {resolveDataPaths} from '../../source/config/paths.js';
import {Cache} from '../../source/store/cache.js';
import type {FeedConfig} from '../../source/feeds/types.js';
import type {FeedRow} from '../../source/store/types.js';
import {startFaultServer} from '../helpers/fault-server.js';
import type {RunningServer} from '../helpers/feed-server.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {duplicates, inspect, integrity} from './cache-checks.js';
import {realRound} from './poll-round.js';

const timeoutMs = 2000;
const maxBytes = 1024 * 1024;
const goodFeeds = 37;
const itemsPerFeed = 5;

/** Each broken feed and the words its recorded reason must contain. */
const faults: Record<string, RegExp> = {
  '/not-found': /HTTP 404 Not Found/,
  '/server-error': /HTTP 500 Internal Server Error/,
  '/unavailable': /HTTP 503 Service Unavailable/,
  '/stall': /timed out after 2 s/,
  '/trickle': /timed out after 2 s/,
  '/fifty-megabytes': /larger than 1 MB/,
  '/gzip-bomb': /larger than 1 MB/,
  '/invalid-xml': /malformed XML/,
  '/redirect-loop': /too many redirects/,
  '/html-page': /HTML page, not a feed/,
};
/** Odd but valid feeds: they count as good. */
const oddButValid = ['/wrong-charset', '/duplicate-guids', '/incomplete-items'];

const tempDir = useTempDirs();
let server: RunningServer;
beforeAll(async () => {
  server = await startFaultServer({goodFeeds, itemsPerFeed});
});
afterAll(() => server.close());

function feedConfig(path: string): FeedConfig {
  return {url: server.url(path), name: path.slice(1), intervalMinutes: 15, fulltext: 'auto'};
}

const round = (cache: Cache, feeds: FeedRow[]) => realRound(cache, feeds, {timeoutMs, maxBytes});

describe('a polling round over 50 feeds, 10 of them faulty', () => {
  it('ends within the timeout, stores every good item once, records why each faulty feed failed, and stays small', async () => {
    const paths = [...Array.from({length: goodFeeds}, (_, index) => `/good-${index}`), ...oddButValid, ...Object.keys(faults)];
    expect(paths).toHaveLength(50);
    const {cacheFile} = resolveDataPaths(tempDir());
    const cache = Cache.open(cacheFile);
    cache.syncFeeds(paths.map(feedConfig));

    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    const started = Date.now();
    const reports = await round(cache, cache.feeds());
    const elapsed = Date.now() - started;
    clearInterval(sampler);

    // Slow feeds wait in parallel: two timeouts plus slack, not one per slow feed.
    expect(elapsed).toBeLessThan(2 * timeoutMs + 3000);
    // Unbounded, the bomb alone would inflate to 100 MB and the big body add 50 MB.
    expect((peak - baseline) / 1024 / 1024).toBeLessThan(60);

    const byPath = new Map<string, FeedReport>(reports.map(report => [new URL(report.feed.url).pathname, report]));
    for (const [path, reason] of Object.entries(faults)) {
      expect(byPath.get(path), path).toMatchObject({ok: false, result: expect.stringMatching(reason)});
    }
    const rows = new Map(cache.feeds().map(feed => [new URL(feed.url).pathname, feed]));
    for (const [path, reason] of Object.entries(faults)) {
      expect(rows.get(path)?.lastError, path).toMatch(reason);
      expect(rows.get(path)?.failureCount, path).toBe(1);
    }
    // Retry-After: 7200 puts the next try two hours away, past the 15-minute back-off.
    expect(new Date(rows.get('/unavailable')!.nextPollAt!).getTime() - started).toBeGreaterThan(7100_000);

    for (let index = 0; index < goodFeeds; index++) {
      expect(byPath.get(`/good-${index}`)).toMatchObject({ok: true, added: itemsPerFeed});
    }
    for (const path of oddButValid) expect(byPath.get(path)?.ok, path).toBe(true);
    expect(rows.get('/wrong-charset')?.lastNote).toBe('the document says ISO-8859-1 but the bytes are UTF-8; read as UTF-8');
    const titles = cache.latest({offset: 0, limit: 1000}).map(article => article.title);
    for (let feed = 0; feed < goodFeeds; feed++) {
      for (let item = 0; item < itemsPerFeed; item++) {
        expect(titles.filter(title => title.endsWith(`(feed${feed} ${item})`)), `feed${feed} ${item}`).toHaveLength(1);
      }
    }
    // Duplicate guids inside one feed: the first is kept, once.
    expect(titles.filter(title => /Fassung/.test(title))).toEqual(['Erste Fassung']);
    // Items lacking guid, link or date are still stored, each once.
    for (const title of ['Gespräche vertagt', 'Nur mit Link', 'Nur mit guid', 'Nur mit Datum']) {
      expect(titles.filter(stored => stored === title), title).toHaveLength(1);
    }
    cache.close();
    inspect(cacheFile, db => {
      expect(integrity(db)).toBe('ok');
      expect(duplicates(db)).toEqual([]);
    });

    // A second round stores nothing again.
    const again = Cache.open(cacheFile);
    const second = await round(again, again.feeds().filter(feed => !(new URL(feed.url).pathname in faults)));
    expect(second.filter(report => report.added > 0)).toEqual([]);
    again.close();
  });
});
