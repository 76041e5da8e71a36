// The light half of ingest.ts: settings, cache and a poller whose feed parser, page reader and
// extractor load their code on first use. A round that only gets 304 answers never loads them,
// which keeps `poll --once` on unchanged feeds near Node's own start-up time.
import {readSettings, type Settings} from '../config/settings-values.js';
import type {ArticleExtractors} from './ingest.js';
import type {PollDeps} from '../feeds/poller.js';
import {fetchResource} from '../net/fetch-resource.js';
import {PollCache, type PollStore} from '../store/poll-cache.js';
import type {CommandContext} from './context.js';

/** What `poll` opens: settings read without conf, and the cache without its article store (poll-cache.ts). */
export type Polling = {settings: Settings; cache: PollCache};

/** Reads the settings first: a broken config.json is reported before the cache is touched. */
export function openPolling(ctx: CommandContext): Polling {
  const settings = readSettings(ctx.paths.configDir);
  const cache = PollCache.open(ctx.paths.cacheFile);
  cache.syncFeeds(settings.feeds);
  return {settings, cache};
}

export function pollDeps(cache: PollStore, ctx: CommandContext): PollDeps {
  const parser = once(() => import('../feeds/parse.js'));
  const pageReader = once(() => import('../article/extract-page.js'));
  // ingest.ts holds the extractor (with the gazetteer and the user's own people), loaded once.
  const extractor = once(async (): Promise<ArticleExtractors> => (await import('./ingest.js')).articleExtractors(ctx));
  return {
    cache,
    fetch: fetchResource,
    parseFeed: async (xml, url) => (await parser()).parseFeed(xml, url),
    extractArticlePage: async (html, url) => (await pageReader()).extractArticlePage(html, url),
    extract: async input => (await extractor()).one(input),
    extractMany: async inputs => (await extractor()).many(inputs),
    loadExtractor: extractor,
    now: ctx.now,
  };
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}
