import {describe, expect, it} from 'vitest';
import {assignIds, clusterReports, reportKey} from '../../source/events/cluster.js';
import {adopt, groupAgain, regroup, type Grouping} from '../../source/events/resume.js';
import {compareReports, foldOf} from '../../source/events/fold.js';
import type {Event, Report} from '../../source/events/types.js';
import {on, report} from './reports.js';

/** A fortnight of our own reports: the Genf talks proposed, planned, moved and held, and others around them. */
const fortnight: Report[] = [
  report('2026-03-01', 'Selenskyj schlägt ein Treffen mit Rubio in der Schweiz vor.', {place: 'Schweiz', status: 'proposed', participants: ['Wolodymyr Selenskyj', 'Marco Rubio']}),
  report('2026-03-05', 'Die Delegationen sollen sich am 11. März in Genf treffen.', on('2026-03-11')),
  report('2026-03-10', 'Die Gespräche in Genf wurden auf Donnerstag verschoben.', on('2026-03-12')),
  report('2026-03-12', 'In Genf wurde am Donnerstag verhandelt.', {status: 'held', ...on('2026-03-12')}),
  report('2026-03-12', 'Trump telefonierte am Donnerstag mit Putin.', {place: null, country: null, kind: 'call', status: 'held', participants: ['Donald Trump', 'Wladimir Putin'], ...on('2026-03-12')}),
  report('2026-03-13', 'Eine zweite Runde in Genf soll folgen.', {status: 'planned'}),
  report('2026-03-06', 'In Riad beraten die USA und Russland am 9. März.', {place: 'Riad', country: 'Saudi-Arabien', participants: ['USA', 'Russland'], ...on('2026-03-09')}),
  report('2026-03-09', 'Die Gespräche in Riad haben begonnen.', {place: 'Riad', country: 'Saudi-Arabien', status: 'ongoing', participants: ['USA', 'Russland'], ...on('2026-03-09')}),
];

/** Events without ids or article ids, in a fixed order: what must not depend on arrival order. */
const shape = (events: Event[]) =>
  events
    .map(({state, reports}) => JSON.stringify([state, reports.map(r => r.meeting.evidence).sort()]))
    .sort();

/** A fixed pseudo-random permutation, so a failure can be repeated. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe('reports into events', () => {
  it('makes one event of the Genf talks, with their history, and keeps the others apart', () => {
    const events = clusterReports(fortnight);
    const genf = events.find(event => event.state.place === 'Genf' && event.state.status === 'held')!;
    expect(genf.state).toMatchObject({start: '2026-03-12', precision: 'day', participants: ['Wolodymyr Selenskyj', 'Marco Rubio']});
    expect(genf.reports.map(r => r.meeting.status)).toEqual(['proposed', 'planned', 'planned', 'held']);
    // The call, Riad, and the second Genf round.
    expect(events).toHaveLength(4);
  });

  it('gives the same events whatever order the reports arrive in', () => {
    const expected = shape(clusterReports(fortnight));
    for (let seed = 1; seed <= 20; seed++) expect(shape(clusterReports(shuffled(fortnight, seed)))).toEqual(expected);
  });
});

describe('event ids', () => {
  it('when two events merge, the older id survives; a new event gets none yet', () => {
    const [proposal, plan, moved] = fortnight;
    const previous = new Map([
      [reportKey(proposal!), 7],
      [reportKey(plan!), 3],
    ]);
    const [genf, ...others] = assignIds(clusterReports([proposal!, plan!, moved!, fortnight[6]!]), previous);
    expect(genf!.id).toBe(3);
    expect(others.map(event => event.id)).toEqual([null]);
  });

  it('when an event splits, the part that keeps a report of the old id keeps it, the other gets a new one', () => {
    const [, plan, , held, , second] = fortnight;
    const previous = new Map([
      [reportKey(plan!), 4],
      [reportKey(held!), 4],
      [reportKey(second!), 4],
    ]);
    const ids = assignIds(clusterReports([plan!, held!, second!]), previous).map(event => event.id);
    expect(ids).toEqual([4, null]);
  });
});

describe('a long stream: the place index narrows the comparisons, not the result', () => {
  // Two months of our own reports at many places, some only a country, a venue, none (calls),
  // dated or not, with people of several sides: far more events at once than the index's threshold.
  const places: Array<[string | null, string | null]> = [
    ['Genf', 'Schweiz'], ['Schweiz', 'Schweiz'], ['Riad', 'Saudi-Arabien'], ['Mar-a-Lago', 'USA'], ['Palm Beach', 'USA'],
    ['USA', 'USA'], ['Miami', 'USA'], ['Istanbul', 'Türkei'], ['Abu Dhabi', 'Vereinigte Arabische Emirate'], [null, null],
  ];
  const people = [['Donald Trump'], ['Wladimir Putin'], ['USA', 'Ukraine'], ['USA', 'Russland'], ['Wolodymyr Selenskyj', 'Marco Rubio'], []];
  const statuses = ['proposed', 'planned', 'ongoing', 'held', 'cancelled'] as const;
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const stream: Report[] = [];
  for (let i = 0; i < 400; i++) {
    const [place, country] = places[next(places.length)]!;
    const day = `2026-03-${String(1 + next(28)).padStart(2, '0')}`;
    const dated = next(3) > 0;
    const meetingDay = `2026-04-${String(1 + next(28)).padStart(2, '0')}`;
    stream.push(
      report(day, `Treffen Nummer ${next(5)} in ${place ?? 'unbekanntem Ort'}.`, {
        place,
        country,
        kind: place === null && next(2) === 0 ? 'call' : 'talks',
        status: statuses[next(statuses.length)]!,
        participants: people[next(people.length)]!,
        ...(dated ? on(meetingDay) : {}),
      }),
    );
  }
  const full = (events: Event[]) => events.map(({state, reports}) => JSON.stringify([state, reports.map(reportKey)]));

  it('gives exactly the events of comparing every report with every event of its window', () => {
    const indexed = clusterReports(stream);
    expect(indexed.length).toBeGreaterThan(20);
    expect(full(indexed)).toEqual(full(clusterReports(stream, {indexedFrom: Infinity})));
  });

  // Dense: three weeks of reports of rounds a few days apart, so that days touch and a round's
  // span grows report by report, with postponements and looks back; the index keeps each
  // event's dates until a report changes them, and must see every change.
  const dense: Report[] = [];
  const sentences = [
    'Die Gespräche in {p} sind geplant.',
    'Die Gespräche in {p} wurden verschoben.',
    'Bei den Gesprächen in {p} gab es keine Einigung.',
    'Die zweite Runde in {p} soll folgen.',
    'Die Delegationen trafen sich in {p}.',
  ];
  for (let i = 0; i < 1200; i++) {
    const [place, country] = places[next(places.length)]!;
    const day = `2026-03-${String(1 + next(21)).padStart(2, '0')}`;
    const first = 5 + next(20);
    const long = next(4) === 0;
    const when = next(5) === 0 ? {} : on(`2026-03-${String(first).padStart(2, '0')}`, long ? `2026-03-${String(first + 1).padStart(2, '0')}` : null);
    dense.push(
      report(day, sentences[next(sentences.length)]!.replace('{p}', place ?? 'unbekanntem Ort'), {
        place,
        country,
        kind: place === null && next(3) === 0 ? 'call' : 'talks',
        status: statuses[next(statuses.length)]!,
        participants: people[next(people.length)]!,
        ...when,
      }),
    );
  }

  it('gives the same events on a dense stream whose rounds grow, move and repeat', () => {
    const indexed = clusterReports(dense);
    expect(indexed.length).toBeGreaterThan(50);
    expect(indexed.some(event => event.state.precision === 'days')).toBe(true);
    expect(full(indexed)).toEqual(full(clusterReports(dense, {indexedFrom: Infinity})));
  });
});

describe('regrouping events with later reports: resumed where their grouping stopped, with the same events', () => {
  // Our own dense stream (as above) fed in publication order a few reports at a time, as articles
  // arriving one by one: each time the events at the new reports' places are grouped again with
  // them (as a merge does with the events an article touches), and now and then an event of an
  // older grouping joins them, or a report arrives late (sorted before reports already grouped).
  const places: Array<[string | null, string | null]> = [['Genf', 'Schweiz'], ['Schweiz', 'Schweiz'], ['Riad', 'Saudi-Arabien'], ['Miami', 'USA'], ['USA', 'USA'], [null, null]];
  const people = [['Donald Trump'], ['USA', 'Ukraine'], ['USA', 'Russland'], ['Wolodymyr Selenskyj', 'Marco Rubio'], []];
  const statuses = ['proposed', 'planned', 'ongoing', 'held', 'cancelled'] as const;
  const sentences = ['Die Gespräche in {p} sind geplant.', 'Die Gespräche in {p} wurden verschoben.', 'Bei den Gesprächen in {p} gab es keine Einigung.', 'Die zweite Runde in {p} soll folgen.', 'Die Delegationen trafen sich in {p}.'];
  let seed = 11;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), (seed >>> 12) % n);
  const stream: Report[] = [];
  for (let i = 0; i < 1500; i++) {
    const [place, country] = places[next(places.length)]!;
    const first = 5 + next(20);
    const when = next(5) === 0 ? {} : on(`2026-03-${String(first).padStart(2, '0')}`, next(4) === 0 ? `2026-03-${String(first + 1).padStart(2, '0')}` : null);
    stream.push(
      report(`2026-03-${String(1 + Math.floor(i / 60)).padStart(2, '0')}`, sentences[next(sentences.length)]!.replace('{p}', place ?? 'unbekanntem Ort'), {
        place,
        country,
        kind: place === null && next(3) === 0 ? 'call' : 'talks',
        status: statuses[next(statuses.length)]!,
        participants: people[next(people.length)]!,
        ...when,
      }),
    );
  }
  stream.sort(compareReports);
  const full = (events: Event[]) => events.map(({state, reports}) => JSON.stringify([state, reports.map(reportKey)]));

  it('gives exactly what grouping all their reports from scratch gives, and resumes where it may', () => {
    let world: Event[] = [];
    let resumed = 0;
    // Reports held back, to arrive late: after reports published later were grouped.
    const held: Array<{report: Report; due: number}> = [];
    let late = 0;
    for (let i = 0, step = 0; i < stream.length || held.length > 0; step++) {
      const added = stream.slice(i, (i += 1 + next(3))).filter(report => (next(10) === 0 ? (held.push({report, due: step + 3 + next(20)}), false) : true));
      for (const {report} of held.filter(({due}) => due <= step || i >= stream.length)) {
        added.push(report);
        late++;
      }
      held.splice(0, held.length, ...held.filter(({report}) => !added.includes(report)));
      if (added.length === 0) continue;
      // The events at the new reports' places, or some of them (so that events of several
      // groupings meet), in any order.
      const some = next(4) === 0;
      const touched = world.filter(event => (added.some(r => r.meeting.place === event.state.place) && (!some || next(2) === 0)) || next(100) === 0);
      if (next(2) === 0) touched.reverse();
      const before = full(touched);
      const events = regroup(touched, added) ?? clusterReports([...added, ...touched.flatMap(event => event.reports)]);
      expect(full(events)).toEqual(full(clusterReports([...added, ...touched.flatMap(event => event.reports)])));
      // The events it was given are left as they were (the merge compares them with the result).
      expect(full(touched)).toEqual(before);
      // An event no report joined comes back with the very reports it went in with: not grouped again.
      if (events.some(event => touched.some(old => old.reports === event.reports))) resumed++;
      world = [...world.filter(event => !touched.includes(event)), ...events];
    }
    expect(late).toBeGreaterThan(50);
    expect(resumed).toBeGreaterThan(40);
    expect(world.length).toBeGreaterThan(30);
  });

  // A report saying something else under the same key (an article saved again).
  const changed = (report: Report): Report => ({...report, meeting: {...report.meeting, status: report.meeting.status === 'held' ? 'planned' : 'held', place: report.meeting.place === 'Genf' ? 'Riad' : 'Genf'}});
  const statusChanged = (report: Report): Report => ({...report, meeting: {...report.meeting, status: report.meeting.status === 'held' ? 'planned' : 'held'}});

  it('settles a window that grows round by round as grouping it from scratch does, resuming where the last settle stops being this one', () => {
    // Each report a minute after the one before, as articles mostly are.
    const timed = stream.map((report, n) => ({...report, published: new Date(Date.parse(report.published) + n * 60_000).toISOString()}));
    const pool: Report[] = [];
    let previous: Grouping | null = null;
    let resumed = 0;
    for (let i = 0, round = 0; i < timed.length; round++) {
      // A round's new reports, one from further ahead among them now and then (the others come late).
      const added = timed.slice(i, (i += 5 + next(30)));
      pool.push(...added);
      // Now and then an article says something else, or is gone (retention).
      if (round % 4 === 3) {
        const n = pool.length - 1 - next(Math.min(pool.length, 100));
        pool[n] = changed(pool[n]!);
      }
      if (round % 5 === 4) pool.splice(pool.length - 1 - next(Math.min(pool.length, 100)), 1);
      const late = next(3) === 0 ? timed[i + 40 + next(40)] : undefined;
      if (late && !pool.some(report => reportKey(report) === reportKey(late))) pool.push(late);
      const shuffledPool = shuffled(pool, round + 1);
      const {events, grouping}: {events: Event[]; grouping: Grouping} = groupAgain(shuffledPool, previous);
      expect(full(events)).toEqual(full(clusterReports(shuffledPool)));
      if (previous !== null && events.some(event => previous!.events.some(old => old.reports === event.reports))) resumed++;
      previous = grouping;
    }
    expect(resumed).toBeGreaterThan(20);
  });

  it('an event read again with the same reports, each saying the same, resumes after the settle that made it; one that says something else is grouped from scratch', () => {
    const settled = groupAgain(stream.slice(0, 900), null);
    const later = stream.slice(900, 903);
    let resumed = 0;
    let refused = 0;
    for (let n = 0; n + 1 < settled.events.length; n += 2) {
      // Two events as the cache gives them: new objects, in another order.
      const read = settled.events.slice(n, n + 2).map(event => ({id: null, reports: event.reports.map(report => ({...report})).sort((a, b) => a.articleId - b.articleId), state: event.state}));
      // Every third pair, one report of the first says something else now: now and then only its status.
      if (n % 3 === 0) read[0]!.reports[0] = n % 2 === 0 ? statusChanged(read[0]!.reports[0]!) : changed(read[0]!.reports[0]!);
      // A merge may have read a fold for them already (asking whether a report may join them).
      for (const event of read) foldOf(event.reports);
      for (const event of read) adopt(event.reports, settled.grouping);
      const events = regroup(read, later) ?? clusterReports([...later, ...read.flatMap(event => event.reports)]);
      expect(full(events)).toEqual(full(clusterReports([...later, ...read.flatMap(event => event.reports)])));
      if (events.some(event => settled.events.some(old => old.reports === event.reports))) resumed++;
      else if (n % 3 === 0) refused++;
    }
    expect(resumed).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(5);
  });

  it('an event read in the stored order (by article among reports of one time) is resumed after only for reports later than its latest report in publication order', () => {
    // The stored order puts the report of the later day first (its article is the older one).
    const plan = report('2026-03-01', 'B: Die Gespräche in Genf sind für den 5. März geplant.', on('2026-03-05'), 5001);
    const held = report('2026-03-02', 'Z: In Genf wurde verhandelt.', {status: 'held', ...on('2026-03-05')}, 5000);
    const settled = groupAgain([plan, held], null);
    expect(settled.events).toHaveLength(1);
    const read = [{id: null, reports: [{...held}, {...plan}], state: settled.events[0]!.state}];
    adopt(read[0]!.reports, settled.grouping);
    // Published with the held report, but sorted before it (its sentence): not after the event.
    const same = {...report('2026-03-02', 'M: Die Gespräche in Genf sind geplant.', on('2026-03-05'), 5002)};
    const events = regroup(read, [same]) ?? clusterReports([same, ...read[0]!.reports]);
    expect(full(events)).toEqual(full(clusterReports([same, plan, held])));
    expect(events[0]!.state.status).toBe('held');
  });
});

describe('the merge window', () => {
  // One report at a time: which report shares an event with which, as sets of evidence.
  const together = (events: Event[]) => events.map(event => event.reports.map(r => r.meeting.evidence).sort().join(' + ')).sort();

  it('lets an event go 120 days after its last report, however long ago the window was last looked at', () => {
    const stream = [
      report('2025-12-01', 'Gespräche in Riad geplant.', {place: 'Riad', country: 'Saudi-Arabien'}),
      report('2026-01-10', 'Gespräche in Genf geplant.'),
      // 5 April: the Riad talks (1 December) have left the window, the Genf ones (10 January) not yet.
      report('2026-04-05', 'Gespräche in Istanbul geplant.', {place: 'Istanbul', country: 'Türkei'}),
      // 20 May: more than 120 days after 10 January, so a new meeting in Genf.
      report('2026-05-20', 'Wieder Gespräche in Genf geplant.'),
    ];
    expect(together(clusterReports(stream))).toEqual(['Gespräche in Genf geplant.', 'Gespräche in Istanbul geplant.', 'Gespräche in Riad geplant.', 'Wieder Gespräche in Genf geplant.']);
    // Within the window, the same two reports are one meeting.
    const near = [stream[1]!, report('2026-03-20', 'Wieder Gespräche in Genf geplant.')];
    expect(together(clusterReports(near))).toEqual(['Gespräche in Genf geplant. + Wieder Gespräche in Genf geplant.']);
  });
});
