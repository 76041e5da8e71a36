// What changed about the meetings since a given time: new ones, moved ones, a new status, a
// new place, new people at the table. A pure function over events and their reports (oldest
// first, as `talkwatch meetings --json` gives them): the state before is what the reports up to
// `since` add up to, the state now what all of them do, both by the event model's own fold
// (events/fold.ts), so "now" is what the Meetings pane shows and a change is only ever one a
// later report brought (docs/changes.md).
import {span} from '../events/dates.js';
import {foldEvent} from '../events/fold.js';
import type {EventState, Report as EventReport} from '../events/types.js';
import type {MeetingKind, MeetingStatus, Precision} from '../extract/types.js';
import type {MeetingReport} from '../store/types.js';

/**
 * What one article said about a meeting: an entry of `reports` in `meetings --json`, and when
 * talkwatch first fetched the article (`arrived`): "since you last looked" means what arrived
 * since, even an article published a little before it. Without it, the publication time.
 */
export type Report = Omit<MeetingReport, 'role'> & {role?: MeetingReport['role']; arrived?: string};

/** A meeting as an event: a stable id and every report of it. */
export type FollowedEvent = {id: string | number; kind: MeetingKind; reports: Report[]};

export type When = {start: string | null; end: string | null; precision: Precision};
export type {EventState};

export type Change =
  | {kind: 'moved' | 'dated'; from: When; to: When; report: Report}
  | {kind: 'status'; from: MeetingStatus; to: MeetingStatus; report: Report}
  | {kind: 'place'; from: string | null; to: string; report: Report}
  | {kind: 'participants'; added: string[]; report: Report};

export type EventChanges = {
  id: string | number;
  /** First reported after `since`. */
  isNew: boolean;
  /** Empty for a new event: all of it is new. */
  changes: Change[];
  /** Where it stands now. */
  now: EventState;
};

const iso = (time: string) => new Date(time).toISOString();

function toEventReport(report: Report, index: number): EventReport {
  const {articleId, published, place, country, start, end, precision, status, kind, participants, evidence} = report;
  return {articleId, index, published: iso(published), meeting: {place, country, start, end, precision, status, kind, participants, evidence}};
}

/** The state the reports add up to; null without reports. */
export function stateOf(reports: readonly Report[]): EventState | null {
  return reports.length > 0 ? foldEvent(reports.map(toEventReport)) : null;
}

const sameWhen = (a: When, b: When) => a.start === b.start && a.end === b.end && a.precision === b.precision;
const pickWhen = ({start, end, precision}: When): When => ({start, end, precision});

/**
 * A date that only says more than before, not something else: a day within the month known, a
 * round's days growing ("Sonntag" → "Sonntag und Montag"), a date where none was known.
 */
export function isRefinement(before: When, now: When): boolean {
  const [was, is] = [span(before), span(now)];
  if (!was) return true;
  if (!is) return false;
  const within = (inner: [number, number], outer: [number, number]) => inner[0] >= outer[0] && inner[1] <= outer[1];
  return within(is, was) || (before.precision !== 'month-part' && within(was, is) && is[1] - is[0] <= 7);
}

/**
 * Which reports came after "since": those that arrived after it (what the user has not seen:
 * the dashboard, the default digest), or those published after it (`digest --since DATE`).
 */
export type SinceBy = 'arrival' | 'publication';

/** What changed about one event since `since` (ISO), with the report that brought each change; null if nothing. */
export function eventChanges(event: FollowedEvent, since: string, by: SinceBy = 'arrival'): EventChanges | null {
  // Each report's time and its form for the fold worked out once, not at every comparison and
  // fold: the dashboard does this for every meeting a later report reached, at every change of the cache.
  const keyed = event.reports.map(report => ({report, at: iso((by === 'arrival' ? report.arrived : undefined) ?? report.published)}));
  keyed.sort((a, b) => a.at.localeCompare(b.at));
  const reports = keyed.map(entry => entry.report);
  const folded = reports.map(toEventReport);
  const upTo = (count: number) => (count > 0 ? foldEvent(folded.slice(0, count)) : null);
  const until = iso(since);
  const earlier = keyed.filter(entry => entry.at <= until).length;
  const now = upTo(reports.length);
  if (!now || earlier === reports.length) return null;
  const before = upTo(earlier);
  if (!before) return {id: event.id, isNew: true, changes: [], now};
  // Fold again after each later report, in the order they arrived (the fold itself reads them
  // in publication order): each field's change is credited to the last report that changed it.
  const changers: {when?: Report; status?: Report; place?: Report; people?: Report} = {};
  let state = before;
  for (let count = earlier + 1; count <= reports.length; count++) {
    const next = upTo(count)!;
    const report = reports[count - 1]!;
    if (!sameWhen(state, next)) changers.when = report;
    if (state.status !== next.status) changers.status = report;
    if (state.place !== next.place) changers.place = report;
    if (next.participants.some(name => !state.participants.includes(name))) changers.people = report;
    state = next;
  }
  const changes: Change[] = [];
  if (changers.when && !sameWhen(before, now)) {
    changes.push({kind: isRefinement(before, now) ? 'dated' : 'moved', from: pickWhen(before), to: pickWhen(now), report: changers.when});
  }
  if (changers.status && before.status !== now.status) changes.push({kind: 'status', from: before.status, to: now.status, report: changers.status});
  if (changers.place && now.place && before.place !== now.place) changes.push({kind: 'place', from: before.place, to: now.place, report: changers.place});
  const added = now.participants.filter(name => !before.participants.includes(name));
  if (changers.people && added.length > 0) changes.push({kind: 'participants', added, report: changers.people});
  return changes.length > 0 ? {id: event.id, isNew: false, changes, now} : null;
}

/** Every event that is new or changed since `since`, in the order given. */
export function changesSince(events: readonly FollowedEvent[], since: string): EventChanges[] {
  return events.flatMap(event => eventChanges(event, since) ?? []);
}

/** The words a status change is counted under: "held", "called off" … */
export const statusWords: Record<MeetingStatus, string> = {
  proposed: 'proposed',
  planned: 'planned',
  ongoing: 'under way',
  held: 'held',
  cancelled: 'called off',
};

/** Counts in a fixed order: "2 new · 1 moved · 1 held · 1 called off"; empty when nothing changed. */
export function countChanges(changed: readonly EventChanges[]): string {
  const counts = new Map<string, number>();
  const add = (label: string) => counts.set(label, (counts.get(label) ?? 0) + 1);
  for (const event of changed) {
    if (event.isNew) add('new');
    for (const change of event.changes) {
      if (change.kind === 'moved') add('moved');
      else if (change.kind === 'dated') add('dated');
      else if (change.kind === 'status') add(statusWords[change.to]);
      else if (change.kind === 'place') add('place changed');
      else add('with new people');
    }
  }
  const order = ['new', 'moved', 'dated', 'proposed', 'planned', 'under way', 'held', 'called off', 'place changed', 'with new people'];
  return order.flatMap(label => (counts.has(label) ? [`${counts.get(label)} ${label}`] : [])).join(' · ');
}
