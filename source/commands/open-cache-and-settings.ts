// What the feeds command opens: the user's settings through conf (they may write
// them) and the whole cache. `poll` opens less (openPolling in open-ingest.ts).
import {SettingsFile, type Settings} from '../config/settings.js';
import {Cache} from '../store/cache.js';
import type {CommandContext} from './context.js';

export type Ingest = {settingsFile: SettingsFile; settings: Settings; cache: Cache};

/** Reads the settings first: a broken config.json is reported before the cache is touched. */
export function openIngest(ctx: CommandContext): Ingest {
  const settingsFile = SettingsFile.open(ctx.paths.configDir);
  const settings = settingsFile.read();
  const cache = Cache.open(ctx.paths.cacheFile);
  cache.syncFeeds(settings.feeds);
  return {settingsFile, settings, cache};
}
