import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {Meeting} from '../../source/extract/types.js';
import {Cache} from '../../source/store/cache.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {makeItem, makeMeeting, noFindings} from './make-item.js';

const tempDir = useTempDirs();
const now = new Date('2025-11-12T12:00:00Z');
const caches: Cache[] = [];
afterEach(() => {
  for (const cache of caches.splice(0)) cache.close();
});

function open(file: string): Cache {
  const cache = Cache.open(file);
  caches.push(cache);
  return cache;
}

function report(cache: Cache, guid: string, published: string, meeting: Meeting): void {
  const {id} = cache.ensureFeed({url: 'https://example.org/rss', name: 'Beispiel', intervalMinutes: 15, fulltext: 'auto'}, true);
  cache.storeArticle(id, {item: makeItem({guid, published}), page: null, teaserOnly: true}, 'Beispiel', now, () => ({...noFindings, meetings: [meeting]}));
}

describe('merging meetings while another process writes the same cache', () => {
  it('merges into meetings the other process stored since, and the other process into ours', () => {
    const file = join(tempDir(), 'cache.db');
    const poller = open(file);
    const dashboard = open(file);
    report(poller, 'p1', '2025-11-10T09:00:00+01:00', makeMeeting({status: 'proposed'}));
    // The dashboard's own poll learns of a report the first process stored after its last write.
    report(dashboard, 'd1', '2025-11-11T09:00:00+01:00', makeMeeting({status: 'planned', participants: ['USA']}));
    report(poller, 'p2', '2025-11-12T09:00:00+01:00', makeMeeting({status: 'held', participants: ['Ukraine', 'Wolodymyr Selenskyj']}));
    const meetings = poller.meetings(now);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({status: 'held', sourceArticleIds: [1, 2, 3]});
    expect(meetings[0]?.participants.sort()).toEqual(['USA', 'Ukraine', 'Wolodymyr Selenskyj']);
  });

  it('after a reindex cleared every meeting, stores the next report as a new meeting', () => {
    const cache = open(join(tempDir(), 'cache.db'));
    report(cache, 'r1', '2025-11-10T09:00:00+01:00', makeMeeting());
    cache.clearExtractions();
    report(cache, 'r2', '2025-11-11T09:00:00+01:00', makeMeeting({status: 'held'}));
    expect(cache.meetings(now).map(meeting => [meeting.status, meeting.sourceArticleIds])).toEqual([['held', [2]]]);
  });

  it('merges a report that fits two stored meetings into the one with the newest status', () => {
    const cache = open(join(tempDir(), 'cache.db'));
    report(cache, 'w1', '2025-01-01T09:00:00+01:00', makeMeeting({start: '2024-12-20', status: 'held'}));
    // Five months later the first is outside the merge window: a second meeting in Genf.
    report(cache, 'w2', '2025-06-01T09:00:00+02:00', makeMeeting({start: null, precision: 'unknown', status: 'planned'}));
    // An April report is within reach of both.
    report(cache, 'w3', '2025-04-15T09:00:00+02:00', makeMeeting({start: null, precision: 'unknown', status: 'proposed'}));
    const sources = cache.meetings(now).map(meeting => meeting.sourceArticleIds.sort());
    expect(sources.sort()).toEqual([[1], [2, 3]]);
  });
});
