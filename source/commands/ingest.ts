// What the feeds, poll, reindex and meetings commands open: the user's settings, the cache,
// and the real fetcher, parser, page reader and extractor for the poller.
import {extractArticlePage} from '../article/extract-page.js';
import {SettingsFile, type Settings} from '../config/settings.js';
import {readUserActors} from '../config/user-actors.js';
import {loadGazetteer} from '../extract/gazetteer.js';
import {extract} from '../extract/index.js';
import {isSameMeeting} from '../extract/merge.js';
import type {Extraction, ExtractInput} from '../extract/types.js';
import {parseFeed} from '../feeds/parse.js';
import type {PollDeps} from '../feeds/poller.js';
import {fetchResource} from '../net/fetch-resource.js';
import {Cache} from '../store/cache.js';
import type {CommandContext} from './context.js';

export type Ingest = {settingsFile: SettingsFile; settings: Settings; cache: Cache};

/** Reads the settings first: a broken config.json is reported before the cache is touched. */
export function openIngest(ctx: CommandContext): Ingest {
  const settingsFile = SettingsFile.open(ctx.paths.configDir);
  const settings = settingsFile.read();
  const cache = Cache.open(ctx.paths.cacheFile, sameMeeting);
  cache.syncFeeds(settings.feeds);
  return {settingsFile, settings, cache};
}

export function pollDeps(cache: Cache, ctx: CommandContext): PollDeps {
  return {cache, fetch: fetchResource, parseFeed, extractArticlePage, extract: articleExtractor(ctx), now: ctx.now};
}

/** The extractor that fills the cache, knowing the people the user added (`actors add`). */
export function articleExtractor(ctx: CommandContext): (input: ExtractInput) => Extraction {
  const gazetteer = loadGazetteer(readUserActors(ctx.paths.configDir));
  return input => extract(input, gazetteer);
}

/** When two reports are one meeting: the extractor's rule, the one every cache is opened with. */
export const sameMeeting = isSameMeeting;
