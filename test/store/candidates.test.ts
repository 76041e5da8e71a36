// The merge's candidates (remerge in extraction.ts): an event is asked whether a report joins it
// without reading its whole fold when it moved away from no date. The answers must be those of
// the full question, for every kept event and every report of another article.
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {joinsEvent, windowStart} from '../../source/events/index.js';
import type {Report} from '../../source/events/types.js';
import type {Meeting} from '../../source/extract/types.js';
import {Cache} from '../../source/store/cache.js';
import {joinsCandidate} from '../../source/store/extraction.js';
import {MeetingMemory} from '../../source/store/known-meetings.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {makeMeeting, storeWithFindings} from './make-item.js';

const tempDir = useTempDirs();
const now = new Date('2026-04-01T12:00:00Z');
const caches: Cache[] = [];
afterEach(() => {
  for (const cache of caches.splice(0)) cache.close();
});

const places: Array<[string, string]> = [['Genf', 'Schweiz'], ['Riad', 'Saudi-Arabien'], ['Istanbul', 'Türkei']];
const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}`;
const published = (n: number) => `${day(n)}T10:00:00+01:00`;

describe('a candidate event is asked without its whole fold', () => {
  it('gives the answers of the full question over a stream with postponements', () => {
    const cache = Cache.open(join(tempDir(), 'cache.db'));
    caches.push(cache);
    // Three weeks of our own articles: rounds planned, held, and moved ("verschoben": the old
    // date as a cancelled report, the new one as a plan), at three places.
    for (let n = 1; n <= 21; n++) {
      const [place, country] = places[n % places.length]!;
      const planned = 10 + (n % 7);
      const meetings: Meeting[] =
        n % 4 === 0
          ? [
              makeMeeting({place, country, start: day(planned), status: 'cancelled', evidence: `Die für den ${planned}. März geplanten Gespräche in ${place} wurden verschoben.`}),
              makeMeeting({place, country, start: day(planned + 9), status: 'planned', evidence: `Die Gespräche in ${place} wurden auf den ${planned + 9}. März verschoben.`}),
            ]
          : [makeMeeting({place, country, start: day(planned), status: n % 3 === 0 ? 'held' : 'planned', evidence: `Die Gespräche in ${place} am ${planned}. März.`})];
      storeWithFindings(cache, `a${n}`, published(n), {actors: [], suggestions: [], meetings}, now);
    }
    const known = new MeetingMemory(cache.db).recall([published(1)]);
    const events = [...known.within(windowStart(new Date(published(1)).toISOString()))];
    expect(events.some(event => known.movedAway(event.id!))).toBe(true);
    // Reports of other articles: every place, day and status.
    const probes: Report[] = [];
    for (const [place, country] of places)
      for (let n = 5; n <= 31; n++)
        for (const status of ['planned', 'held'] as const)
          probes.push({articleId: 1000 + probes.length, index: 0, published: new Date(published(22)).toISOString(), meeting: makeMeeting({place, country, start: day(n), status, evidence: `Gespräche in ${place}.`})});
    let joined = 0;
    let byOldDate = 0;
    for (const event of events) {
      for (const probe of probes) {
        const full = joinsEvent(event, probe);
        expect(joinsCandidate(event, probe, known.movedAway(event.id!))).toBe(full);
        if (full) joined++;
        if (full && !joinsEvent(event, probe, {statuses: new Map(), movedFrom: []})) byOldDate++;
      }
    }
    expect(joined).toBeGreaterThan(0);
    // Some reports join only by a date their event moved away from: the stream tests that case.
    expect(byOldDate).toBeGreaterThan(0);
  });
});
