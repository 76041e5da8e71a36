// Turns what the poller brought (feed item, maybe the article page) into the row the cache keeps.
import {createHash} from 'node:crypto';
import type {FeedItem} from '../feeds/types.js';
import {htmlToText} from '../text/html-to-text.js';
import type {IncomingArticle} from './types.js';

export type ArticleFields = {
  guid: string;
  url: string | null;
  canonicalUrl: string | null;
  kicker: string | null;
  title: string;
  summary: string;
  text: string;
  sourceLine: string | null;
  tags: string[];
  published: string | null;
  teaserOnly: boolean;
  contentHash: string;
  outlet: string;
};

/**
 * Hash of what the feed says about an item. The page text is left out on purpose: a page that
 * failed to load this time must not make an unchanged item look changed and replace its full text.
 */
export function itemHash(item: FeedItem): string {
  const parts = [item.title, item.kicker ?? '', item.summary, item.contentHtml ?? '', item.published ?? ''];
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

export function articleFields({item, page, teaserOnly}: IncomingArticle, feedName: string): ArticleFields {
  const text = page?.text || (item.contentHtml ? contentText(item.contentHtml) : '') || item.summary;
  return {
    guid: item.guid,
    url: item.url,
    canonicalUrl: item.url,
    kicker: page?.kicker ?? item.kicker,
    title: page?.title || item.title,
    summary: item.summary,
    text,
    sourceLine: page?.sourceLine ?? null,
    tags: page && page.tags.length > 0 ? page.tags : item.categories,
    published: item.published ?? page?.published ?? null,
    teaserOnly,
    contentHash: itemHash(item),
    outlet: outletOf(item.url) ?? feedName,
  };
}

/** "https://www.n-tv.de/politik/…" → "n-tv.de": what the Latest list shows as the source. */
export function outletOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** Feed content HTML as paragraphs separated by blank lines, the form the extractor reads. */
function contentText(html: string): string {
  return htmlToText(html).replaceAll('\n', '\n\n');
}
