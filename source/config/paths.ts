import {statSync} from 'node:fs';
import {homedir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {UsageError} from './errors.js';

/** Where talkwatch keeps its settings (conf's config.json) and its SQLite cache. */
export type DataPaths = {
  /** Folder of config.json (settings, added feeds, user gazetteer). */
  configDir: string;
  /** The SQLite cache file. */
  cacheFile: string;
};

/**
 * `--data-dir DIR` or TALKWATCH_HOME put config and cache in one folder (tests always do);
 * otherwise the XDG folders: ~/.config/talkwatch and ~/.local/share/talkwatch.
 */
export function resolveDataPaths(dataDir: string | undefined, env: NodeJS.ProcessEnv = process.env): DataPaths {
  const single = dataDir ?? env['TALKWATCH_HOME'];
  if (single) {
    const dir = resolve(single);
    return {configDir: dir, cacheFile: join(dir, 'cache.db')};
  }
  const home = homedir();
  const config = env['XDG_CONFIG_HOME'] || join(home, '.config');
  const data = env['XDG_DATA_HOME'] || join(home, '.local', 'share');
  return {configDir: join(config, 'talkwatch'), cacheFile: join(data, 'talkwatch', 'cache.db')};
}

/**
 * Fails with one line when a folder talkwatch keeps its files in is a file (a mistyped
 * `--data-dir`, a TALKWATCH_HOME pointing at the cache file itself). Without it each command
 * failed its own way: an error about config.json for some, a stack trace from creating the cache
 * folder for others. A folder that does not exist yet is fine: it is created on first write.
 */
export function checkDataFolders(paths: DataPaths): void {
  for (const folder of new Set([paths.configDir, dirname(paths.cacheFile)])) {
    const stats = statSync(folder, {throwIfNoEntry: false});
    if (stats && !stats.isDirectory()) {
      throw new UsageError(`${folder} is a file, not a folder: talkwatch keeps its settings and cache in a folder (choose another with --data-dir)`);
    }
  }
}
