// Turns one item as rss-parser reads it (RSS 0.9x/1.0/2.0 or Atom) into talkwatch's FeedItem.
import {createHash} from 'node:crypto';
import {htmlToText} from '../text/html-to-text.js';
import {sanitizeText} from '../text/sanitize.js';
import {canonicalUrl} from './canonical-url.js';
import {parseFeedDate} from './feed-date.js';
import {splitKicker} from './kicker.js';
import type {FeedItem} from './types.js';

/** The fields we read from rss-parser's loosely typed items (custom fields named in parse.ts). */
export type RawItem = {
  title?: unknown;
  link?: unknown;
  guid?: unknown;
  id?: unknown;
  'rdf:about'?: unknown;
  pubDate?: unknown;
  date?: unknown;
  published?: unknown;
  updated?: unknown;
  content?: unknown;
  summary?: unknown;
  'content:encoded'?: unknown;
  categories?: unknown;
  rawCategories?: unknown;
  enclosure?: {url?: unknown; type?: unknown};
  mediaContent?: unknown;
  mediaThumbnail?: unknown;
};

export function toFeedItem(raw: RawItem, feedUrl: string, isAtom: boolean): FeedItem | null {
  const link = text(raw.link) ?? text(raw['rdf:about']);
  const rawGuid = text(raw.guid) ?? text(raw.id);
  // An RSS guid is a permalink unless it says otherwise; use it when the item has no <link>.
  const url = (link ? canonicalUrl(link, feedUrl) : null) ?? (rawGuid && !isAtom ? canonicalUrl(rawGuid) : null);
  const contentHtml = text(raw['content:encoded']) ?? (isAtom ? text(raw.content) : null);
  const summarySource = isAtom ? (text(raw.summary) ?? contentHtml) : (text(raw.content) ?? contentHtml);
  const summary = summarySource ? htmlToText(summarySource).replace(/\n/g, ' ') : '';
  const published = parseFeedDate(raw.published) ?? parseFeedDate(raw.pubDate) ?? parseFeedDate(raw.date) ?? parseFeedDate(raw.updated);
  // An item without a title is kept and named as newsboat names it: its teaser's first words, its link, or its date.
  const ownTitle = plainLine(text(raw.title) ?? '');
  const fullTitle = ownTitle || firstWords(summary) || url || (published ? `${published.slice(0, 16).replace('T', ' ')} UTC` : '');
  if (!fullTitle) return null;
  const {kicker, title} = ownTitle ? splitKicker(fullTitle) : {kicker: null, title: fullTitle};
  return {
    guid: sanitizeText(rawGuid ?? url ?? `sha1:${createHash('sha1').update(`${fullTitle}\n${published ?? ''}`).digest('hex')}`).trim(),
    url,
    kicker,
    title,
    summary,
    contentHtml: contentHtml ? sanitizeText(contentHtml) : null,
    published,
    categories: categories(raw),
    image: image(raw, feedUrl),
  };
}

/** A string field as text; xml2js gives objects for elements with attributes ({_: text, $: attrs}). */
export function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (value && typeof value === 'object' && '_' in value && typeof value._ === 'string') return value._.trim() || null;
  return null;
}

/** Titles are text, but some feeds escape HTML into them ("&amp;quot;"). One line, sanitised. */
export function plainLine(value: string): string {
  const decoded = /[<&]/.test(value) ? htmlToText(value) : sanitizeText(value);
  return decoded.replace(/\s+/g, ' ').trim();
}

function categories(raw: RawItem): string[] {
  const values = [...list(raw.categories), ...list(raw.rawCategories)].map(value => {
    if (value && typeof value === 'object' && '$' in value) {
      const attributes = value.$ as {term?: unknown; label?: unknown};
      return text(attributes.label) ?? text(attributes.term);
    }
    return text(value);
  });
  return [...new Set(values.filter((value): value is string => Boolean(value)).map(value => plainLine(value)))];
}

function image(raw: RawItem, feedUrl: string): string | null {
  const enclosureType = text(raw.enclosure?.type);
  const enclosure = text(raw.enclosure?.url);
  if (enclosure && (!enclosureType || enclosureType.startsWith('image/'))) return canonicalUrl(enclosure, feedUrl);
  for (const media of [...list(raw.mediaContent), ...list(raw.mediaThumbnail)]) {
    const attributes = (media as {$?: {url?: unknown; medium?: unknown; type?: unknown}}).$;
    const mediaUrl = text(attributes?.url);
    const kind = text(attributes?.medium) ?? text(attributes?.type) ?? 'image';
    if (mediaUrl && kind.startsWith('image')) return canonicalUrl(mediaUrl, feedUrl);
  }
  return null;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

/** About the first dozen words of a teaser, cut at a word, for an item that has no title. */
function firstWords(summary: string): string {
  if (summary.length <= 80) return summary;
  const cut = summary.slice(0, 80);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : 80).trimEnd()} …`;
}
