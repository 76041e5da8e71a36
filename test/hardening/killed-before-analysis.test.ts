// A poll stores articles as soon as it reads them and analyses them right behind. A SIGKILL in
// between must lose nothing: the articles are readable, marked as not analysed, and the next
// poll (even one whose feed answers with the same body) finishes their analysis, ending where
// an uninterrupted poll ends.
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import Database from 'better-sqlite3';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {resolveDataPaths} from '../../source/config/paths.js';
import {rssFeed, type FakeItem} from '../helpers/fault-server.js';
import {body, createFeedServer, type RunningServer} from '../helpers/feed-server.js';
import {cliPath} from '../helpers/run-cli.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {integrity, inspect} from './cache-checks.js';

const itemCount = 3000;
const places = ['Genf', 'Istanbul', 'Riad', 'Dschidda', 'Abu Dhabi'];

const items: FakeItem[] = Array.from({length: itemCount}, (_, index) => ({
  guid: `analyse-${index}`,
  link: `https://nachrichten.example/analyse/${index}.html`,
  title: `Selenskyj und Rubio beraten (${index})`,
  description:
    `Die Delegationen der Ukraine und der USA treffen sich am Donnerstag in ${places[index % places.length]} zu Gesprächen über eine Waffenruhe. ` +
    `Präsident Wolodymyr Selenskyj sagte, man sei zu Kompromissen bereit. Meldung ${index}.`,
  pubDate: new Date(Date.UTC(2025, 10, 12, 8) + index * 60_000).toUTCString(),
}));

const tempDir = useTempDirs();
let server: RunningServer;
beforeAll(async () => {
  // No validators: every poll gets the same body again.
  server = await createFeedServer().route('/feed', body(rssFeed('Analyse', items), {'Content-Type': 'application/rss+xml; charset=utf-8'})).start();
});
afterAll(() => server.close());

function poll(dataDir: string) {
  const child = spawn(process.execPath, [cliPath, 'poll', '--once', '--no-fulltext', '--feed', server.url('/feed'), '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', chunk => (output += chunk));
  child.stderr.on('data', chunk => (output += chunk));
  const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)));
  return {child, exited, output: () => output};
}

type Counts = {articles: number; pending: number; mentions: number; sources: number; meetings: number};

function counts(db: Database.Database): Counts {
  const one = (sql: string) => db.prepare(sql).pluck().get() as number;
  return {
    articles: one('SELECT count(*) FROM articles'),
    pending: one('SELECT count(*) FROM articles WHERE analysed = 0'),
    mentions: one('SELECT count(*) FROM mentions'),
    sources: one('SELECT count(*) FROM meeting_sources'),
    meetings: one('SELECT count(*) FROM meetings'),
  };
}

/** Watches the cache from outside, as another terminal's dashboard would, until `done` says so. */
async function watch(cacheFile: string, done: (now: Counts) => boolean, exited: Promise<unknown>): Promise<Counts | null> {
  let finished = false;
  void exited.then(() => (finished = true));
  while (!finished) {
    if (existsSync(cacheFile)) {
      try {
        const db = new Database(cacheFile, {readonly: true, fileMustExist: true});
        try {
          const now = counts(db);
          if (done(now)) return now;
        } finally {
          db.close();
        }
      } catch {
        // The schema is still being created.
      }
    }
    await new Promise(resolve => setTimeout(resolve, 10));
  }
  return null;
}

describe('a poll killed with SIGKILL after reading, while analysing', () => {
  it('leaves every article readable and marked, and the next poll finishes the analysis as an uninterrupted poll does', {timeout: 120_000}, async () => {
    const whole = tempDir();
    const uninterrupted = poll(whole);
    expect(await uninterrupted.exited, uninterrupted.output()).toBe(0);
    const expected = inspect(resolveDataPaths(whole).cacheFile, counts);
    expect(expected).toMatchObject({articles: itemCount, pending: 0});
    expect(expected.sources).toBeGreaterThan(itemCount / 2);

    const dataDir = tempDir();
    const {cacheFile} = resolveDataPaths(dataDir);
    const run = poll(dataDir);
    // Everything stored (readable), part of it analysed: kill it there.
    const seen = await watch(cacheFile, now => now.articles === itemCount && now.pending > 0 && now.pending < itemCount, run.exited);
    expect(seen, `the poll ended before it could be killed while analysing: ${run.output()}`).not.toBeNull();
    run.child.kill('SIGKILL');
    expect(await run.exited).toBeNull();

    const afterKill = inspect(cacheFile, db => {
      expect(integrity(db)).toBe('ok');
      // Readable: in the table and in the search index.
      expect(db.prepare("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'waffenruhe'").pluck().get()).toBe(itemCount);
      return counts(db);
    });
    expect(afterKill.articles).toBe(itemCount);
    expect(afterKill.pending).toBeGreaterThan(0);

    // The feed sends the same body: nothing is parsed again, but the analysis is finished.
    const next = poll(dataDir);
    expect(await next.exited, next.output()).toBe(0);
    expect(next.output()).toMatch(/analysed [\d,]+ in/);
    expect(inspect(cacheFile, counts)).toEqual(expected);
  });
});
