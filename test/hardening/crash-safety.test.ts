// Modelled on SQLite's own crash tests: a `talkwatch poll` over a 10,000-item feed is killed with
// SIGKILL at random moments, again and again. After every kill the cache must be intact and
// free of duplicates, and a last uninterrupted poll must leave exactly what the feed says.
import {spawn} from 'node:child_process';
import {existsSync, statSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {resolveDataPaths} from '../../source/config/paths.js';
import {rssFeed, type FakeItem} from '../helpers/fault-server.js';
import {createFeedServer, type RunningServer} from '../helpers/feed-server.js';
import {cliPath} from '../helpers/run-cli.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {duplicates, inspect, integrity} from './cache-checks.js';
import {seededRandom} from './seeded-random.js';

const itemCount = 10_000;
/** Items rewritten per request, sweeping through the feed, so every run has writes to interrupt. */
const sweep = 1000;
const kills = 50;

/** How often the sweep has passed item `index` by request `request`: its revision. */
const revision = (index: number, request: number) => Math.max(0, Math.floor((request * sweep - index + itemCount - 1) / itemCount));

/** The feed as served for the given request; every tenth item reports a meeting, so extraction writes too. */
function feedVersion(request: number): string {
  const items: FakeItem[] = Array.from({length: itemCount}, (_, index) => ({
    guid: `absturz-${index}`,
    link: `https://nachrichten.example/absturz/${index}.html`,
    title: `Lagebericht ${index}`,
    description:
      index % 10 === 0
        ? `Die Delegationen treffen sich am Donnerstag in Genf zu Gesprächen über eine Waffenruhe. Fassung ${revision(index, request)}`
        : `Im Norden regnet es, im Süden bleibt es trocken. Fassung ${revision(index, request)}`,
    pubDate: new Date(Date.UTC(2025, 10, 12, 8) + index * 1000).toUTCString(),
  }));
  return rssFeed('Absturztest', items);
}

const tempDir = useTempDirs();
let server: RunningServer;
let served = 0;
beforeAll(async () => {
  server = await createFeedServer()
    .route('/feed', (_request, response) => {
      response.writeHead(200, {'Content-Type': 'application/rss+xml; charset=utf-8'}).end(feedVersion(served++));
    })
    .start();
});
afterAll(() => server.close());

/** When the cache or its WAL last changed: a run that changes it was writing when killed. */
function lastWrite(cacheFile: string): number {
  return Math.max(...['', '-wal'].map(suffix => (existsSync(cacheFile + suffix) ? statSync(cacheFile + suffix).mtimeMs : 0)));
}

function startPoll(dataDir: string) {
  const child = spawn(process.execPath, [cliPath, 'poll', '--once', '--no-fulltext', '--feed', server.url('/feed'), '--data-dir', dataDir], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', chunk => (stderr += chunk));
  const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)));
  return {child, exited, stderr: () => stderr};
}

describe('a poll killed with SIGKILL at random moments', () => {
  it(`keeps the cache intact and duplicate-free after each of ${kills} kills, and the next poll completes the work`, {timeout: 90_000}, async () => {
    const random = seededRandom(20251112);
    const dataDir = tempDir();
    const {cacheFile} = resolveDataPaths(dataDir);
    let killed = 0;
    let killedWhileWriting = 0;
    const started = Date.now();
    for (let attempt = 0; killed < kills && attempt < kills * 2; attempt++) {
      const writtenBefore = lastWrite(cacheFile);
      const run = startPoll(dataDir);
      // Start-up and parsing take about a second; writing follows. Most kills land in either.
      const timer = setTimeout(() => run.child.kill('SIGKILL'), 30 + Math.floor(random() * 1100));
      const code = await run.exited;
      clearTimeout(timer);
      if (code === null) {
        killed++;
        if (lastWrite(cacheFile) !== writtenBefore) killedWhileWriting++;
      } else expect(code, run.stderr()).toBe(0);
      if (!existsSync(cacheFile)) continue;
      inspect(cacheFile, db => {
        expect(integrity(db), `after kill ${killed}`).toBe('ok');
        // Killed after SQLite created the file and before the first migration committed (on a
        // slow machine the first kills land there): an empty database, which the next run migrates.
        if (db.pragma('user_version', {simple: true}) === 0) return;
        expect(duplicates(db), `after kill ${killed}`).toEqual([]);
      });
    }
    expect(killed).toBe(kills);
    // The rest land in start-up, migration or parsing, which must be just as harmless.
    expect(killedWhileWriting).toBeGreaterThanOrEqual(10);
    expect(Date.now() - started).toBeLessThan(60_000);

    const last = startPoll(dataDir);
    expect(await last.exited, last.stderr()).toBe(0);
    const finalRequest = served - 1;
    const stored = inspect(cacheFile, db => {
      expect(integrity(db)).toBe('ok');
      expect(duplicates(db)).toEqual([]);
      // Every article analysed: what a kill left between reading and analysis was finished.
      expect(db.prepare('SELECT count(*) FROM articles WHERE analysed = 0').pluck().get()).toBe(0);
      return db.prepare('SELECT guid, summary FROM articles').all() as Array<{guid: string; summary: string}>;
    });
    expect(stored).toHaveLength(itemCount);
    // Every article holds the text of the last request: no write from before a kill survived
    // in place of a later one.
    const stale = stored.filter(({guid, summary}) => !summary.endsWith(`Fassung ${revision(Number(guid.split('-')[1]), finalRequest)}`));
    expect(stale.map(({guid, summary}) => `${guid}: ${summary.slice(-12)}`)).toEqual([]);
    // A kill between reading and analysis is placed deliberately in killed-before-analysis.test.ts.
  });
});
