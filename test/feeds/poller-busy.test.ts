import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {Extraction} from '../../source/extract/types.js';
import {pollRound, type PollDeps, type PollEvent} from '../../source/feeds/poller.js';
import {parseFeed} from '../../source/feeds/parse.js';
import {fetchResource} from '../../source/net/fetch-resource.js';
import {Cache} from '../../source/store/cache.js';
import {body, createFeedServer, type RunningServer} from '../helpers/feed-server.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {rss, teaser, type TestItem} from './poller-rss.js';

const tempDir = useTempDirs();
const now = new Date('2025-11-12T12:00:00Z');
const closers: Array<() => unknown> = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

const noFindings: Extraction = {actors: [], suggestions: [], meetings: []};

/** An extractor as slow as a long article makes the real one: it holds the CPU for `ms`. */
function busyExtractor(ms: number): PollDeps['extract'] {
  return () => {
    const until = performance.now() + ms;
    while (performance.now() < until);
    return noFindings;
  };
}

function fullItems(count: number, prefix = 'lang'): TestItem[] {
  return Array.from({length: count}, (_, n) => ({
    guid: `${prefix}-${n}`,
    title: `Unterhändler beraten in Genf (${prefix} ${n})`,
    link: `https://example.org/${prefix}/${n}`,
    description: 'Die Gespräche gehen weiter.',
    content: `<p>${'Die Delegationen verhandeln weiter über eine Waffenruhe. '.repeat(15)}</p>`,
  }));
}

describe('a polling round with one large feed', () => {
  it('keeps reading a slow feed while the large one is extracted, so the slow one does not time out', async () => {
    const server: RunningServer = await createFeedServer()
      .route('/gross', body(rss(fullItems(300))))
      // The answer arrives in two parts, the second a little later: it is read while the large feed is worked on.
      .route('/langsam', (_request, response) => {
        response.writeHead(200, {'Content-Type': 'application/rss+xml'});
        const document = rss(fullItems(1).map(item => ({...item, guid: 'langsam-1', link: 'https://example.org/langsam/1'})));
        response.write(document.slice(0, 100));
        setTimeout(() => response.end(document.slice(100)), 100);
      })
      .start();
    closers.push(() => server.close());
    const cache = Cache.open(join(tempDir(), 'cache.db'));
    closers.push(() => cache.close());
    const deps: PollDeps = {cache, fetch: fetchResource, parseFeed, extractArticlePage: () => null, extract: busyExtractor(4), now: () => now};
    const feeds = [
      cache.ensureFeed({url: server.url('/gross'), name: 'Groß', intervalMinutes: 10, fulltext: 'never'}, true),
      cache.ensureFeed({url: server.url('/langsam'), name: 'Langsam', intervalMinutes: 10, fulltext: 'never'}, true),
    ];
    // 300 articles × 4 ms hold the CPU for over a second, far longer than the slow feed may take.
    const reports = await pollRound(deps, {feeds, pollConcurrency: 4, pageConcurrency: 2, fetchPages: false, timeoutMs: 800, maxBytes: 10_000_000});
    expect(reports.map(report => report.result)).toEqual(['new 300', 'new 1']);
    expect(cache.countLatest({})).toBe(301);
  });

  it('extracts one feed\'s articles at a time, so a round holds one feed\'s articles in memory, not all of them', async () => {
    const names = ['eins', 'zwei', 'drei'];
    const builder = createFeedServer();
    for (const name of names) builder.route(`/${name}`, body(rss(fullItems(30, name))));
    const server = await builder.start();
    closers.push(() => server.close());
    const cache = Cache.open(join(tempDir(), 'cache.db'));
    closers.push(() => cache.close());
    const order: string[] = [];
    const slow = busyExtractor(2);
    const deps: PollDeps = {
      cache,
      fetch: fetchResource,
      parseFeed,
      extractArticlePage: () => null,
      extract: input => {
        order.push(/\((\p{L}+) /u.exec(input.title)![1]!);
        return slow(input);
      },
      now: () => now,
    };
    const feeds = names.map(name => cache.ensureFeed({url: server.url(`/${name}`), name, intervalMinutes: 10, fulltext: 'never'}, true));
    const reports = await pollRound(deps, {feeds, pollConcurrency: 3, pageConcurrency: 2, fetchPages: false, timeoutMs: 5000, maxBytes: 10_000_000});
    expect(reports.map(report => report.result)).toEqual(['new 30', 'new 30', 'new 30']);
    // Each feed's articles in one run: no feed's extraction starts before the previous one's is stored.
    const runs = order.filter((name, index) => name !== order[index - 1]);
    expect(runs.sort()).toEqual([...names].sort());
  });

  it('stores a feed with full text while another feed\'s article pages are still loading', async () => {
    let base = '';
    const server = await createFeedServer()
      .route('/teaser', (request, response) => body(rss([teaser(1, `${base}/artikel/langsam`)]))(request, response))
      .route('/artikel/langsam', (_request, response) => {
        setTimeout(() => response.writeHead(200, {'Content-Type': 'text/html'}).end('<html>Seite</html>'), 400);
      })
      .route('/voll', body(rss(fullItems(3, 'voll'))))
      .start();
    base = server.url('');
    closers.push(() => server.close());
    const cache = Cache.open(join(tempDir(), 'cache.db'));
    closers.push(() => cache.close());
    const deps: PollDeps = {cache, fetch: fetchResource, parseFeed, extractArticlePage: () => null, extract: () => noFindings, now: () => now};
    const feeds = [
      cache.ensureFeed({url: server.url('/teaser'), name: 'Teaser', intervalMinutes: 10, fulltext: 'auto'}, true),
      cache.ensureFeed({url: server.url('/voll'), name: 'Voll', intervalMinutes: 10, fulltext: 'auto'}, true),
    ];
    const done: string[] = [];
    const onEvent = (event: PollEvent) => event.type === 'feed-done' && done.push(event.report.feed.name);
    const reports = await pollRound(deps, {feeds, pollConcurrency: 4, pageConcurrency: 2, fetchPages: true, timeoutMs: 5000, maxBytes: 10_000_000}, onEvent);
    expect(reports.map(report => report.result)).toEqual(['new 1', 'new 3']);
    expect(done).toEqual(['Voll', 'Teaser']);
  });
});

describe('analysis during a round\'s reading', () => {
  /** A round of a feed answered at once and one answered after `laterMs`; what happened in what order. */
  async function round(laterMs: number, analysisPauseMs?: number): Promise<string[]> {
    const cache = Cache.open(join(tempDir(), `cache-${laterMs}.db`));
    closers.push(() => cache.close());
    const log: string[] = [];
    const bodies: Record<string, string> = {'https://example.org/sofort.xml': rss(fullItems(20, 'sofort')), 'https://example.org/spaeter.xml': rss(fullItems(20, 'spaeter'))};
    const deps: PollDeps = {
      cache,
      fetch: async url => {
        if (url.endsWith('spaeter.xml')) await new Promise(resolve => setTimeout(resolve, laterMs));
        return {status: 'ok', body: bodies[url]!, contentType: 'application/rss+xml', etag: null, lastModified: null, finalUrl: url};
      },
      parseFeed,
      extractArticlePage: () => null,
      extract: input => {
        if (log.at(-1) !== 'extract') log.push('extract');
        return busyExtractor(1)(input);
      },
      now: () => now,
    };
    const feeds = ['sofort', 'spaeter'].map(name => cache.ensureFeed({url: `https://example.org/${name}.xml`, name, intervalMinutes: 10, fulltext: 'never'}, true));
    const onEvent = (event: PollEvent) => event.type === 'feed-done' && log.push(`read ${event.report.feed.name}`);
    await pollRound(deps, {feeds, pollConcurrency: 4, pageConcurrency: 2, fetchPages: false, timeoutMs: 5000, maxBytes: 10_000_000, analysisPauseMs}, onEvent);
    expect(cache.pendingCount()).toBe(0);
    return log;
  }

  it('does not start in a short gap of the reading: a feed answered 20 ms after the first is read before any extraction', async () => {
    expect(await round(20)).toEqual(['read sofort', 'read spaeter', 'extract']);
  });

  it('still uses a long network wait: the first feed is analysed while a slow one is awaited', async () => {
    expect(await round(400)).toEqual(['read sofort', 'extract', 'read spaeter', 'extract']);
  });
});
