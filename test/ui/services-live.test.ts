import Database from 'better-sqlite3';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {CommandContext} from '../../source/commands/context.js';
import {SettingsFile} from '../../source/config/settings.js';
import {type LiveServices, liveServices} from '../../source/ui/services-live.js';
import type {CacheChange} from '../../source/ui/services.js';
import {openUrl} from '../../source/ui/live/open-url.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {followOnly, writeFeed} from './local-feed.js';

const newTempDir = useTempDirs();
const opened: LiveServices[] = [];
afterEach(async () => {
  // Closing saves the close time: done before the test's folder is removed.
  for (const live of opened.splice(0)) await live.close();
});

function context(dir: string): CommandContext {
  return {paths: {configDir: dir, cacheFile: join(dir, 'cache.db')}, stdout: process.stdout, stderr: process.stderr, now: () => new Date()};
}

function openLive(dir: string, addFeed: (url: string) => Promise<void> = async () => {}): LiveServices {
  const live = liveServices(context(dir), {demo: false, schedule: false, addFeed, trackActor: async () => {}});
  opened.push(live);
  return live;
}

/** A data folder that follows one local feed of these items. */
function followedDir(
  items: Parameters<typeof writeFeed>[3] = [
    {slug: 'x1', title: 'Gespräche in Genf vertagt', hoursAgo: 1},
    {slug: 'x2', title: 'Kiew meldet neue Angriffe', hoursAgo: 2},
  ],
) {
  const dir = newTempDir();
  followOnly(dir, [{path: writeFeed(dir, 'feed.xml', 'Lokal', items), name: 'Lokal'}]);
  return dir;
}

describe('live services', () => {
  it('reports the analysis of the round\'s articles as it goes, and finishes the work a killed run left', async () => {
    const dir = followedDir([
      {slug: 'y1', title: 'Selenskyj trifft Trump in Genf', hoursAgo: 1},
      {slug: 'y2', title: 'Rubio spricht mit Lawrow', hoursAgo: 2},
    ]);
    const first = openLive(dir);
    const seen: Array<string | null> = [];
    first.services.subscribe(() => {
      const {analysis} = first.services.pollState();
      seen.push(analysis && `${analysis.analysed} of ${analysis.total}`);
    });
    await first.services.pollNow();
    expect(seen).toContain('2 of 2');
    expect(first.services.pollState().analysis).toBeNull();
    const tracked = () => first.services.actors(new Date()).filter(actor => !actor.suggested).map(actor => actor.id).sort();
    const found = tracked();
    expect(found).toEqual(expect.arrayContaining(['selenskyj', 'trump']));

    // A poll killed after storing, before analysing: the articles are readable, their findings not there yet.
    const other = new Database(join(dir, 'cache.db'));
    other.exec('DELETE FROM mentions; DELETE FROM suggestions; DELETE FROM meeting_sources; DELETE FROM meetings; UPDATE articles SET analysed = 0');
    other.close();
    await first.close();
    opened.splice(opened.indexOf(first), 1);

    // The dashboard opened next finishes the work in its first round, though no feed is due.
    const next = liveServices(context(dir), {demo: false, schedule: true, addFeed: async () => {}, trackActor: async () => {}});
    opened.push(next);
    expect(next.services.countLatest({})).toBe(2);
    const end = Date.now() + 10_000;
    while (next.services.actors(new Date()).filter(actor => !actor.suggested).length < found.length && Date.now() < end) await new Promise(resolve => setTimeout(resolve, 50));
    expect(next.services.actors(new Date()).filter(actor => !actor.suggested).map(actor => actor.id).sort()).toEqual(found);
  });

  it('settles in its first round the meetings a killed run merged out of order, though no feed is due', async () => {
    const dir = followedDir([
      {slug: 'z1', title: 'Selenskyj und Trump treffen sich am Freitag in Genf', hoursAgo: 1},
      {slug: 'z2', title: 'Trump und Selenskyj wollen sich am Freitag in Genf treffen', hoursAgo: 2},
    ]);
    const first = openLive(dir);
    await first.services.pollNow();
    const rows = () => first.services.meetingOrder(new Date()).ids.length;
    expect(rows()).toBe(1);
    await first.close();
    opened.splice(opened.indexOf(first), 1);

    // As a killed run may leave it: one meeting's reports on two rows, the settle still due.
    const other = new Database(join(dir, 'cache.db'));
    const [report] = other.prepare('SELECT meeting_id AS meetingId, article_id AS articleId FROM meeting_reports ORDER BY published LIMIT 1').all() as Array<{meetingId: number; articleId: number}>;
    other.prepare('INSERT INTO meetings (id, place, country, start, "end", precision, status, kind, participants, first_seen, updated, status_at, last_reported) SELECT 99, place, country, start, "end", precision, status, kind, participants, first_seen, updated, status_at, last_reported FROM meetings WHERE id = ?').run(report!.meetingId);
    other.prepare('UPDATE meeting_reports SET meeting_id = 99 WHERE article_id = ?').run(report!.articleId);
    other.prepare('UPDATE meeting_sources SET meeting_id = 99 WHERE article_id = ?').run(report!.articleId);
    other.prepare("INSERT INTO unsettled (id, since) VALUES (1, '2000-01-01T00:00:00.000Z')").run();
    other.close();

    const next = liveServices(context(dir), {demo: false, schedule: true, addFeed: async () => {}, trackActor: async () => {}});
    opened.push(next);
    const count = () => next.services.meetingOrder(new Date()).ids.length;
    expect(count()).toBe(2);
    const end = Date.now() + 10_000;
    while (count() > 1 && Date.now() < end) await new Promise(resolve => setTimeout(resolve, 50));
    expect(count()).toBe(1);
  });

  it('polls the followed feeds on request, reports the round to listeners and counts new articles', async () => {
    const {services} = openLive(followedDir());
    let changes = 0;
    services.subscribe(() => changes++);
    expect(services.countLatest({})).toBe(0);
    await services.pollNow();
    expect(services.latest({offset: 0, limit: 10}).map(article => article.title)).toEqual(['Gespräche in Genf vertagt', 'Kiew meldet neue Angriffe']);
    expect(services.countLatest({search: 'gesprache'})).toBe(1);
    expect(services.pollState()).toMatchObject({polling: false, newSinceStart: 2});
    expect(services.pollState().lastPoll).not.toBeNull();
    expect(changes).toBeGreaterThanOrEqual(2);
  });

  it('notices writes by another process, such as `talkwatch poll` in a second terminal', async () => {
    const dir = followedDir();
    const {services} = openLive(dir);
    await services.pollNow();
    const heard = new Promise<void>(resolve => services.subscribe(() => resolve()));
    const other = new Database(join(dir, 'cache.db'));
    other.prepare('UPDATE articles SET unread = 0').run();
    other.close();
    await heard;
    expect(services.latest({offset: 0, limit: 10}).every(article => !article.unread)).toBe(true);
  });

  it('marks an article read and tells the listeners once it is stored', async () => {
    const {services} = openLive(followedDir());
    await services.pollNow();
    const [first] = services.latest({offset: 0, limit: 1});
    const heard = new Promise<CacheChange>(resolve => services.subscribe(resolve));
    services.setUnread(first!.id, false);
    // Only read marks changed: the dashboard re-reads its rows, not the cache's counts.
    expect(await heard).toBe('read-marks');
    expect(services.latest({offset: 0, limit: 1})[0]).toMatchObject({id: first!.id, unread: false});
    expect(services.article(first!.id)?.unread).toBe(false);
  });

  it('marks an article read at once while a poll in another terminal holds the write lock, and stores the mark after it', async () => {
    const dir = followedDir();
    const {services} = openLive(dir);
    await services.pollNow();
    const [first] = services.latest({offset: 0, limit: 1});
    const other = new Database(join(dir, 'cache.db'));
    const stored = () => other.prepare('SELECT unread FROM articles WHERE id = ?').pluck().get(first!.id);
    other.exec('BEGIN IMMEDIATE');
    try {
      const heard = new Promise<CacheChange>(resolve => services.subscribe(resolve));
      const started = Date.now();
      services.setUnread(first!.id, false);
      const change = await Promise.race([heard, new Promise(resolve => setTimeout(() => resolve('nothing within 1 s'), 1000))]);
      expect(change).toBe('read-marks');
      expect(Date.now() - started).toBeLessThan(1000);
      expect(services.latest({offset: 0, limit: 1})[0]).toMatchObject({id: first!.id, unread: false});
      expect(services.article(first!.id)?.unread).toBe(false);
    } finally {
      other.exec('COMMIT');
    }
    const end = Date.now() + 5000;
    while (stored() !== 0 && Date.now() < end) await new Promise(resolve => setTimeout(resolve, 50));
    expect(stored()).toBe(0);
    other.close();
  });

  it('adds a feed through the given command, then fetches its articles at once', async () => {
    const dir = followedDir();
    const extra = writeFeed(dir, 'extra.xml', 'Extra', [{slug: 'y1', title: 'Gefangenenaustausch vereinbart', hoursAgo: 3}]);
    const settings = SettingsFile.open(dir);
    const {services} = openLive(dir, async url => settings.writeFeeds([...settings.read().feeds, {url, name: 'Extra', intervalMinutes: 15, fulltext: 'never'}]));
    await services.addFeed(`file://${extra}`);
    expect(services.feeds().map(feed => feed.name)).toContain('Extra');
    expect(services.latest({offset: 0, limit: 10}).map(article => article.title)).toContain('Gefangenenaustausch vereinbart');
  });

  it('gives the prompt back once the added feed is read, while its analysis goes on', async () => {
    const dir = followedDir();
    const extra = writeFeed(dir, 'extra.xml', 'Extra', [{slug: 'z1', title: 'Selenskyj trifft Trump in Genf', hoursAgo: 3}]);
    const settings = SettingsFile.open(dir);
    const {services} = openLive(dir, async url => settings.writeFeeds([...settings.read().feeds, {url, name: 'Extra', intervalMinutes: 15, fulltext: 'never'}]));
    const people = () => services.actors(new Date()).map(actor => actor.id);
    await services.addFeed(`file://${extra}`);
    expect(services.latest({offset: 0, limit: 10}).map(article => article.title)).toContain('Selenskyj trifft Trump in Genf');
    expect(people()).not.toContain('trump');
    // The round goes on behind the closed prompt; the next request waits for it.
    await services.pollNow();
    expect(people()).toContain('trump');
  });

  it('passes on a refused feed as the reason, adding nothing', async () => {
    const {services} = openLive(followedDir(), async url => {
      throw new Error(`cannot add ${url}: not a feed`);
    });
    await expect(services.addFeed('https://example.org/')).rejects.toThrow('cannot add https://example.org/: not a feed');
    expect(services.feeds()).toHaveLength(1);
  });
});

describe('what the dashboard remembers for its next start', () => {
  it('saves the meetings opened, the Latest view and the close time, even when closed before anything else loaded', async () => {
    const dir = followedDir();
    const first = liveServices(context(dir), {demo: false, schedule: false, addFeed: async () => {}, trackActor: async () => {}});
    first.services.markSeen(7);
    first.services.setLatestView('talks');
    expect(first.services.latestView()).toBe('talks');
    await first.close();

    const next = openLive(dir);
    expect(next.services.latestView()).toBe('talks');
    const follow = next.services.followState();
    expect(Object.keys(follow.seen ?? {})).toEqual(['7']);
    expect(follow.dashboardClosed).toBeDefined();
    expect(follow.dashboardClosed! >= follow.seen!['7']!).toBe(true);
    // The followed feeds are as the user wrote them: the view was added beside them.
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')).feeds).toHaveLength(1);
  });

  it('opens with no marks when follow.json is broken, and leaves the file as it was', async () => {
    const dir = followedDir();
    const broken = '{"dashboardClosed": "2026-01-01T00:00:00.000Z",';
    writeFileSync(join(dir, 'follow.json'), broken);
    const live = openLive(dir);
    expect(live.services.followState()).toEqual({});
    live.services.markSeen('all');
    live.warmUp();
    opened.splice(opened.indexOf(live), 1);
    await live.close();
    expect(readFileSync(join(dir, 'follow.json'), 'utf8')).toBe(broken);
  });
});

describe('opening links', () => {
  it('refuses anything but http(s) before starting a program', async () => {
    await expect(openUrl('javascript:alert(1)')).rejects.toThrow('not an http(s) link');
    await expect(openUrl('file:///etc/passwd')).rejects.toThrow('not an http(s) link');
  });
});
