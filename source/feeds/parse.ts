// Feed XML in, normalised and sanitised items out. Pure: no I/O, so the poller, `feeds add`
// and the tests share it. rss-parser (xml2js over sax) never expands DTD entities, external or
// internal, so XXE and "billion laughs" documents cannot reach the file system or the memory
// limit (see test/feeds/parse-safety.test.ts).
import Parser from 'rss-parser';
import {canonicalUrl} from './canonical-url.js';
import {FeedParseError} from './feed-parse-error.js';
import {plainLine, text, toFeedItem, type RawItem} from './feed-item.js';
import {numericEntities} from './html-entities.js';
import {maxNesting, nestsTooDeep} from './nesting.js';
import {markupAsText} from './text-constructs.js';
import type {FeedItem, ParsedFeed} from './types.js';

export {FeedParseError} from './feed-parse-error.js';

// rss-parser converts Atom <published>/<updated> with toISOString(), which throws on a bad
// date and loses the whole feed; renamed, they reach us raw and a bad one only loses its date.
const renamedDates: Record<string, string> = {published: 'tw:published', updated: 'tw:updated'};

// One parser per document: xml2js keeps sax's error state between documents, so a parser that
// once met an error reads the next document leniently and its damage goes unnoticed.
const strictParser = () => new Parser<{ttl?: string}, RawItem>({
  defaultRSS: 2,
  xml2js: {tagNameProcessors: [(name: string) => renamedDates[name] ?? name]},
  customFields: {
    item: [
      ['tw:published', 'published'],
      ['tw:updated', 'updated'],
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
 * Parses RSS 0.9x/1.0/2.0 or Atom 0.3/1.0. Strictly first (rss-parser); a document the strict
 * parser refuses is read again by a forgiving parser (recover.ts), and its items are kept with a
 * note naming the line of the first damage. Throws FeedParseError, with a reason that names a
 * fact about the document, when there is no feed to read.
 */
export async function parseFeed(xml: string, feedUrl: string): Promise<ParsedFeed> {
  const document = xml.replace(/^\uFEFF/, '');
  if (!document.trim()) throw new FeedParseError('empty document, not a feed');
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>])/i.test(document)) {
    throw new FeedParseError('this is an HTML page, not a feed');
  }
  const prepared = markupAsText(numericEntities(document));
  if (nestsTooDeep(prepared)) throw new FeedParseError(`elements nested more than ${maxNesting} levels deep, not a feed`);
  let strict: Awaited<ReturnType<ReturnType<typeof strictParser>['parseString']>> | null = null;
  let damage: XmlDamage | null = null;
  try {
    strict = await strictParser().parseString(prepared);
  } catch (error) {
    // A sax error is damage in the XML; anything else is rss-parser failing to map a
    // well-formed document (an <rss> without a <channel>, say), which the tree reading handles.
    damage = xmlDamage(error, document, prepared);
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
  return /<(\w+:)?feed[\s>]/.test(document) && !/<rss[\s>]/.test(document);
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

type XmlDamage = {reason: string; line: number};

/**
 * sax reports "Unexpected close tag\nLine: 0\nColumn: 75\nChar: >"; users get one line. Null for
 * errors that are not sax's. sax counts in the document as prepared (entities made numeric,
 * markup wrapped in CDATA: lines stay, columns may move), so the column is given only when the
 * line reads the same up to it in the document as sent.
 */
function xmlDamage(error: unknown, sent: string, prepared: string): XmlDamage | null {
  const message = error instanceof Error ? error.message : String(error);
  const [first = 'unreadable', ...rest] = message.split('\n');
  const line = rest.join(' ').match(/Line: (\d+)/)?.[1];
  const column = rest.join(' ').match(/Column: (\d+)/)?.[1];
  if (line === undefined) return null;
  const index = Number(line);
  const exact = column !== undefined && (sent === prepared || lineAt(sent, index).slice(0, Number(column)) === lineAt(prepared, index).slice(0, Number(column)));
  const where = exact ? `line ${index + 1}, column ${column}` : `line ${index + 1}`;
  return {reason: `malformed XML: ${first.charAt(0).toLowerCase()}${first.slice(1)} (${where})`, line: index + 1};
}

function lineAt(text: string, index: number): string {
  let start = 0;
  for (let line = 0; line < index; line++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return '';
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? undefined : end);
}
