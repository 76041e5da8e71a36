// The Latest list, one window at a time: 100,000 articles scroll as fast as 100.
import type {LatestQuery} from '../ui/services.js';
import {toMatchQuery} from './fold.js';
import type {Db} from './open-cache.js';
import {summaryColumns, toSummary, type SummaryRecord} from './summary-row.js';
import type {ArticleSummary} from './types.js';

type Filter = Omit<LatestQuery, 'offset' | 'limit'>;

/** Newest first, by publication time (arrival time when the feed gave none), via articles_by_time. */
export function latest(db: Db, query: LatestQuery): ArticleSummary[] {
  const {where, params} = filter(query);
  const records = db
    .prepare(`SELECT ${summaryColumns} FROM articles a ${where} ORDER BY a.sort_time DESC, a.id DESC LIMIT ? OFFSET ?`)
    .all(...params, query.limit, query.offset) as SummaryRecord[];
  return records.map(toSummary);
}

export function countLatest(db: Db, query: Filter): number {
  const {where, params} = filter(query);
  return (db.prepare(`SELECT count(*) AS n FROM articles a ${where}`).get(...params) as {n: number}).n;
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
  const match = query.search ? toMatchQuery(query.search) : null;
  if (query.search && match === null) clauses.push('0');
  if (match !== null) {
    clauses.push('a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)');
    params.push(match);
  }
  return {where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params};
}
