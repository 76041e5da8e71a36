// Every rule of the same-event model (docs/events.md), each with German sentences of our own.
import {describe, expect, it} from 'vitest';
import {clusterReports} from '../../source/events/cluster.js';
import {datesMayAgree, eventDates, joinsEvent, reportDates} from '../../source/events/same-event.js';
import type {Event} from '../../source/events/types.js';
import {on, report} from './reports.js';

/** Each event as its place, dates, status and number of reports. */
const summary = (events: Event[]) => events.map(({state, reports}) => [state.place, state.start, state.end, state.status, reports.length]);

describe('one event: reports that agree', () => {
  it('a city and its country', () => {
    const events = clusterReports([
      report('2026-03-01', 'Selenskyj schlägt ein Treffen mit Rubio in der Schweiz vor.', {place: 'Schweiz', status: 'proposed', participants: ['Wolodymyr Selenskyj', 'Marco Rubio']}),
      report('2026-03-05', 'Die Unterhändler sollen sich am 11. März in Genf treffen.', on('2026-03-11')),
    ]);
    expect(summary(events)).toEqual([['Genf', '2026-03-11', null, 'planned', 2]]);
  });

  it('a venue and its city: Mar-a-Lago and Palm Beach, the Kreml and Moskau', () => {
    const trump = ['Donald Trump', 'Wolodymyr Selenskyj'];
    const palm = clusterReports([
      report('2025-12-27', 'Selenskyj reist am Sonntag nach Mar-a-Lago.', {place: 'Mar-a-Lago', country: 'USA', participants: trump, ...on('2025-12-28')}),
      report('2025-12-29', 'Trump und Selenskyj trafen sich am Sonntag in Palm Beach.', {place: 'Palm Beach', country: 'USA', status: 'held', participants: trump, ...on('2025-12-28')}),
    ]);
    expect(summary(palm)).toEqual([['Palm Beach', '2025-12-28', null, 'held', 2]]);
    const kremlin = clusterReports([
      report('2026-01-22', 'Witkoff wird am Abend im Kreml erwartet.', {place: 'Kreml', country: 'Russland', participants: ['Steven Witkoff'], ...on('2026-01-22')}),
      report('2026-01-23', 'Witkoff sprach in Moskau mit Putin.', {place: 'Moskau', country: 'Russland', status: 'held', participants: ['Steven Witkoff', 'Wladimir Putin'], ...on('2026-01-22')}),
    ]);
    expect(kremlin).toHaveLength(1);
  });

  it('dates that overlap within each report\'s precision: "Ende März" and "am 26. März"', () => {
    const events = clusterReports([
      report('2026-03-02', 'Die Gespräche sollen Ende März in Genf stattfinden.', {start: '2026-03-21', precision: 'month-part'}),
      report('2026-03-20', 'Die Gespräche in Genf beginnen am 26. März.', on('2026-03-26')),
    ]);
    expect(summary(events)).toEqual([['Genf', '2026-03-26', null, 'planned', 2]]);
  });

  it('a multi-day round grows as reports of its days come in', () => {
    const events = clusterReports([
      report('2026-03-08', 'Am Sonntag haben in Genf Gespräche begonnen.', {status: 'ongoing', ...on('2026-03-08')}),
      report('2026-03-09', 'Die zweitägigen Gespräche in Genf am Sonntag und Montag gehen weiter.', {status: 'ongoing', ...on('2026-03-08', '2026-03-09')}),
      report('2026-03-10', 'Die Gespräche in Genf endeten am Montag.', {status: 'held', ...on('2026-03-09')}),
    ]);
    expect(summary(events)).toEqual([['Genf', '2026-03-08', '2026-03-09', 'held', 3]]);
  });

  it('a postponement moves the event; the old date stays in its history', () => {
    const events = clusterReports([
      report('2026-03-05', 'Die Gespräche sollen am Mittwoch in Genf stattfinden.', on('2026-03-11')),
      report('2026-03-10', 'Die Gespräche in Genf wurden auf Donnerstag verschoben.', on('2026-03-12')),
      report('2026-03-12', 'In Genf wurde am Donnerstag verhandelt.', {status: 'held', ...on('2026-03-12')}),
    ]);
    expect(summary(events)).toEqual([['Genf', '2026-03-12', null, 'held', 3]]);
    expect(events[0]!.reports.map(r => r.meeting.start)).toEqual(['2026-03-11', '2026-03-12', '2026-03-12']);
  });

  it('"statt am Montag nun erst in der kommenden Woche" moves it too, and the called-off old date does not cancel it', () => {
    const events = clusterReports([
      report('2026-03-04', 'Am Montag wollen sich die Delegationen in Genf treffen.', on('2026-03-09')),
      report('2026-03-07', 'Die Gespräche in Genf am Montag finden nicht statt, sie wurden verschoben.', {status: 'cancelled', ...on('2026-03-09')}, 50, 0),
      report('2026-03-07', 'Die Delegationen treffen sich statt am Montag nun erst in der kommenden Woche in Genf.', {start: '2026-03-16', precision: 'month-part'}, 50, 1),
    ]);
    expect(summary(events)).toEqual([['Genf', '2026-03-16', null, 'planned', 3]]);
  });

  it('status is the latest report\'s; a look back never changes it', () => {
    const events = clusterReports([
      report('2026-03-05', 'Die Gespräche sollen am 11. März in Genf stattfinden.', on('2026-03-11')),
      report('2026-03-11', 'In Genf haben die Gespräche begonnen.', {status: 'ongoing', ...on('2026-03-11')}),
      report('2026-03-12', 'Die Gespräche in Genf wurden am Mittwoch beendet.', {status: 'held', ...on('2026-03-11')}),
      // A week later an article about something else looks back, in a tense the extractor reads as a plan.
      report('2026-04-08', 'Bei den Gesprächen in Genf im März war keine Einigung geplant.', {start: '2026-03-01', precision: 'month'}),
    ]);
    expect(summary(events)).toEqual([['Genf', '2026-03-11', null, 'held', 4]]);
  });

  it('undated proposals without a place join only the same proposal: same people, same days', () => {
    const people = ['Donald Trump', 'Wladimir Putin'];
    const events = clusterReports([
      report('2026-02-01', 'Trump schlägt ein Treffen mit Putin vor.', {place: null, country: null, status: 'proposed', participants: people}),
      report('2026-02-03', 'Putin zeigt sich offen für ein Treffen mit Trump.', {place: null, country: null, status: 'proposed', participants: people}),
      // Weeks later: a new proposal, not the old one.
      report('2026-03-10', 'Trump will Putin erneut treffen.', {place: null, country: null, status: 'proposed', participants: people}),
      // Other people: another proposal.
      report('2026-02-02', 'Selenskyj bietet Putin ein Treffen an.', {place: null, country: null, status: 'proposed', participants: ['Wolodymyr Selenskyj', 'Wladimir Putin']}),
      // A dated meeting in Genf of the same people is not the placeless proposal.
      report('2026-02-02', 'Trump und Putin sollen sich am 20. Februar in Genf treffen.', {participants: people, ...on('2026-02-20')}),
    ]);
    expect(events.map(event => event.reports.length).sort()).toEqual([1, 1, 1, 2]);
  });
});

describe('two events: reports that do not agree', () => {
  it('a phone call is never an in-person meeting', () => {
    const events = clusterReports([
      report('2026-03-11', 'Trump und Selenskyj trafen sich am Mittwoch.', {place: null, country: null, status: 'held', participants: ['Donald Trump', 'Wolodymyr Selenskyj'], ...on('2026-03-11')}),
      report('2026-03-11', 'Trump telefonierte am Mittwoch mit Selenskyj.', {place: null, country: null, status: 'held', kind: 'call', participants: ['Donald Trump', 'Wolodymyr Selenskyj'], ...on('2026-03-11')}),
    ]);
    expect(events).toHaveLength(2);
  });

  it('other sides at the table: "ohne russische Beteiligung" and a US–Russia meeting', () => {
    const events = clusterReports([
      report('2026-03-02', 'In Riad sprachen die USA und die Ukraine ohne russische Beteiligung.', {place: 'Riad', country: 'Saudi-Arabien', status: 'held', participants: ['USA', 'Ukraine'], ...on('2026-03-02')}),
      report('2026-03-03', 'Am Montag trafen sich in Riad Vertreter der USA und Russlands.', {place: 'Riad', country: 'Saudi-Arabien', status: 'held', participants: ['USA', 'Russland'], ...on('2026-03-02')}),
    ]);
    expect(events).toHaveLength(2);
  });

  it('"die zweite Runde", "erneut", "ein weiteres Treffen" after a round that is over', () => {
    const first = report('2026-03-12', 'Die Gespräche in Genf am Mittwoch sind beendet.', {status: 'held', ...on('2026-03-11')});
    for (const sentence of ['Die zweite Runde in Genf ist bereits vereinbart.', 'Die Delegationen wollen sich erneut in Genf treffen.', 'Ein weiteres Treffen in Genf ist geplant.']) {
      expect(clusterReports([first, report('2026-03-13', sentence)])).toHaveLength(2);
    }
  });

  it('a date after the earlier round ended', () => {
    const events = clusterReports([
      report('2026-03-10', 'Die Gespräche in Genf endeten am Montag und Dienstag.', {status: 'held', ...on('2026-03-09', '2026-03-10')}),
      report('2026-03-11', 'Am Donnerstag sollen in Genf neue Gespräche beginnen.', on('2026-03-12')),
    ]);
    expect(events).toHaveLength(2);
  });

  it('dates outside each other\'s precision: "Anfang März" and "am 24. März"', () => {
    const events = clusterReports([
      report('2026-02-20', 'Anfang März soll in Genf verhandelt werden.', {start: '2026-03-01', precision: 'month-part'}),
      report('2026-03-20', 'Am 24. März wird in Genf verhandelt.', on('2026-03-24')),
    ]);
    expect(events).toHaveLength(2);
  });

  it('only a country on one side, dated, against an undated city with other people: "in den USA" is not "in Miami"', () => {
    const events = clusterReports([
      report('2025-12-20', 'Ein Treffen mit Umerow in Miami ist im Gespräch.', {place: 'Miami', country: 'USA', status: 'proposed', participants: ['Wolodymyr Selenskyj', 'Rustem Umerow']}),
      report('2025-12-29', 'Trump empfing Selenskyj am Sonntag in den USA.', {place: 'USA', country: 'USA', status: 'held', participants: ['Donald Trump', 'Wolodymyr Selenskyj'], ...on('2025-12-28')}),
    ]);
    expect(events).toHaveLength(2);
  });

  it('a plan reported after the last day of a round is the next meeting', () => {
    const events = clusterReports([
      report('2026-03-05', 'Am 11. März soll in Genf verhandelt werden.', on('2026-03-11')),
      report('2026-03-16', 'Die Delegationen wollen sich bald wieder in Genf treffen.'),
    ]);
    expect(summary(events)).toEqual([
      ['Genf', '2026-03-11', null, 'planned', 1],
      ['Genf', null, null, 'planned', 1],
    ]);
  });

  it('without a place, a report joins a meeting elsewhere only through a shared person or the same day', () => {
    const genf = report('2026-03-11', 'In Genf trafen sich Rubio und Umerow.', {status: 'held', participants: ['Marco Rubio', 'Rustem Umerow'], ...on('2026-03-11')});
    const samePerson = report('2026-03-12', 'Umerow sprach im März mit den Amerikanern.', {place: null, country: null, status: 'held', participants: ['Rustem Umerow'], start: '2026-03-01', precision: 'month'});
    const nobody = report('2026-03-12', 'Im März gab es Gespräche.', {place: null, country: null, status: 'held', start: '2026-03-01', precision: 'month'});
    expect(clusterReports([genf, samePerson])).toHaveLength(1);
    expect(clusterReports([genf, nobody])).toHaveLength(2);
  });

  it('two meetings of one article that the extractor kept apart, with different statuses', () => {
    const events = clusterReports([
      report('2025-12-20', 'In Miami wird seit Freitag verhandelt.', {place: 'Miami', country: 'USA', status: 'ongoing', participants: ['Rustem Umerow'], ...on('2025-12-19')}, 70, 0),
      report('2025-12-20', 'Ein Treffen aller drei Seiten in Miami ist im Gespräch.', {place: 'Miami', country: 'USA', status: 'proposed', participants: ['Rustem Umerow']}, 70, 1),
    ]);
    expect(events).toHaveLength(2);
  });
});

describe('ruling pairs out by their dates before comparing them (datesMayAgree)', () => {
  // Reports of our own over two months: dated to the day, a few days, part of a month, a month or
  // not at all; postponed and called off ("verschoben"), and repeated.
  const dates: Array<Partial<Parameters<typeof report>[2]>> = [
    on('2026-03-12'),
    on('2026-03-13'),
    on('2026-03-14', '2026-03-15'),
    {start: '2026-03-01', end: null, precision: 'month-part'},
    {start: '2026-04-01', end: null, precision: 'month'},
    {start: '2026-05-20', end: null, precision: 'day'},
    {},
  ];
  const sentences = ['Die Gespräche in Genf sollen stattfinden.', 'Die Gespräche in Genf wurden auf Donnerstag verschoben.', 'Eine zweite Runde in Genf soll folgen.'];
  const statuses = ['planned', 'held', 'cancelled'] as const;
  const reports = dates.flatMap((when, d) =>
    sentences.flatMap((sentence, s) => statuses.map((status, t) => report(`2026-03-${String(1 + ((d * 9 + s * 3 + t) % 28)).padStart(2, '0')}`, sentence, {...when, status}))),
  );

  it('never rules out a pair that joinsEvent would join, either way round', () => {
    let joined = 0;
    let ruledOut = 0;
    for (const first of reports) {
      for (const second of reports) {
        if (first === second) continue;
        const [event] = clusterReports([first]);
        if (!datesMayAgree(eventDates(event!), reportDates(second))) ruledOut++;
        else continue;
        if (joinsEvent(event!, second)) joined++;
      }
    }
    expect(ruledOut).toBeGreaterThan(100);
    expect(joined).toBe(0);
  });

  it('keeps the date a meeting moved away from: a plan, then its date called off as moved', () => {
    const plans = reports.filter(r => r.meeting.status === 'planned' && !r.meeting.evidence.includes('verschoben'));
    const movedFrom = reports.filter(r => r.meeting.status === 'cancelled' && r.meeting.evidence.includes('verschoben'));
    let joined = 0;
    for (const plan of plans) {
      for (const moved of movedFrom) {
        for (const event of clusterReports([plan, moved]).filter(event => event.reports.length === 2)) {
          for (const other of reports) {
            if (event.reports.includes(other) || datesMayAgree(eventDates(event), reportDates(other))) continue;
            if (joinsEvent(event, other)) joined++;
          }
        }
      }
    }
    expect(joined).toBe(0);
  });
});
