// What an event's reports add up to. Reports are read in publication order: the place is the most
// specific one named, the date the most specific (a later report wins a conflict, a postponement
// moves it, the days of a round add up), the people all those named, and the status the latest
// report's, except that a look back never changes it.
import {publishedDay} from '../extract/dates/berlin-time.js';
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

/** What a report does to its event, from its own sentence. */
export function roleOf(report: Report): ReportRole {
  const {evidence, status} = report.meeting;
  if (isMove(evidence)) return status === 'cancelled' ? 'moved-from' : 'moved';
  if (isBackgroundCue(evidence)) {
    const last = lastDay(report.meeting);
    if (last === null || dayNumber(last) <= dayNumber(publishedDay(report.published)) - LOOK_BACK_DAYS) return 'background';
  }
  return 'report';
}

type When = Pick<EventState, 'start' | 'end' | 'precision'>;

/** The event's date after each dated report in turn. */
function foldDate(reports: readonly Report[]): When {
  let when: When = {start: null, end: null, precision: 'unknown'};
  // A postponement outranks what was known when it was reported, even in the same article.
  let movedAt: string | null = null;
  for (const report of reports) {
    const date: When = report.meeting;
    const role = roleOf(report);
    if (!hasDate(date) || role === 'moved-from' || (role !== 'moved' && movedAt !== null && report.published <= movedAt)) continue;
    if (role === 'moved') movedAt = report.published;
    if (!hasDate(when) || role === 'moved') when = date;
    else if (isExact(when) && isExact(date)) when = datesAgree(when, date) ? joinExact(when, date) : date;
    else if (specificity(date) < specificity(when)) when = date;
    else if (specificity(date) === specificity(when) && !datesAgree(when, date)) when = date;
  }
  return {start: when.start, end: when.end, precision: when.precision};
}

/** The state of one event; `reports` in any order, at least one. */
export function foldEvent(unsorted: readonly Report[]): EventState {
  const reports = [...unsorted].sort(compareReports);
  const when = foldDate(reports);
  const last = lastDay(when);
  let where: Pick<EventState, 'place' | 'country'> = {place: null, country: null};
  let kind: MeetingKind = 'talks';
  const participants = new Set<string>();
  let status: Pick<EventState, 'status' | 'statusAt'> | null = null;
  for (const report of reports) {
    const {meeting} = report;
    where = moreSpecificPlace(where, {place: cityOf(meeting.place), country: meeting.country});
    if (kind === 'talks') kind = meeting.kind;
    for (const name of meeting.participants) participants.add(name);
    if (speaksForNow(report, last)) status = {status: statusOf(report), statusAt: report.published};
  }
  const latest = reports.at(-1)!;
  status ??= {status: statusOf(latest), statusAt: latest.published};
  return {...where, ...when, kind, participants: [...participants], ...status, firstReported: reports[0]!.published, lastReported: latest.published};
}

/**
 * Whether a report's status counts: not a look back, and not a future tense ("geplant") used
 * after the meeting's last day had passed, which can only be a look back too.
 */
function speaksForNow(report: Report, last: string | null): boolean {
  if (roleOf(report) === 'background') return false;
  const {status} = report.meeting;
  if (last === null || status === 'held' || status === 'cancelled') return true;
  return publishedDay(report.published) <= last;
}
