// The light half of ingest.ts: settings, cache and a poller whose feed parser, page reader and
// extractor load their code on first use. A round that only gets 304 answers never loads them,
// which keeps `poll --once` on unchanged feeds near Node's own start-up time.
import {SettingsFile, type Settings} from '../config/settings.js';
import {isSameMeeting} from '../extract/merge.js';
import type {Extraction, ExtractInput} from '../extract/types.js';
import type {PollDeps} from '../feeds/poller.js';
import {fetchResource} from '../net/fetch-resource.js';
import {Cache} from '../store/cache.js';
import type {CommandContext} from './context.js';

export type Ingest = {settingsFile: SettingsFile; settings: Settings; cache: Cache};

/** When two reports are one meeting: the extractor's rule, the one every cache is opened with. */
export const sameMeeting = isSameMeeting;

/** Reads the settings first: a broken config.json is reported before the cache is touched. */
export function openIngest(ctx: CommandContext): Ingest {
  const settingsFile = SettingsFile.open(ctx.paths.configDir);
  const settings = settingsFile.read();
  const cache = Cache.open(ctx.paths.cacheFile, sameMeeting);
  cache.syncFeeds(settings.feeds);
  return {settingsFile, settings, cache};
}

export function pollDeps(cache: Cache, ctx: CommandContext): PollDeps {
  const parser = once(() => import('../feeds/parse.js'));
  const pageReader = once(() => import('../article/extract-page.js'));
  // ingest.ts holds the extractor (with the gazetteer and the user's own people), loaded once.
  const extractor = once(async (): Promise<(input: ExtractInput) => Extraction> => (await import('./ingest.js')).articleExtractor(ctx));
  return {
    cache,
    fetch: fetchResource,
    parseFeed: async (xml, url) => (await parser()).parseFeed(xml, url),
    extractArticlePage: async (html, url) => (await pageReader()).extractArticlePage(html, url),
    extract: async input => (await extractor())(input),
    now: ctx.now,
  };
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}
