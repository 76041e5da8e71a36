// A poll that analyses newest first merges most older articles out of order, provisionally, and
// merges their window again (the settle) at the end of its round. A run killed between the two
// leaves the settle to the next round, even one that finds nothing new to read or analyse.
import {afterEach, describe, expect, it} from 'vitest';
import {pollDeps} from '../../source/commands/ingest.js';
import {resolveDataPaths} from '../../source/config/paths.js';
import {ingestRound} from '../../source/feeds/poller.js';
import {Cache} from '../../source/store/cache.js';
import {makeItem, makeMeeting, noFindings} from '../store/make-item.js';
import {useTempDirs} from '../helpers/temp-dir.js';

const tempDir = useTempDirs();
const now = new Date('2026-03-20T12:00:00Z');
const caches: Cache[] = [];
afterEach(() => {
  for (const cache of caches.splice(0)) cache.close();
});

/** One meeting in three articles: planned for the 11th, moved to the 12th, held on the 12th. */
const articles = [
  {guid: 'plan', published: '2026-03-05T09:00:00+01:00', meeting: makeMeeting({start: '2026-03-11', participants: [], evidence: 'Die Delegationen sollen sich am 11. März in Genf treffen.'})},
  {guid: 'verschoben', published: '2026-03-10T09:00:00+01:00', meeting: makeMeeting({start: '2026-03-12', participants: [], evidence: 'Die Gespräche in Genf wurden auf Donnerstag verschoben.'})},
  {guid: 'gehalten', published: '2026-03-12T19:00:00+01:00', meeting: makeMeeting({start: '2026-03-12', status: 'held', participants: [], evidence: 'In Genf wurde am Donnerstag stundenlang verhandelt.'})},
];

function open(file: string): Cache {
  const cache = Cache.open(file);
  caches.push(cache);
  return cache;
}

/** Stores and analyses the articles in this order, as a poll's batches would. */
const store = (cache: Cache, order: readonly number[]) => {
  const {id} = cache.ensureFeed({url: 'https://example.org/rss', name: 'Beispiel', intervalMinutes: 15, fulltext: 'auto'}, true);
  for (const index of order) {
    const {guid, published, meeting} = articles[index]!;
    cache.storeArticle(id, {item: makeItem({guid, published, title: meeting.evidence}), page: null, teaserOnly: true}, 'Beispiel', now, () => ({...noFindings, meetings: [meeting]}));
  }
};

const rows = (cache: Cache) => cache.meetings(now).map(row => [row.status, row.start, cache.meetingReports(row.id).length]);

describe('a run killed between merging out of order and its settle', () => {
  it('is settled by the next poll round, which has nothing else to do', async () => {
    const inOrder = open(`${tempDir()}/in-order.db`);
    store(inOrder, [0, 1, 2]);
    expect(rows(inOrder)).toEqual([['held', '2026-03-12', 3]]);

    const dataDir = tempDir();
    const ctx = {paths: resolveDataPaths(dataDir), stdout: process.stdout, stderr: process.stderr, now: () => now};
    const killed = Cache.open(ctx.paths.cacheFile);
    store(killed, [2, 1, 0]);
    // Provisional until the settle: the plan for the 11th stands apart from the meeting held on the 12th.
    expect(rows(killed)).not.toEqual(rows(inOrder));
    killed.close();

    const next = open(ctx.paths.cacheFile);
    expect(next.pendingCount()).toBe(0);
    const round = await ingestRound(pollDeps(next, ctx), {feeds: [], pollConcurrency: 1, pageConcurrency: 1, timeoutMs: 5000, maxBytes: 1024 * 1024, fetchPages: false});
    expect(round.analysis.settled).toBe(true);
    expect(rows(next)).toEqual(rows(inOrder));
    expect(next.settleLeft()).toBe(false);
  });
});
