// Changes in words, for the meeting view and the digest: "moved: 11.03.2026 → 12.03.2026 (n-tv, 10.03.)".
import {cell} from '../ui/format/display.js';
import {meetingDate} from '../ui/format/meeting.js';
import {type Change, type Report, statusWords} from './changes.js';

const two = (n: number) => String(n).padStart(2, '0');

/** "n-tv, 10.03. 09:00": which report said it. */
export function reportSource(report: Report): string {
  const date = new Date(report.published);
  const when = Number.isNaN(date.getTime()) ? '' : `, ${two(date.getDate())}.${two(date.getMonth() + 1)}. ${two(date.getHours())}:${two(date.getMinutes())}`;
  return `${cell(report.outlet)}${when}`;
}

/** Old → new, without the source. Feed text (places, names) goes through `cell`, which strips control characters. */
export function changeText(change: Change): string {
  switch (change.kind) {
    case 'moved':
      return `moved: ${meetingDate(change.from)} → ${meetingDate(change.to)}`;
    case 'dated':
      return `date: ${meetingDate(change.from)} → ${meetingDate(change.to)}`;
    case 'status':
      return `${statusWords[change.from]} → ${statusWords[change.to]}`;
    case 'place':
      return `place: ${cell(change.from) || 'open'} → ${cell(change.to)}`;
    case 'participants':
      return `new at the table: ${change.added.map(cell).join(', ')}`;
  }
}

export const changeLine = (change: Change) => `${changeText(change)} (${reportSource(change.report)})`;
