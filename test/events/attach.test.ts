import {describe, expect, it} from 'vitest';
import {attachReports} from '../../source/events/attach.js';
import {clusterReports} from '../../source/events/cluster.js';
import {joinsEvent} from '../../source/events/same-event.js';
import type {Event} from '../../source/events/types.js';
import {on, report} from './reports.js';

/** Events as a grouping made them, with ids as the store gives them. */
const stored = (events: Event[]): Event[] => events.map((event, index) => ({...event, id: index + 1}));
/** As the store asks it of a kept event: one that holds no report of the article and moved from no date. */
const joins = (event: Event, added: Parameters<typeof joinsEvent>[1]) => joinsEvent(event, added, {statuses: new Map(), movedFrom: []});

describe('a late report merged provisionally', () => {
  const riad = report('2026-03-06', 'In Riad beraten die USA und Russland am 9. März.', {place: 'Riad', country: 'Saudi-Arabien', participants: ['USA', 'Russland'], ...on('2026-03-09')});
  const held = report('2026-03-12', 'In Genf wurde am Donnerstag verhandelt.', {status: 'held', ...on('2026-03-12')});
  const second = report('2026-03-14', 'Eine weitere Runde in Genf ist für den 20. März geplant.', on('2026-03-20'));

  it('joins the event it fits best, keeping its id, its reports in publication order and leaving the others as they were', () => {
    const events = stored(clusterReports([riad, held, second]));
    expect(events).toHaveLength(3);
    const late = report('2026-03-11', 'Am Donnerstag sollen die Gespräche in Genf stattfinden.', on('2026-03-12'));
    const after = attachReports(events, [late], joins);
    expect(after).toHaveLength(3);
    const genf = after.find(event => event.reports.includes(late))!;
    expect(genf.id).toBe(events.find(event => event.reports.includes(held))!.id);
    expect(genf.reports.map(each => each.meeting.evidence)).toEqual([late.meeting.evidence, held.meeting.evidence]);
    expect(genf.state).toMatchObject({status: 'held', start: '2026-03-12', firstReported: late.published});
    for (const event of after) if (event !== genf) expect(events).toContain(event);
  });

  it('starts an event of its own when it joins none', () => {
    const events = stored(clusterReports([riad, held]));
    const istanbul = report('2026-03-08', 'In Istanbul sollen am 15. März Gespräche stattfinden.', {place: 'Istanbul', country: 'Türkei', ...on('2026-03-15')});
    const after = attachReports(events, [istanbul], joins);
    expect(after.slice(0, 2)).toEqual(events);
    expect(after[2]).toMatchObject({id: null, reports: [istanbul], state: {place: 'Istanbul', start: '2026-03-15'}});
  });

  it('keeps apart two meetings of one article that disagree on status, as a grouping does', () => {
    const article = 900;
    const planned = report('2026-03-10', 'Ein Treffen in Genf ist für Donnerstag geplant.', on('2026-03-12'), article, 0);
    const cancelled = report('2026-03-10', 'Ein Treffen in Genf am Donnerstag wurde abgesagt.', {status: 'cancelled', ...on('2026-03-12')}, article, 1);
    const after = attachReports([], [planned, cancelled], joins);
    expect(after).toHaveLength(clusterReports([planned, cancelled]).length);
    expect(after).toHaveLength(2);
  });
});
