import type {Meeting} from '../../extract/types.js';
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
