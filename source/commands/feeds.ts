// `talkwatch feeds …`: follow, list, stop following, import and export feeds.
import {readFileSync} from 'node:fs';
import {UsageError} from '../config/errors.js';
import {SettingsFile} from '../config/settings.js';
import {parseOpml, toOpml} from '../feeds/opml.js';
import {parseFeed} from '../feeds/parse.js';
import type {FeedConfig} from '../feeds/types.js';
import {fetchResource} from '../net/fetch-resource.js';
import type {CommandContext, ExitCode} from './context.js';
import {feedLocation} from './feed-location.js';
import {openIngest} from './ingest.js';

type AddOptions = {name?: string; interval: string; fulltext: FeedConfig['fulltext']; check: boolean};

export async function addFeed(ctx: CommandContext, input: string, options: AddOptions): Promise<ExitCode> {
  const url = feedLocation(input);
  const intervalMinutes = Number(options.interval);
  if (!Number.isInteger(intervalMinutes) || intervalMinutes < 1) throw new UsageError(`--interval must be a whole number of minutes, got ${options.interval}`);
  const {settingsFile, settings, cache} = openIngest(ctx);
  try {
    if (settings.feeds.some(feed => feed.url === url)) throw new UsageError(`already following ${url}`);
    const checked = options.check ? await checkFeed(url, settings) : null;
    const name = options.name ?? checked?.title ?? url;
    const feed: FeedConfig = {url, name, intervalMinutes, fulltext: options.fulltext};
    settingsFile.writeFeeds([...settings.feeds, feed]);
    cache.ensureFeed(feed, true);
    // A feed read despite damage or a wrong charset label is followed, and the user told.
    ctx.stdout.write(`Following ${name} (${url})${checked?.note ? `; ${checked.note}` : ''}\n`);
    return 0;
  } finally {
    cache.close();
  }
}

/** Fetches and parses the feed once; its title and what had to be worked around, or a one-line refusal. */
async function checkFeed(url: string, limits: {timeoutMs: number; maxBytes: number}): Promise<{title: string | null; note: string | null} | null> {
  try {
    const response = await fetchResource(url, {timeoutMs: limits.timeoutMs, maxBytes: limits.maxBytes});
    if (response.status !== 'ok') return null;
    const parsed = await parseFeed(response.body, response.finalUrl);
    return {title: parsed.title, note: [response.charsetNote, parsed.note].filter(Boolean).join('; ') || null};
  } catch (error) {
    const reason = (error as {reason?: string}).reason ?? (error as Error).message;
    throw new UsageError(`cannot add ${url}: ${reason.split('\n')[0]}`);
  }
}

export async function listFeeds(ctx: CommandContext, options: {json?: boolean}): Promise<ExitCode> {
  const {cache} = openIngest(ctx);
  try {
    const feeds = cache.feeds();
    if (options.json) {
      ctx.stdout.write(`${JSON.stringify(feeds, null, 2)}\n`);
      return 0;
    }
    if (feeds.length === 0) ctx.stdout.write('No feeds followed. Add one with: talkwatch feeds add URL\n');
    for (const feed of feeds) {
      const state = feed.failureCount > 0 ? `error: ${feed.lastError}` : feed.lastSuccess ? `ok ${feed.lastSuccess}${feed.lastNote ? ` (${feed.lastNote})` : ''}` : 'not polled yet';
      ctx.stdout.write(`${feed.name}  ${feed.url}  every ${feed.intervalMinutes} min, fulltext ${feed.fulltext}  ${state}\n`);
    }
    return 0;
  } finally {
    cache.close();
  }
}

export async function removeFeed(ctx: CommandContext, target: string): Promise<ExitCode> {
  const {settingsFile, settings, cache} = openIngest(ctx);
  try {
    const wanted = target.trim().toLocaleLowerCase('de');
    const match = settings.feeds.find(feed => feed.url === target.trim() || feed.name.toLocaleLowerCase('de') === wanted);
    if (!match) throw new UsageError(`not following a feed with the URL or name "${target}" (see talkwatch feeds list)`);
    const remaining = settings.feeds.filter(feed => feed !== match);
    settingsFile.writeFeeds(remaining);
    cache.syncFeeds(remaining);
    ctx.stdout.write(`Stopped following ${match.name} (${match.url}); its articles stay in the cache\n`);
    return 0;
  } finally {
    cache.close();
  }
}

export async function importOpml(ctx: CommandContext, file: string): Promise<ExitCode> {
  let xml: string;
  try {
    xml = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  let entries: ReturnType<typeof parseOpml>;
  try {
    entries = parseOpml(xml);
  } catch (error) {
    throw new UsageError(`${file}: ${((error as {reason?: string}).reason ?? (error as Error).message).split('\n')[0]}`);
  }
  const {settingsFile, settings, cache} = openIngest(ctx);
  try {
    const known = new Set(settings.feeds.map(feed => feed.url));
    const added: FeedConfig[] = [];
    for (const entry of entries) {
      if (known.has(entry.url)) continue;
      known.add(entry.url);
      added.push({url: entry.url, name: entry.name ?? entry.url, intervalMinutes: 15, fulltext: 'auto'});
    }
    settingsFile.writeFeeds([...settings.feeds, ...added]);
    cache.syncFeeds([...settings.feeds, ...added]);
    ctx.stdout.write(`Imported ${added.length} feeds (${entries.length - added.length} already followed)\n`);
    return 0;
  } finally {
    cache.close();
  }
}

export async function exportOpml(ctx: CommandContext): Promise<ExitCode> {
  const {feeds} = SettingsFile.open(ctx.paths.configDir).read();
  const opml = toOpml(feeds, ctx.now());
  ctx.stdout.write(opml.endsWith('\n') ? opml : `${opml}\n`);
  return 0;
}
