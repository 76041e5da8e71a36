// XML entity attacks served over HTTP and polled into a real cache: nested internal entities
// ("billion laughs") must not expand, and an external entity must not read a local file.
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {resolveDataPaths} from '../../source/config/paths.js';
import {Cache} from '../../source/store/cache.js';
import {startFaultServer} from '../helpers/fault-server.js';
import type {RunningServer} from '../helpers/feed-server.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {inspect, storedStrings} from './cache-checks.js';
import {realRound} from './poll-round.js';

const tempDir = useTempDirs();
let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Polls one route of the fault server into a fresh cache; returns the report and the cache file. */
async function pollRoute(path: string, markerFile?: string) {
  server = await startFaultServer({markerFile});
  const cacheFile = resolveDataPaths(tempDir()).cacheFile;
  const cache = Cache.open(cacheFile);
  cache.syncFeeds([{url: server.url(path), name: path, intervalMinutes: 15, fulltext: 'never'}]);
  const heapBefore = process.memoryUsage().heapUsed;
  const started = Date.now();
  const [report] = await realRound(cache, cache.feeds(), {timeoutMs: 5000, maxBytes: 1024 * 1024});
  const elapsed = Date.now() - started;
  const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
  cache.close();
  return {report: report!, cacheFile, elapsed, heapGrowth};
}

describe('XML entities in a polled feed', () => {
  it('never expands nested internal entities (billion laughs): quick, small, and no "lol" multiplied into the cache', async () => {
    const {report, cacheFile, elapsed, heapGrowth} = await pollRoute('/billion-laughs');
    expect(elapsed).toBeLessThan(2000);
    // Expanded, &l9; is a billion "lol"s: 3 GB. A few MB of growth is ordinary garbage.
    expect(heapGrowth / 1024 / 1024).toBeLessThan(50);
    const strings = inspect(cacheFile, storedStrings).map(({value}) => value);
    expect(strings.filter(value => value.includes('lollol'))).toEqual([]);
    // Refusing the document or keeping it with the entity unexpanded are both fine.
    if (!report.ok) expect(report.result).toMatch(/^error: /);
  });

  it('never reads a local file named by an external entity', async () => {
    const marker = join(tempDir(), 'geheim.txt');
    const secret = 'GEHEIMNIS-7f3a9c';
    writeFileSync(marker, secret);
    const {report, cacheFile, elapsed} = await pollRoute('/external-entity', marker);
    expect(elapsed).toBeLessThan(2000);
    const strings = inspect(cacheFile, storedStrings).map(({value}) => value);
    expect(strings.filter(value => value.includes(secret))).toEqual([]);
    if (!report.ok) expect(report.result).toMatch(/^error: /);
  });
});
