import {berlinDayOf} from '../../extract/dates/berlin-time.js';
import type {Meeting} from '../../extract/types.js';
import type {MeetingReport, MeetingRow} from '../../store/types.js';
import {cell} from './display.js';

const germanDay = (day: string) => {
  const [year, month, date] = day.split('-');
  return `${date}.${month}.${year}`;
};

/** "12.11.2025", "12.11.2025–14.11.2025", "~11.2025" when only the month is known, or "date open". */
export function meetingDate(meeting: Pick<Meeting, 'start' | 'end' | 'precision'>): string {
  if (!meeting.start) return 'date open';
  if (meeting.precision === 'day' || meeting.precision === 'days') {
    if (!meeting.end || meeting.end === meeting.start) return germanDay(meeting.start);
    // "27.–28.11.2026" when both days are in one month.
    const sameMonth = meeting.end.slice(0, 7) === meeting.start.slice(0, 7);
    return sameMonth ? `${meeting.start.slice(8)}.–${germanDay(meeting.end)}` : `${germanDay(meeting.start)}–${germanDay(meeting.end)}`;
  }
  const [year, month] = meeting.start.split('-');
  return meeting.precision === 'year' ? `~${year}` : `~${month}.${year}`;
}

export const meetingPlace = (meeting: Pick<Meeting, 'place' | 'country'>) => cell(meeting.place ?? meeting.country) || 'place open';

/** One line about a meeting: place · date · kind · status · participants. */
export function meetingLine(meeting: Pick<Meeting, 'place' | 'country' | 'start' | 'end' | 'precision' | 'kind' | 'status' | 'participants'>): string {
  return [meetingPlace(meeting), meetingDate(meeting), meeting.kind, meeting.status, meeting.participants.map(cell).join(', ')]
    .filter(Boolean)
    .join(' · ');
}

/** The status as the Meetings pane shows it today: "date passed" instead of a plan whose day has gone. */
export function shownStatus(meeting: Pick<MeetingRow, 'status' | 'shown'>): string {
  if (meeting.shown === 'date-passed') return 'date passed';
  if (meeting.shown === 'stale') return 'stale';
  return meeting.status === 'ongoing' ? 'under way' : meeting.status;
}

/** "12.03." */
const dayMonth = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}.`;

/** "deutschlandfunk.de" → "deutschlandfunk": the outlet as a short label. */
const outletLabel = (outlet: string) => outlet.replace(/\.(?:de|com|net|org|at|ch|eu)$/, '');

/** What a report said, briefly: "held", "planned for 11.03.", "moved to 12.03.". */
function reportSays(report: MeetingReport): string {
  const exact = report.start && (report.precision === 'day' || report.precision === 'days') ? dayMonth(report.start) : null;
  if (report.role === 'moved') return exact ? `moved to ${exact}` : `moved to ${meetingDate(report)}`;
  if (report.role === 'moved-from') return exact ? `moved from ${exact}` : 'moved';
  const status = {proposed: 'proposed', planned: 'planned', ongoing: 'under way', held: 'held', cancelled: 'called off'}[report.status];
  const when = report.status === 'planned' || report.status === 'proposed' ? (exact ? ` for ${exact}` : report.start ? ` for ${meetingDate(report)}` : '') : '';
  return `${report.role === 'background' ? 'recalled: ' : ''}${status}${when}`;
}

/**
 * One line of a meeting's history: "12.03. deutschlandfunk · held · Genf",
 * "10.03. n-tv · moved to 12.03.". The publication day is the Berlin day.
 */
export function reportLine(report: MeetingReport): string {
  const published = berlinDayOf(new Date(report.published));
  const place = report.role === 'moved' || report.role === 'moved-from' ? '' : cell(report.place ?? report.country);
  return [`${dayMonth(published)} ${cell(outletLabel(report.outlet))}`, reportSays(report), place].filter(Boolean).join(' · ');
}
