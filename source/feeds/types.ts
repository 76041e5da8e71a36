// The shapes that travel from the network to the cache. Everything here is plain data:
// produced by the pure parsing stages, consumed by the poller and the store.

/** A feed the user follows, as the store and the poller see it. */
export type FeedConfig = {
  url: string;
  name: string;
  /** Minutes between polls of this feed (a feed's <ttl> may ask for more). */
  intervalMinutes: number;
  /** Whether to fetch the article page for the full text. `auto`: only when the item carries a teaser. */
  fulltext: 'auto' | 'always' | 'never';
};

/** Conditional-GET state remembered per feed. */
export type FeedValidators = {etag?: string | null; lastModified?: string | null};

/** One feed item, normalised from RSS 0.9x/1.0/2.0 or Atom and sanitised. */
export type FeedItem = {
  /** The item's guid/id; falls back to the canonical URL, then to a hash of title+date. */
  guid: string;
  /** Canonical article URL (tracking parameters stripped), or null when the item has none. */
  url: string | null;
  /** The n-tv "Dachzeile" (part before ": " in the feed title), or null. */
  kicker: string | null;
  title: string;
  /** Plain-text teaser. */
  summary: string;
  /** The item's HTML content, when the feed carries it. */
  contentHtml: string | null;
  /** ISO 8601 with offset, or null when the item has no usable date. */
  published: string | null;
  categories: string[];
  image: string | null;
};

/** A parsed feed. */
export type ParsedFeed = {
  title: string | null;
  link: string | null;
  /** RSS <ttl> in minutes, when given. */
  ttlMinutes: number | null;
  items: FeedItem[];
  /** Set when the feed was read despite damage, e.g. "recovered from malformed XML (line 12)"; shown in the feed's status. */
  note?: string | null;
};
