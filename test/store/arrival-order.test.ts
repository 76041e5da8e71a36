// Issue 10: the same articles give the same events whatever order they arrive in, also when
// they arrive one per poll. Each poll stores one article and analyses it, as `talkwatch poll`
// does; a report that arrives after later ones has its window merged again in publication order.
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {Extraction, ExtractInput, Meeting} from '../../source/extract/types.js';
import {Analyser, type AnalysisStore} from '../../source/feeds/analyser.js';
import {Cache} from '../../source/store/cache.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {makeItem, makeMeeting, noFindings} from './make-item.js';

const tempDir = useTempDirs();
const now = new Date('2026-03-25T12:00:00Z');
const caches: Cache[] = [];
afterEach(() => {
  for (const cache of caches.splice(0)) cache.close();
});

type Article = {guid: string; published: string; meeting: Meeting};

const talks = (evidence: string, overrides: Partial<Meeting>): Meeting => makeMeeting({start: null, precision: 'unknown', participants: [], evidence, ...overrides});

/**
 * Our own articles about talks in Switzerland in March, and a meeting in Moscow beside them.
 * An early report that dates the talks only once a later one names the place is what made
 * arrival order matter: merged late, it joins what the later reports built differently.
 */
const articles: Article[] = [
  {guid: 'termin', published: '2026-03-05T11:00:00Z', meeting: talks('Ein Treffen am 17. März ist im Gespräch.', {place: null, country: null, start: '2026-03-17', precision: 'day', status: 'proposed'})},
  {
    guid: 'runde',
    published: '2026-03-06T08:00:00Z',
    meeting: talks('Die zweite Runde der Gespräche zwischen den USA und der Ukraine soll in Genf stattfinden.', {status: 'planned', participants: ['USA', 'Ukraine']}),
  },
  {
    guid: 'vorschlag',
    published: '2026-03-11T09:00:00Z',
    meeting: talks('Selenskyj und Rubio könnten sich am 17. März in der Schweiz treffen, der Termin wurde verschoben.', {place: 'Schweiz', start: '2026-03-17', precision: 'day', status: 'proposed', participants: ['Wolodymyr Selenskyj', 'Marco Rubio']}),
  },
  {guid: 'moskau', published: '2026-03-12T07:00:00Z', meeting: talks('Witkoff und Putin kamen in Moskau zusammen.', {place: 'Moskau', country: 'Russland', start: '2026-03-12', precision: 'day', status: 'held', participants: ['Steven Witkoff', 'Wladimir Putin']})},
  {guid: 'laufen', published: '2026-03-13T10:00:00Z', meeting: talks('In der Schweiz laufen die Gespräche der USA und der Ukraine.', {place: 'Schweiz', status: 'ongoing', participants: ['USA', 'Ukraine']})},
];

const orders = [
  [0, 1, 2, 3, 4],
  [4, 3, 2, 1, 0],
  [1, 0, 4, 3, 2],
  [3, 0, 4, 2, 1],
  [2, 4, 0, 1, 3],
  [1, 2, 4, 0, 3],
];

/** The extractor's findings for our articles: the meeting whose sentence is the article's title. */
const extract = (input: ExtractInput): Extraction => ({...noFindings, meetings: articles.filter(article => article.meeting.evidence === input.title).map(article => article.meeting)});

/** One poll per article, in this order; `settle: false` leaves the late window as merged. */
async function ingest(order: readonly number[], settle = true): Promise<Cache> {
  const cache = Cache.open(join(tempDir(), 'cache.db'));
  caches.push(cache);
  const {id: feedId} = cache.ensureFeed({url: 'https://example.org/rss', name: 'Beispiel', intervalMinutes: 15, fulltext: 'never'}, true);
  const store: AnalysisStore = settle ? cache : Object.assign(Object.create(cache) as Cache, {settleLate: () => false});
  for (const index of order) {
    const {guid, published, meeting} = articles[index]!;
    const item = makeItem({guid, published, title: meeting.evidence});
    cache.storeArticles(feedId, [cache.prepareArticle({item, page: null, teaserOnly: true}, 'Beispiel', now)], now);
    const analyser = new Analyser({store: async () => store, extract, now: () => now});
    analyser.wake();
    await analyser.done();
  }
  return cache;
}

/** Each row as a reader sees it (status, dates, place, people, how many reports and which), without ids. */
const rows = (cache: Cache) =>
  cache
    .meetings(now)
    .map(({id, status, start, end, precision, place, kind, participants, shown, sourceArticleIds}) =>
      JSON.stringify({status, start, end, precision, place, kind, shown, participants: [...participants].sort(), reports: cache.meetingReports(id).map(report => report.evidence).sort(), sources: sourceArticleIds.length}),
    )
    .sort();

describe('arrival order, one article per poll', () => {
  it('gives the same rows in every order: status, dates, place, people and reports', async () => {
    const expected = rows(await ingest(orders[0]!));
    expect(expected.length).toBeGreaterThan(1);
    for (const order of orders.slice(1)) expect(rows(await ingest(order)), `order ${order.join(',')}`).toEqual(expected);
  });

  it('needs the late window merged again: without it some order gives other rows', async () => {
    const expected = rows(await ingest(orders[0]!, false));
    const differing: string[] = [];
    for (const order of orders.slice(1)) if (JSON.stringify(rows(await ingest(order, false))) !== JSON.stringify(expected)) differing.push(order.join(','));
    expect(differing.length).toBeGreaterThan(0);
  });
});
