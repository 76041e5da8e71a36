// `poll` reads config.json without conf; it must see exactly what conf-backed SettingsFile sees.
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {SettingsFile} from '../../source/config/settings.js';
import {readSettings} from '../../source/config/settings-values.js';
import {useTempDirs} from '../helpers/temp-dir.js';

const tempDir = useTempDirs();

function defaultsIn(dir: string): string {
  const file = join(dir, 'feeds.json');
  writeFileSync(file, JSON.stringify({feeds: [{name: 'n-tv', url: 'https://www.n-tv.de/rss', interval: 10}]}));
  return file;
}

/** The outcome of a read: the settings, or the error's message. */
function outcome(read: () => unknown): unknown {
  try {
    return read();
  } catch (error) {
    return `${(error as Error).constructor.name}: ${(error as Error).message}`;
  }
}

describe('reading the settings without conf', () => {
  it('reads what conf wrote', () => {
    const dir = tempDir();
    const feeds = defaultsIn(dir);
    const own = {name: 'tagesschau', url: 'https://www.tagesschau.de/xml/rss2/', intervalMinutes: 15, fulltext: 'never' as const};
    SettingsFile.open(dir, feeds).writeFeeds([own]);
    writeFileSync(join(dir, 'config.json'), JSON.stringify({...JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')), retentionDays: 30}));
    expect(readSettings(dir, feeds)).toEqual(SettingsFile.open(dir, feeds).read());
    expect(readSettings(dir, feeds)).toMatchObject({feeds: [own], retentionDays: 30, pollConcurrency: 32});
  });

  it('on first run follows the default feeds and creates the config folder, as conf does', () => {
    const dir = tempDir();
    const configDir = join(dir, 'fresh', 'config');
    expect(readSettings(configDir, defaultsIn(dir)).feeds).toEqual([{name: 'n-tv', url: 'https://www.n-tv.de/rss', intervalMinutes: 10, fulltext: 'auto'}]);
    expect(existsSync(configDir)).toBe(true);
    expect(existsSync(join(configDir, 'config.json'))).toBe(false);
  });

  it.each([
    ['broken JSON', '{"feeds": [\n'],
    ['a wrong value', JSON.stringify({pageConcurrency: 1.5})],
    ['a feed without a name', JSON.stringify({feeds: [{url: 'https://a.example/rss'}]})],
    ['feeds that are no list', JSON.stringify({feeds: 'https://a.example/rss'})],
    ['JSON null', 'null'],
  ])('says the same as conf about %s, and leaves the file as it was', (_, text) => {
    const dir = tempDir();
    const feeds = defaultsIn(dir);
    const path = join(dir, 'config.json');
    writeFileSync(path, text);
    expect(outcome(() => readSettings(dir, feeds))).toEqual(outcome(() => SettingsFile.open(dir, feeds).read()));
    expect(readFileSync(path, 'utf8')).toBe(text);
  });
});
