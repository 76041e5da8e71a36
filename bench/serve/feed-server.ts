// The bench's news site on 127.0.0.1 (random port): N feeds × M generated items, article pages,
// ETag/Last-Modified with 304 answers, a switch to ignore conditional headers (a site that
// always resends), and optional slow feeds for the scale round.
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {generateArticle, type GeneratedArticle} from '../generate/prose.js';
import {renderArticlePage, renderFeed} from '../generate/render.js';

export type FeedSiteOptions = {
  seed: number;
  feeds: number;
  itemsPerFeed: number;
  /** Where items come from: generated prose by default, or e.g. real corpus articles (corpus-articles.ts). */
  source?: (feed: number, item: number) => GeneratedArticle;
  /** Distinguishes the ETags of two sites on one seed (generated and real text). */
  name?: string;
  /**
   * Ports to serve on (default 1): feed N is served on port N mod ports, as a list of many feeds
   * spreads over many sites. A poller's per-host:port limit applies to each port alone.
   */
  ports?: number;
};

export type RequestCounts = {feeds: number; notModified: number; pages: number; bytes: number};

export type FeedSite = {
  feedUrls: string[];
  /** When true, every feed request gets a full 200 answer whatever its validators say. */
  ignoreConditional: boolean;
  /** Milliseconds to hold back the answer for a feed (0: answer at once); switchable so set-up stays fast. */
  delayFor: (feed: number) => number;
  counts: RequestCounts;
  resetCounts(): void;
  close(): Promise<void>;
};

// One fixed modification time: the feeds never change during a bench run.
const lastModified = new Date(Date.UTC(2025, 11, 20, 20, 0, 0)).toUTCString();

export async function startFeedSite(options: FeedSiteOptions): Promise<FeedSite> {
  const feedXml = new Map<number, string>();
  const articles = (feed: number): GeneratedArticle[] =>
    Array.from({length: options.itemsPerFeed}, (_, item) => article(feed, item));
  const article = options.source ?? ((feed: number, item: number) => generateArticle(options.seed, feed, item));

  let origin = '';
  const site: FeedSite = {
    feedUrls: [],
    ignoreConditional: false,
    delayFor: () => 0,
    counts: {feeds: 0, notModified: 0, pages: 0, bytes: 0},
    resetCounts: () => {
      site.counts = {feeds: 0, notModified: 0, pages: 0, bytes: 0};
    },
    close: async () => {
      for (const server of servers) server.closeAllConnections();
      await Promise.all(servers.map(server => new Promise<void>(done => server.close(() => done()))));
    },
  };

  const send = (response: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}) => {
    site.counts.bytes += Buffer.byteLength(body);
    response.writeHead(status, {'content-type': type, ...headers});
    response.end(body);
  };

  const serveFeed = (request: IncomingMessage, response: ServerResponse, feed: number) => {
    site.counts.feeds++;
    const etag = `"bench-${options.name ?? 'prose'}-${options.seed}-${feed}-${options.itemsPerFeed}"`;
    const fresh = request.headers['if-none-match'] === etag || request.headers['if-modified-since'] === lastModified;
    if (fresh && !site.ignoreConditional) {
      site.counts.notModified++;
      response.writeHead(304, {etag, 'last-modified': lastModified});
      response.end();
      return;
    }
    send(response, 200, 'application/rss+xml; charset=utf-8', feedXml.get(feed) ?? '', {etag, 'last-modified': lastModified});
  };

  const route = (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const feedMatch = /^\/feed\/(\d+)\.xml$/.exec(path);
    const pageMatch = /^\/article\/(\d+)\/(\d+)\.html$/.exec(path);
    if (feedMatch && Number(feedMatch[1]) < options.feeds) {
      const feed = Number(feedMatch[1]);
      const delay = site.delayFor(feed);
      if (delay > 0) setTimeout(() => serveFeed(request, response, feed), delay).unref();
      else serveFeed(request, response, feed);
    } else if (pageMatch && Number(pageMatch[1]) < options.feeds && Number(pageMatch[2]) < options.itemsPerFeed) {
      site.counts.pages++;
      send(response, 200, 'text/html; charset=utf-8', renderArticlePage(article(Number(pageMatch[1]), Number(pageMatch[2]))));
    } else {
      send(response, 404, 'text/plain', 'not found\n');
    }
  };

  const servers = Array.from({length: options.ports ?? 1}, () => createServer(route));
  const origins: string[] = [];
  for (const server of servers) {
    await new Promise<void>(done => server.listen(0, '127.0.0.1', done));
    origins.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  }
  origin = origins[0]!;
  site.feedUrls = Array.from({length: options.feeds}, (_, feed) => `${origins[feed % origins.length]}/feed/${feed}.xml`);
  // Rendered before any measurement: the site's own work must not compete with the programs
  // being timed for the machine's two cores.
  for (let feed = 0; feed < options.feeds; feed++) {
    const links = {siteUrl: origin, articleUrl: (item: number) => `${origin}/article/${feed}/${item}.html`};
    feedXml.set(feed, renderFeed(`Bench-Nachrichten ${feed + 1}`, links, articles(feed), true));
  }
  return site;
}
