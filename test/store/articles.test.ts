import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {Cache} from '../../source/store/cache.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {makeItem} from './make-item.js';

const tempDir = useTempDirs();
const now = new Date('2025-11-12T12:00:00Z');
const open: Cache[] = [];
afterEach(() => open.splice(0).forEach(cache => cache.close()));

function newCache(): Cache {
  const cache = Cache.open(join(tempDir(), 'cache.db'));
  open.push(cache);
  return cache;
}

const feed = (url: string) => ({url, name: url, intervalMinutes: 15, fulltext: 'auto' as const});

describe('storing articles', () => {
  it('stores an article carried by two feeds once and remembers both feeds', () => {
    const cache = newCache();
    const politik = cache.ensureFeed(feed('https://www.n-tv.de/politik/rss'), true);
    const start = cache.ensureFeed(feed('https://www.n-tv.de/rss'), true);
    const item = makeItem({guid: 'a1'});
    expect(cache.storeArticle(politik.id, {item, page: null, teaserOnly: true}, 'Politik', now).result).toBe('new');
    // Another feed, another guid, but the same canonical URL: the same story.
    const again = makeItem({guid: 'other-guid', url: item.url});
    const outcome = cache.storeArticle(start.id, {item: again, page: null, teaserOnly: true}, 'Start', now);
    expect(outcome.result).not.toBe('new');
    expect(cache.countLatest({})).toBe(1);
    expect(cache.article(outcome.articleId)?.feeds).toEqual([politik.name, start.name].sort());
  });

  it('reports an unchanged item as unchanged and a changed one as updated', () => {
    const cache = newCache();
    const {id} = cache.ensureFeed(feed('https://example.org/rss'), true);
    const item = makeItem({guid: 'a2'});
    cache.storeArticle(id, {item, page: null, teaserOnly: true}, 'Beispiel', now);
    expect(cache.isUnchanged(id, item)).toBe(true);
    const changed = {...item, title: 'Delegationen vertagen Gespräche'};
    expect(cache.isUnchanged(id, changed)).toBe(false);
    const outcome = cache.storeArticle(id, {item: changed, page: null, teaserOnly: true}, 'Beispiel', now);
    expect(outcome.result).toBe('updated');
    expect(cache.article(outcome.articleId)?.title).toBe('Delegationen vertagen Gespräche');
  });

  it('keeps the page text and marks articles with only a teaser', () => {
    const cache = newCache();
    const {id} = cache.ensureFeed(feed('https://example.org/rss'), true);
    const page = {
      kicker: 'Direkte Verhandlungen',
      title: 'Unterhändler treffen sich in Genf',
      published: null,
      lead: 'Die Gespräche beginnen am Montag.',
      paragraphs: ['Selenskyj schickt seinen Außenminister.'],
      subheads: [],
      sourceLine: 'Quelle: ntv.de, dpa',
      tags: ['Ukraine'],
      text: 'Die Gespräche beginnen am Montag.\n\nSelenskyj schickt seinen Außenminister.',
    };
    const full = cache.storeArticle(id, {item: makeItem({guid: 'p1'}), page, teaserOnly: false}, 'Beispiel', now);
    const teaser = cache.storeArticle(id, {item: makeItem({guid: 'p2'}), page: null, teaserOnly: true}, 'Beispiel', now);
    expect(cache.article(full.articleId)).toMatchObject({title: page.title, text: page.text, sourceLine: page.sourceLine, teaserOnly: false});
    expect(cache.article(teaser.articleId)).toMatchObject({text: makeItem({guid: 'p2'}).summary, teaserOnly: true});
  });

  it('lists the newest articles first, one window at a time', () => {
    const cache = newCache();
    const {id} = cache.ensureFeed(feed('https://example.org/rss'), true);
    for (let hour = 0; hour < 30; hour++) {
      const published = new Date(Date.UTC(2025, 10, 12, hour % 24, hour)).toISOString();
      cache.storeArticle(id, {item: makeItem({guid: `n${hour}`, published}), page: null, teaserOnly: true}, 'Beispiel', now);
    }
    const all = cache.latest({offset: 0, limit: 100});
    const times = all.map(article => new Date(article.published!).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(cache.latest({offset: 10, limit: 5}).map(article => article.id)).toEqual(all.slice(10, 15).map(article => article.id));
  });

  it('finds umlaut words however the reader types them', () => {
    const cache = newCache();
    const {id} = cache.ensureFeed(feed('https://example.org/rss'), true);
    cache.storeArticle(id, {item: makeItem({guid: 's1', title: 'Selenskyj lehnt Gebietsabtretungen ab', summary: 'Die Gespräche stocken.'}), page: null, teaserOnly: true}, 'B', now);
    cache.storeArticle(id, {item: makeItem({guid: 's2', title: 'Wetter', summary: 'Sonne im Süden.'}), page: null, teaserOnly: true}, 'B', now);
    for (const search of ['Gespräche', 'gesprache', 'gespraeche', 'GESPRÄCH', 'selenskyj']) {
      expect(cache.latest({offset: 0, limit: 10, search}).map(article => article.title), search).toEqual(['Selenskyj lehnt Gebietsabtretungen ab']);
    }
    expect(cache.countLatest({search: 'sueden'})).toBe(1);
    expect(cache.countLatest({search: 'Moskau'})).toBe(0);
    expect(cache.countLatest({search: '"*'})).toBe(0);
  });

  it('deletes articles older than the retention period and keeps the rest', () => {
    const cache = newCache();
    const {id} = cache.ensureFeed(feed('https://example.org/rss'), true);
    cache.storeArticle(id, {item: makeItem({guid: 'old', published: '2025-09-01T08:00:00+02:00'}), page: null, teaserOnly: true}, 'B', now);
    cache.storeArticle(id, {item: makeItem({guid: 'new', published: '2025-11-11T08:00:00+01:00'}), page: null, teaserOnly: true}, 'B', now);
    expect(cache.applyRetention(null, now)).toBe(0);
    expect(cache.countLatest({})).toBe(2);
    expect(cache.applyRetention(30, now)).toBe(1);
    expect(cache.latest({offset: 0, limit: 10}).map(article => article.published)).toEqual(['2025-11-11T08:00:00+01:00']);
    expect(cache.countLatest({search: 'Delegationen'})).toBe(1);
  });

  it('remembers read and unread', () => {
    const cache = newCache();
    const {id} = cache.ensureFeed(feed('https://example.org/rss'), true);
    const {articleId} = cache.storeArticle(id, {item: makeItem({guid: 'r1'}), page: null, teaserOnly: true}, 'B', now);
    expect(cache.article(articleId)?.unread).toBe(true);
    cache.setUnread(articleId, false);
    expect(cache.latest({offset: 0, limit: 1})[0]?.unread).toBe(false);
  });
});

describe('the Latest list on a large cache', () => {
  it('reads a window through the time index, never sorting the whole table', () => {
    const cache = newCache();
    const plan = (sql: string) =>
      (cache.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{detail: string}>).map(row => row.detail).join('\n');
    const window = plan('SELECT id FROM articles a ORDER BY a.sort_time DESC, a.id DESC LIMIT 50 OFFSET 1000');
    expect(window).toContain('articles_by_time');
    expect(window).not.toContain('TEMP B-TREE');
  });

  // How fast a window is read is measured by the bench (npm run bench), not asserted here.
  it('pages through thousands of articles, newest first, one window at a time', () => {
    const cache = newCache();
    const {id} = cache.ensureFeed(feed('https://example.org/rss'), true);
    cache.db.transaction(() => {
      for (let n = 0; n < 5000; n++) {
        const published = new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString();
        cache.storeArticle(id, {item: makeItem({guid: `g${n}`, published}), page: null, teaserOnly: true}, 'B', now);
      }
    })();
    const windows = Array.from({length: 40}, (_, page) => cache.latest({offset: page * 50, limit: 50}));
    expect(windows.every(window => window.length === 50)).toBe(true);
    const times = windows.flat().map(article => article.published!);
    expect(times[0]).toBe(new Date(Date.UTC(2025, 0, 1) + 4999 * 60_000).toISOString());
    expect(new Set(times).size).toBe(2000);
    expect([...times].sort().reverse()).toEqual(times);
  });
});
