// Articles, people and meetings for the dashboard's tests, in German sentences of our own.
import {shownAt} from '../../source/events/shown.js';
import type {ActorSummary, ArticleDetail, MeetingRow} from '../../source/store/types.js';

/** "Now" in every dashboard test: Wednesday, 12 November 2025, 15:00 in the local zone. */
export const NOW = new Date(2025, 10, 12, 15, 0);

const paragraph = (n: number) =>
  `Absatz ${n}: Die Delegationen sprachen in Genf über einen Waffenstillstand entlang der Frontlinie. Wolodymyr Selenskyj sagte, die Ukraine sei zu „ehrlichen Gesprächen“ bereit, aber nicht zu Gebietsabtretungen.`;

export function article(id: number, overrides: Partial<ArticleDetail> = {}): ArticleDetail {
  return {
    id,
    url: `https://www.n-tv.de/politik/artikel-${id}.html`,
    outlet: 'n-tv',
    kicker: 'Krieg in der Ukraine',
    title: `Meldung Nummer ${id} zu den Verhandlungen`,
    // One hour apart, newest has the highest id.
    published: new Date(NOW.getTime() - (100 - id) * 3_600_000).toISOString(),
    fetched: NOW.toISOString(),
    unread: true,
    teaserOnly: false,
    actorIds: [],
    newMeetings: 0,
    summary: 'Kurzfassung.',
    text: Array.from({length: 12}, (_, index) => paragraph(index + 1)).join('\n\n'),
    sourceLine: 'Quelle: ntv.de, dpa',
    tags: [],
    feeds: ['n-tv'],
    meetings: [],
    ...overrides,
  };
}

export function actor(id: string, name: string, overrides: Partial<ActorSummary> = {}): ActorSummary {
  return {id, name, role: null, side: null, today: 0, week: 0, daily: Array(14).fill(0), lastSeen: null, firstSeen: null, suggested: false, ...overrides};
}

/** A meeting as the cache lists it; `shown` follows from status and date against NOW unless given. */
export function meeting(id: number, overrides: Partial<MeetingRow> = {}): MeetingRow {
  const row: Omit<MeetingRow, 'shown'> = {
    id,
    place: 'Genf',
    country: 'Schweiz',
    start: '2025-11-15',
    end: null,
    precision: 'day',
    status: 'planned',
    kind: 'talks',
    participants: ['USA', 'Ukraine'],
    sourceArticleIds: [],
    firstSeen: NOW.toISOString(),
    lastReported: NOW.toISOString(),
    ...overrides,
  };
  return {...row, shown: overrides.shown ?? shownAt({...row, lastReported: row.lastReported!}, '2025-11-12')};
}
