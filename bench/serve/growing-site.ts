// The soak's news site: N feeds on 127.0.0.1 that grow while the soak runs, `itemsPerMinute`
// new items a minute in total, item k going to feed k mod N, after a first batch of
// `firstBatch` items that are there from the start (so the dashboard has a list to move in at
// once). Each feed answers with all its items so far, newest first, with an ETag per version
// and 304s.
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {generateArticle} from '../generate/prose.js';
import {renderFeed} from '../generate/render.js';

export type GrowingSite = {
  feedUrls: string[];
  /** Serves the first batch and starts adding items (the feeds are empty until then). */
  start(): void;
  /** Stops adding: what was served so far stays. */
  stop(): void;
  /** Items added so far (all of them are in the feeds). */
  served(): number;
  close(): Promise<void>;
};

export async function startGrowingSite(options: {seed: number; feeds: number; itemsPerMinute: number; firstBatch?: number}): Promise<GrowingSite> {
  let added = 0;
  let timer: NodeJS.Timeout | null = null;
  const itemsOf = (feed: number) => Math.floor((added - feed + options.feeds - 1) / options.feeds);
  const server = createServer((request, response) => {
    const match = /^\/soak\/(\d+)\.xml$/.exec(request.url ?? '');
    const feed = match ? Number(match[1]) : -1;
    if (feed < 0 || feed >= options.feeds) return void response.writeHead(404).end();
    const count = itemsOf(feed);
    const etag = `"soak-${feed}-${count}"`;
    if (request.headers['if-none-match'] === etag) return void response.writeHead(304, {etag}).end();
    // Newest first; item n of this feed is site item n × feeds + feed, with its own guid and link.
    const articles = Array.from({length: count}, (_, index) => {
      const n = count - 1 - index;
      const article = generateArticle(options.seed, feed, n, Date.UTC(2025, 11, 20, 8) + n * 60_000);
      return {...article, guid: `soak-${feed}-${n}`};
    });
    const links = {siteUrl: origin, articleUrl: (index: number) => `${origin}/soak/${feed}/${count - 1 - index}.html`};
    response.writeHead(200, {'content-type': 'application/rss+xml; charset=utf-8', etag}).end(renderFeed(`Soak ${feed + 1}`, links, articles, true));
  });
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = null;
  };
  return {
    feedUrls: Array.from({length: options.feeds}, (_, feed) => `${origin}/soak/${feed}.xml`),
    start() {
      if (timer) return;
      added += options.firstBatch ?? 0;
      timer = setInterval(() => added++, 60_000 / options.itemsPerMinute);
    },
    stop,
    served: () => added,
    async close() {
      stop();
      server.closeAllConnections();
      await new Promise<void>(done => server.close(() => done()));
    },
  };
}
