// The dashboard reads (and marks articles read) while `talkwatch poll` in another terminal
// writes, for a sustained stretch: no "database is locked", and no write of either side lost.
import {spawn} from 'node:child_process';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {resolveDataPaths} from '../../source/config/paths.js';
import {Cache} from '../../source/store/cache.js';
import {germanItems, rssFeed} from '../helpers/fault-server.js';
import {createFeedServer, type RunningServer} from '../helpers/feed-server.js';
import {cliPath, runCli} from '../helpers/run-cli.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {seededRandom} from './seeded-random.js';

const runMs = 10_000;
/** Each request publishes this many new items; the feed shows the newest 100, like a real one. */
const perRequest = 15;
const window = 100;

const tempDir = useTempDirs();
const published = germanItems('parallel', 5000);
let requests = 0;
let server: RunningServer;
beforeAll(async () => {
  server = await createFeedServer()
    .route('/feed', (_request, response) => {
      const end = Math.min(published.length, ++requests * perRequest);
      response.writeHead(200, {'Content-Type': 'application/rss+xml'}).end(rssFeed('Parallel', published.slice(Math.max(0, end - window), end).reverse()));
    })
    .start();
});
afterAll(() => server.close());

function pollOnce(dataDir: string): Promise<{code: number | null; output: string}> {
  const child = spawn(process.execPath, [cliPath, 'poll', '--once', '--no-fulltext', '--feed', server.url('/feed'), '--data-dir', dataDir]);
  let output = '';
  child.stdout.on('data', chunk => (output += chunk));
  child.stderr.on('data', chunk => (output += chunk));
  return new Promise(resolve => child.on('exit', code => resolve({code, output})));
}

describe('a dashboard and a poller sharing one cache', () => {
  it(`run side by side for ${runMs / 1000} s without "database is locked" and lose no write`, {timeout: 60_000}, async () => {
    const dataDir = tempDir();
    expect(runCli(['feeds', 'list', '--data-dir', dataDir]).status).toBe(0);
    const stopAt = Date.now() + runMs;

    // The poll loop: one `poll --once` process after another, as cron or a second terminal would.
    const pollerFailures: string[] = [];
    const poller = (async () => {
      while (Date.now() < stopAt) {
        const {code, output} = await pollOnce(dataDir);
        if (code !== 0) pollerFailures.push(output);
      }
    })();

    // The dashboard: its own long-lived connection, reading windows and details, marking read.
    const cache = Cache.open(resolveDataPaths(dataDir).cacheFile);
    const random = seededRandom(42);
    const markedRead = new Set<number>();
    const readerErrors: string[] = [];
    let reads = 0;
    while (Date.now() < stopAt) {
      try {
        const window = cache.latest({offset: 0, limit: 40});
        cache.countLatest({});
        cache.actors(new Date());
        cache.meetings(new Date());
        cache.feeds();
        const pick = window[Math.floor(random() * window.length)];
        if (pick) {
          cache.article(pick.id);
          cache.setUnread(pick.id, false);
          markedRead.add(pick.id);
        }
        reads++;
      } catch (error) {
        readerErrors.push((error as Error).message);
      }
      // Yield, so the feed server in this process can answer the poller.
      await new Promise(resolve => setTimeout(resolve, 5));
    }
    await poller;
    expect(readerErrors).toEqual([]);
    expect(pollerFailures).toEqual([]);
    expect(reads).toBeGreaterThan(100);
    expect(requests).toBeGreaterThan(3);

    // One last poll catches up with the last published items, then every one is there, once.
    expect((await pollOnce(dataDir)).code).toBe(0);
    const servedCount = Math.min(published.length, requests * perRequest);
    const stored = cache.db.prepare('SELECT guid FROM articles').pluck().all() as string[];
    const expected = published.slice(0, servedCount).map(item => item.guid!);
    expect(new Set(stored).size).toBe(stored.length);
    expect(expected.filter(guid => !stored.includes(guid))).toEqual([]);
    // The poller's updates never undid a "read" mark.
    const unread = cache.db.prepare('SELECT id FROM articles WHERE unread = 1').pluck().all() as number[];
    expect(unread.filter(id => markedRead.has(id))).toEqual([]);
    cache.close();
  });
});
