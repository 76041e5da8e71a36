// Feed XML in, normalised and sanitised items out. Pure: no I/O, so the poller, `feeds add`
// and the tests share it. rss-parser (xml2js over sax) never expands DTD entities, external or
// internal, so XXE and "billion laughs" documents cannot reach the file system or the memory
// limit (see test/feeds/parse-safety.test.ts).
import Parser from 'rss-parser';
import {sanitizeText} from '../text/sanitize.js';
import {canonicalUrl} from './canonical-url.js';
import {FeedParseError} from './feed-parse-error.js';
import {toFeedItem, type RawItem} from './feed-item.js';
import {numericEntities} from './html-entities.js';
import type {FeedItem, ParsedFeed} from './types.js';

export {FeedParseError} from './feed-parse-error.js';

// rss-parser converts Atom <published>/<updated> with toISOString(), which throws on a bad
// date and loses the whole feed; renamed, they reach us raw and a bad one only loses its date.
const renamedDates: Record<string, string> = {published: 'tw:published', updated: 'tw:updated'};

const parser = new Parser<{ttl?: string}, RawItem>({
  defaultRSS: 2,
  xml2js: {tagNameProcessors: [(name: string) => renamedDates[name] ?? name]},
  customFields: {
    item: [
      ['tw:published', 'published'],
      ['tw:updated', 'updated'],
      ['category', 'rawCategories', {keepArray: true}],
      ['media:content', 'mediaContent', {keepArray: true}],
      ['media:thumbnail', 'mediaThumbnail', {keepArray: true}],
    ] as never,
  },
});

/** Parses RSS 0.9x/1.0/2.0 or Atom. Throws FeedParseError for malformed XML or a non-feed. */
export async function parseFeed(xml: string, feedUrl: string): Promise<ParsedFeed> {
  const document = xml.replace(/^\uFEFF/, '');
  if (!document.trim()) throw new FeedParseError('empty document, not a feed');
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>])/i.test(document)) {
    throw new FeedParseError('this is an HTML page, not a feed');
  }
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(numericEntities(document));
  } catch (error) {
    throw new FeedParseError(parseReason(error), {cause: error});
  }
  const isAtom = /<feed[\s>]/.test(document) && !/<rss[\s>]/.test(document);
  const items = uniqueByGuid(feed.items.map(item => toFeedItem(item, feedUrl, isAtom)));
  const ttl = Number.parseInt(feed.ttl ?? '', 10);
  return {
    title: feed.title ? sanitizeText(feed.title).replace(/\s+/g, ' ').trim() || null : null,
    link: feed.link ? canonicalUrl(feed.link, feedUrl) : null,
    ttlMinutes: Number.isFinite(ttl) && ttl > 0 ? ttl : null,
    items,
  };
}

/** Feeds repeat items (a story moved up the page); the first occurrence is the current one. */
function uniqueByGuid(items: (FeedItem | null)[]): FeedItem[] {
  const seen = new Set<string>();
  return items.filter((item): item is FeedItem => {
    if (!item || seen.has(item.guid)) return false;
    seen.add(item.guid);
    return true;
  });
}

/** sax reports "Unexpected close tag\nLine: 0\nColumn: 75\nChar: >"; users get one line. */
function parseReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/not recognized as RSS/i.test(message)) return 'not an RSS or Atom feed';
  const [first = 'unreadable', ...rest] = message.split('\n');
  const line = rest.join(' ').match(/Line: (\d+)/)?.[1];
  const column = rest.join(' ').match(/Column: (\d+)/)?.[1];
  const where = line === undefined ? '' : ` (line ${Number(line) + 1}, column ${column})`;
  return `malformed XML: ${first.charAt(0).toLowerCase()}${first.slice(1)}${where}`;
}
