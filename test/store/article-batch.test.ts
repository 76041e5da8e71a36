import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {Extraction} from '../../source/extract/types.js';
import {Cache} from '../../source/store/cache.js';
import type {MeetingRow} from '../../source/store/types.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {makeItem, makeMeeting, noFindings} from './make-item.js';

const tempDir = useTempDirs();
const now = new Date('2025-11-12T12:00:00Z');
const caches: Cache[] = [];
afterEach(() => {
  for (const cache of caches.splice(0)) cache.close();
});

function openCache(): {cache: Cache; feedId: number} {
  const cache = Cache.open(join(tempDir(), 'cache.db'));
  caches.push(cache);
  const {id} = cache.ensureFeed({url: 'https://example.org/rss', name: 'Beispiel', intervalMinutes: 15, fulltext: 'auto'}, true);
  return {cache, feedId: id};
}

/** Reports of a few meetings: one in February, then November's, with a late older report among them. */
const reports: Array<{guid: string; published: string; extraction: Extraction}> = [
  {guid: 'b4', published: '2025-03-01T09:00:00+01:00', extraction: {...noFindings, meetings: [makeMeeting({place: 'Riad', country: 'Saudi-Arabien', status: 'held', start: '2025-02-28'})]}},
  {guid: 'b1', published: '2025-11-10T09:00:00+01:00', extraction: {...noFindings, meetings: [makeMeeting({status: 'planned'})]}},
  {guid: 'b2', published: '2025-11-11T09:00:00+01:00', extraction: {...noFindings, meetings: [makeMeeting({status: 'held', participants: ['USA', 'Ukraine', 'Russland']}), makeMeeting({place: 'Riad', country: 'Saudi-Arabien'})]}},
  {guid: 'b3', published: '2025-11-09T09:00:00+01:00', extraction: {...noFindings, meetings: [makeMeeting({status: 'proposed', participants: ['Ukraine']})]}},
  {guid: 'b5', published: '2025-11-12T09:00:00+01:00', extraction: {...noFindings, meetings: [makeMeeting({place: 'Riad', country: 'Saudi-Arabien', status: 'held'})]}},
];

const comparable = (meetings: MeetingRow[]) =>
  meetings.map(({id: _id, firstSeen: _seen, participants, sourceArticleIds, ...meeting}) => ({...meeting, participants: [...participants].sort(), sources: sourceArticleIds.length}));

describe('storing a feed\'s articles in one batch', () => {
  it('merges meetings exactly as storing the articles one at a time does', () => {
    const single = openCache();
    for (const {guid, published, extraction} of reports) {
      single.cache.storeArticle(single.feedId, {item: makeItem({guid, published}), page: null, teaserOnly: true}, 'Beispiel', now, () => extraction);
    }
    const batched = openCache();
    const prepared = reports.map(({guid, published, extraction}) =>
      batched.cache.prepareArticle({item: makeItem({guid, published}), page: null, teaserOnly: true}, 'Beispiel', now, () => extraction),
    );
    const outcomes = batched.cache.storeArticles(batched.feedId, prepared, now);

    expect(outcomes.map(outcome => outcome.result)).toEqual(['new', 'new', 'new', 'new', 'new']);
    const meetings = comparable(batched.cache.meetings(now));
    expect(meetings).toEqual(comparable(single.cache.meetings(now)));
    // Genf: three reports, the newest status; Riad in February is too long ago for November's Riad to be it.
    expect(meetings.map(meeting => [meeting.place, meeting.start, meeting.status, meeting.sources]).sort()).toEqual([
      ['Genf', '2025-11-20', 'held', 3],
      ['Riad', '2025-02-28', 'held', 1],
      ['Riad', '2025-11-20', 'held', 2],
    ]);
  });

  it('drops a meeting that the changed article no longer reports, and keeps one other articles still name', () => {
    const {cache, feedId} = openCache();
    const store = (guid: string, title: string, meetings: Extraction['meetings']) =>
      cache.storeArticles(feedId, [cache.prepareArticle({item: makeItem({guid, title}), page: null, teaserOnly: true}, 'Beispiel', now, () => ({...noFindings, meetings}))], now)[0]!;
    store('c1', 'Treffen in Genf und Riad', [makeMeeting(), makeMeeting({place: 'Riad', country: 'Saudi-Arabien'})]);
    store('c2', 'Treffen in Genf', [makeMeeting({status: 'held'})]);
    // The first article is corrected: Riad was a mistake.
    const outcome = store('c1', 'Treffen in Genf', [makeMeeting()]);
    expect(outcome.result).toBe('updated');
    // Merged after c2, it is settled at the end of the round, as a poll does.
    cache.settleLate(now);
    expect(cache.meetings(now).map(meeting => [meeting.place, meeting.status, meeting.sourceArticleIds.length])).toEqual([['Genf', 'held', 2]]);
  });

  it('links items already stored unchanged to the feed and returns only the new or changed ones', () => {
    const {cache, feedId} = openCache();
    const kept = makeItem({guid: 'd1'});
    cache.storeArticle(feedId, {item: kept, page: null, teaserOnly: true}, 'Beispiel', now);
    const other = cache.ensureFeed({url: 'https://example.org/andere', name: 'Andere', intervalMinutes: 15, fulltext: 'auto'}, true);
    const changed = {...kept, title: 'Delegationen vertagen Gespräche'};
    const fresh = makeItem({guid: 'd2'});
    expect(cache.changedItems(other.id, [kept, fresh]).map(item => item.guid)).toEqual(['d2']);
    expect(cache.changedItems(feedId, [changed]).map(item => item.title)).toEqual(['Delegationen vertagen Gespräche']);
    expect(cache.article(cache.latest({offset: 0, limit: 1})[0]!.id)?.feeds).toEqual(['Andere', 'Beispiel']);
  });
});
