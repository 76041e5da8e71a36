// Articles waiting for their analysis. A poll stores articles as soon as they are read
// (analysed = 0) and extracts them right behind, newest first; these are the queries of that
// second stage. The saving of one article's findings stays writeExtraction's (extraction.ts).
import type {Extraction} from '../extract/types.js';
import type {StoredText} from './article-batch.js';
import {remembering, writeExtraction} from './extraction.js';
import type {MeetingMemory} from './known-meetings.js';
import type {Db} from './open-cache.js';
import {statement} from './statements.js';

/** An article to analyse, with the hash of the text that was read (see saveAnalyses). */
export type PendingArticle = StoredText & {contentHash: string};

/** What the extractor found in one pending article. */
export type Analysis = {article: PendingArticle; extraction: Extraction};

export {pendingCount} from './pending.js';

/** Up to `limit` articles waiting for analysis, newest first, leaving out `skip` (those whose extraction failed). */
export function pendingArticles(db: Db, limit: number, skip: ReadonlySet<number> = new Set()): PendingArticle[] {
  const rows = statement(
    db,
    `SELECT id, title, kicker, text, coalesce(published, fetched) AS published, content_hash AS contentHash
     FROM articles WHERE analysed = 0 ORDER BY sort_time DESC, id DESC LIMIT ?`,
  ).all(limit + skip.size) as PendingArticle[];
  return rows.filter(row => !skip.has(row.id)).slice(0, limit);
}

/**
 * Saves a batch of findings in one transaction and marks those articles analysed. An article
 * whose text changed since it was read (another process updated it), or that was analysed
 * meanwhile, is left alone: it stays pending with its new text, or keeps the newer findings.
 * Returns how many were saved.
 */
export function saveAnalyses(db: Db, analyses: readonly Analysis[], now: Date, memory: MeetingMemory): number {
  const current = statement(db, 'SELECT content_hash FROM articles WHERE id = ? AND analysed = 0').pluck();
  const done = statement(db, 'UPDATE articles SET analysed = 1 WHERE id = ?');
  const published = analyses.filter(({extraction}) => extraction.meetings.length > 0).map(({article}) => article.published);
  const write = db.transaction(() => {
    const known = memory.recall(published);
    let saved = 0;
    // Extracted newest first, saved oldest first: the merge then sees a batch's reports in the
    // order they were published, as articles arriving one by one would give them.
    const inPublicationOrder = [...analyses].sort((a, b) => a.article.published.localeCompare(b.article.published) || a.article.id - b.article.id);
    for (const {article, extraction} of inPublicationOrder) {
      if (current.get(article.id) !== article.contentHash) continue;
      writeExtraction(db, extraction, {articleId: article.id, published: article.published, now}, known);
      done.run(article.id);
      saved++;
    }
    return saved;
  });
  return remembering(memory, () => write.immediate());
}

/**
 * Marks every article for analysis, in one transaction: `reindex` killed half-way leaves the rest
 * pending, and the next poll, dashboard or reindex finishes it. The findings stay until each
 * article's new ones replace them, so a meeting keeps its id, and its first sighting, throughout.
 */
export function markAllForAnalysis(db: Db, memory: MeetingMemory): number {
  memory.forget();
  return db.prepare('UPDATE articles SET analysed = 0').run().changes;
}
