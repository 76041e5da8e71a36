// A meeting in a few words, for a calendar entry or a notification: "Talks in Genf: Umerow,
// Witkoff", "Call: Trump, Putin". Feed text goes through `cell` (no control characters).
import type {MeetingRow} from '../store/types.js';
import {cell} from '../ui/format/display.js';

const KIND: Record<MeetingRow['kind'], string> = {talks: 'Talks', summit: 'Summit', call: 'Call', visit: 'Visit'};

/** Surnames, as headlines use them; a delegation ("USA") stays whole. */
const shortName = (name: string) => cell(name).split(' ').at(-1) ?? '';

/** "Talks in Genf: Umerow, Witkoff"; a call without a place "Call: Trump, Putin". */
export function calendarSummary(meeting: MeetingRow): string {
  const place = cell(meeting.place ?? meeting.country);
  const head = place ? `${KIND[meeting.kind]} in ${place}` : KIND[meeting.kind];
  const people = meeting.participants.map(shortName).filter(Boolean).join(', ');
  return people ? `${head}: ${people}` : head;
}

