// The parse worker (dist/parse-worker.js, made by `npm test`'s build step) reads a feed exactly as
// the main thread does, refuses a bad one with the same one-line reason, and a worker that fails
// leaves its feeds to the main thread. A round hands it only large bodies, and only when it has
// more feeds to read meanwhile; what is stored is the same either way.
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {pollRound, type PollDeps} from '../../source/feeds/poller.js';
import {FeedParseError, parseFeed} from '../../source/feeds/parse.js';
import {minWorkerBody, parseMaybeOffThread, startParseThread, type ParseThread} from '../../source/feeds/parse-thread.js';
import type {ParsedFeed} from '../../source/feeds/types.js';
import {fetchResource} from '../../source/net/fetch-resource.js';
import {Cache} from '../../source/store/cache.js';
import {seededRandom} from '../hardening/seeded-random.js';
import {body, createFeedServer} from '../helpers/feed-server.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {rss, type TestItem} from './poller-rss.js';
import {wildFixture} from './wild-fixture.js';

const workerFile = new URL('../../dist/parse-worker.js', import.meta.url);
const built = existsSync(workerFile);
if (!built) console.warn('parse-thread tests skipped: dist/parse-worker.js is missing (run `npm run build`)');

const tempDir = useTempDirs();
const closers: Array<() => unknown> = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

let shared: ParseThread | null = null;
const worker = () => (shared ??= startParseThread(workerFile));
afterAll(async () => shared?.close());

/** The main thread's reading, or the reason it refuses the document. */
async function mainThreadReading(xml: string, url: string): Promise<ParsedFeed | string> {
  try {
    return await parseFeed(xml, url);
  } catch (error) {
    if (error instanceof FeedParseError) return error.reason;
    throw error;
  }
}

async function inWorker(thread: ParseThread, xml: string, url: string): Promise<ParsedFeed | string> {
  return thread.parse(xml, url).catch((error: unknown) => {
    if (error instanceof FeedParseError) return error.reason;
    throw error;
  });
}

const fixtures = [
  ...readdirSync(wildFixture('.')).filter(name => name.endsWith('.xml')).map(name => wildFixture(name)),
  join(import.meta.dirname, '../fixtures/ntv-startseite-2025-11-12.xml'),
];

describe.skipIf(!built)('the parse worker', () => {
  it('reads every fixture feed, damaged ones included, as the main thread does, and refuses bad ones with the same reason', async () => {
    const thread = worker()!;
    const documents = fixtures.map(file => readFileSync(file, 'latin1'));
    // Cut short, a stray "<" or "&": damage as real downloads have it, at seeded places.
    const random = seededRandom(11);
    for (let n = 0; n < 60; n++) {
      const xml = documents[Math.floor(random() * documents.length)]!;
      const at = Math.floor(random() * xml.length);
      documents.push([xml.slice(0, at), `${xml.slice(0, at)}<${xml.slice(at)}`, `${xml.slice(0, at)}&${xml.slice(at)}`][n % 3]!);
    }
    documents.push('', '<html><body>Anmeldung</body></html>', 'kein Feed');
    let refused = 0;
    for (const xml of documents) {
      const expected = await mainThreadReading(xml, 'https://news.example/feed.xml');
      if (typeof expected === 'string') refused++;
      expect(await inWorker(thread, xml, 'https://news.example/feed.xml')).toEqual(expected);
    }
    expect(refused).toBeGreaterThan(3);
  });

  it('leaves the feed to the main thread when the worker fails, and is not used again', async () => {
    const dying = join(tempDir(), 'dying-worker.mjs');
    writeFileSync(dying, 'process.exit(3);\n');
    const thread = startParseThread(pathToFileURL(dying))!;
    closers.push(() => thread.close());
    const xml = readFileSync(fixtures.at(-1)!, 'utf8');
    let parsedHere = 0;
    const here = (document: string, url: string) => (parsedHere++, parseFeed(document, url));
    expect(await parseMaybeOffThread(xml, 'https://www.n-tv.de/rss', here, thread)).toEqual(await parseFeed(xml, 'https://www.n-tv.de/rss'));
    expect(parsedHere).toBe(1);
    expect(thread.usable).toBe(false);
    // A bad document stays a bad document: the main thread's parse refuses it with its reason.
    await expect(parseMaybeOffThread('kein Feed', 'https://news.example/feed.xml', here, thread)).rejects.toThrow(/^malformed XML: non-whitespace before first tag/);
    expect(parsedHere).toBe(2);
  });
});

/** German items of our own with enough content that a feed of 150 passes minWorkerBody. */
function items(prefix: string, count: number): TestItem[] {
  return Array.from({length: count}, (_, n) => ({
    guid: `${prefix}-${n}`,
    title: `Unterhändler beraten in Genf (${prefix} ${n})`,
    link: `https://example.org/${prefix}/${n}`,
    description: 'Die Gespräche über eine Waffenruhe gehen weiter.',
    content: `<p>${'Die Delegationen verhandeln in Genf weiter über eine Waffenruhe. '.repeat(8)}</p><p>Selenskyj &amp; Umerow (${n})</p>`,
  }));
}

describe.skipIf(!built)('a polling round with the parse worker', () => {
  const now = new Date('2025-11-12T12:00:00Z');

  async function roundOver(documents: Record<string, string>, parseThread: (() => ParseThread | null) | null) {
    const builder = createFeedServer();
    for (const [path, xml] of Object.entries(documents)) builder.route(path, body(xml));
    const server = await builder.start();
    closers.push(() => server.close());
    const cache = Cache.open(join(tempDir(), 'cache.db'));
    closers.push(() => cache.close());
    const deps: PollDeps = {cache, fetch: fetchResource, parseFeed, extractArticlePage: () => null, extract: () => ({actors: [], suggestions: [], meetings: []}), now: () => now};
    const feeds = Object.keys(documents).map(path => cache.ensureFeed({url: server.url(path), name: path, intervalMinutes: 10, fulltext: 'never'}, true));
    const reports = await pollRound(deps, {feeds, pollConcurrency: 8, pageConcurrency: 1, fetchPages: false, timeoutMs: 5000, maxBytes: 10_000_000, parseThread});
    const stored = cache.db.prepare('SELECT guid, url, kicker, title, summary, text, tags, published, teaser_only, content_hash, outlet FROM articles ORDER BY guid').all();
    const found = cache.db.prepare(`SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'umerow'`).pluck().get();
    return {reports: reports.map(report => report.result), stored, found};
  }

  it('parses the large bodies of a round of several feeds in the worker and stores what the main thread would', async () => {
    const documents = {'/eins': rss(items('eins', 150)), '/zwei': rss(items('zwei', 150)), '/klein': rss(items('klein', 2)), '/kaputt': rss(items('kaputt', 150)).slice(0, 90_000)};
    expect(documents['/eins'].length).toBeGreaterThan(minWorkerBody);
    const sent: number[] = [];
    const counting = (): ParseThread | null => {
      const thread = worker();
      return thread && {...thread, usable: thread.usable, parse: (xml, url) => (sent.push(xml.length), thread.parse(xml, url)), close: thread.close};
    };
    const withWorker = await roundOver(documents, counting);
    const here = await roundOver(documents, null);
    // Of the two large feeds and the damaged one, the first to arrive was parsed here while the
    // worker started, the other two in the worker; the small one stayed here.
    expect(sent).toHaveLength(2);
    expect(Math.min(...sent)).toBeGreaterThanOrEqual(minWorkerBody);
    expect(withWorker).toEqual(here);
    expect(withWorker.reports[3]).toMatch(/^new \d+ \(recovered from malformed XML \(line \d+\)\)$/);
    expect(withWorker.found).toBeGreaterThan(300);
  });

  it('does not start the worker for a lone feed, however large', async () => {
    let asked = 0;
    await roundOver({'/eins': rss(items('eins', 150))}, () => (asked++, worker()));
    expect(asked).toBe(0);
  });
});
