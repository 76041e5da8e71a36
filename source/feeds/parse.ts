// Feed XML in, normalised and sanitised items out. Pure: no I/O, so the poller, `feeds add`
// and the tests share it. Neither parser expands DTD entities, external or internal: rss-parser
// (xml2js over sax) refuses them, the recovering htmlparser2 never reads a DTD and keeps them as
// text. XXE and "billion laughs" documents cannot reach the file system or the memory limit
// (see test/feeds/parse-safety.test.ts).
import Parser from 'rss-parser';
import {canonicalUrl} from './canonical-url.js';
import {FeedParseError} from './feed-parse-error.js';
import {plainLine, text, toFeedItem, type RawItem} from './feed-item.js';
import {numericEntities} from './html-entities.js';
import {xmlDamage} from './xml-damage.js';
import {maxNesting, nestsTooDeep} from './nesting.js';
import {markupAsText} from './text-constructs.js';
import type {FeedItem, ParsedFeed} from './types.js';

export {FeedParseError} from './feed-parse-error.js';

// rss-parser converts Atom <published>/<updated> with toISOString(), which throws on a bad
// date and loses the whole feed; renamed, they reach us raw and a bad one only loses its date.
// It also strips the tags of every <content:encoded>, the whole article, for a plain-text
// "snippet" we never read (htmlToText makes our text); renamed, it is copied as it is.
const renamed: Record<string, string> = {published: 'tw:published', updated: 'tw:updated', 'content:encoded': 'tw:encoded'};

// One parser per document: xml2js keeps sax's error state between documents, so a parser that
// once met an error reads the next document leniently and its damage goes unnoticed.
const strictParser = () => new Parser<{ttl?: string}, RawItem>({
  defaultRSS: 2,
  xml2js: {tagNameProcessors: [(name: string) => renamed[name] ?? name]},
  customFields: {
    item: [
      ['tw:published', 'published'],
      ['tw:updated', 'updated'],
      ['tw:encoded', 'content:encoded'],
      // Atom 0.3's names for the same dates.
      ['issued', 'published'],
      ['modified', 'updated'],
      ['category', 'rawCategories', {keepArray: true}],
      ['media:content', 'mediaContent', {keepArray: true}],
      ['media:thumbnail', 'mediaThumbnail', {keepArray: true}],
    ] as never,
  },
});

/**
 * sax, under rss-parser's xml2js, counts the line and column of every character for its error
 * messages, a good part of its time in a feed of whole articles. The first parse goes without
 * (sax's own `position: false`, which xml2js does not pass on); only a document it refuses is
 * parsed again with them, for the line of the damage. Both parse alike: sax uses the count only
 * for its messages and for a buffer check that a single write makes only at the end, where a
 * whole document has nothing buffered.
 */
function withoutPositions<P extends ReturnType<typeof strictParser>>(parser: P): P {
  const sax = (parser as unknown as {xmlParser?: {saxParser?: {trackPosition?: boolean}}}).xmlParser?.saxParser;
  if (sax?.trackPosition === true) sax.trackPosition = false;
  return parser;
}

/**
 * Parses RSS 0.9x/1.0/2.0 or Atom 0.3/1.0. Strictly first (rss-parser); a document the strict
 * parser refuses is read again by a forgiving parser (recover.ts), and its items are kept with a
 * note naming the line of the first damage. Throws FeedParseError, with a reason that names a
 * fact about the document, when there is no feed to read.
 */
export async function parseFeed(xml: string, feedUrl: string): Promise<ParsedFeed> {
  const document = xml.replace(/^\uFEFF/, '');
  if (!document.trim()) throw new FeedParseError('empty document, not a feed');
  // An HTML page, also a fragment of one (a login wall's <head> or <body> without <html>).
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(document)) {
    throw new FeedParseError('this is an HTML page, not a feed');
  }
  const prepared = markupAsText(numericEntities(document));
  if (nestsTooDeep(prepared)) throw new FeedParseError(`elements nested more than ${maxNesting} levels deep, not a feed`);
  let strict: Awaited<ReturnType<ReturnType<typeof strictParser>['parseString']>> | null = null;
  let damage: ReturnType<typeof xmlDamage> = null;
  try {
    strict = await withoutPositions(strictParser()).parseString(prepared);
  } catch {
    // A sax error is damage in the XML; anything else is rss-parser failing to map a
    // well-formed document (an <rss> without a <channel>, say), which the tree reading handles.
    // The same parse, counting lines this time, says where the damage is.
    damage = await strictParser().parseString(prepared).then(
      () => null,
      (error: unknown) => xmlDamage(error, document, prepared),
    );
  }
  if (strict && !needsTree(prepared, strict.items.length)) {
    return finish({isAtom: isAtomDocument(prepared), title: strict.title, link: strict.link, ttl: strict.ttl, items: strict.items}, feedUrl, null);
  }
  const {recoverFeed} = await import('./recover.js');
  const tree = recoverFeed(prepared, feedUrl);
  if (!tree) throw new FeedParseError(damage ? damage.reason : 'not an RSS or Atom feed');
  // A damaged document that yields no whole item is refused: "no items" would hide the damage.
  if (damage && tree.items.length === 0) throw new FeedParseError(damage.reason);
  return finish(tree, feedUrl, damage ? `recovered from malformed XML (line ${damage.line})` : null);
}

type Mapped = {isAtom: boolean; title?: unknown; link?: unknown; ttl?: unknown; items: RawItem[]};

function finish(feed: Mapped, feedUrl: string, note: string | null): ParsedFeed {
  const items = uniqueByGuid(feed.items.map(item => toFeedItem(item, feedUrl, feed.isAtom)));
  const ttl = Number.parseInt(text(feed.ttl) ?? '', 10);
  const title = text(feed.title);
  const link = text(feed.link);
  return {
    title: title ? plainLine(title) || null : null,
    link: link ? canonicalUrl(link, feedUrl) : null,
    ttlMinutes: Number.isFinite(ttl) && ttl > 0 ? ttl : null,
    items,
    note,
  };
}

/**
 * rss-parser drops what it does not know: xml:base, items of RSS 1.0 under a prefix, items
 * beside an RSS 0.9x channel. Such documents are mapped from the tree (after the strict parse
 * found them well-formed): when it found fewer items than the document has item elements.
 */
function needsTree(document: string, strictItems: number): boolean {
  if (document.includes('xml:base')) return true;
  let elements = 0;
  for (const _ of document.matchAll(/<(?:[\w.-]+:)?(?:item|entry)[\s>/]/g)) if (++elements > strictItems) return true;
  return strictItems === 0;
}

function isAtomDocument(document: string): boolean {
  // <rss> first: it stands at the start of an RSS document, whereas looking for <feed> reads all of it.
  return !/<rss[\s>]/.test(document) && /<(\w+:)?feed[\s>]/.test(document);
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
