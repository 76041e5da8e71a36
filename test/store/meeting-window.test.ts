// What the dashboard reads of the meetings instead of all of them: the order alone (ids), the
// rows of a window, a person's meetings, and the reports of only the meetings that can carry a
// ✦/↻ mark. Each must give what reading everything gives.
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {marksFloor, meetingMarks} from '../../source/follow/marks.js';
import type {FollowState} from '../../source/follow/follow-state.js';
import type {Meeting} from '../../source/extract/types.js';
import {Cache} from '../../source/store/cache.js';
import {allMeetingReports, meetingReportsArrivedAfter} from '../../source/store/meeting-history.js';
import {meetingOrder, meetingRows, meetingRowsByIds, meetingRowsWith} from '../../source/store/meetings.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {makeItem, makeMeeting, noFindings} from './make-item.js';

const tempDir = useTempDirs();
const today = new Date('2026-03-20T12:00:00Z');
const caches: Cache[] = [];
afterEach(() => {
  for (const cache of caches.splice(0)) cache.close();
});

/** Arrival times: one article an hour from 1 March on. */
const hour = (n: number) => new Date(Date.UTC(2026, 2, 1, 8 + n));

const places = ['Genf', 'Istanbul', 'Riad', 'Budapest', 'Wien', 'Paris', 'Rom', 'Oslo', 'Doha', 'Minsk', 'Ankara', 'Baku'];

/** Twelve meetings (upcoming, past, held, undated) and later reports that move, hold or add people to some. */
function filledCache(): Cache {
  const cache = Cache.open(join(tempDir(), 'cache.db'));
  caches.push(cache);
  const {id: feedId} = cache.ensureFeed({url: 'https://example.org/rss', name: 'Beispiel', intervalMinutes: 15, fulltext: 'auto'}, true);
  let n = 0;
  const report = (place: string, meeting: Partial<Meeting>) => {
    n += 1;
    const found = makeMeeting({place, country: null, evidence: `Die Gespräche in ${place} (${n}).`, participants: ['Marco Rubio'], ...meeting});
    const item = makeItem({guid: `artikel-${n}`, title: `Treffen in ${place} (${n})`, published: hour(n).toISOString()});
    cache.storeArticle(feedId, {item, page: null, teaserOnly: true}, 'Beispiel', hour(n), () => ({...noFindings, meetings: [found]}));
  };
  places.forEach((place, index) => {
    const start = index % 4 === 3 ? null : `2026-03-${String(5 + index * 2).padStart(2, '0')}`;
    report(place, {start, precision: start ? 'day' : 'unknown', status: index % 5 === 4 ? 'held' : 'planned', participants: index % 2 ? ['Marco Rubio'] : ['Rustem Umerow']});
  });
  report('Genf', {start: '2026-03-05', status: 'held'});
  report('Riad', {start: '2026-03-10', participants: ['Rustem Umerow', 'Steven Witkoff']});
  report('Wien', {start: '2026-03-26'});
  report('Oslo', {start: '2026-03-30', participants: ['Steven Witkoff']});
  return cache;
}

describe('the dashboard’s reads of the meetings', () => {
  it('give the same order, windows and people as reading every meeting', () => {
    const cache = filledCache();
    const all = meetingRows(cache.db, today);
    expect(all.length).toBeGreaterThanOrEqual(places.length);
    const order = meetingOrder(cache.db, today);
    expect(order.ids).toEqual(all.map(meeting => meeting.id));
    expect(order.upcoming).toBe(all.filter(meeting => meeting.shown === 'upcoming').length);
    expect(order.upcoming).toBeGreaterThan(0);
    expect(order.upcoming).toBeLessThan(all.length);
    for (const top of [0, 4, 9]) expect(meetingRowsByIds(cache.db, order.ids.slice(top, top + 4), today)).toEqual(all.slice(top, top + 4));
    for (const name of ['Marco Rubio', 'Rustem Umerow', 'Steven Witkoff', 'Niemand']) {
      expect(meetingRowsWith(cache.db, name, today)).toEqual(all.filter(meeting => meeting.participants.includes(name)));
    }
  });

  it('read the reports of only the meetings a later report reached, with the same marks as all reports give', () => {
    const cache = filledCache();
    const seenOslo = String(meetingRows(cache.db, today).find(meeting => meeting.place === 'Oslo')!.id);
    const states: FollowState[] = [
      {},
      {dashboardClosed: hour(12.5).toISOString()},
      {dashboardClosed: hour(3.5).toISOString()},
      {dashboardClosed: hour(3.5).toISOString(), allSeen: hour(13.5).toISOString()},
      {dashboardClosed: hour(12.5).toISOString(), seen: {[seenOslo]: hour(20).toISOString()}},
      {seen: {[seenOslo]: hour(15.5).toISOString()}},
    ];
    const everything = allMeetingReports(cache.db);
    for (const state of states) {
      const floor = marksFloor(state);
      const read = floor ? meetingReportsArrivedAfter(cache.db, floor) : new Map();
      expect(meetingMarks(read, state)).toEqual(meetingMarks(everything, state));
      // Fewer meetings' reports than all of them, each complete.
      expect(read.size).toBeLessThan(everything.size);
      for (const [id, reports] of read) expect(reports).toEqual(everything.get(id));
    }
    // After the first twelve articles: the four meetings reported again, all marked.
    const state = {dashboardClosed: hour(12.5).toISOString()};
    expect(meetingReportsArrivedAfter(cache.db, marksFloor(state)!).size).toBe(4);
    expect(meetingMarks(everything, state).size).toBe(4);
  });
});
