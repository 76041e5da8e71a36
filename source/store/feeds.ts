// Feed rows: the followed feeds' configuration mirrored from the settings, plus poll state.
import type {FeedConfig} from '../feeds/types.js';
import type {Db} from './open-cache.js';
import type {FeedRow} from './types.js';

const columns = `id, url, name, interval_minutes AS intervalMinutes, fulltext, etag, last_modified AS lastModified,
  last_polled AS lastPolled, last_success AS lastSuccess, last_error AS lastError, last_error_at AS lastErrorAt,
  failure_count AS failureCount, next_poll_at AS nextPollAt, ttl_minutes AS ttlMinutes, last_note AS lastNote,
  body_hash AS bodyHash, body_bytes AS bodyBytes`;

/** The outcome of one poll of one feed. */
export type PollRecord =
  | {
      ok: true;
      at: string;
      nextPollAt: string;
      etag?: string | null;
      lastModified?: string | null;
      ttlMinutes?: number | null;
      /** What had to be worked around (damaged XML, a wrong charset label); undefined keeps the last note. */
      note?: string | null;
      /** The body's hash and size, recorded once its articles are stored. */
      bodyHash?: string | null;
      bodyBytes?: number | null;
    }
  | {ok: false; at: string; nextPollAt: string; reason: string};

/**
 * Makes the cache's followed feeds match the settings: adds new ones, updates changed ones,
 * and marks removed ones unfollowed (their articles stay). Poll state is kept.
 */
export function syncFeeds(db: Db, feeds: FeedConfig[]): void {
  // Most starts change nothing. Writing anyway would take the write lock on every `poll` and every
  // start of the dashboard: a poll in another terminal holds it while it stores, and the
  // dashboard's first frame would wait for it.
  if (feedsMatch(db, feeds)) return;
  db.transaction(() => {
    db.prepare('UPDATE feeds SET followed = 0').run();
    for (const feed of feeds) ensureFeed(db, feed, true);
  }).immediate();
}

/** Whether the cache's feed rows already say what the settings say: the same followed feeds, each as configured. */
function feedsMatch(db: Db, feeds: FeedConfig[]): boolean {
  type Row = {url: string; name: string; intervalMinutes: number; fulltext: string; followed: number};
  const rows = db.prepare('SELECT url, name, interval_minutes AS intervalMinutes, fulltext, followed FROM feeds').all() as Row[];
  const byUrl = new Map(rows.map(row => [row.url, row]));
  const wanted = new Set<string>();
  for (const feed of feeds) {
    const row = byUrl.get(feed.url);
    if (!row || row.followed !== 1 || row.name !== feed.name || row.intervalMinutes !== feed.intervalMinutes || row.fulltext !== feed.fulltext) return false;
    wanted.add(feed.url);
  }
  return rows.every(row => row.followed === 0 || wanted.has(row.url));
}

/** The feed's row, created when new. `followed` false: polled once with --feed, not listed. */
export function ensureFeed(db: Db, feed: FeedConfig, followed: boolean): FeedRow {
  db.prepare(
    `INSERT INTO feeds (url, name, interval_minutes, fulltext, followed) VALUES (@url, @name, @intervalMinutes, @fulltext, @followed)
     ON CONFLICT (url) DO UPDATE SET name = @name, interval_minutes = @intervalMinutes, fulltext = @fulltext,
       followed = max(followed, @followed)`,
  ).run({...feed, followed: followed ? 1 : 0});
  return db.prepare(`SELECT ${columns} FROM feeds WHERE url = ?`).get(feed.url) as FeedRow;
}

export function followedFeeds(db: Db): FeedRow[] {
  return db.prepare(`SELECT ${columns} FROM feeds WHERE followed = 1 ORDER BY name`).all() as FeedRow[];
}

export function recordPoll(db: Db, feedId: number, record: PollRecord): void {
  if (record.ok) {
    db.prepare(
      // A feed that answers again is no longer failing: the status bar reads last_error as "failing now".
      `UPDATE feeds SET last_polled = @at, last_success = @at, failure_count = 0, next_poll_at = @nextPollAt, last_error = NULL,
         etag = coalesce(@etag, etag), last_modified = coalesce(@lastModified, last_modified),
         ttl_minutes = coalesce(@ttlMinutes, ttl_minutes), body_hash = coalesce(@bodyHash, body_hash),
         body_bytes = coalesce(@bodyBytes, body_bytes),
         -- A poll without a note to give (a 304 answer) leaves the last one; null clears it.
         last_note = CASE WHEN @keepNote THEN last_note ELSE @note END
       WHERE id = @id`,
    ).run({
      etag: null, lastModified: null, ttlMinutes: null, bodyHash: null, bodyBytes: null, ...record,
      note: record.note ?? null, keepNote: record.note === undefined ? 1 : 0, ok: 1, id: feedId,
    });
  } else {
    db.prepare(
      `UPDATE feeds SET last_polled = @at, last_error = @reason, last_error_at = @at, failure_count = failure_count + 1,
         next_poll_at = @nextPollAt WHERE id = @id`,
    ).run({at: record.at, reason: record.reason, nextPollAt: record.nextPollAt, id: feedId});
  }
}
