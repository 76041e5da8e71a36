// The Latest list, one window at a time: 100,000 articles scroll as fast as 100.
import type {LatestQuery} from '../ui/services.js';
import {toMatchQuery} from './fold.js';
import type {Db} from './open-cache.js';
import {summaryColumns, toSummary, type SummaryRecord} from './summary-row.js';
import type {ArticleSummary} from './types.js';

type Filter = Omit<LatestQuery, 'offset' | 'limit'>;

/**
 * Above this many matches of the most selective filter, the window is read by walking
 * articles_by_time and stopping once it is full (a common search word on 100,000 articles:
 * 6 ms instead of 40 ms to fetch and sort all its matches). Below it, sorting the matches wins.
 */
const WALK_TIME_INDEX_FROM = 1000;

/** Newest first, by publication time (arrival time when the feed gave none), via articles_by_time. */
export function latest(db: Db, query: LatestQuery): ArticleSummary[] {
  const {where, params} = filter(query);
  const plan = where && fewestMatches(db, query, false) > WALK_TIME_INDEX_FROM ? 'INDEXED BY articles_by_time' : '';
  const records = db
    .prepare(`SELECT ${summaryColumns} FROM articles a ${plan} ${where} ORDER BY a.sort_time DESC, a.id DESC LIMIT ? OFFSET ?`)
    .all(...params, query.limit, query.offset) as SummaryRecord[];
  return records.map(toSummary);
}

export function countLatest(db: Db, query: Filter): number {
  // One filter alone is counted in its own index, without visiting the articles.
  const single = singleFilterCount(db, query);
  if (single !== null) return single;
  const {where, params} = filter(query);
  return (db.prepare(`SELECT count(*) AS n FROM articles a ${where}`).get(...params) as {n: number}).n;
}

/**
 * Matches of each filter on its own (each row of these tables is one article); the smallest.
 * `fresh: false` may answer from the last count of the same filter: good enough to pick a plan
 * (both plans return the same rows), and a short prefix ("g") costs as much to count as to list.
 */
function fewestMatches(db: Db, query: Filter, fresh = true): number {
  const counts = [
    query.feedId != null ? count(db, 'SELECT count(*) FROM article_feeds WHERE feed_id = ?', query.feedId, fresh) : Infinity,
    query.actorId ? count(db, 'SELECT count(*) FROM mentions WHERE actor_id = ?', query.actorId, fresh) : Infinity,
  ];
  const match = query.search ? toMatchQuery(query.search) : null;
  if (query.search) counts.push(match === null ? 0 : count(db, 'SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?', match, fresh));
  return Math.min(...counts);
}

function singleFilterCount(db: Db, query: Filter): number | null {
  // The talks view has no count of its own: it is counted with whatever else narrows the list.
  if (query.talks) return null;
  const filters = [query.feedId != null, Boolean(query.actorId), Boolean(query.search)].filter(Boolean).length;
  return filters === 1 ? fewestMatches(db, query) : null;
}

const lastCounts = new WeakMap<Db, Map<string, number>>();

function count(db: Db, sql: string, param: unknown, fresh: boolean): number {
  let counts = lastCounts.get(db);
  if (!counts) lastCounts.set(db, (counts = new Map()));
  const key = `${sql}\u0000${String(param)}`;
  const known = counts.get(key);
  if (!fresh && known !== undefined) return known;
  const n = db.prepare(sql).pluck().get(param) as number;
  // A handful of recent filters is all the dashboard switches between.
  if (counts.size >= 32) counts.clear();
  counts.set(key, n);
  return n;
}

function filter(query: Filter): {where: string; params: unknown[]} {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (query.feedId != null) {
    clauses.push('a.id IN (SELECT article_id FROM article_feeds WHERE feed_id = ?)');
    params.push(query.feedId);
  }
  if (query.actorId) {
    clauses.push('a.id IN (SELECT article_id FROM mentions WHERE actor_id = ?)');
    params.push(query.actorId);
  }
  if (query.talks) {
    // Per article two primary-key probes: the walk over articles_by_time stops once a window is full.
    // People the gazetteer does not know (ids "unknown:…", a football coach) are not tracked.
    clauses.push(
      `(EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.actor_id NOT LIKE 'unknown:%') OR EXISTS (SELECT 1 FROM meeting_sources s WHERE s.article_id = a.id))`,
    );
  }
  const match = query.search ? toMatchQuery(query.search) : null;
  if (query.search && match === null) clauses.push('0');
  if (match !== null) {
    clauses.push('a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)');
    params.push(match);
  }
  return {where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params};
}
