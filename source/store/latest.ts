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
  const walk = Boolean(where) && manyMatches(db, query);
  const records =
    (walk ? amongNewest(db, query) : null) ??
    (db
      .prepare(`SELECT ${summaryColumns} FROM articles a ${walk ? 'INDEXED BY articles_by_time' : ''} ${where} ORDER BY a.sort_time DESC, a.id DESC LIMIT ? OFFSET ?`)
      .all(...params, query.limit, query.offset) as SummaryRecord[]);
  return records.map(toSummary);
}

/**
 * A common search word's page read among the newest articles only. The walk over articles_by_time
 * tests each article against the list of all the word's matches, and building that list is most
 * of its cost (27,230 matches on 100,000 articles: ~4 ms). The newest articles by time lie between
 * two ids (ids follow arrival, which follows publication, either way round), so the full-text
 * index is asked only for matches in that id range (~2.5 ms). The page is exact when it lies among
 * the articles strictly newer than the window's oldest, which are all in the window; otherwise
 * (a word rare lately, a page far down) null, and the whole list is read.
 */
function amongNewest(db: Db, query: LatestQuery): SummaryRecord[] | null {
  if (!query.search) return null;
  const size = Math.max(NEWEST_WINDOW, (query.offset + query.limit) * 16);
  const edge = db
    .prepare('SELECT min(id) AS low, max(id) AS high, min(sort_time) AS oldest, count(*) AS n FROM (SELECT id, sort_time FROM articles INDEXED BY articles_by_time ORDER BY sort_time DESC, id DESC LIMIT ?)')
    .get(size) as {low: number; high: number; oldest: string; n: number};
  // A cache that fits the window has nothing to spare.
  if (edge.n < size) return null;
  const {where, params} = filter(query, {low: edge.low, high: edge.high});
  const records = db
    .prepare(`SELECT ${summaryColumns} FROM articles a INDEXED BY articles_by_time ${where} AND a.sort_time > ? ORDER BY a.sort_time DESC, a.id DESC LIMIT ? OFFSET ?`)
    .all(...params, edge.oldest, query.limit, query.offset) as SummaryRecord[];
  return records.length === query.limit ? records : null;
}

/** How many of the newest articles a search's first page is looked for among (see amongNewest). */
const NEWEST_WINDOW = 500;

export function countLatest(db: Db, query: Filter): number {
  // One filter alone is counted in its own index, without visiting the articles.
  const single = singleFilterCount(db, query);
  if (single !== null) return single;
  const {where, params} = filter(query);
  return (db.prepare(`SELECT count(*) AS n FROM articles a ${where}`).get(...params) as {n: number}).n;
}

/** What each filter matches on its own (each row of these tables is one article). */
function filterSources(query: Filter): Array<{from: string; param: unknown}> {
  const sources: Array<{from: string; param: unknown}> = [];
  if (query.feedId != null) sources.push({from: 'article_feeds WHERE feed_id = ?', param: query.feedId});
  if (query.actorId) sources.push({from: 'mentions WHERE actor_id = ?', param: query.actorId});
  if (query.search) sources.push({from: 'articles_fts WHERE articles_fts MATCH ?', param: toMatchQuery(query.search)});
  return sources;
}

/** Matches of each filter on its own; the smallest. */
function fewestMatches(db: Db, query: Filter): number {
  const counts = filterSources(query).map(({from, param}) => (param === null ? 0 : count(db, from, param)));
  return Math.min(Infinity, ...counts);
}

/**
 * Whether even the most selective filter matches more than WALK_TIME_INDEX_FROM articles: the
 * plan's question. A count known from the title answers it; otherwise the matches are read only
 * up to that limit (a common search word on 100,000 articles: 0.9 instead of 2.4 ms, in the frame
 * that shows the search's first page; its count follows after that frame).
 */
function manyMatches(db: Db, query: Filter): boolean {
  return filterSources(query).every(({from, param}) => {
    if (param === null) return false;
    const known = lastCounts.get(db)?.get(countKey(from, param));
    if (known !== undefined) return known > WALK_TIME_INDEX_FROM;
    const upTo = db.prepare(`SELECT count(*) FROM (SELECT 1 FROM ${from} LIMIT ?)`).pluck().get(param, WALK_TIME_INDEX_FROM + 1) as number;
    return upTo > WALK_TIME_INDEX_FROM;
  });
}

function singleFilterCount(db: Db, query: Filter): number | null {
  // The talks view has no count of its own: it is counted with whatever else narrows the list.
  if (query.talks) return null;
  const filters = [query.feedId != null, Boolean(query.actorId), Boolean(query.search)].filter(Boolean).length;
  return filters === 1 ? fewestMatches(db, query) : null;
}

/** The last counts of single filters, for the plan: a handful of recent filters is all the dashboard switches between. */
const lastCounts = new WeakMap<Db, Map<string, number>>();
const countKey = (from: string, param: unknown) => `${from}\u0000${String(param)}`;

function count(db: Db, from: string, param: unknown): number {
  let counts = lastCounts.get(db);
  if (!counts) lastCounts.set(db, (counts = new Map()));
  const n = db.prepare(`SELECT count(*) FROM ${from}`).pluck().get(param) as number;
  if (counts.size >= 32) counts.clear();
  counts.set(countKey(from, param), n);
  return n;
}

/** `ids`: the full-text matches are read only between these article ids (see amongNewest). */
function filter(query: Filter, ids?: {low: number; high: number}): {where: string; params: unknown[]} {
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
    clauses.push(`a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?${ids ? ' AND rowid BETWEEN ? AND ?' : ''})`);
    params.push(match, ...(ids ? [ids.low, ids.high] : []));
  }
  return {where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params};
}
