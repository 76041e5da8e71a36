// The Actors pane: who was named today, this week, and how the last two weeks looked.
import {berlinDay} from './berlin-day.js';
import type {Db} from './open-cache.js';
import type {ActorSummary} from './types.js';

const seriesDays = 14;

type DayCount = {key: string; name: string; role: string | null; side: ActorSummary['side']; day: string; n: number};

/** Tracked people first, by mentions this week; then people the extractor suggests. */
export function actorSummaries(db: Db, now: Date): ActorSummary[] {
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
  return [...summarise(tracked, now, false), ...summarise(suggested, now, true)];
}

function summarise(rows: DayCount[], now: Date, suggested: boolean): ActorSummary[] {
  const days = Array.from({length: seriesDays}, (_, index) => berlinDay(now, index - seriesDays + 1));
  const byActor = new Map<string, ActorSummary>();
  for (const row of rows) {
    let actor = byActor.get(row.key);
    if (!actor) {
      const id = suggested ? `suggested:${row.key}` : row.key;
      actor = {id, name: row.name, role: null, side: null, today: 0, week: 0, daily: days.map(() => 0), lastSeen: null, suggested};
      byActor.set(row.key, actor);
    }
    // Rows come oldest first: the latest role and spelling win.
    actor.name = row.name;
    actor.role = row.role ?? actor.role;
    actor.side = row.side ?? actor.side;
    actor.lastSeen = row.day;
    const index = days.indexOf(row.day);
    if (index >= 0) actor.daily[index] = row.n;
    if (index === seriesDays - 1) actor.today = row.n;
    if (index >= seriesDays - 7) actor.week += row.n;
  }
  return [...byActor.values()].sort((a, b) => b.week - a.week || b.today - a.today || a.name.localeCompare(b.name, 'de'));
}
