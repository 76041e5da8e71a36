// Alerts: what a poll changed that a person following the talks wants to hear about at once.
// Pure: the meetings before and after a round in, at most one alert per meeting out; a limiter
// keeps it to three a minute. Delivery (bell, OSC 9, notify-send) is in notify.ts.
import type {MeetingRow} from '../store/types.js';
import {meetingDate} from '../ui/format/meeting.js';
import {isRefinement} from './changes.js';
import {calendarSummary} from './meeting-title.js';

export type AlertKind = 'called off' | 'held' | 'moved' | 'planned' | 'new with';

export type Alert = {meetingId: number; kind: AlertKind; text: string};

/** Longest alert text: a notification shows one or two lines. */
const MAX_TEXT = 160;

/** One line, no control characters (they would end an OSC 9 sequence or fake a second line), bounded. */
export function alertLine(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim();
  return clean.length > MAX_TEXT ? `${clean.slice(0, MAX_TEXT - 1)}…` : clean;
}

function kindOf(before: MeetingRow | undefined, after: MeetingRow, tracked: ReadonlySet<string>): AlertKind | null {
  if (!before) {
    if (after.status === 'cancelled') return 'called off';
    if (after.status === 'held') return 'held';
    if (after.status === 'planned') return 'planned';
    return after.participants.some(name => tracked.has(name)) ? 'new with' : null;
  }
  // The most important change of the round wins: one alert per meeting.
  if (after.status !== before.status && after.status === 'cancelled') return 'called off';
  if (after.status !== before.status && after.status === 'held') return 'held';
  if (before.start !== null && after.start !== null && !isRefinement(before, after)) return 'moved';
  if (after.status !== before.status && after.status === 'planned') return 'planned';
  return null;
}

function textOf(kind: AlertKind, meeting: MeetingRow, tracked: ReadonlySet<string>): string {
  const what = calendarSummary(meeting);
  const when = meeting.start ? meetingDate(meeting) : 'date open';
  const line = {
    'called off': `Called off: ${what} (${when})`,
    held: `Held: ${what} (${when})`,
    moved: `Moved: ${what}, now ${when}`,
    planned: `Planned: ${what}, ${when}`,
    'new with': `New meeting with ${meeting.participants.filter(name => tracked.has(name)).join(', ')}: ${what} (${when})`,
  }[kind];
  return alertLine(line);
}

/** What a round changed: newly planned, moved, called off, held, or a tracked person in a new meeting. */
export function alertsFor(before: readonly MeetingRow[], after: readonly MeetingRow[], tracked: ReadonlySet<string>): Alert[] {
  const earlier = new Map(before.map(meeting => [meeting.id, meeting]));
  return after.flatMap(meeting => {
    const kind = kindOf(earlier.get(meeting.id), meeting, tracked);
    return kind ? [{meetingId: meeting.id, kind, text: textOf(kind, meeting, tracked)}] : [];
  });
}

/** At most `perMinute` alerts in any 60 seconds; the rest are dropped (the digest still has them). */
export class AlertLimiter {
  private readonly sent: number[] = [];

  constructor(private readonly perMinute = 3) {}

  take(alerts: readonly Alert[], now: Date): Alert[] {
    const cutoff = now.getTime() - 60_000;
    while (this.sent.length > 0 && this.sent[0]! <= cutoff) this.sent.shift();
    const room = Math.max(0, this.perMinute - this.sent.length);
    const passed = alerts.slice(0, room);
    for (const _ of passed) this.sent.push(now.getTime());
    return passed;
  }
}
