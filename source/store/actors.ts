// The Actors pane: who was named today, this week, and how the last two weeks looked.
import {berlinDay} from './berlin-day.js';
import type {Db} from './open-cache.js';
import type {ActorSummary} from './types.js';

const seriesDays = 14;

type DayCount = {key: string; name: string; role: string | null; side: ActorSummary['side']; day: string; n: number};

/**
 * Tracked people first, by mentions this week; then people the extractor suggests. When nobody
 * was named in the last 14 days (a cache of old articles), everybody the cache names, by last
 * mention: their counts are all zero, which the pane reads as "nobody named lately".
 * Without `times`, lastSeen is the day of the last mention and firstSeen null: the probes for
 * the times (one or two per person) are left out where only names and counts are shown.
 */
export function actorSummaries(db: Db, now: Date, times = true): ActorSummary[] {
  const from = berlinDay(now, -(seriesDays - 1));
  // Per-day sums kept by triggers (see migrations.ts): one row per person and day.
  const tracked = db
    .prepare('SELECT actor_id AS key, name, role, side, day, n FROM actor_days WHERE day >= ? ORDER BY day')
    .all(from) as DayCount[];
  const suggested = db
    .prepare(
      `SELECT name AS key, name, NULL AS role, NULL AS side, day, n FROM suggestion_days
       WHERE day >= ? AND name NOT IN (SELECT name FROM actor_days WHERE day >= ?) ORDER BY day`,
    )
    .all(from, from) as DayCount[];
  if (tracked.length === 0 && suggested.length === 0) return wholeCache(db, now);
  const actors = [...summarise(tracked, now, false), ...summarise(suggested, now, true)];
  return times ? withLastSeen(db, actors) : actors;
}

/** Everybody the cache names, last mentioned first (only called when the last 14 days name nobody). */
function wholeCache(db: Db, now: Date): ActorSummary[] {
  // The row of each person's last day (SQLite takes the bare columns from the max() row).
  const tracked = db.prepare('SELECT actor_id AS key, name, role, side, max(day) AS day, 0 AS n FROM actor_days GROUP BY actor_id').all() as DayCount[];
  const suggested = db
    .prepare('SELECT name AS key, name, NULL AS role, NULL AS side, max(day) AS day, 0 AS n FROM suggestion_days WHERE name NOT IN (SELECT name FROM actor_days) GROUP BY name')
    .all() as DayCount[];
  const byLastSeen = (a: ActorSummary, b: ActorSummary) => (b.lastSeen ?? '').localeCompare(a.lastSeen ?? '') || a.name.localeCompare(b.name, 'de');
  return [...withLastSeen(db, summarise(tracked, now, false)).sort(byLastSeen), ...withLastSeen(db, summarise(suggested, now, true)).sort(byLastSeen)];
}

/**
 * First seen is the first day the cache names them.
 * Last seen is the time of the latest article that names the person, not their last day:
 * the pane then says "1 h ago" as Latest does for that article. Looked up on that day only
 * (index on person and day), so it costs one probe per person however large the cache.
 */
function withLastSeen(db: Db, actors: ActorSummary[]): ActorSummary[] {
  const trackedTime = db.prepare('SELECT max(a.sort_time) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.actor_id = ? AND m.day = ?').pluck();
  const suggestedTime = db.prepare('SELECT max(a.sort_time) FROM suggestions s JOIN articles a ON a.id = s.article_id WHERE s.day = ? AND s.name = ?').pluck();
  // First named: one probe into each per-day table's primary key.
  const trackedFirst = db.prepare('SELECT min(day) FROM actor_days WHERE actor_id = ?').pluck();
  const suggestedFirst = db.prepare('SELECT min(day) FROM suggestion_days WHERE name = ?').pluck();
  for (const actor of actors) {
    if (!actor.lastSeen) continue;
    const time = actor.suggested ? suggestedTime.get(actor.lastSeen, actor.name) : trackedTime.get(actor.id, actor.lastSeen);
    if (typeof time === 'string') actor.lastSeen = time;
    const first = actor.suggested ? suggestedFirst.get(actor.name) : trackedFirst.get(actor.id);
    actor.firstSeen = typeof first === 'string' ? first : null;
  }
  return actors;
}

function summarise(rows: DayCount[], now: Date, suggested: boolean): ActorSummary[] {
  const days = Array.from({length: seriesDays}, (_, index) => berlinDay(now, index - seriesDays + 1));
  const byActor = new Map<string, ActorSummary>();
  for (const row of rows) {
    let actor = byActor.get(row.key);
    if (!actor) {
      const id = suggested ? `suggested:${row.key}` : row.key;
      actor = {id, name: row.name, role: null, side: null, today: 0, week: 0, daily: days.map(() => 0), lastSeen: null, firstSeen: null, suggested};
      byActor.set(row.key, actor);
    }
    // Rows come oldest first: the latest role and spelling win.
    actor.name = row.name;
    actor.role = row.role ?? actor.role;
    actor.side = row.side ?? actor.side;
    // The day for now; withLastSeen turns it into the time of that day's latest article.
    actor.lastSeen = row.day;
    const index = days.indexOf(row.day);
    if (index >= 0) actor.daily[index] = row.n;
    if (index === seriesDays - 1) actor.today = row.n;
    if (index >= seriesDays - 7) actor.week += row.n;
  }
  return [...byActor.values()].sort((a, b) => b.week - a.week || b.today - a.today || a.name.localeCompare(b.name, 'de'));
}
