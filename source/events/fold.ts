// What an event's reports add up to. Reports are read in publication order: the place is the most
// specific one named, the date the most specific (a later report wins a conflict, a postponement
// moves it, the days of a round add up), the people all those named, and the status the latest
// report's, except that a look back never changes it.
import {newsDay} from './news-day.js';
import type {Meeting, MeetingKind} from '../extract/types.js';
import {isBackgroundCue, isMove} from './cues.js';
import {datesAgree, dayNumber, hasDate, isExact, joinExact, lastDay, sameWhen, specificity} from './dates.js';
import {cityOf, moreSpecificPlace} from './places.js';
import type {EventState, Report, ReportRole} from './types.js';

/** Publication order; on equal times the sentence decides, so arrival order never does. */
export function compareReports(a: Report, b: Report): number {
  if (a.published !== b.published) return a.published < b.published ? -1 : 1;
  if (a.meeting.evidence !== b.meeting.evidence) return a.meeting.evidence < b.meeting.evidence ? -1 : 1;
  return a.index - b.index || a.articleId - b.articleId;
}

/** The status a report gives its event: a date called off because the meeting moved leaves it planned. */
export function statusOf(report: Report): Report['meeting']['status'] {
  return report.meeting.status === 'cancelled' && roleOf(report) === 'moved-from' ? 'planned' : report.meeting.status;
}

/** One bit per status, for Fold.statuses. */
export const STATUS_BIT: Readonly<Record<Report['meeting']['status'], number>> = {proposed: 1, planned: 2, ongoing: 4, held: 8, cancelled: 16};

/** A look back names a meeting at least this many days before the article. */
const LOOK_BACK_DAYS = 7;

const roles = new WeakMap<Report, ReportRole>();

/** What a report does to its event, from its own sentence (worked out once per report). */
export function roleOf(report: Report): ReportRole {
  let role = roles.get(report);
  if (role === undefined) roles.set(report, (role = readRole(report)));
  return role;
}

function readRole(report: Report): ReportRole {
  const {evidence, status} = report.meeting;
  if (isMove(evidence)) return status === 'cancelled' ? 'moved-from' : 'moved';
  if (isBackgroundCue(evidence)) {
    const last = lastDay(report.meeting);
    if (last === null || dayNumber(last) <= dayNumber(newsDay(report.published)) - LOOK_BACK_DAYS) return 'background';
  }
  return 'report';
}

type When = Pick<EventState, 'start' | 'end' | 'precision'>;

/**
 * An event's reports read so far, in publication order, and what they add up to; with the
 * summaries the merge asks about every event it compares a report with, kept up to date report
 * by report so that no question walks all of an event's reports (a dense stream puts hundreds on
 * one event, and a merge compares each report with several events).
 */
export type Fold = {
  reports: Report[];
  when: When;
  /** Publication time of the latest postponement: it outranks what was known when it was reported. */
  movedAt: string | null;
  where: Pick<EventState, 'place' | 'country'>;
  kind: MeetingKind;
  participants: Set<string>;
  /**
   * Each article's statuses among these reports (statusOf), as STATUS_BIT bits: the one-article
   * rule of same-event.ts. A number, not a Set: the merge adds every report of its pool to a
   * fold, and a Set per article and event was a large part of what it allocated.
   */
  statuses: Map<number, number>;
  /** The reports of a date the meeting moved away from ("die für Montag geplanten Gespräche wurden verschoben"). */
  movedFrom: Report[];
  /** Positions in `reports` of those that are not a look back, in order: where the status can come from. */
  current: number[];
  /** Position of the latest report that is not a look back and says held or cancelled; -1 when none. */
  lastFinal: number;
  /** `participants` as the state gives them: a new array only when a name is added. */
  people: string[];
  /** saidAt's last answer, for this `when`, over `current` up to `checked`. */
  said: {when: When; last: string | null; checked: number; position: number} | null;
  /**
   * The last grouping that returned an event of these reports (cluster.ts numbers them from 1;
   * 0 while none has), and the order the event began in there: regroup resumes after such events.
   */
  run: number;
  began: number;
};

export function startFold(): Fold {
  const fold: Fold = {
    reports: [],
    when: {start: null, end: null, precision: 'unknown'},
    movedAt: null,
    where: {place: null, country: null},
    kind: 'talks',
    participants: new Set(),
    statuses: new Map(),
    movedFrom: [],
    current: [],
    lastFinal: -1,
    people: [],
    said: null,
    run: 0,
    began: 0,
  };
  folds.set(fold.reports, fold);
  return fold;
}

/**
 * A fold of its own with what `fold` has read so far: a later grouping adds reports to the copy
 * and leaves the original (and the event that holds its reports) as it was.
 */
export function copyFold(fold: Fold): Fold {
  const copy: Fold = {
    reports: [...fold.reports],
    when: fold.when,
    movedAt: fold.movedAt,
    where: fold.where,
    kind: fold.kind,
    participants: new Set(fold.participants),
    statuses: new Map(fold.statuses),
    movedFrom: [...fold.movedFrom],
    current: [...fold.current],
    lastFinal: fold.lastFinal,
    people: fold.people,
    // Spelled out, not spread: saidAt reads these fields after every report, and a spread copy
    // has another shape, which made every fold's reads slower.
    said: fold.said && {when: fold.said.when, last: fold.said.last, checked: fold.said.checked, position: fold.said.position},
    run: 0,
    began: 0,
  };
  folds.set(copy.reports, copy);
  return copy;
}

/** The fold whose `reports` array this is (clusterReports' events share it), or one read for it. */
const folds = new WeakMap<readonly Report[], Fold>();

/** The fold kept for these reports (foldOf's, or one over the same reports given by keepFold), if any. */
export function knownFold(reports: readonly Report[]): Fold | undefined {
  const known = folds.get(reports);
  return known && known.reports.length === reports.length ? known : undefined;
}

/** Keeps `fold` for `reports`, which it was read over (the same reports, each saying the same), as foldOf's. */
export function keepFold(reports: readonly Report[], fold: Fold): void {
  folds.set(reports, fold);
}

/**
 * The fold of an event's reports: the one that built the array, or one read for it now and kept
 * while the array lives (and keeps its length: arrays outside a fold are not changed in place).
 */
export function foldOf(reports: readonly Report[]): Fold {
  const known = knownFold(reports);
  if (known) return known;
  const fold = startFold();
  for (const report of isSorted(reports) ? reports : [...reports].sort(compareReports)) addReport(fold, report);
  folds.set(reports, fold);
  return fold;
}

/** Reads one more report, published after (or with) every report read so far. */
export function addReport(fold: Fold, report: Report): void {
  const position = fold.reports.push(report) - 1;
  const {meeting} = report;
  // The role once (a WeakMap lookup): a provisional merge reads an event's reports again for every report joining it.
  const role = roleOf(report);
  const status = meeting.status === 'cancelled' && role === 'moved-from' ? 'planned' : meeting.status;
  fold.statuses.set(report.articleId, (fold.statuses.get(report.articleId) ?? 0) | STATUS_BIT[status]);
  if (role === 'moved-from') fold.movedFrom.push(report);
  if (role !== 'background') {
    fold.current.push(position);
    if (meeting.status === 'held' || meeting.status === 'cancelled') fold.lastFinal = position;
  }
  fold.where = placeAfter(fold.where, meeting);
  if (fold.kind === 'talks') fold.kind = meeting.kind;
  for (const name of meeting.participants) {
    if (fold.participants.has(name)) continue;
    fold.participants.add(name);
    fold.people = [...fold.people, name];
  }
  dateAfter(fold, report, role);
}

/**
 * The place after one more report: the most specific. moreSpecificPlace keeps a known place
 * unless it is a country and a place follows: asked (with a new object) only then. A city, once
 * there, never changes (settledPlace).
 */
function placeAfter(where: Fold['where'], meeting: Meeting): Fold['where'] {
  if (!where.place || (where.place === where.country && meeting.place)) return moreSpecificPlace(where, {place: cityOf(meeting.place), country: meeting.country});
  return where;
}

const settledPlace = (where: Fold['where']) => where.place !== null && where.place !== '' && where.place !== where.country;

/** The date a fold tracks, and the publication time of the postponement that set it. */
type DateTrack = {when: When; movedAt: string | null};

/**
 * The date after one more report: the most specific; a later report wins a conflict, a
 * postponement moves it, the days of a round add up. It depends on the date before and the
 * latest postponement only (foldInserting relies on that).
 */
function dateAfter(track: DateTrack, report: Report, role: ReportRole): void {
  const {meeting} = report;
  const {when} = track;
  if (!hasDate(meeting) || role === 'moved-from' || (role !== 'moved' && track.movedAt !== null && report.published <= track.movedAt)) return;
  if (role === 'moved') track.movedAt = report.published;
  if (!hasDate(when) || role === 'moved') track.when = meeting;
  else if (isExact(when) && isExact(meeting)) track.when = datesAgree(when, meeting) ? joinExact(when, meeting) : meeting;
  else if (specificity(meeting) < specificity(when)) track.when = meeting;
  else if (specificity(meeting) === specificity(when) && !datesAgree(when, meeting)) track.when = meeting;
}

const sameTrack = (a: DateTrack, b: DateTrack) => a.movedAt === b.movedAt && sameWhen(a.when, b.when);

/**
 * A fold foldInserting made, and a copy of it as it stood after the new report: its first
 * reports, which the next late report of the same event usually comes after (reports of a batch
 * are merged in publication order), read without addReport again.
 */
const beginnings = new WeakMap<Fold, Fold>();

/**
 * The fold `addReport` gives over `kept.reports` with `report` put at `at` (its place in
 * publication order), without reading again the reports after it, which a provisional merge did
 * for every report joining an event (a late report sorts near the start of its event's ~200).
 * The reports before `at` and the new one are read as addReport reads them; what the reports
 * after them add is taken from `kept`, where it does not depend on what came before:
 * - each article's statuses, the participants and the dates moved away from are unions, and
 *   the positions of the current and the final reports move one place on;
 * - the kind is the first one other than "talks", and the people are named in the order they
 *   first appear: the new beginning's, then kept's others in kept's order;
 * - the place changes only until it is a city: read on over the later reports until it is;
 * - the date depends on the date before and the latest postponement only: read on over the
 *   later reports beside the date without the new report, until the two say the same; from
 *   there the date is kept's (or, when they never do, the one read to the end).
 */
export function foldInserting(kept: Fold, at: number, report: Report): Fold {
  const {reports} = kept;
  // The next late report of a batch usually goes right after this one: the beginning is kept.
  const begun = beginnings.get(kept);
  const fold = begun !== undefined && begun.reports.length <= at ? copyFold(begun) : startFold();
  for (let position = fold.reports.length; position < at; position++) addReport(fold, reports[position]!);
  const without: DateTrack = {when: fold.when, movedAt: fold.movedAt};
  const beginning = {movedFrom: fold.movedFrom.length, current: fold.current.length};
  addReport(fold, report);
  beginnings.set(fold, copyFold(fold));
  // The date: kept's from where the tracks with and without the new report meet.
  const track: DateTrack = {when: fold.when, movedAt: fold.movedAt};
  let position = at;
  for (; position < reports.length && !sameTrack(track, without); position++) {
    const later = reports[position]!;
    const role = roleOf(later);
    dateAfter(track, later, role);
    dateAfter(without, later, role);
  }
  if (sameTrack(track, without)) {
    fold.when = kept.when;
    fold.movedAt = kept.movedAt;
  } else {
    fold.when = track.when;
    fold.movedAt = track.movedAt;
  }
  let {where} = fold;
  for (let later = at; later < reports.length && !settledPlace(where); later++) where = placeAfter(where, reports[later]!.meeting);
  fold.where = where;
  if (fold.kind === 'talks') fold.kind = kept.kind;
  for (let later = at; later < reports.length; later++) fold.reports.push(reports[later]!);
  // Kept's statuses hold those of the reports before the new one already: copied whole (one
  // native copy, not a lookup per article), with the new report's added.
  const statuses = new Map(kept.statuses);
  statuses.set(report.articleId, (statuses.get(report.articleId) ?? 0) | fold.statuses.get(report.articleId)!);
  fold.statuses = statuses;
  for (let index = beginning.movedFrom; index < kept.movedFrom.length; index++) fold.movedFrom.push(kept.movedFrom[index]!);
  for (let index = beginning.current; index < kept.current.length; index++) fold.current.push(kept.current[index]! + 1);
  if (kept.lastFinal >= at) fold.lastFinal = kept.lastFinal + 1;
  const people = [...fold.people];
  for (const name of kept.people) {
    if (fold.participants.has(name)) continue;
    fold.participants.add(name);
    people.push(name);
  }
  fold.people = people.length === kept.people.length && people.every((name, index) => name === kept.people[index]) ? kept.people : people;
  return fold;
}

/**
 * Whether two meetings say the same where, when, what and who: a report's meeting, or an event's
 * state. Field by field, as the settle asks it of every report and event of its window.
 */
export function saysTheSame(x: Omit<Meeting, 'evidence'>, y: Omit<Meeting, 'evidence'>): boolean {
  return (
    x.place === y.place &&
    x.country === y.country &&
    x.start === y.start &&
    x.end === y.end &&
    x.precision === y.precision &&
    x.status === y.status &&
    x.kind === y.kind &&
    x.participants.length === y.participants.length &&
    x.participants.every((name, index) => name === y.participants[index])
  );
}

/** What the reports read so far say: the status is the latest report's that speaks for now. */
export function stateOf(fold: Fold): EventState {
  const {reports, when} = fold;
  const latest = reports.at(-1)!;
  const said = reports[saidAt(fold)] ?? latest;
  // A literal of fixed shape (no spread): the merge reads these fields millions of times, and a
  // spread made V8 keep them in a slow dictionary.
  return {
    place: fold.where.place,
    country: fold.where.country,
    start: when.start,
    end: when.end,
    precision: when.precision,
    kind: fold.kind,
    participants: fold.people,
    status: statusOf(said),
    statusAt: said.published,
    firstReported: reports[0]!.published,
    lastReported: latest.published,
  };
}

/**
 * Brings a state stateOf gave for this fold up to date in place, after addReport: the merge
 * does it after every report, and a new object each time made a settle's heap grow.
 */
export function refreshState(fold: Fold, state: EventState): void {
  const {reports, when} = fold;
  const latest = reports.at(-1)!;
  const said = reports[saidAt(fold)] ?? latest;
  state.place = fold.where.place;
  state.country = fold.where.country;
  state.start = when.start;
  state.end = when.end;
  state.precision = when.precision;
  state.kind = fold.kind;
  state.participants = fold.people;
  state.status = statusOf(said);
  state.statusAt = said.published;
  state.lastReported = latest.published;
}

/**
 * The state of one event; `reports` in any order, at least one. The fold is kept only when the
 * merge made it (foldOf keeps one for an event it compares reports with): a settle or a load
 * reads thousands of events once, and keeping a fold for each raised the peak memory.
 */
export function foldEvent(unsorted: readonly Report[]): EventState {
  const known = folds.get(unsorted);
  if (known && known.reports.length === unsorted.length) return stateOf(known);
  const fold = startFold();
  folds.delete(fold.reports);
  for (const report of isSorted(unsorted) ? unsorted : [...unsorted].sort(compareReports)) addReport(fold, report);
  return stateOf(fold);
}

/**
 * Position of the latest report whose status counts, -1 when none does: not a look back, and not
 * a future tense ("geplant") used after the meeting's last day had passed, which can only be a
 * look back too. Reports are in publication order, so those published by the last day come
 * first: a binary search over them, and the latest held or cancelled one, answer it.
 */
function saidAt(fold: Fold): number {
  const {current, reports, when} = fold;
  // The merge asks after every report; while the date stays, only the reports since count.
  let {said} = fold;
  if (said === null || !sameWhen(said.when, when)) {
    said = fold.said = {when, last: lastDay(when), checked: current.length, position: current.at(-1) ?? -1};
    const {last} = said;
    if (last !== null) {
      const byLastDay = leadingCount(current.length, index => newsDay(reports[current[index]!]!.published) <= last);
      said.position = byLastDay > 0 ? current[byLastDay - 1]! : -1;
    }
  }
  for (; said.checked < current.length; said.checked++) {
    const position = current[said.checked]!;
    if (said.last === null || newsDay(reports[position]!.published) <= said.last) said.position = position;
  }
  return Math.max(said.position, fold.lastFinal);
}

/**
 * How many of the positions 0 … length − 1, from the first, pass `holds`, for a test that passes up
 * to some position and fails after it (reports in publication order): a binary search.
 */
export function leadingCount(length: number, holds: (position: number) => boolean): number {
  let [low, high] = [0, length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (holds(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Reports merged in publication order are already sorted: no need to sort them again. */
function isSorted(reports: readonly Report[]): boolean {
  for (let i = 1; i < reports.length; i++) if (compareReports(reports[i - 1]!, reports[i]!) > 0) return false;
  return true;
}
