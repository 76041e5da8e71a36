// What config.json holds and how it is checked, apart from conf: `poll` only reads the file,
// and loading conf (with ajv, which it imports whether or not a schema is used) costs ~20 ms
// of a round that otherwise takes ~150 ms. Writes still go through conf (settings.ts).
import {join} from 'node:path';
import type {FeedConfig} from '../feeds/types.js';
import {readConfFile} from './conf-guard.js';
import {UsageError} from './errors.js';
import {readFeedsFile, toFeedConfig} from './feeds-file.js';

export type Settings = {
  /** Followed feeds; the defaults of feeds.json until the user changes the list. */
  feeds: FeedConfig[];
  /** Delete articles older than this many days; null keeps everything. */
  retentionDays: number | null;
  /** Feeds in flight at once: network waits are not CPU (parsing and storing have limits of their own). */
  pollConcurrency: number;
  /** Feeds in flight at once from one host:port. */
  hostConcurrency: number;
  /** Feed bodies (estimated from their last size) in flight and waiting to be stored, in bytes. */
  maxBytesInFlight: number;
  /** Article pages fetched at once (kinder to one outlet's server than the feed limit). */
  pageConcurrency: number;
  timeoutMs: number;
  /** Largest feed or page accepted, in bytes. */
  maxBytes: number;
  /** What the dashboard's Latest shows: every article, or only those about the talks (`v`). */
  latestView: 'all' | 'talks';
  /** An iCalendar file of the meetings, rewritten after every poll (null: none). */
  icsFile: string | null;
  /** Alerts after a poll (`talkwatch alerts on|off`): bell, OSC 9, notify-send. */
  alerts: boolean;
  /** OSC 9 notifications also where the terminal is not known to show them. */
  alertOsc9: boolean;
};

/** config.json as stored: feeds under their stored names. */
export type StoredSettings = Partial<Omit<Settings, 'feeds'>> & {feeds?: Array<{url: string; name: string; interval: number; fulltext: string}>};

const defaults: Omit<Settings, 'feeds'> = {
  retentionDays: null,
  pollConcurrency: 32,
  hostConcurrency: 8,
  maxBytesInFlight: 32 * 1024 * 1024,
  pageConcurrency: 2,
  timeoutMs: 20_000,
  maxBytes: 10 * 1024 * 1024,
  latestView: 'all',
  icsFile: null,
  alerts: false,
  alertOsc9: false,
};

/** Where conf keeps the settings of a config folder. */
export const settingsPath = (configDir: string) => join(configDir, 'config.json');

/** The settings without loading conf (see readConfFile). */
export function readSettings(configDir: string, feedsFile?: string): Settings {
  const path = settingsPath(configDir);
  return checkSettings(readConfFile<StoredSettings>(path, 'the settings'), path, () => readFeedsFile(feedsFile));
}

/** Stored values over the defaults, checked; a wrong value is a UsageError naming the file. */
export function checkSettings(stored: StoredSettings, path: string, defaultFeeds: () => FeedConfig[]): Settings {
  const invalid = (problem: string) => new UsageError(`${path}: ${problem}`);
  const feeds = stored.feeds === undefined ? defaultFeeds() : checkFeeds(stored.feeds, path, invalid);
  const settings = {...defaults, ...stored, feeds};
  for (const key of ['pollConcurrency', 'hostConcurrency', 'maxBytesInFlight', 'pageConcurrency', 'timeoutMs', 'maxBytes'] as const) {
    if (!Number.isInteger(settings[key]) || settings[key] < 1) throw invalid(`"${key}" must be a whole number, 1 or more`);
  }
  if (settings.icsFile !== null && (typeof settings.icsFile !== 'string' || !settings.icsFile.trim())) throw invalid('"icsFile" must be a file path or null');
  for (const key of ['alerts', 'alertOsc9'] as const) if (typeof settings[key] !== 'boolean') throw invalid(`"${key}" must be true or false`);
  if (settings.latestView !== 'all' && settings.latestView !== 'talks') throw invalid('"latestView" must be "all" or "talks"');
  if (settings.retentionDays !== null && !(typeof settings.retentionDays === 'number' && settings.retentionDays > 0)) {
    throw invalid('"retentionDays" must be a number of days or null');
  }
  return settings;
}

function checkFeeds(feeds: unknown, path: string, invalid: (problem: string) => UsageError): FeedConfig[] {
  if (!Array.isArray(feeds)) throw invalid('"feeds" must be a list');
  return feeds.map((entry: unknown, index) => toFeedConfig(entry, `${path}: feeds[${index}]`));
}
