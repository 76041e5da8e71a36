import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {UsageError} from '../../source/config/errors.js';
import {SettingsFile} from '../../source/config/settings.js';
import {useTempDirs} from '../helpers/temp-dir.js';

const tempDir = useTempDirs();

function defaultsIn(dir: string): string {
  const file = join(dir, 'feeds.json');
  writeFileSync(file, JSON.stringify({feeds: [{name: 'n-tv', url: 'https://www.n-tv.de/rss', interval: 10}]}));
  return file;
}

describe('settings', () => {
  it('follows the default feeds on first run, with default polling limits', () => {
    const dir = tempDir();
    const settings = SettingsFile.open(dir, defaultsIn(dir)).read();
    expect(settings.feeds).toEqual([{name: 'n-tv', url: 'https://www.n-tv.de/rss', intervalMinutes: 10, fulltext: 'auto'}]);
    expect(settings).toMatchObject({retentionDays: null, pollConcurrency: 32, hostConcurrency: 8, pageConcurrency: 2});
  });

  it('keeps the user\'s feed list once written, even an empty one', () => {
    const dir = tempDir();
    const file = SettingsFile.open(dir, defaultsIn(dir));
    const own = {name: 'tagesschau', url: 'https://www.tagesschau.de/xml/rss2/', intervalMinutes: 15, fulltext: 'never' as const};
    file.writeFeeds([own]);
    expect(SettingsFile.open(dir, defaultsIn(dir)).read().feeds).toEqual([own]);
    file.writeFeeds([]);
    expect(SettingsFile.open(dir, defaultsIn(dir)).read().feeds).toEqual([]);
  });

  it('reports a corrupt config.json on one line naming it, and leaves it as it was', () => {
    const dir = tempDir();
    const path = join(dir, 'config.json');
    writeFileSync(path, '{"feeds": [\n');
    let error: unknown;
    try {
      SettingsFile.open(dir, defaultsIn(dir)).read();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).toContain('line 2');
    expect((error as Error).message.split('\n')).toHaveLength(1);
    expect(readFileSync(path, 'utf8')).toBe('{"feeds": [\n');
  });

  it('rejects settings of the wrong kind, naming the setting', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'config.json'), JSON.stringify({pollConcurrency: 0}));
    expect(() => SettingsFile.open(dir, defaultsIn(dir)).read()).toThrow(/"pollConcurrency" must be a whole number/);
    writeFileSync(join(dir, 'config.json'), JSON.stringify({feeds: [{url: 'https://a.example/rss'}]}));
    expect(() => SettingsFile.open(dir, defaultsIn(dir)).read()).toThrow(/feeds\[0\] \(https:\/\/a.example\/rss\) needs a "name"/);
  });
});
