// A feed full of terminal escapes, C1 controls, bidi overrides and NUL bytes: after a poll none of
// it is in the cache, none of it reaches a rendered frame, and links only open as http(s),
// handed to the browser opener as one argument without a shell.
import {chmodSync, existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {resolveDataPaths} from '../../source/config/paths.js';
import {Cache} from '../../source/store/cache.js';
import {openUrl} from '../../source/ui/live/open-url.js';
import {liveServices, type LiveServices} from '../../source/ui/services-live.js';
import {hostileStrings, startFaultServer} from '../helpers/fault-server.js';
import type {RunningServer} from '../helpers/feed-server.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {keys, renderDashboard} from '../ui/render-dashboard.js';
import {inspect, storedStrings, terminalControl, visible} from './cache-checks.js';
import {realRound} from './poll-round.js';

const tempDir = useTempDirs();
let server: RunningServer;
let dataDir: string;
let live: LiveServices | undefined;

beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
afterEach(async () => {
  await live?.close();
  live = undefined;
});

/** A data dir whose cache holds the hostile feed, polled the way `poll --once` does. */
async function pollHostileFeed(): Promise<string> {
  dataDir = tempDir();
  const feeds = [{url: server.url('/hostile'), name: 'Feindlich', interval: 15, fulltext: 'auto'}];
  writeFileSync(join(dataDir, 'config.json'), JSON.stringify({feeds}));
  const cache = Cache.open(resolveDataPaths(dataDir).cacheFile);
  cache.syncFeeds([{url: server.url('/hostile'), name: 'Feindlich', intervalMinutes: 15, fulltext: 'auto'}]);
  const [report] = await realRound(cache, cache.feeds(), {timeoutMs: 5000, maxBytes: 1024 * 1024});
  expect(report).toMatchObject({ok: true, added: Object.keys(hostileStrings).length + 4});
  cache.close();
  return resolveDataPaths(dataDir).cacheFile;
}

function openLive(): LiveServices {
  const ctx = {paths: resolveDataPaths(dataDir), stdout: process.stdout, stderr: process.stderr, now: () => new Date()};
  live = liveServices(ctx, {demo: false, schedule: false, addFeed: async () => {}, trackActor: async () => {}});
  return live;
}

describe('a feed carrying terminal control sequences', () => {
  it('leaves no control character in any stored string, but keeps the readable text', async () => {
    const cacheFile = await pollHostileFeed();
    const strings = inspect(cacheFile, storedStrings);
    const dirty = strings.filter(({value}) => terminalControl.test(value)).map(({table, column, value}) => `${table}.${column}: ${visible(value)}`);
    expect(dirty).toEqual([]);
    const titles = strings.filter(({table, column}) => table === 'articles' && column === 'title').map(({value}) => value);
    expect(titles).toEqual(expect.arrayContaining([expect.stringContaining('hier klicken'), expect.stringContaining('Moskau')]));
    // OSC payloads (a link target, clipboard text, a window title) go with their sequence. Links
    // keep them percent-encoded (%1B is printable), so only the text columns are checked here.
    const text = strings.filter(({column}) => !/url/.test(column)).map(({value}) => value);
    expect(text.join('\n')).not.toMatch(/evil\.example|cm0gLXJmIH4K|gekapert/);
  });

  it('stores only http(s) links: javascript:, file: and data: links are dropped', async () => {
    const cacheFile = await pollHostileFeed();
    const urls = inspect(cacheFile, db => db.prepare('SELECT url FROM articles UNION SELECT canonical_url FROM articles').pluck().all() as Array<string | null>);
    const stored = urls.filter((url): url is string => url !== null);
    expect(stored.length).toBeGreaterThan(0);
    for (const url of stored) expect(new URL(url).protocol, url).toMatch(/^https?:$/);
  });

  it('never draws a control character, in the lists or in any article opened from them', async () => {
    await pollHostileFeed();
    const {services} = openLive();
    const count = services.countLatest({});
    const dashboard = await renderDashboard(services, {columns: 120, rows: 30});
    for (let index = 0; index < count; index++) {
      await dashboard.press(keys.enter);
      await dashboard.press('j', ' ', 'G');
      await dashboard.press(keys.escape, 'j');
    }
    await dashboard.press('2', '3', '?', keys.escape, keys.tab);
    const frames = dashboard.frames.join('\n');
    expect(frames).toContain('hier klicken');
    expect(visible(frames.match(new RegExp(`.*${terminalControl.source}.*`))?.[0] ?? '')).toBe('');
    dashboard.unmount();
  });
});

describe('opening a link', () => {
  const fakeOpener = () => {
    // A stand-in for xdg-open on PATH that records the arguments it was given, one per line.
    const dir = tempDir();
    const log = join(dir, 'calls.log');
    writeFileSync(join(dir, 'xdg-open'), `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a" >> '${log}'; done\n`);
    chmodSync(join(dir, 'xdg-open'), 0o755);
    const path = process.env['PATH'];
    process.env['PATH'] = `${dir}:${path}`;
    return {log, dir, restore: () => (process.env['PATH'] = path)};
  };

  it('refuses javascript:, file: and data: links and passes shell metacharacters as one plain argument', async () => {
    const opener = fakeOpener();
    try {
      for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<b>x</b>', '\u001B]8;;https://x.example\u0007']) {
        await expect(openUrl(bad, 'linux'), bad).rejects.toThrow(/not an http\(s\) link/);
      }
      const marker = join(opener.dir, 'pwned');
      const tricky = `https://a.example/$(touch ${marker});\`touch ${marker}\`|sh&x=1`;
      await openUrl(tricky, 'linux');
      // The opener runs detached: wait for its record.
      for (let tries = 0; tries < 100 && !existsSync(opener.log); tries++) await new Promise(resolve => setTimeout(resolve, 20));
      const calls = readFileSync(opener.log, 'utf8').trimEnd().split('\n');
      expect(calls).toEqual([new URL(tricky).href]);
      expect(existsSync(marker)).toBe(false);
    } finally {
      opener.restore();
    }
  });
});
