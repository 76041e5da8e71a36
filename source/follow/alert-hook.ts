// Alerts around a poll round: the meetings before it, the meetings after it, what changed told
// once per meeting and at most three a minute (one limiter for the whole process, so a poll loop
// or a dashboard open all day never floods). Loaded only when alerts are on.
import type {Cache} from '../store/cache.js';
import {type Alert, AlertLimiter, alertsFor} from './alerts.js';
import {type NotifyDeps, notify} from './notify.js';

const limiter = new AlertLimiter();

/** Tracked people as the meetings name them: everybody the cache counts mentions of. */
const trackedNames = (cache: Cache) => new Set(cache.db.prepare(`SELECT DISTINCT name FROM actor_days WHERE actor_id NOT LIKE 'unknown:%'`).pluck().all() as string[]);

export type AlertWatch = {
  /** After the round: the alerts that passed the limit, each already delivered. */
  after(): Alert[];
};

/** Call before a round; `after()` once it is over. */
export function watchAlerts(cache: Cache, options: {osc9: boolean; now: () => Date}, deps: NotifyDeps, take = limiter): AlertWatch {
  const before = cache.meetings(options.now());
  return {
    after() {
      const now = options.now();
      const passed = take.take(alertsFor(before, cache.meetings(now), trackedNames(cache)), now);
      for (const alert of passed) notify(alert.text, options, deps);
      return passed;
    },
  };
}
