// The user's settings in config.json (via conf): followed feeds and how polling behaves.
// A broken file is reported, never reset: it may hold feeds the user collected by hand.
import Conf from 'conf';
import type {FeedConfig} from '../feeds/types.js';
import {guardConfFile} from './conf-guard.js';
import {readFeedsFile} from './feeds-file.js';
import {checkSettings, settingsPath, type Settings, type StoredSettings} from './settings-values.js';

export {readSettings, type Settings} from './settings-values.js';

export class SettingsFile {
  private constructor(
    private readonly conf: Conf<StoredSettings>,
    readonly path: string,
    private readonly defaultFeeds: () => FeedConfig[],
  ) {}

  /** `feedsFile` is for tests; normally the package's feeds.json. */
  static open(configDir: string, feedsFile?: string): SettingsFile {
    const path = settingsPath(configDir);
    const conf = guardConfFile(path, 'the settings', () => new Conf<StoredSettings>({configName: 'config', cwd: configDir, clearInvalidConfig: false}));
    return new SettingsFile(conf, path, () => readFeedsFile(feedsFile));
  }

  read(): Settings {
    const stored = guardConfFile(this.path, 'the settings', () => this.conf.store);
    return checkSettings(stored, this.path, this.defaultFeeds);
  }

  /** Remembers one of the dashboard's choices (the Latest view) for the next start. */
  writeLatestView(view: Settings['latestView']): void {
    guardConfFile(this.path, 'the settings', () => this.conf.set('latestView', view));
  }

  /** Turns alerts on or off; `osc9` also asks for OSC 9 where the terminal is not known to show it. */
  writeAlerts(on: boolean, osc9?: boolean): void {
    guardConfFile(this.path, 'the settings', () => {
      this.conf.set('alerts', on);
      if (osc9 !== undefined) this.conf.set('alertOsc9', osc9);
    });
  }

  /** Replaces the followed feeds (from then on the defaults no longer apply). */
  writeFeeds(feeds: FeedConfig[]): void {
    const stored = feeds.map(({url, name, intervalMinutes, fulltext}) => ({url, name, interval: intervalMinutes, fulltext}));
    guardConfFile(this.path, 'the settings', () => this.conf.set('feeds', stored));
  }
}
