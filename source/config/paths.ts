import {homedir} from 'node:os';
import {join, resolve} from 'node:path';

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
