import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {describe, expect, it} from 'vitest';
import {Cache} from '../../source/store/cache.js';
import {runCli} from '../helpers/run-cli.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {rss, teaser} from '../feeds/poller-rss.js';
import {runCliAsync} from './run-cli-async.js';

const tempDir = useTempDirs();
const snapshot = fileURLToPath(new URL('../fixtures/ntv-startseite-2025-11-12.xml', import.meta.url));
const snapshotUrl = pathToFileURL(snapshot).href;

function countArticles(dataDir: string): number {
  const cache = Cache.open(join(dataDir, 'cache.db'));
  try {
    return cache.countLatest({});
  } finally {
    cache.close();
  }
}

describe('talkwatch poll --once', () => {
  it('stores the n-tv snapshot\'s articles once; a second run stores nothing new', () => {
    const dataDir = tempDir();
    const first = runCli(['poll', '--once', '--no-fulltext', '--feed', snapshotUrl, '--data-dir', dataDir]);
    expect(first.status).toBe(0);
    // One line per feed, then how long reading and analysing took.
    const [feedLine, summary, ...rest] = first.stdout.split('\n');
    expect(feedLine).toBe(`${snapshotUrl}: new 10`);
    expect(summary).toMatch(/^read 10 articles in \d+\.\d+ s \(first after \d+\.\d+ s\); analysed 10 in \d+\.\d+ s \(\d+\.\d+ ms per article\)$/);
    expect(rest).toEqual(['']);
    const second = runCli(['poll', '--once', '--no-fulltext', '--feed', snapshotUrl, '--data-dir', dataDir]);
    expect(second).toMatchObject({status: 0, stdout: `${snapshotUrl}: unchanged\n`});
    expect(countArticles(dataDir)).toBe(10);
    // --feed polls without following: the feed list stays as it was.
    const listed = JSON.parse(runCli(['feeds', 'list', '--json', '--data-dir', dataDir]).stdout) as Array<{url: string}>;
    expect(listed.map(feed => feed.url)).not.toContain(snapshotUrl);
  });

  it('reports a failing feed on its line beside a good one and exits 1', () => {
    const dataDir = tempDir();
    const good = join(dataDir, 'gut.xml');
    writeFileSync(good, rss([teaser(1, 'https://example.org/artikel/1')]));
    const missing = pathToFileURL(join(dataDir, 'fehlt.xml')).href;
    const result = runCli(['poll', '--once', '--no-fulltext', '--feed', missing, '--feed', good, '--data-dir', dataDir]);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${missing}: error: .+`));
    expect(lines[1]).toBe(`${pathToFileURL(good).href}: new 1`);
  });

  it('lets two pollers share one cache without "database is locked"', async () => {
    const dataDir = tempDir();
    const feeds = [0, 1].map(n => {
      const file = join(dataDir, `feed-${n}.xml`);
      writeFileSync(file, rss(Array.from({length: 40}, (_, i) => teaser(n * 100 + i, `https://example.org/${n}/${i}`))));
      return file;
    });
    const results = await Promise.all(feeds.map(file => runCliAsync(['poll', '--once', '--no-fulltext', '--feed', file, '--data-dir', dataDir])));
    for (const result of results) expect(result).toMatchObject({status: 0, stderr: ''});
    expect(countArticles(dataDir)).toBe(80);
  });

  it('refuses a cache file that is not a database, naming it, and leaves it untouched', () => {
    const dataDir = tempDir();
    const cacheFile = join(dataDir, 'cache.db');
    writeFileSync(cacheFile, 'kein SQLite, sondern Notizen über Gespräche\n'.repeat(100));
    const before = readFileSync(cacheFile);
    const result = runCli(['poll', '--once', '--feed', snapshotUrl, '--data-dir', dataDir]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(cacheFile);
    expect(readFileSync(cacheFile).equals(before)).toBe(true);
  });

  it('reports a corrupt config.json by name instead of resetting it', () => {
    const dataDir = tempDir();
    const config = join(dataDir, 'config.json');
    writeFileSync(config, '{"feeds": [{"url": ');
    const result = runCli(['poll', '--once', '--data-dir', dataDir]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(config);
    expect(readFileSync(config, 'utf8')).toBe('{"feeds": [{"url": ');
  });
});
