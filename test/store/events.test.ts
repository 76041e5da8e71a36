// The store's side of the event model: one row per real meeting across articles, every report
// kept, the same events whatever order articles arrive in, ids that survive changes.
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {Meeting} from '../../source/extract/types.js';
import {Cache} from '../../source/store/cache.js';
import type {MeetingRow} from '../../source/store/types.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {makeItem, makeMeeting, noFindings} from './make-item.js';

const tempDir = useTempDirs();
const now = new Date('2026-03-20T12:00:00Z');
const caches: Cache[] = [];
afterEach(() => {
  for (const cache of caches.splice(0)) cache.close();
});

type Article = {guid: string; outlet: string; published: string; meetings: Meeting[]};

const genf = (evidence: string, overrides: Partial<Meeting>) => makeMeeting({start: null, precision: 'unknown', participants: [], evidence, ...overrides});

/** Our own stream about one meeting: proposed, planned, moved, held; and a call the same day. */
const stream: Article[] = [
  {guid: 'vorschlag', outlet: 'zeit.de', published: '2026-03-01T09:00:00+01:00', meetings: [genf('Selenskyj schlägt ein Treffen mit Rubio in der Schweiz vor.', {place: 'Schweiz', status: 'proposed', participants: ['Wolodymyr Selenskyj', 'Marco Rubio']})]},
  {guid: 'plan', outlet: 'tagesschau.de', published: '2026-03-05T09:00:00+01:00', meetings: [genf('Die Delegationen sollen sich am 11. März in Genf treffen.', {start: '2026-03-11', precision: 'day'})]},
  {guid: 'verschoben', outlet: 'n-tv.de', published: '2026-03-10T09:00:00+01:00', meetings: [genf('Die Gespräche in Genf wurden auf Donnerstag verschoben.', {start: '2026-03-12', precision: 'day'})]},
  {
    guid: 'gehalten',
    outlet: 'deutschlandfunk.de',
    published: '2026-03-12T19:00:00+01:00',
    meetings: [
      genf('In Genf wurde am Donnerstag stundenlang verhandelt.', {start: '2026-03-12', precision: 'day', status: 'held'}),
      genf('Am Abend telefonierte Selenskyj mit Trump.', {place: null, country: null, kind: 'call', status: 'held', start: '2026-03-12', precision: 'day', participants: ['Wolodymyr Selenskyj', 'Donald Trump']}),
    ],
  },
];

function openCache(): Cache {
  const cache = Cache.open(join(tempDir(), 'cache.db'));
  caches.push(cache);
  return cache;
}

function store(cache: Cache, article: Article): number {
  const {id: feedId} = cache.ensureFeed({url: 'https://example.org/rss', name: 'Beispiel', intervalMinutes: 15, fulltext: 'auto'}, true);
  // The title follows the first finding, so a corrected article is a changed item.
  const title = article.meetings[0]?.evidence ?? 'Ohne Treffen';
  const item = makeItem({guid: article.guid, title, published: article.published, url: `https://www.${article.outlet}/politik/${article.guid}.html`});
  return cache.storeArticle(feedId, {item, page: null, teaserOnly: true}, 'Beispiel', now, () => ({...noFindings, meetings: article.meetings})).articleId;
}

/** The rows and their histories without what depends on arrival (ids, first seen), in a fixed order. */
const comparable = (cache: Cache) =>
  cache
    .meetings(now)
    .map(({id, firstSeen: _seen, sourceArticleIds, ...row}: MeetingRow) =>
      JSON.stringify({...row, sources: sourceArticleIds.length, reports: cache.meetingReports(id).map(({articleId: _article, ...report}) => report)}),
    )
    .sort();

/** The rows of the stream stored in publication order: what any order must come to. */
function inOrderRows() {
  const inOrder = openCache();
  for (const article of stream) store(inOrder, article);
  return comparable(inOrder);
}

describe('meetings as real-world events', () => {
  it('keeps one row for a meeting reported proposed, planned, moved and held, with what each report said', () => {
    const cache = openCache();
    for (const article of stream) store(cache, article);
    const rows = [...cache.meetings(now)].sort((a, b) => a.kind.localeCompare(b.kind));
    expect(rows.map(row => [row.kind, row.status, row.shown])).toEqual([
      ['talks', 'held', 'past'],
      ['call', 'held', 'past'],
    ].sort((a, b) => a[0]!.localeCompare(b[0]!)));
    const talks = rows.find(row => row.kind === 'talks')!;
    expect(talks).toMatchObject({place: 'Genf', start: '2026-03-12', precision: 'day', participants: ['Wolodymyr Selenskyj', 'Marco Rubio']});
    const history = cache.meetingReports(talks.id).map(report => [report.published.slice(0, 10), report.outlet, report.status, report.role, report.place, report.start]);
    expect(history).toEqual([
      ['2026-03-01', 'zeit.de', 'proposed', 'report', 'Schweiz', null],
      ['2026-03-05', 'tagesschau.de', 'planned', 'report', 'Genf', '2026-03-11'],
      ['2026-03-10', 'n-tv.de', 'planned', 'moved', 'Genf', '2026-03-12'],
      ['2026-03-12', 'deutschlandfunk.de', 'held', 'report', 'Genf', '2026-03-12'],
    ]);
  });

  it('gives the same rows and histories whatever order the articles arrive in, once the round settles', () => {
    const inOrder = openCache();
    for (const article of stream) store(inOrder, article);
    expect(inOrder.settleLeft()).toBe(false);
    const expected = comparable(inOrder);
    for (const order of [[3, 2, 1, 0], [2, 0, 3, 1], [1, 3, 0, 2]]) {
      const shuffled = openCache();
      for (const index of order) store(shuffled, stream[index]!);
      expect(shuffled.settleLeft()).toBe(true);
      expect(shuffled.settleLate(now)).toBe(true);
      expect(comparable(shuffled)).toEqual(expected);
      expect(shuffled.settleLeft()).toBe(false);
    }
  });

  it('leaves the settle of reports merged out of order to the next run when a run ends before it', () => {
    const expected = inOrderRows();
    const file = join(tempDir(), 'killed.db');
    const killed = Cache.open(file);
    for (const article of [...stream].reverse()) store(killed, article);
    // Newest first, merged provisionally: the held talks and the earlier plans are apart until the settle.
    expect(comparable(killed)).not.toEqual(expected);
    killed.close();
    const next = Cache.open(file);
    caches.push(next);
    expect(next.settleLeft()).toBe(true);
    expect(next.settleLate(now)).toBe(true);
    expect(comparable(next)).toEqual(expected);
    expect(next.settleLeft()).toBe(false);
    expect(next.settleLate(now)).toBe(false);
  });

  it('keeps a provisional merge waiting for its settle when another process settled in between', () => {
    const expected = inOrderRows();
    const file = join(tempDir(), 'shared.db');
    const analysing = Cache.open(file);
    store(analysing, stream[3]!);
    store(analysing, stream[0]!);
    // Another process (the dashboard beside a poll loop) settles what was noted so far.
    const other = Cache.open(file);
    expect(other.settleLate(now)).toBe(true);
    other.close();
    // Later than the report noted before, so merged provisionally without a new note in memory.
    store(analysing, stream[2]!);
    store(analysing, stream[1]!);
    analysing.close();
    const next = Cache.open(file);
    caches.push(next);
    expect(next.settleLeft()).toBe(true);
    next.settleLate(now);
    expect(comparable(next)).toEqual(expected);
  });

  it('settles every report again in publication order, keeping the oldest id of each meeting and what any order gives', () => {
    const inOrder = openCache();
    for (const article of stream) store(inOrder, article);
    const expected = comparable(inOrder);
    const reversed = openCache();
    for (const article of [...stream].reverse()) store(reversed, article);
    const idBefore = new Map<string, number>();
    for (const {id} of reversed.meetings(now)) for (const report of reversed.meetingReports(id)) idBefore.set(report.evidence, id);
    expect(reversed.settleEvents(now)).toBe(2);
    expect(comparable(reversed)).toEqual(expected);
    for (const {id} of reversed.meetings(now)) expect(id).toBe(Math.min(...reversed.meetingReports(id).map(report => idBefore.get(report.evidence)!)));
  });

  it('merges a meeting again when retention deletes one of its articles', () => {
    const cache = openCache();
    for (const article of stream) store(cache, article);
    // Keep 12 days before 13.03.: the proposal of 01.03. (the only one naming people) goes.
    expect(cache.applyRetention(12, new Date('2026-03-13T12:00:00Z'))).toBe(1);
    const talks = cache.meetings(now).find(row => row.kind === 'talks')!;
    expect(talks).toMatchObject({place: 'Genf', status: 'held', participants: []});
    expect(cache.meetingReports(talks.id).map(report => report.outlet)).toEqual(['tagesschau.de', 'n-tv.de', 'deutschlandfunk.de']);
  });

  it('re-merges the events a changed article touched; when two merge, the older id survives', () => {
    const cache = openCache();
    const first = store(cache, {guid: 'a', outlet: 'n-tv.de', published: '2026-03-05T09:00:00+01:00', meetings: [genf('Die Gespräche sollen am 11. März in Istanbul stattfinden.', {place: 'Istanbul', country: 'Türkei', start: '2026-03-11', precision: 'day'})]});
    store(cache, {guid: 'b', outlet: 'zeit.de', published: '2026-03-06T09:00:00+01:00', meetings: [genf('Am 11. März wird in Genf verhandelt.', {start: '2026-03-11', precision: 'day'})]});
    const [istanbul, geneva] = [...cache.meetings(now)].sort((x, y) => x.id - y.id);
    expect([istanbul?.place, geneva?.place]).toEqual(['Istanbul', 'Genf']);
    // The first article is corrected: the talks are in Genf too.
    store(cache, {guid: 'a', outlet: 'n-tv.de', published: '2026-03-05T09:00:00+01:00', meetings: [genf('Die Gespräche sollen am 11. März in Genf stattfinden.', {start: '2026-03-11', precision: 'day'})]});
    // Changed under a later article: settled at the end of the round, as a poll does.
    cache.settleLate(now);
    const rows = cache.meetings(now);
    expect(rows.map(row => [row.id, row.place, row.sourceArticleIds.length])).toEqual([[istanbul!.id, 'Genf', 2]]);
    expect(cache.meetingReports(istanbul!.id).map(report => report.articleId)).toContain(first);
  });

  it.each([6, 7])('keeps every id of a busy month when all its articles are extracted again newest first and settled, as reindex does (stream %i)', start => {
    // Our own dense stream: meetings at three places on nearby days, several per article, so
    // that a report merged provisionally often sits with another meeting until the settle.
    let seed = start;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const places = [['Genf', 'Schweiz'], ['Berlin', 'Deutschland'], ['Miami', 'USA']] as const;
    const names = ['Steve Witkoff', 'Jared Kushner', 'Rustem Umerow', 'Friedrich Merz'];
    const busy: Article[] = Array.from({length: 40}, (_, index) => ({
      guid: `monat-${index}`,
      outlet: 'n-tv.de',
      published: new Date(Date.UTC(2026, 2, 1 + Math.floor(index / 2), 8 + (index % 2) * 6)).toISOString(),
      meetings: Array.from({length: 1 + next(3)}, (_, at) => {
        const [place, country] = places[next(3)]!;
        const day = String(2 + Math.floor(index / 2) + next(4)).padStart(2, '0');
        return genf(`Treffen ${index}-${at} in ${place} am ${day}. März.`, {place, country, start: `2026-03-${day}`, precision: 'day', status: next(3) === 0 ? 'held' : 'planned', kind: next(4) === 0 ? 'visit' : 'talks', participants: names.filter(() => next(2) === 0)});
      }),
    }));
    const cache = openCache();
    const articleIds = busy.map(article => store(cache, article));
    const before = cache.meetings(now).map(row => [row.id, row.place, row.start, row.kind, row.status]).sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(before.length).toBeGreaterThan(10);
    // Each sentence read a little differently (a newer extractor): the same meetings, new reports.
    for (let index = busy.length - 1; index >= 0; index--) {
      const article = busy[index]!;
      cache.saveExtraction(articleIds[index]!, {...noFindings, meetings: article.meetings.map(meeting => ({...meeting, evidence: `${meeting.evidence} (neu gelesen)`}))}, article.published, now);
    }
    cache.settleLate(now);
    expect(cache.meetings(now).map(row => [row.id, row.place, row.start, row.kind, row.status]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual(before);
  });

  it('keeps every id and row when all articles are extracted again and settled, as reindex does, in any order', () => {
    for (const order of [[3, 1, 0, 2], [3, 2, 1, 0], [0, 1, 2, 3]]) {
      const cache = openCache();
      const articleIds = stream.map(article => store(cache, article));
      const before = cache.meetings(now).map(row => [row.id, row.place, row.kind]);
      const rows = comparable(cache);
      for (const index of order) {
        const article = stream[index]!;
        cache.saveExtraction(articleIds[index]!, {...noFindings, meetings: article.meetings.map(meeting => ({...meeting}))}, article.published, now);
      }
      cache.settleLate(now);
      expect(cache.meetings(now).map(row => [row.id, row.place, row.kind])).toEqual(before);
      expect(comparable(cache)).toEqual(rows);
    }
  });
});
