// Change detection over an event's reports: proposed → planned → moved → held, read at
// different "since" times, as a person who looks in now and then would see it.
import {describe, expect, it} from 'vitest';
import {type FollowedEvent, type Report, changesSince, countChanges, eventChanges} from '../../source/follow/changes.js';

function report(articleId: number, published: string, overrides: Partial<Report>): Report {
  return {
    articleId,
    url: `https://www.n-tv.de/politik/artikel-${articleId}.html`,
    outlet: 'n-tv',
    published,
    status: 'proposed',
    start: null,
    end: null,
    precision: 'unknown',
    place: null,
    country: null,
    kind: 'talks',
    participants: [],
    evidence: 'Die Delegationen wollen über einen Waffenstillstand sprechen.',
    ...overrides,
  };
}

// Proposed in Switzerland (1 March), planned in Genf for 11 March (5 March), postponed to Friday
// the 13th (10 March), held (13 March): the sentences are each report's evidence.
const genf: FollowedEvent = {
  id: 'evt-genf',
  kind: 'talks',
  reports: [
    report(1, '2026-03-01T09:00:00+01:00', {status: 'proposed', place: 'Schweiz', country: 'Schweiz', participants: ['Donald Trump'], evidence: 'Trump schlägt ein Treffen in der Schweiz vor.'}),
    report(2, '2026-03-05T09:00:00+01:00', {status: 'planned', place: 'Genf', country: 'Schweiz', start: '2026-03-11', precision: 'day', participants: ['USA', 'Ukraine'], evidence: 'Die Gespräche in Genf sollen am 11. März beginnen.'}),
    report(3, '2026-03-10T09:00:00+01:00', {status: 'planned', start: '2026-03-13', precision: 'day', evidence: 'Die Gespräche wurden auf Freitag verschoben.'}),
    report(4, '2026-03-13T18:00:00+01:00', {status: 'held', place: 'Genf', country: 'Schweiz', start: '2026-03-13', precision: 'day', participants: ['Rustem Umerow', 'Steve Witkoff'], evidence: 'Umerow und Witkoff trafen sich am Freitag in Genf.'}),
  ],
};

describe('what changed since a time', () => {
  it('before the first report, the event is new and stands where the last report left it', () => {
    const [changed] = changesSince([genf], '2026-02-28T00:00:00Z');
    expect(changed).toMatchObject({id: 'evt-genf', isNew: true, changes: []});
    expect(changed?.now).toMatchObject({status: 'held', place: 'Genf', start: '2026-03-13', precision: 'day'});
    expect(changed?.now.participants).toEqual(['Donald Trump', 'USA', 'Ukraine', 'Rustem Umerow', 'Steve Witkoff']);
  });

  it('after the proposal: dated, planned, refined from the country to its city, new people, each with the report that brought it', () => {
    const changed = eventChanges(genf, '2026-03-02T00:00:00.000Z');
    expect(changed?.isNew).toBe(false);
    const kinds = changed?.changes.map(change => change.kind);
    expect(kinds).toEqual(['dated', 'status', 'place', 'participants']);
    const status = changed?.changes.find(change => change.kind === 'status');
    expect(status).toMatchObject({from: 'proposed', to: 'held', report: {articleId: 4}});
    expect(changed?.changes.find(change => change.kind === 'place')).toMatchObject({from: 'Schweiz', to: 'Genf', report: {articleId: 2}});
  });

  it('after the plan: moved from 11 to 13 March by the report that said so, then held', () => {
    const changed = eventChanges(genf, '2026-03-06T00:00:00.000Z');
    expect(changed?.changes[0]).toMatchObject({kind: 'moved', from: {start: '2026-03-11'}, to: {start: '2026-03-13'}, report: {articleId: 3}});
    expect(changed?.changes[1]).toMatchObject({kind: 'status', from: 'planned', to: 'held', report: {articleId: 4}});
    expect(countChanges(changed ? [changed] : [])).toBe('1 moved · 1 held · 1 with new people');
  });

  it('after the move, only that it was held (a repeated date and place are no change)', () => {
    const changed = eventChanges(genf, '2026-03-11T00:00:00.000Z');
    expect(changed?.changes.map(change => change.kind)).toEqual(['status', 'participants']);
  });

  it('after the last report, nothing', () => {
    expect(changesSince([genf], '2026-03-14T00:00:00Z')).toEqual([]);
  });

  it('a coarser later date that agrees ("Mitte März") refines nothing and moves nothing', () => {
    const vague: FollowedEvent = {...genf, reports: [genf.reports[1]!, report(5, '2026-03-07T09:00:00+01:00', {status: 'planned', start: '2026-03-11', precision: 'month-part'})]};
    expect(eventChanges(vague, '2026-03-06T00:00:00.000Z')).toBeNull();
  });

  it('a call-off is counted as "called off"; summary counts in a fixed order', () => {
    const istanbul: FollowedEvent = {
      id: 7,
      kind: 'talks',
      reports: [
        report(10, '2026-03-03T09:00:00+01:00', {status: 'planned', place: 'Istanbul', start: '2026-03-20', precision: 'day'}),
        report(11, '2026-03-08T09:00:00+01:00', {status: 'cancelled', place: 'Istanbul', evidence: 'Das Treffen in Istanbul wurde abgesagt.'}),
      ],
    };
    const fresh: FollowedEvent = {id: 8, kind: 'call', reports: [report(12, '2026-03-09T09:00:00+01:00', {status: 'held', participants: ['Donald Trump', 'Wladimir Putin']})]};
    const changed = changesSince([genf, istanbul, fresh], '2026-03-06T00:00:00Z');
    expect(changed.map(event => event.id)).toEqual(['evt-genf', 7, 8]);
    expect(countChanges(changed)).toBe('1 new · 1 moved · 1 held · 1 called off · 1 with new people');
  });
});

describe('report roles (the event model reads them from the sentence)', () => {
  it('a look back does not change the status; the date a meeting left does not move it back', () => {
    const event: FollowedEvent = {
      id: 3,
      kind: 'talks',
      reports: [
        report(1, '2026-03-05T09:00:00+01:00', {status: 'planned', place: 'Genf', start: '2026-03-11', precision: 'day'}),
        report(2, '2026-03-10T09:00:00+01:00', {status: 'cancelled', start: '2026-03-11', precision: 'day', evidence: 'Die für Mittwoch geplanten Gespräche wurden verschoben.'}),
        report(3, '2026-03-10T09:00:00+01:00', {status: 'planned', start: '2026-03-13', precision: 'day', evidence: 'Die Gespräche wurden auf Freitag verschoben.'}),
        report(4, '2026-03-30T09:00:00+02:00', {status: 'held', place: 'Genf', start: '2026-03-13', precision: 'day', evidence: 'Bei den Gesprächen in Genf am 13. März gab es keine Einigung.'}),
      ],
    };
    const changed = eventChanges(event, '2026-03-06T00:00:00.000Z');
    expect(changed?.changes).toHaveLength(1);
    expect(changed?.changes[0]).toMatchObject({kind: 'moved', to: {start: '2026-03-13'}, report: {articleId: 3}});
    expect(changed?.now.status).toBe('planned');
  });
});

describe('since you last looked: what arrived, not only what was published', () => {
  it('a report published before "since" but fetched after it is a change for the dashboard, not for "published since"', () => {
    const late = {...genf, reports: genf.reports.map(one => ({...one, arrived: one.articleId === 4 ? '2026-03-14T08:00:00Z' : one.published}))};
    const since = '2026-03-13T20:00:00Z';
    expect(eventChanges(late, since)?.changes.map(change => change.kind)).toEqual(['status', 'participants']);
    expect(eventChanges(late, since, 'publication')).toBeNull();
  });
});
