import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {ArticleText} from '../../source/article/types.js';
import type {ExtractInput} from '../../source/extract/types.js';
import {pollRound, type PollDeps, type PollEvent} from '../../source/feeds/poller.js';
import {parseFeed} from '../../source/feeds/parse.js';
import {fetchResource} from '../../source/net/fetch-resource.js';
import {Cache} from '../../source/store/cache.js';
import type {FeedRow} from '../../source/store/types.js';
import {body, conditional, createFeedServer, status, type RunningServer} from '../helpers/feed-server.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {rss, teaser} from './poller-rss.js';

const tempDir = useTempDirs();
const now = new Date('2025-11-12T12:00:00Z');
const closers: Array<() => unknown> = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** The page reader the poller is given: every page is the same short German article. */
const readPage = (_html: string, url: string): ArticleText => ({
  kicker: null,
  title: `Volltext ${url.slice(-1)}`,
  published: null,
  lead: 'Selenskyj reist nach Genf.',
  paragraphs: [],
  subheads: [],
  sourceLine: 'Quelle: ntv.de',
  tags: [],
  text: 'Selenskyj reist nach Genf.',
});

function setUp(server: RunningServer) {
  const cache = Cache.open(join(tempDir(), 'cache.db'));
  closers.push(() => cache.close());
  const extracted: ExtractInput[] = [];
  const deps: PollDeps = {
    cache,
    fetch: fetchResource,
    parseFeed,
    extractArticlePage: readPage,
    extract: input => {
      extracted.push(input);
      return {actors: [{id: 'selenskyj', name: 'Wolodymyr Selenskyj', role: null, side: 'UA', mentions: 1}], suggestions: [], meetings: []};
    },
    now: () => now,
  };
  const follow = (path: string, name: string, fulltext: FeedRow['fulltext'] = 'auto') =>
    cache.ensureFeed({url: server.url(path), name, intervalMinutes: 10, fulltext}, true);
  const round = (feeds: FeedRow[], events: PollEvent[] = []) =>
    pollRound(deps, {feeds, pollConcurrency: 4, pageConcurrency: 2, fetchPages: true, timeoutMs: 5000, maxBytes: 1_000_000}, event => events.push(event));
  return {cache, deps, follow, round, extracted};
}

async function serve(routes: (builder: ReturnType<typeof createFeedServer>) => void): Promise<RunningServer> {
  const builder = createFeedServer();
  routes(builder);
  const server = await builder.start();
  closers.push(() => server.close());
  return server;
}

describe('a polling round', () => {
  it('stores new articles with their page text, and a second round stores nothing new', async () => {
    let base = '';
    const server = await serve(builder =>
      builder
        .route('/rss', (request, response) => conditional(rss([teaser(1, `${base}/artikel/1`), teaser(2, `${base}/artikel/2`)], 30), {etag: '"v1"'})(request, response))
        .route('/artikel/1', body('<html>Seite</html>', {'Content-Type': 'text/html'}))
        .route('/artikel/2', status(404)),
    );
    base = server.url('');
    const {cache, follow, round, extracted} = setUp(server);
    const feed = follow('/rss', 'Test');

    const events: PollEvent[] = [];
    const [first] = await round([feed], events);
    expect(first).toMatchObject({ok: true, added: 2, result: 'new 2'});
    // Read first, analysed right behind: the analysis reports its progress after the feed is stored.
    expect(events.map(event => event.type)).toEqual(['feed-start', 'feed-done', 'analysed']);
    expect(events.at(-1)).toMatchObject({type: 'analysed', analysed: 2, total: 2});
    const articles = cache.latest({offset: 0, limit: 10}).map(summary => cache.article(summary.id)!);
    const withPage = articles.find(article => article.url?.endsWith('/artikel/1'));
    const teaserOnly = articles.find(article => article.url?.endsWith('/artikel/2'));
    expect(withPage).toMatchObject({text: 'Selenskyj reist nach Genf.', teaserOnly: false, actorIds: ['selenskyj']});
    // The page was missing: the teaser is kept and marked.
    expect(teaserOnly).toMatchObject({text: 'Die Gespräche in Genf gehen weiter.', teaserOnly: true});
    expect(extracted).toHaveLength(2);

    // The second round sends the ETag, gets 304 and does nothing more.
    const requestsBefore = server.requests.length;
    const [second] = await round(cache.feeds());
    expect(second).toMatchObject({ok: true, added: 0, result: 'unchanged'});
    expect(server.requests.length).toBe(requestsBefore + 1);
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"v1"');
    expect(cache.countLatest({})).toBe(2);
    // <ttl>30</ttl> asks for more than the feed's 10 minutes.
    expect(cache.feeds()[0]?.nextPollAt).toBe(new Date(now.getTime() + 30 * 60_000).toISOString());
  });

  it('records a failing feed with its reason and backs off, while the good feed beside it is stored', async () => {
    const server = await serve(builder =>
      builder.route('/gut', body(rss([{...teaser(1, 'https://example.org/a'), content: `<p>${'Verhandlungen. '.repeat(50)}</p>`}]))).route('/kaputt', status(503, '7200')),
    );
    const {cache, follow, round} = setUp(server);
    const good = follow('/gut', 'Gut');
    const broken = follow('/kaputt', 'Kaputt');
    const reports = await round([broken, good]);
    expect(reports.map(report => report.feed.name)).toEqual(['Kaputt', 'Gut']);
    expect(reports[0]).toMatchObject({ok: false, result: expect.stringMatching(/^error: .*503/)});
    expect(reports[1]).toMatchObject({ok: true, result: 'new 1'});
    const state = cache.feeds().find(feed => feed.name === 'Kaputt')!;
    expect(state).toMatchObject({failureCount: 1, lastErrorAt: now.toISOString()});
    expect(state.lastError).toContain('503');
    // Retry-After: 7200 s is longer than the 10-minute interval.
    expect(state.nextPollAt).toBe(new Date(now.getTime() + 7_200_000).toISOString());
    // Full content in the feed: no page fetched, not a teaser.
    expect(cache.article(cache.latest({offset: 0, limit: 1})[0]!.id)).toMatchObject({teaserOnly: false});
    expect(server.requests.map(request => request.url)).not.toContain('/a');
  });

  it('stores an article two feeds carry once', async () => {
    const shared = teaser(1, 'https://example.org/artikel/1');
    const server = await serve(builder => builder.route('/eins', body(rss([shared]))).route('/zwei', body(rss([{...shared, guid: 'andere-guid'}]))));
    const {cache, follow, round} = setUp(server);
    const reports = await round([follow('/eins', 'Eins', 'never'), follow('/zwei', 'Zwei', 'never')]);
    expect(reports.map(report => report.added).reduce((sum, n) => sum + n)).toBe(1);
    expect(cache.countLatest({})).toBe(1);
    expect(cache.article(cache.latest({offset: 0, limit: 1})[0]!.id)?.feeds).toEqual(['Eins', 'Zwei']);
  });

  it('fetches no more feeds at once than allowed', async () => {
    let active = 0;
    let most = 0;
    const server = await serve(builder =>
      builder.route('/langsam', async (_request, response) => {
        active++;
        most = Math.max(most, active);
        await new Promise(resolve => setTimeout(resolve, 30));
        active--;
        response.end(rss([]));
      }),
    );
    const {cache, deps} = setUp(server);
    const feeds = Array.from({length: 6}, (_, n) => cache.ensureFeed({url: `${server.url('/langsam')}?n=${n}`, name: `F${n}`, intervalMinutes: 10, fulltext: 'auto'}, true));
    const reports = await pollRound(deps, {feeds, pollConcurrency: 2, pageConcurrency: 1, fetchPages: true, timeoutMs: 5000, maxBytes: 100_000});
    expect(reports.every(report => report.ok)).toBe(true);
    expect(most).toBe(2);
  });

  it('keeps many feeds in flight but no more than the per-host limit from one host:port', async () => {
    const slowRoute = (counter: {active: number; most: number}) => async (_request: unknown, response: {end(body: string): void}) => {
      counter.active++;
      counter.most = Math.max(counter.most, counter.active);
      await new Promise(resolve => setTimeout(resolve, 40));
      counter.active--;
      response.end(rss([]));
    };
    const first = {active: 0, most: 0};
    const second = {active: 0, most: 0};
    const one = await serve(builder => builder.route('/langsam', slowRoute(first)));
    const two = await serve(builder => builder.route('/langsam', slowRoute(second)));
    const {cache, deps} = setUp(one);
    const feedsOf = (server: RunningServer, name: string) =>
      Array.from({length: 10}, (_, n) => cache.ensureFeed({url: `${server.url('/langsam')}?n=${n}`, name: `${name}${n}`, intervalMinutes: 10, fulltext: 'never'}, true));
    const feeds = [...feedsOf(one, 'A'), ...feedsOf(two, 'B')];
    const reports = await pollRound(deps, {feeds, pollConcurrency: 32, hostConcurrency: 3, pageConcurrency: 1, fetchPages: false, timeoutMs: 5000, maxBytes: 100_000});
    expect(reports.every(report => report.ok)).toBe(true);
    // Both servers (two ports of one address) at their limit at the same time: 6 feeds in flight.
    expect([first.most, second.most]).toEqual([3, 3]);
  });

  it('skips parsing and storing when a site that ignores conditional GET sends the same body again', async () => {
    let document = rss([teaser(1, 'https://example.org/artikel/1')]);
    const server = await serve(builder => builder.route('/immer', (_request, response) => void response.end(document)));
    const {cache, deps, follow} = setUp(server);
    let parsed = 0;
    const counting: PollDeps = {...deps, parseFeed: (xml, url) => (parsed++, deps.parseFeed(xml, url))};
    const options = {pollConcurrency: 4, pageConcurrency: 1, fetchPages: false, timeoutMs: 5000, maxBytes: 100_000};
    const feed = follow('/immer', 'Immer', 'never');
    expect((await pollRound(counting, {...options, feeds: [feed]}))[0]).toMatchObject({ok: true, added: 1});
    expect((await pollRound(counting, {...options, feeds: cache.feeds()}))[0]).toMatchObject({ok: true, result: 'unchanged'});
    expect(parsed).toBe(1);
    // A changed body is parsed and stored as before.
    document = rss([teaser(1, 'https://example.org/artikel/1'), teaser(2, 'https://example.org/artikel/2')]);
    expect((await pollRound(counting, {...options, feeds: cache.feeds()}))[0]).toMatchObject({ok: true, added: 1, result: 'new 1'});
    expect(parsed).toBe(2);
    expect(cache.countLatest({})).toBe(2);
  });
});
