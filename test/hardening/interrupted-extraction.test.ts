// A crash can land while an article is being extracted. The article was stored before (it is
// readable at once) and stays marked as not analysed, so the next poll extracts it.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {articleExtractor, pollDeps} from '../../source/commands/ingest.js';
import {resolveDataPaths} from '../../source/config/paths.js';
import {pollRound} from '../../source/feeds/poller.js';
import {Cache} from '../../source/store/cache.js';
import {rssFeed} from '../helpers/fault-server.js';
import {body, createFeedServer, type RunningServer} from '../helpers/feed-server.js';
import {useTempDirs} from '../helpers/temp-dir.js';

const tempDir = useTempDirs();
let server: RunningServer;
const text = 'Die Delegationen der Ukraine und der USA treffen sich am Donnerstag in Genf zu Gesprächen über eine Waffenruhe.';
beforeAll(async () => {
  const feed = rssFeed('Unterbrochen', [{guid: 'unterbrochen-1', link: 'https://nachrichten.example/genf.html', title: 'Treffen in Genf', description: text, pubDate: 'Mon, 10 Nov 2025 08:00:00 +0100'}]);
  server = await createFeedServer().route('/feed', body(feed, {'Content-Type': 'application/rss+xml'})).start();
});
afterAll(() => server.close());

describe('a poll interrupted after storing an article but before saving its extraction', () => {
  it('keeps the article readable and extracts it on the next poll', async () => {
    const dataDir = tempDir();
    const ctx = {paths: resolveDataPaths(dataDir), stdout: process.stdout, stderr: process.stderr, now: () => new Date('2025-11-10T09:00:00Z')};
    const cache = Cache.open(ctx.paths.cacheFile);
    const [feed] = [cache.ensureFeed({url: server.url('/feed'), name: 'Unterbrochen', intervalMinutes: 15, fulltext: 'never'}, true)];
    const limits = {pollConcurrency: 1, pageConcurrency: 1, timeoutMs: 5000, maxBytes: 1024 * 1024, fetchPages: false};
    const real = articleExtractor(ctx);
    expect(real({title: 'Treffen in Genf', kicker: null, text, published: '2025-11-10T07:00:00Z'}).meetings.length).toBeGreaterThan(0);

    // The process "dies" inside the extractor, before anything of the article is committed.
    const dying = {...pollDeps(cache, ctx), extract: () => {
      throw new Error('killed');
    }};
    await pollRound(dying, {...limits, feeds: [feed!]});
    expect(cache.countLatest({search: 'waffenruhe'})).toBe(1);
    expect(cache.pendingCount()).toBe(1);
    await pollRound(pollDeps(cache, ctx), {...limits, feeds: cache.feeds().filter(row => row.id === feed!.id)});

    const sources = cache.db.prepare('SELECT count(*) FROM meeting_sources').pluck().get() as number;
    expect(cache.pendingCount()).toBe(0);
    cache.close();
    expect(sources).toBeGreaterThan(0);
  });
});
