// Writing articles: one row per story however many feeds carry it.
import type {FeedItem} from '../feeds/types.js';
import {itemHash, type ArticleFields} from './article-content.js';
import {deleteOrphanMeetings} from './extraction.js';
import {foldForIndex} from './fold.js';
import type {Db} from './open-cache.js';
import {statement} from './statements.js';
import type {UpsertOutcome} from './types.js';

type StoredRef = {id: number; contentHash: string};

/** The stored copy of a feed item: same guid, or (from another feed) the same canonical URL. */
export function findStored(db: Db, item: Pick<FeedItem, 'guid' | 'url'>): StoredRef | undefined {
  const byGuid = statement(db, 'SELECT id, content_hash AS contentHash FROM articles WHERE guid = ?').get(item.guid);
  if (byGuid || !item.url) return byGuid as StoredRef | undefined;
  return statement(db, 'SELECT id, content_hash AS contentHash FROM articles WHERE canonical_url = ? LIMIT 1').get(item.url) as
    | StoredRef
    | undefined;
}

/** True when the item is stored and unchanged; then it only remembers that this feed carried it too. */
export function linkIfUnchanged(db: Db, feedId: number, item: FeedItem): boolean {
  const stored = findStored(db, item);
  if (!stored || stored.contentHash !== itemHash(item)) return false;
  linkFeed(db, stored.id, feedId);
  return true;
}

/**
 * Stores the article once however many feeds carry it, inside a write transaction the caller
 * holds. A new or changed row is marked not analysed (analysed = 0) until its extraction is
 * saved; `onWritten` runs when the row was inserted or changed.
 */
export function writeArticle(
  db: Db,
  feedId: number,
  fields: ArticleFields,
  item: Pick<FeedItem, 'guid' | 'url'>,
  now: Date,
  onWritten: (articleId: number) => void,
): UpsertOutcome {
  const stored = findStored(db, item);
  if (stored) {
    linkFeed(db, stored.id, feedId);
    if (stored.contentHash === fields.contentHash) return {result: 'unchanged', articleId: stored.id};
    updateRow(db, stored.id, fields);
    onWritten(stored.id);
    return {result: 'updated', articleId: stored.id};
  }
  const articleId = insertRow(db, fields, now);
  linkFeed(db, articleId, feedId);
  onWritten(articleId);
  return {result: 'new', articleId};
}

function linkFeed(db: Db, articleId: number, feedId: number): void {
  statement(db, 'INSERT OR IGNORE INTO article_feeds (article_id, feed_id) VALUES (?, ?)').run(articleId, feedId);
}

function insertRow(db: Db, fields: ArticleFields, now: Date): number {
  const fetched = now.toISOString();
  const {lastInsertRowid} = statement(
    db,
    `INSERT INTO articles (guid, url, canonical_url, kicker, title, summary, text, source_line, tags, published,
       fetched, sort_time, teaser_only, unread, content_hash, outlet, analysed)
     VALUES (@guid, @url, @canonicalUrl, @kicker, @title, @summary, @text, @sourceLine, @tags, @published,
       @fetched, @sortTime, @teaserOnly, 1, @contentHash, @outlet, 0)`,
  ).run({...row(fields), fetched, sortTime: sortTime(fields.published, fetched)});
  const id = Number(lastInsertRowid);
  index(db, id, fields);
  return id;
}

function updateRow(db: Db, id: number, fields: ArticleFields): void {
  statement(
    db,
    `UPDATE articles SET url = @url, canonical_url = @canonicalUrl, kicker = @kicker, title = @title, summary = @summary,
       text = @text, source_line = @sourceLine, tags = @tags, published = @published,
       sort_time = coalesce(@sortTime, sort_time), teaser_only = @teaserOnly, content_hash = @contentHash, analysed = 0
     WHERE id = @id`,
  ).run({...row(fields), sortTime: fields.published === null ? null : normalTime(fields.published), id});
  statement(db, 'DELETE FROM articles_fts WHERE rowid = ?').run(id);
  index(db, id, fields);
}

function row(fields: ArticleFields) {
  return {...fields, tags: JSON.stringify(fields.tags), teaserOnly: fields.teaserOnly ? 1 : 0};
}

function index(db: Db, id: number, fields: ArticleFields): void {
  statement(db, 'INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)').run(
    id,
    foldForIndex([fields.kicker, fields.title].filter(Boolean).join(' ')),
    foldForIndex(`${fields.summary}\n\n${fields.text}`),
  );
}

/** Sort key of the Latest list: UTC ISO strings sort as text; a feed without dates sorts by arrival. */
function sortTime(published: string | null, fetched: string): string {
  return published === null ? fetched : normalTime(published);
}

function normalTime(iso: string): string {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? iso : time.toISOString();
}

export function setUnread(db: Db, id: number, unread: boolean): void {
  db.prepare('UPDATE articles SET unread = ? WHERE id = ?').run(unread ? 1 : 0, id);
}

/** Deletes articles older than `days` and the meetings no remaining article mentions. */
export function applyRetention(db: Db, days: number | null, now: Date): number {
  if (days === null) return 0;
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  return db.transaction(() => {
    const {changes} = db.prepare('DELETE FROM articles WHERE sort_time < ?').run(cutoff);
    deleteOrphanMeetings(db);
    return changes;
  }).immediate();
}
