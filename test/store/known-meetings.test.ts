import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {Meeting} from '../../source/extract/types.js';
import {compareReports} from '../../source/events/fold.js';
import {windowStart} from '../../source/events/index.js';
import type {Report} from '../../source/events/types.js';
import {Cache} from '../../source/store/cache.js';
import {KnownMeetings} from '../../source/store/known-meetings.js';
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

describe('the kept events’ index', () => {
  it('files an event under its first report as a load gives it, through a widen and a write', () => {
    const file = join(tempDir(), 'cache.db');
    const cache = open(file);
    // One meeting, two articles of the same minute: Genf (the lower id) and only "Schweiz".
    // Stored, the first report is Genf's (by article); merged, the Schweiz one (by sentence).
    report(cache, 'g', '2025-11-10T09:00:00+01:00', makeMeeting({start: null, precision: 'unknown', evidence: 'Zuletzt hieß es, die Gespräche seien in Genf geplant.'}));
    report(cache, 's', '2025-11-10T09:00:00+01:00', makeMeeting({place: 'Schweiz', start: null, precision: 'unknown', evidence: 'Auch die Schweiz ist im Gespräch.'}));
    expect(cache.meetings(now)).toHaveLength(1);
    const later = new Date('2025-11-11T09:00:00+01:00').toISOString();
    const known = KnownMeetings.load(cache.db, windowStart(later));
    const [stored] = [...known.within(windowStart(later))];
    const merged = {...stored!, reports: [...stored!.reports].sort(compareReports)};
    expect(merged.reports[0]!.meeting.place).toBe('Schweiz');
    known.set(merged);
    // A newest-first batch reaches back: the kept event's reports in stored order again (Genf first) …
    known.widen(windowStart(new Date('2025-11-01T09:00:00+01:00').toISOString()), windowStart(later));
    // … and a merge writes it with the Schweiz report first once more.
    known.set(merged);
    // A report from Bern agrees with "Schweiz", not with Genf: found through the first report.
    const bern: Report = {articleId: 99, index: 0, published: later, meeting: makeMeeting({place: 'Bern', start: null, precision: 'unknown'})};
    expect(known.nearby(bern, new Map()).map(event => event.id)).toEqual([stored!.id]);
  });
});
