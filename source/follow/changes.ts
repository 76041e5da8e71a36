// What changed about the meetings since a given time: new ones, moved ones, a new status, a
// new place, new people at the table. A pure function over events and their reports (oldest
// first, as `talkwatch meetings --json` gives them): the state before is what the reports up to
// `since` said, the state now what all of them say, both read by the same rules (below and in
// docs/changes.md), so a change is only ever one a later report brought.
import {findPlaces} from '../extract/places.js';
import {datesAgree, moreSpecificDate, moreSpecificPlace, placesAgree} from '../extract/merge.js';
import type {MeetingKind, MeetingStatus, Precision} from '../extract/types.js';

/** What one article said about a meeting (issue 10's `reports`). */
export type Report = {
  articleId: number;
  url: string | null;
  outlet: string;
  published: string;
  status: MeetingStatus;
  start: string | null;
  end: string | null;
  precision: Precision;
  place: string | null;
  participants: string[];
  /**
   * How the report counts (issue 10): a `background` mention ("bei den Gesprächen in Genf im
   * November") never changes the status; `moved-from` carries the date a meeting left.
   */
  role?: 'report' | 'moved' | 'moved-from' | 'background';
};

/** A meeting as an event: a stable id and every report of it. */
export type FollowedEvent = {id: string | number; kind: MeetingKind; reports: Report[]};

export type When = {start: string | null; end: string | null; precision: Precision};
type Where = {place: string | null; country: string | null};

/** Where a meeting stands by a set of reports. */
export type EventState = When & {place: string | null; status: MeetingStatus; participants: string[]};

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

const undated: When = {start: null, end: null, precision: 'unknown'};
const hasDate = (when: When) => when.start !== null && when.precision !== 'unknown';

/** The country of a place the gazetteer knows ("Genf" → "Schweiz"), so a city refines its country. */
function where(place: string | null): Where {
  if (!place) return {place: null, country: null};
  const hit = findPlaces(`in ${place}`).find(found => found.index === 3);
  return {place, country: hit?.country ?? null};
}

/**
 * One report more: the latest status wins; a date or place that agrees with the one known is a
 * refinement (the more specific wins), one that disagrees is a move; people add up.
 */
export function applyReport(state: EventState | null, report: Report): EventState {
  const reported: When = report.role === 'moved-from' ? undated : {start: report.start, end: report.end, precision: report.precision};
  if (!state) return {...(hasDate(reported) ? reported : undated), place: report.place, status: report.status, participants: [...new Set(report.participants)]};
  let when: When = {start: state.start, end: state.end, precision: state.precision};
  // A report of the move itself replaces the date even where the two would overlap.
  if (hasDate(reported)) when = !hasDate(when) || report.role === 'moved' || !datesAgree(when, reported) ? reported : moreSpecificDate(when, reported);
  let place = state.place;
  if (report.place) {
    const [known, told] = [where(state.place), where(report.place)];
    place = !known.place || !placesAgree(known, told) ? report.place : moreSpecificPlace(known, told).place;
  }
  const participants = [...new Set([...state.participants, ...report.participants])];
  return {...when, place, status: report.role === 'background' ? state.status : report.status, participants};
}

/** The state the reports published up to `until` (all, without it) describe; null before the first. */
export function stateOf(reports: readonly Report[], until?: string): EventState | null {
  let state: EventState | null = null;
  for (const report of byTime(reports)) {
    if (until !== undefined && report.published > until) break;
    state = applyReport(state, report);
  }
  return state;
}

const byTime = (reports: readonly Report[]) => [...reports].sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : 0));
const sameWhen = (a: When, b: When) => a.start === b.start && a.end === b.end && a.precision === b.precision;

/** What changed about one event since `since` (ISO), with the report that brought each change; null if nothing. */
export function eventChanges(event: FollowedEvent, since: string): EventChanges | null {
  const reports = byTime(event.reports.map(report => ({...report, published: new Date(report.published).toISOString()})));
  const before = stateOf(reports, since);
  const now = stateOf(reports);
  if (!now) return null;
  if (!before) return {id: event.id, isNew: true, changes: [], now};
  // Walk the later reports: each field's change is credited to the last report that changed it.
  const changers: {when?: Report; status?: Report; place?: Report; people?: Report} = {};
  let state = before;
  for (const report of reports.filter(candidate => candidate.published > since)) {
    const next = applyReport(state, report);
    if (!sameWhen(state, next)) changers.when = report;
    if (state.status !== next.status) changers.status = report;
    if (state.place !== next.place) changers.place = report;
    if (next.participants.length > state.participants.length) changers.people = report;
    state = next;
  }
  const changes: Change[] = [];
  if (changers.when && !sameWhen(before, now)) {
    const kind = hasDate(before) && !datesAgree(before, now) ? 'moved' : 'dated';
    changes.push({kind, from: pickWhen(before), to: pickWhen(now), report: changers.when});
  }
  if (changers.status && before.status !== now.status) changes.push({kind: 'status', from: before.status, to: now.status, report: changers.status});
  if (changers.place && now.place && before.place !== now.place) changes.push({kind: 'place', from: before.place, to: now.place, report: changers.place});
  const added = now.participants.filter(name => !before.participants.includes(name));
  if (changers.people && added.length > 0) changes.push({kind: 'participants', added, report: changers.people});
  return changes.length > 0 ? {id: event.id, isNew: false, changes, now} : null;
}

const pickWhen = ({start, end, precision}: When): When => ({start, end, precision});

/** Every event that is new or changed since `since`, in the order given. */
export function changesSince(events: readonly FollowedEvent[], since: string): EventChanges[] {
  const iso = new Date(since).toISOString();
  return events.flatMap(event => eventChanges(event, iso) ?? []);
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
