import {join} from 'node:path';
import {beforeAll, afterAll, describe, expect, it} from 'vitest';
import {Cache} from '../../source/store/cache.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {makeItem, makeMeeting, noFindings} from './make-item.js';

const tempDir = useTempDirs();
const now = new Date('2025-11-12T12:00:00Z');
const merz = {id: 'merz', name: 'Friedrich Merz', role: 'Bundeskanzler', side: 'DE' as const, mentions: 1};
const coach = {id: 'unknown:max-beispiel', name: 'Max Beispiel', role: 'Trainer', side: null, mentions: 1};

type Stored = {id: number; time: string; feed: number; genf: boolean; kiew: boolean; archiv: boolean; merz: boolean; meeting: boolean};
let cache: Cache;
const stored: Stored[] = [];

// 2,400 articles in two feeds, published out of arrival order: "Genf" is in two of three (a
// common word: the window walks the time index), "Kiew" in one of ten (a rare one: its matches are sorted),
// "Archiv" in the oldest 1,100 (common, but in none of the newest articles the walk looks among first).
beforeAll(() => {
  cache = Cache.open(join(tempDir(), 'cache.db'));
  const feeds = ['https://example.org/a.rss', 'https://example.org/b.rss'].map(url => cache.ensureFeed({url, name: url, intervalMinutes: 15, fulltext: 'never'}, true).id);
  cache.db.transaction(() => {
    for (let n = 0; n < 2400; n++) {
      const minute = (n * 7919) % 2400;
      const time = new Date(Date.UTC(2025, 10, 1) + minute * 60_000).toISOString();
      const genf = n % 3 !== 0;
      const kiew = n % 10 === 0;
      const archiv = minute < 1100;
      const title = [genf ? 'Gespräche in Genf' : 'Gespräche vertagt', kiew ? 'Kiew reagiert' : '', archiv ? 'Archiv' : ''].join(' ');
      const feed = feeds[n % 2]!;
      const {articleId} = cache.storeArticle(feed, {item: makeItem({guid: `g${n}`, kicker: null, title, published: time}), page: null, teaserOnly: true}, 'B', now);
      // One in 97 reports a meeting: with Merz's articles, the talks view (`v`). Few, as each report re-merges its event.
      const meetings = n % 97 === 0 ? [makeMeeting()] : [];
      // Every fifth names a person the gazetteer does not know: no reason to show it among the talks.
      const actors = [...(n % 4 === 0 ? [merz] : []), ...(n % 5 === 0 ? [coach] : [])];
      cache.saveExtraction(articleId, {...noFindings, actors, meetings}, time, now);
      stored.push({id: articleId, time, feed, genf, kiew, archiv, merz: n % 4 === 0, meeting: n % 97 === 0});
    }
  })();
});
afterAll(() => cache.close());

const newestFirst = (a: Stored, b: Stored) => (a.time === b.time ? b.id - a.id : a.time < b.time ? 1 : -1);

describe('the Latest list with a filter', () => {
  const cases: Array<[string, Parameters<Cache['countLatest']>[0], (article: Stored) => boolean]> = [
    ['a common search word', {search: 'genf'}, article => article.genf],
    ['a rare search word', {search: 'Kiew'}, article => article.kiew],
    ['a common search word none of the newest articles has', {search: 'archiv'}, article => article.archiv],
    ['a feed', {feedId: 1}, article => article.feed === 1],
    ['an actor', {actorId: 'merz'}, article => article.merz],
    ['a search within a feed', {search: 'Genf', feedId: 2}, article => article.genf && article.feed === 2],
    ['a search for an actor', {search: 'Kiew', actorId: 'merz'}, article => article.kiew && article.merz],
    ['a search without words', {search: '„“'}, () => false],
    ['the talks view (a tracked person named or a meeting reported)', {talks: true}, article => article.merz || article.meeting],
    ['the talks view of one feed', {talks: true, feedId: 1}, article => (article.merz || article.meeting) && article.feed === 1],
    ['the talks view of a search', {talks: true, search: 'Kiew'}, article => (article.merz || article.meeting) && article.kiew],
  ];
  for (const [what, filter, matches] of cases) {
    it(`shows and counts exactly the matching articles, newest first, for ${what}`, () => {
      const expected = stored.filter(matches).sort(newestFirst).map(article => article.id);
      expect(cache.countLatest(filter)).toBe(expected.length);
      for (const offset of [0, 36, 540]) {
        expect(cache.latest({...filter, offset, limit: 36}).map(article => article.id)).toEqual(expected.slice(offset, offset + 36));
      }
    });
  }
});
