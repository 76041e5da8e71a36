// The meetings as an iCalendar file, parsed back with another library (ical.js) as a calendar
// app would read it.
import ICAL from 'ical.js';
import {describe, expect, it} from 'vitest';
import type {Report} from '../../source/follow/changes.js';
import {calendarSummary, meetingsCalendar, sequenceOf} from '../../source/follow/calendar.js';
import type {MeetingRow} from '../../source/store/types.js';

function meeting(id: number, overrides: Partial<MeetingRow>): MeetingRow {
  return {
    id, place: 'Genf', country: 'Schweiz', start: '2026-03-12', end: null, precision: 'day', status: 'planned', kind: 'talks',
    participants: ['Rustem Umerow', 'Steve Witkoff'], sourceArticleIds: [], firstSeen: '2026-03-01T08:00:00.000Z', lastReported: null, shown: 'upcoming', ...overrides,
  };
}

function report(articleId: number, published: string, overrides: Partial<Report>): Report {
  return {
    articleId, url: `https://www.n-tv.de/politik/artikel-${articleId}.html`, outlet: 'n-tv.de', published, status: 'planned', start: '2026-03-11', end: null,
    precision: 'day', place: 'Genf', country: 'Schweiz', kind: 'talks', participants: [], evidence: 'Die Gespräche sollen in Genf stattfinden.', ...overrides,
  };
}

type Parsed = {uid: string; summary: string; status: string; start: string; end: string; sequence: number; description: string; location: string | null; allDay: boolean};

function parse(text: string): Parsed[] {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map(component => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      status: String(component.getFirstPropertyValue('status')),
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      sequence: event.sequence,
      description: event.description,
      location: event.location,
      allDay: event.startDate.isDate,
    };
  });
}

const reports = new Map<number, Report[]>([
  [1, [report(1, '2026-03-05T09:00:00+01:00', {}), report(2, '2026-03-10T09:00:00+01:00', {start: '2026-03-12', evidence: 'Die Gespräche in Genf wurden auf Donnerstag verschoben.'})]],
]);
const meetings = [
  meeting(1, {}),
  meeting(2, {place: null, country: null, kind: 'call', participants: ['Donald Trump', 'Wladimir Putin'], status: 'held', start: '2026-03-09'}),
  meeting(3, {place: 'Istanbul', country: 'Türkei', start: '2026-03-20', end: '2026-03-22', precision: 'days', status: 'cancelled', participants: []}),
  meeting(4, {place: 'Riad', country: 'Saudi-Arabien', status: 'proposed', start: '2026-03-24'}),
  // Left out: only the month, and no date at all.
  meeting(5, {place: 'Budapest', start: '2026-04-01', precision: 'month'}),
  meeting(6, {place: 'Wien', start: null, precision: 'unknown'}),
];

describe('meetings --ics', () => {
  const events = parse(meetingsCalendar(meetings, reports));

  it('writes one all-day event per meeting dated to the day, spanning its days, and leaves the others out', () => {
    expect(events.map(event => event.uid)).toEqual(['meeting-1@talkwatch', 'meeting-2@talkwatch', 'meeting-3@talkwatch', 'meeting-4@talkwatch']);
    expect(events.every(event => event.allDay)).toBe(true);
    expect(events[0]).toMatchObject({start: '2026-03-12', end: '2026-03-13'});
    expect(events[2]).toMatchObject({start: '2026-03-20', end: '2026-03-23'});
  });

  it('says what, where and who in the summary, and maps the status', () => {
    expect(events.map(event => [event.summary, event.status])).toEqual([
      ['Talks in Genf: Umerow, Witkoff', 'CONFIRMED'],
      ['Call: Trump, Putin', 'CONFIRMED'],
      ['Talks in Istanbul', 'CANCELLED'],
      ['Talks in Riad: Umerow, Witkoff', 'TENTATIVE'],
    ]);
    expect(events[0]?.location).toBe('Genf, Schweiz');
  });

  it('describes participants, status and sources, newest first', () => {
    expect(events[0]?.description).toBe(
      'Status: planned\nParticipants: Rustem Umerow, Steve Witkoff\nSources:\nhttps://www.n-tv.de/politik/artikel-2.html\nhttps://www.n-tv.de/politik/artikel-1.html',
    );
  });

  it('keeps UIDs across runs, and raises SEQUENCE only when a report changed what the calendar shows', () => {
    expect(parse(meetingsCalendar(meetings, reports)).map(event => event.uid)).toEqual(events.map(event => event.uid));
    expect(events[0]?.sequence).toBe(1);
    const history = reports.get(1)!;
    const repeated = [...history, report(3, '2026-03-11T09:00:00+01:00', {start: '2026-03-12'})];
    expect(sequenceOf(repeated)).toBe(1);
    const held = [...repeated, report(4, '2026-03-12T19:00:00+01:00', {start: '2026-03-12', status: 'held', evidence: 'In Genf wurde am Donnerstag verhandelt.'})];
    expect(sequenceOf(held)).toBe(2);
  });

  it('keeps feed text from breaking the file: control characters gone, lines folded by the library', () => {
    const hostile = meeting(7, {place: 'Genf\u001B]8;;https://evil.example\u0007', participants: ['A\r\nEND:VCALENDAR']});
    const parsed = parse(meetingsCalendar([hostile], new Map()));
    // One event, the escape sequence gone, the line break no end of the calendar.
    expect(parsed).toHaveLength(1);
    expect(parsed[0]?.summary).toBe('Talks in Genf: END:VCALENDAR');
    expect(parsed[0]?.description).toContain('Participants: A END:VCALENDAR');
    expect(calendarSummary(hostile)).not.toMatch(/[\u0000-\u001f]/);
  });

  it('writes a valid empty calendar when no meeting is dated to the day', () => {
    expect(parse(meetingsCalendar([meetings[4]!], new Map()))).toEqual([]);
  });
});
