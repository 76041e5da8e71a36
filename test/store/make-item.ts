// Feed items and extractions for store tests, with German text of our own.
import type {Extraction, Meeting} from '../../source/extract/types.js';
import type {FeedItem} from '../../source/feeds/types.js';
import type {Cache} from '../../source/store/cache.js';

export function makeItem(overrides: Partial<FeedItem> & {guid: string}): FeedItem {
  return {
    url: `https://www.n-tv.de/politik/${overrides.guid}.html`,
    kicker: 'Verhandlungen in Genf',
    title: 'Delegationen setzen Gespräche fort',
    summary: 'Die Unterhändler wollen noch in dieser Woche weiterreden.',
    contentHtml: null,
    published: '2025-11-12T10:00:00+01:00',
    categories: ['Politik'],
    image: null,
    ...overrides,
  };
}

export function makeMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    place: 'Genf',
    country: 'Schweiz',
    start: '2025-11-20',
    end: null,
    precision: 'day',
    status: 'planned',
    kind: 'talks',
    participants: ['USA', 'Ukraine'],
    evidence: 'Die Gespräche in Genf sollen am 20. November beginnen.',
    ...overrides,
  };
}

export const noFindings: Extraction = {actors: [], suggestions: [], meetings: []};


/** Stores one article from a feed "Beispiel" with the given findings; returns its id. */
export function storeWithFindings(cache: Cache, guid: string, published: string, extraction: Extraction, now: Date): number {
  const {id} = cache.ensureFeed({url: 'https://example.org/rss', name: 'Beispiel', intervalMinutes: 15, fulltext: 'auto'}, true);
  const {articleId} = cache.storeArticle(id, {item: makeItem({guid, published}), page: null, teaserOnly: true}, 'Beispiel', now);
  cache.saveExtraction(articleId, extraction, published, now);
  return articleId;
}
