// The user's settings in config.json (via conf): followed feeds and how polling behaves.
// A broken file is reported, never reset: it may hold feeds the user collected by hand.
import {join} from 'node:path';
import Conf from 'conf';
import type {FeedConfig} from '../feeds/types.js';
import {guardConfFile} from './conf-guard.js';
import {UsageError} from './errors.js';
import {readFeedsFile, toFeedConfig} from './feeds-file.js';

export type Settings = {
  /** Followed feeds; the defaults of feeds.json until the user changes the list. */
  feeds: FeedConfig[];
  /** Delete articles older than this many days; null keeps everything. */
  retentionDays: number | null;
  /** Feeds fetched at once. */
  pollConcurrency: number;
  /** Article pages fetched at once (kinder to one outlet's server than the feed limit). */
  pageConcurrency: number;
  timeoutMs: number;
  /** Largest feed or page accepted, in bytes. */
  maxBytes: number;
};

type Stored = Partial<Omit<Settings, 'feeds'>> & {feeds?: Array<{url: string; name: string; interval: number; fulltext: string}>};

const defaults: Omit<Settings, 'feeds'> = {
  retentionDays: null,
  pollConcurrency: 4,
  pageConcurrency: 2,
  timeoutMs: 20_000,
  maxBytes: 10 * 1024 * 1024,
};

export class SettingsFile {
  private constructor(
    private readonly conf: Conf<Stored>,
    readonly path: string,
    private readonly defaultFeeds: () => FeedConfig[],
  ) {}

  /** `feedsFile` is for tests; normally the package's feeds.json. */
  static open(configDir: string, feedsFile?: string): SettingsFile {
    const path = join(configDir, 'config.json');
    const conf = guardConfFile(path, 'the settings', () => new Conf<Stored>({configName: 'config', cwd: configDir, clearInvalidConfig: false}));
    return new SettingsFile(conf, path, () => readFeedsFile(feedsFile));
  }

  read(): Settings {
    const stored = guardConfFile(this.path, 'the settings', () => this.conf.store);
    const feeds = stored.feeds === undefined ? this.defaultFeeds() : this.checkFeeds(stored.feeds);
    const settings = {...defaults, ...stored, feeds};
    for (const key of ['pollConcurrency', 'pageConcurrency', 'timeoutMs', 'maxBytes'] as const) {
      if (!Number.isInteger(settings[key]) || settings[key] < 1) throw this.invalid(`"${key}" must be a whole number, 1 or more`);
    }
    if (settings.retentionDays !== null && !(typeof settings.retentionDays === 'number' && settings.retentionDays > 0)) {
      throw this.invalid('"retentionDays" must be a number of days or null');
    }
    return settings;
  }

  /** Replaces the followed feeds (from then on the defaults no longer apply). */
  writeFeeds(feeds: FeedConfig[]): void {
    const stored = feeds.map(({url, name, intervalMinutes, fulltext}) => ({url, name, interval: intervalMinutes, fulltext}));
    guardConfFile(this.path, 'the settings', () => this.conf.set('feeds', stored));
  }

  private checkFeeds(feeds: unknown): FeedConfig[] {
    if (!Array.isArray(feeds)) throw this.invalid('"feeds" must be a list');
    return feeds.map((entry: unknown, index) => toFeedConfig(entry, `${this.path}: feeds[${index}]`));
  }

  private invalid(problem: string): UsageError {
    return new UsageError(`${this.path}: ${problem}`);
  }
}
