// What an event's reports add up to. Reports are read in publication order: the place is the most
// specific one named, the date the most specific (a later report wins a conflict, a postponement
// moves it, the days of a round add up), the people all those named, and the status the latest
// report's, except that a look back never changes it.
import {newsDay} from './news-day.js';
import type {MeetingKind} from '../extract/types.js';
import {isBackgroundCue, isMove} from './cues.js';
import {datesAgree, dayNumber, hasDate, isExact, joinExact, lastDay, specificity} from './dates.js';
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

/** An event's reports read so far, in publication order, and what they add up to. */
export type Fold = {
  reports: Report[];
  when: When;
  /** Publication time of the latest postponement: it outranks what was known when it was reported. */
  movedAt: string | null;
  where: Pick<EventState, 'place' | 'country'>;
  kind: MeetingKind;
  participants: Set<string>;
};

export function startFold(): Fold {
  return {reports: [], when: {start: null, end: null, precision: 'unknown'}, movedAt: null, where: {place: null, country: null}, kind: 'talks', participants: new Set()};
}

/** Reads one more report, published after (or with) every report read so far. */
export function addReport(fold: Fold, report: Report): void {
  fold.reports.push(report);
  const {meeting} = report;
  fold.where = moreSpecificPlace(fold.where, {place: cityOf(meeting.place), country: meeting.country});
  if (fold.kind === 'talks') fold.kind = meeting.kind;
  for (const name of meeting.participants) fold.participants.add(name);
  // The date: the most specific; a later report wins a conflict, a postponement moves it, the days of a round add up.
  const role = roleOf(report);
  const {when} = fold;
  if (!hasDate(meeting) || role === 'moved-from' || (role !== 'moved' && fold.movedAt !== null && report.published <= fold.movedAt)) return;
  if (role === 'moved') fold.movedAt = report.published;
  if (!hasDate(when) || role === 'moved') fold.when = meeting;
  else if (isExact(when) && isExact(meeting)) fold.when = datesAgree(when, meeting) ? joinExact(when, meeting) : meeting;
  else if (specificity(meeting) < specificity(when)) fold.when = meeting;
  else if (specificity(meeting) === specificity(when) && !datesAgree(when, meeting)) fold.when = meeting;
}

/** What the reports read so far say: the status is the latest report's that speaks for now. */
export function stateOf(fold: Fold): EventState {
  const {reports, when} = fold;
  const last = lastDay(when);
  const latest = reports.at(-1)!;
  let said = latest;
  for (let i = reports.length - 1; i >= 0; i--) {
    if (speaksForNow(reports[i]!, last)) {
      said = reports[i]!;
      break;
    }
  }
  return {
    ...fold.where,
    start: when.start,
    end: when.end,
    precision: when.precision,
    kind: fold.kind,
    participants: [...fold.participants],
    status: statusOf(said),
    statusAt: said.published,
    firstReported: reports[0]!.published,
    lastReported: latest.published,
  };
}

/** The state of one event; `reports` in any order, at least one. */
export function foldEvent(unsorted: readonly Report[]): EventState {
  const fold = startFold();
  for (const report of isSorted(unsorted) ? unsorted : [...unsorted].sort(compareReports)) addReport(fold, report);
  return stateOf(fold);
}

/**
 * Whether a report's status counts: not a look back, and not a future tense ("geplant") used
 * after the meeting's last day had passed, which can only be a look back too.
 */
function speaksForNow(report: Report, last: string | null): boolean {
  if (roleOf(report) === 'background') return false;
  const {status} = report.meeting;
  if (last === null || status === 'held' || status === 'cancelled') return true;
  return newsDay(report.published) <= last;
}

/** Reports merged in publication order are already sorted: no need to sort them again. */
function isSorted(reports: readonly Report[]): boolean {
  for (let i = 1; i < reports.length; i++) if (compareReports(reports[i - 1]!, reports[i]!) > 0) return false;
  return true;
}
