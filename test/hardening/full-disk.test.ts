// The disk fills up in the middle of a poll: what was stored stays intact, the poll stops with
// one line naming the cache file, and once there is room again the next poll finishes the job. With root (CI
// containers usually are) a 1 MB tmpfs is the real thing; otherwise SQLite's max_page_count
// stands in for the disk, through the cache's own connection.
import {execFileSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {resolveDataPaths} from '../../source/config/paths.js';
import {Cache} from '../../source/store/cache.js';
import {rssFeed} from '../helpers/fault-server.js';
import {runCli} from '../helpers/run-cli.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {duplicates, inspect, integrity} from './cache-checks.js';
import {realRound} from './poll-round.js';

const tempDir = useTempDirs();
const smallFeed = new URL('../fixtures/ntv-startseite-2025-11-12.xml', import.meta.url).href;
const bigItems = 700;

/** About 2 MB of German text (no meetings in it, to keep extraction quick): more than 1 MB. */
function writeBigFeed(): string {
  const file = join(tempDir(), 'gross.xml');
  const items = Array.from({length: bigItems}, (_, index) => ({
    guid: `voll-${index}`,
    link: `https://nachrichten.example/voll/${index}.html`,
    title: `Bericht ${index}`,
    description: 'Im Norden regnet es den ganzen Tag, im Süden bleibt es trocken und mild. '.repeat(36),
  }));
  writeFileSync(file, rssFeed('Groß', items));
  return pathToFileURL(file).href;
}

const articleCount = (cacheFile: string) => inspect(cacheFile, db => db.prepare('SELECT count(*) FROM articles').pluck().get() as number);

const mounted: string[] = [];
afterEach(() => {
  for (const dir of mounted.splice(0)) execFileSync('umount', [dir]);
});

/** A 1 MB tmpfs at a fresh folder, or null when this user may not mount. */
function tinyDisk(): string | null {
  const dir = tempDir();
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], {stdio: 'ignore'});
  } catch {
    return null;
  }
  mounted.push(dir);
  return dir;
}

describe('a full disk during a poll', () => {
  const canMount = (() => {
    const dir = tinyDisk();
    if (dir) execFileSync('umount', [mounted.pop()!]);
    return dir !== null;
  })();

  it.skipIf(!canMount)('on a real 1 MB file system: keeps what was stored, says the disk is full, and the next poll with room completes', () => {
    const dataDir = tinyDisk()!;
    const {cacheFile} = resolveDataPaths(dataDir);
    expect(runCli(['poll', '--once', '--no-fulltext', '--feed', smallFeed, '--data-dir', dataDir]).status).toBe(0);
    const before = articleCount(cacheFile);
    expect(before).toBeGreaterThan(0);

    const bigFeed = writeBigFeed();
    const full = runCli(['poll', '--once', '--no-fulltext', '--feed', bigFeed, '--data-dir', dataDir]);
    expect(full.status).not.toBe(0);
    expect(full.stdout + full.stderr).toMatch(/disk is full/);
    expect((full.stdout + full.stderr).trimEnd().split('\n')).toHaveLength(1);
    inspect(cacheFile, db => {
      expect(integrity(db)).toBe('ok');
      expect(duplicates(db)).toEqual([]);
    });
    const partial = articleCount(cacheFile);
    expect(partial).toBeGreaterThanOrEqual(before);

    execFileSync('mount', ['-o', 'remount,size=64m', dataDir]);
    const again = runCli(['poll', '--once', '--no-fulltext', '--feed', bigFeed, '--data-dir', dataDir]);
    expect(again.status, again.stdout + again.stderr).toBe(0);
    expect(articleCount(cacheFile)).toBe(before + bigItems);
  });

  // A full disk is no fault of the feed: the poll stops with exit code 2 and names the file.
  it.skipIf(!canMount)('stops with exit code 2 and names the cache file', () => {
    const dataDir = tinyDisk()!;
    const full = runCli(['poll', '--once', '--no-fulltext', '--feed', writeBigFeed(), '--data-dir', dataDir]);
    expect(full.status).toBe(2);
    expect(full.stderr).toContain(resolveDataPaths(dataDir).cacheFile);
  });

  it('with a page limit on the cache: the same, in this process', async () => {
    const {cacheFile} = resolveDataPaths(tempDir());
    const cache = Cache.open(cacheFile);
    const limits = {timeoutMs: 5000, maxBytes: 10 * 1024 * 1024};
    const feed = (url: string) => cache.ensureFeed({url, name: url, intervalMinutes: 15, fulltext: 'never'}, true);
    expect((await realRound(cache, [feed(smallFeed)], limits))[0]?.ok).toBe(true);
    const before = articleCount(cacheFile);

    const pages = cache.db.pragma('page_count', {simple: true}) as number;
    cache.db.pragma(`max_page_count = ${pages + 40}`);
    const bigFeed = writeBigFeed();
    // The round stops with the cache's error, naming the file; the feed is not blamed.
    await expect(realRound(cache, [feed(bigFeed)], limits)).rejects.toThrow(/disk is full: could not write .*cache\.db/);
    expect(cache.feeds().find(row => row.url === bigFeed)?.lastError ?? null).toBeNull();

    cache.db.pragma('max_page_count = 1000000');
    const [again] = await realRound(cache, cache.feeds().filter(row => row.url === bigFeed), limits);
    expect(again?.ok).toBe(true);
    cache.close();
    expect(articleCount(cacheFile)).toBe(before + bigItems);
    inspect(cacheFile, db => expect(duplicates(db)).toEqual([]));
  });
});
