import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {Extraction} from '../../source/extract/types.js';
import {Cache} from '../../source/store/cache.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {makeMeeting, noFindings, storeWithFindings} from './make-item.js';

const tempDir = useTempDirs();
const now = new Date('2025-11-12T12:00:00Z');
let cache: Cache;
afterEach(() => cache.close());

const store = (guid: string, published: string, extraction: Extraction) => storeWithFindings(cache, guid, published, extraction, now);

describe('saving what the extractor found', () => {
  it('merges reports of the same meeting: sources accumulate and the later status wins', () => {
    cache = Cache.open(join(tempDir(), 'cache.db'));
    const first = store('m1', '2025-11-10T09:00:00+01:00', {...noFindings, meetings: [makeMeeting({status: 'planned'})]});
    const second = store('m2', '2025-11-11T09:00:00+01:00', {...noFindings, meetings: [makeMeeting({status: 'held', participants: ['USA', 'Ukraine', 'Russland']})]});
    // An older article arriving late must not undo the newer status.
    const late = store('m0', '2025-11-09T09:00:00+01:00', {...noFindings, meetings: [makeMeeting({status: 'proposed'})]});
    const meetings = cache.meetings(now);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({place: 'Genf', status: 'held'});
    expect(meetings[0]?.participants.sort()).toEqual(['Russland', 'USA', 'Ukraine']);
    expect(meetings[0]?.sourceArticleIds.sort()).toEqual([first, second, late].sort());
    expect(cache.meetingSources(meetings[0]!.id).map(article => article.id).sort()).toEqual([first, second, late].sort());
    // Each article still shows the meeting as it reported it.
    expect(cache.article(late)?.meetings[0]?.status).toBe('proposed');
    // The meeting is first reported by the earliest article, whatever order they arrived in.
    expect(cache.latest({offset: 0, limit: 10}).find(article => article.id === late)?.newMeetings).toBe(1);
    expect(cache.latest({offset: 0, limit: 10}).find(article => article.id === first)?.newMeetings).toBe(0);
  });

  it('keeps different meetings apart and lists upcoming ones first', () => {
    cache = Cache.open(join(tempDir(), 'cache.db'));
    store('u1', '2025-11-10T09:00:00+01:00', {
      ...noFindings,
      meetings: [
        makeMeeting({place: 'Istanbul', start: '2025-05-16', status: 'held'}),
        makeMeeting({place: 'Genf', start: '2025-11-20', status: 'planned'}),
        makeMeeting({place: 'Moskau', start: null, precision: 'unknown', status: 'proposed', kind: 'visit'}),
      ],
    });
    expect(cache.meetings(now).map(meeting => meeting.place)).toEqual(['Genf', 'Moskau', 'Istanbul']);
  });

  it('replaces an article\'s findings when it is extracted again', () => {
    cache = Cache.open(join(tempDir(), 'cache.db'));
    const actor = {id: 'selenskyj', name: 'Wolodymyr Selenskyj', role: 'Präsident der Ukraine', side: 'UA' as const, mentions: 3};
    const id = store('r1', '2025-11-12T09:00:00+01:00', {...noFindings, actors: [actor], meetings: [makeMeeting()]});
    cache.saveExtraction(id, {...noFindings, actors: [{...actor, mentions: 1}]}, '2025-11-12T09:00:00+01:00', now);
    expect(cache.meetings(now)).toEqual([]);
    expect(cache.actors(now).find(summary => summary.id === 'selenskyj')?.today).toBe(1);
  });

  it('counts mentions per actor for today, the week and each of the last 14 days', () => {
    cache = Cache.open(join(tempDir(), 'cache.db'));
    const actor = {id: 'rubio', name: 'Marco Rubio', role: 'US-Außenminister', side: 'US' as const, mentions: 2};
    store('a1', '2025-11-12T08:00:00+01:00', {...noFindings, actors: [actor]});
    store('a2', '2025-11-12T09:00:00+01:00', {...noFindings, actors: [{...actor, mentions: 1}]});
    store('a3', '2025-11-08T09:00:00+01:00', {...noFindings, actors: [actor]});
    store('a4', '2025-11-01T09:00:00+01:00', {...noFindings, actors: [actor], suggestions: [{name: 'Rustem Umjerow', cue: 'Sekretär', mentions: 1}]});
    const [rubio, suggested] = cache.actors(now);
    expect(rubio).toMatchObject({id: 'rubio', name: 'Marco Rubio', side: 'US', today: 3, week: 5, suggested: false});
    // The time of the latest article naming him (a2), not the start of his last day.
    expect(new Date(rubio?.lastSeen ?? '').toISOString()).toBe('2025-11-12T08:00:00.000Z');
    expect(rubio?.daily).toHaveLength(14);
    expect(rubio?.daily.at(-1)).toBe(3);
    expect(rubio?.daily.at(-5)).toBe(2);
    expect(rubio?.daily.reduce((sum, n) => sum + n, 0)).toBe(7);
    expect(suggested).toMatchObject({name: 'Rustem Umjerow', suggested: true, today: 0, week: 0});
  });
});
