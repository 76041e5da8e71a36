// Storing many articles at once: what needs the CPU (text, extraction) is done before the write
// lock is taken, and then a whole batch goes in one transaction, one commit instead of hundreds.
import type {Extraction} from '../extract/types.js';
import type {FeedItem} from '../feeds/types.js';
import {articleFields, type ArticleFields} from './article-content.js';
import {linkIfUnchanged, writeArticle} from './articles.js';
import {remembering, writeExtraction} from './extraction.js';
import type {MeetingMemory} from './known-meetings.js';
import type {Db} from './open-cache.js';
import {statement} from './statements.js';
import type {IncomingArticle, UpsertOutcome} from './types.js';

/** An article to (re-)extract, as the cache holds it. */
export type StoredText = {id: number; title: string; kicker: string | null; text: string; published: string};

/** An article ready to be written: its row and, when an extractor was given, its findings. */
export type PreparedArticle = {item: FeedItem; fields: ArticleFields; published: string; extraction: Extraction | null};

export function prepareArticle(incoming: IncomingArticle, feedName: string, now: Date, extract?: (text: StoredText) => Extraction): PreparedArticle {
  const fields = articleFields(incoming, feedName);
  const prepared: PreparedArticle = {item: incoming.item, fields, published: fields.published ?? now.toISOString(), extraction: null};
  return extract ? {...prepared, extraction: extract(extractionInput(prepared))} : prepared;
}

/** What the extractor reads of a prepared article (it has no id yet). */
export function extractionInput({fields, published}: PreparedArticle): StoredText {
  return {id: 0, title: fields.title, kicker: fields.kicker, text: fields.text, published};
}

/**
 * Writes the articles in one transaction. An article without findings is stored as not analysed
 * yet (the poll's analysis stage picks it up, also after a crash); one with findings gets them
 * in the same transaction and is marked analysed.
 */
export function writeArticles(db: Db, feedId: number, articles: readonly PreparedArticle[], now: Date, memory: MeetingMemory): UpsertOutcome[] {
  const published = articles.filter(article => article.extraction?.meetings.length).map(article => article.published);
  const write = db.transaction(() => {
    const known = memory.recall(published);
    return articles.map(({item, fields, published, extraction}) =>
      writeArticle(db, feedId, fields, item, now, articleId => {
        if (!extraction) return;
        writeExtraction(db, extraction, {articleId, published, now}, known);
        statement(db, 'UPDATE articles SET analysed = 1 WHERE id = ?').run(articleId);
      }),
    );
  });
  return remembering(memory, () => write.immediate());
}

/** The items not stored yet or changed since; the unchanged ones are linked to the feed, all in one commit. */
export function changedItems(db: Db, feedId: number, items: readonly FeedItem[]): FeedItem[] {
  return db.transaction(() => items.filter(item => !linkIfUnchanged(db, feedId, item))).immediate();
}
