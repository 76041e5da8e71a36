// `talkwatch --demo`: a throwaway data folder with two local feeds (the bundled n-tv snapshot
// and our own sample articles), so the dashboard opens offline and the user's cache and
// settings are never touched.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import type {CommandContext} from '../commands/context.js';
import {SettingsFile} from '../config/settings.js';
import {demoFeed} from './demo-feed.js';
import {ntvSnapshot} from './ntv-snapshot.js';

export type Demo = {ctx: CommandContext; cleanup(): void};

export function prepareDemo(ctx: CommandContext): Demo {
  const dir = mkdtempSync(join(tmpdir(), 'talkwatch-demo-'));
  const ntv = join(dir, 'ntv-startseite-2025-11-12.xml');
  const demo = join(dir, 'talkwatch-demo.xml');
  writeFileSync(ntv, ntvSnapshot);
  writeFileSync(demo, demoFeed(ctx.now()));
  // Full text only from the feeds themselves: the demo never fetches article pages.
  SettingsFile.open(dir).writeFeeds([
    {url: pathToFileURL(demo).href, name: 'Demo', intervalMinutes: 60, fulltext: 'never'},
    {url: pathToFileURL(ntv).href, name: 'n-tv', intervalMinutes: 60, fulltext: 'never'},
  ]);
  return {
    ctx: {...ctx, paths: {configDir: dir, cacheFile: join(dir, 'cache.db')}},
    cleanup: () => rmSync(dir, {recursive: true, force: true}),
  };
}
