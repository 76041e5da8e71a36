// The settle at the end of a poll merges the late window again from the events the merge keeps in
// memory, not from a second reading of the cache. It must write exactly what reading the cache
// would, and fall back to reading whenever the kept events are not what the cache holds.
import {join} from 'node:path';
import Database from 'better-sqlite3';
import {afterEach, describe, expect, it} from 'vitest';
import type {Extraction, Meeting} from '../../source/extract/types.js';
import {Cache} from '../../source/store/cache.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {makeItem, makeMeeting, noFindings} from './make-item.js';

const tempDir = useTempDirs();
const now = new Date('2026-04-20T12:00:00Z');
const caches: Cache[] = [];
afterEach(() => {
  for (const cache of caches.splice(0)) cache.close();
});

const places: Array<[string | null, string | null]> = [['Genf', 'Schweiz'], ['Schweiz', 'Schweiz'], ['Riad', 'Saudi-Arabien'], ['Istanbul', 'Türkei'], [null, null]];
const people = [['USA', 'Ukraine'], ['USA', 'Russland'], ['Wolodymyr Selenskyj', 'Marco Rubio'], ['Steven Witkoff', 'Wladimir Putin'], []];
const statuses: Meeting['status'][] = ['proposed', 'planned', 'planned', 'ongoing', 'held', 'cancelled'];

/** Six weeks of our own articles, a few meetings each, at a few places: many events, many reports each. */
function articles(): Array<{guid: string; published: string; meetings: Meeting[]}> {
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  return Array.from({length: 90}, (_, i) => {
    const published = new Date(Date.UTC(2026, 2, 1) + i * 11 * 3_600_000).toISOString();
    const meetings = Array.from({length: 1 + next(2)}, (_, m) => {
      const [place, country] = places[next(places.length)]!;
      const day = next(3) === 0 ? null : new Date(Date.parse(published) + (next(12) - 3) * 86_400_000).toISOString().slice(0, 10);
      return makeMeeting({
        place,
        country,
        start: day,
        precision: day ? 'day' : 'unknown',
        status: statuses[next(statuses.length)]!,
        kind: next(5) === 0 ? 'call' : 'talks',
        participants: people[next(people.length)]!,
        evidence: `Bericht ${i}, Treffen ${m}: Die Delegationen beraten weiter.`,
      });
    });
    return {guid: `bericht-${i}`, published, meetings};
  });
}

/** A cache whose articles were analysed as a cold poll does: newest first, ten per transaction. */
function analysed(): Cache {
  const cache = Cache.open(join(tempDir(), 'cache.db'));
  caches.push(cache);
  const {id: feedId} = cache.ensureFeed({url: 'https://example.org/rss', name: 'Beispiel', intervalMinutes: 15, fulltext: 'never'}, true);
  const found = new Map<string, Extraction>();
  for (const {guid, published, meetings} of articles()) {
    const title = `Gespräche, Folge ${guid}`;
    found.set(title, {...noFindings, meetings});
    cache.storeArticles(feedId, [cache.prepareArticle({item: makeItem({guid, published, title}), page: null, teaserOnly: true}, 'Beispiel', now)], now);
  }
  for (let batch = cache.pendingArticles(10); batch.length > 0; batch = cache.pendingArticles(10)) {
    cache.saveAnalyses(
      batch.map(article => ({article, extraction: found.get(article.title)!})),
      now,
    );
  }
  return cache;
}

/** Another connection writes: the kept events may no longer be the cache's, so the settle reads the cache. */
function writeElsewhere(cache: Cache): void {
  const other = new Database(cache.db.name);
  other.exec('CREATE TABLE elsewhere (a); DROP TABLE elsewhere');
  other.close();
}

/** The meeting tables, ids and every column included. */
const tables = (cache: Cache) =>
  ['SELECT * FROM meetings ORDER BY id', 'SELECT * FROM meeting_reports ORDER BY article_id, idx', 'SELECT * FROM meeting_sources ORDER BY meeting_id, article_id'].map(sql =>
    cache.db.prepare(sql).all(),
  );

describe('settling the late window from the events kept in memory', () => {
  it('writes exactly what settling from the cache writes', () => {
    const [kept, read] = [analysed(), analysed()];
    expect(tables(kept)).toEqual(tables(read));
    writeElsewhere(read);
    expect(kept.settleLate(now)).toBe(true);
    expect(read.settleLate(now)).toBe(true);
    const result = tables(kept);
    expect(result[0]!.length).toBeGreaterThan(10);
    expect(result).toEqual(tables(read));
  });

  it('reads the cache when a report is gone from it that memory still holds', () => {
    const [kept, read] = [analysed(), analysed()];
    for (const cache of [kept, read]) cache.db.prepare('DELETE FROM meeting_reports WHERE article_id = (SELECT max(article_id) FROM meeting_reports)').run();
    writeElsewhere(read);
    kept.settleLate(now);
    read.settleLate(now);
    expect(tables(kept)).toEqual(tables(read));
  });

  it('reads the cache when another process changed what a report says', () => {
    const [kept, read] = [analysed(), analysed()];
    for (const cache of [kept, read]) {
      const other = new Database(cache.db.name);
      const changed = other.prepare(`UPDATE meeting_reports SET status = 'cancelled' WHERE (article_id, idx) = (SELECT article_id, idx FROM meeting_reports ORDER BY published DESC LIMIT 1)`).run();
      other.close();
      expect(changed.changes).toBe(1);
    }
    expect(kept.settleLate(now)).toBe(true);
    // Every report merged again, read from the cache: the window holds them all.
    read.settleEvents(now);
    expect(tables(kept)).toEqual(tables(read));
  });

  it('reads the cache when a report is under another event there than in memory', () => {
    const [kept, read] = [analysed(), analysed()];
    const move = `UPDATE meeting_reports SET meeting_id = (SELECT min(meeting_id) FROM meeting_reports)
      WHERE (article_id, idx) = (SELECT article_id, idx FROM meeting_reports WHERE meeting_id <> (SELECT min(meeting_id) FROM meeting_reports) ORDER BY published DESC LIMIT 1)`;
    for (const cache of [kept, read]) expect(cache.db.prepare(move).run().changes).toBe(1);
    writeElsewhere(read);
    kept.settleLate(now);
    read.settleLate(now);
    expect(tables(kept)).toEqual(tables(read));
  });
});
