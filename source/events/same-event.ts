// When a report is one more account of an event already known. Every condition is a row of
// docs/events.md with its test in test/events/same-event.test.ts.
import {newsDay} from './news-day.js';
import {isRepeat} from './cues.js';
import {datesAgree, dayNumber, hasDate, isExact, lastDay, span} from './dates.js';
import {foldOf, knownFold, roleOf, STATUS_BIT, statusOf, type Fold} from './fold.js';
import {placesAgree, samePlaceExactly} from './places.js';
import {participantsContradict, sharedParticipants} from './sides.js';
import type {Meeting} from '../extract/types.js';
import type {Event, Report, ReportRole} from './types.js';

/** Undated, placeless proposals are one proposal only when reported within these days of each other. */
const PROPOSAL_DAYS = 7;

const isCall = (kind: string) => kind === 'call';
const isFuture = (status: string) => status === 'proposed' || status === 'planned';

const vague = (w: {place: string | null} & Parameters<typeof hasDate>[0]) => !w.place && !hasDate(w);

/**
 * What joinsEvent and fit ask of the report itself, kept for the last two reports asked about:
 * the merge compares one report with several events in a row, and mayJoin (store/extraction.ts)
 * asks in turn about the new report and each candidate's first report, which emptied a
 * one-report memory at every candidate.
 */
type ReportFacts = {report: Report | null; day: string; role: ReportRole};
let asked: ReportFacts = {report: null, day: '', role: 'report'};
let askedBefore: ReportFacts = {report: null, day: '', role: 'report'};

function factsOf(report: Report): ReportFacts {
  if (asked.report === report) return asked;
  const facts = askedBefore;
  askedBefore = asked;
  asked = facts;
  if (facts.report !== report) {
    facts.report = report;
    facts.day = newsDay(report.published);
    facts.role = roleOf(report);
  }
  return facts;
}

/**
 * Whether a meeting's sentence names a repeat ("zweite Runde", "erneut"), by meeting: the same
 * candidate's first report is asked about for every report compared with it, and a report read
 * again (KnownMeetings.widen) is a new object around the same meeting.
 */
const repeats = new WeakMap<Meeting, boolean>();
function namesRepeat(meeting: Meeting): boolean {
  let repeat = repeats.get(meeting);
  if (repeat === undefined) repeats.set(meeting, (repeat = isRepeat(meeting.evidence)));
  return repeat;
}

/**
 * Whether `report` joins `event`; `fold` is the event's (foldOf(event.reports)) when the caller
 * has it, or what it would say of the two things asked of it here.
 */
export function joinsEvent(event: Event, report: Report, fold?: Pick<Fold, 'statuses' | 'movedFrom'>): boolean {
  const {state} = event;
  const m = report.meeting;
  // A phone call is never an in-person meeting.
  if (isCall(state.kind) !== isCall(m.kind)) return false;
  // Cheap tests first: most candidate events are at another place.
  if (!placesAgree(state, m)) return false;
  const shared = sharedParticipants(state.participants, m.participants);
  if (participantsContradict(state.participants, m.participants, shared)) return false;
  // The extractor already merged an article's mentions: two of its meetings that disagree on status are two events.
  fold ??= foldOf(event.reports);
  // Joins only where the article's reports all say what this one says.
  const statuses = fold.statuses.get(report.articleId);
  if (statuses !== undefined && statuses !== STATUS_BIT[statusOf(report)]) return false;
  const facts = factsOf(report);
  const reportDay = facts.day;
  const last = lastDay(state);
  const over = state.status === 'held' || state.status === 'cancelled' || (last !== null && last < reportDay);
  const {role} = facts;

  // "zweite Runde", "erneut", "ein weiteres Treffen": not the round already over.
  if (role === 'report' && over && isFuture(m.status) && namesRepeat(m)) return false;
  // A plan reported after the meeting's last day is a new meeting, unless its date is the old one.
  if (role === 'report' && isFuture(m.status) && last !== null && last < reportDay && (!hasDate(m) || lastDay(m)! >= reportDay)) return false;

  // Proposals without place and date join only the same proposal: same people, same days.
  if (vague(m) || vague(state)) {
    const days = Math.abs(dayNumber(reportDay) - dayNumber(newsDay(state.lastReported)));
    return vague(m) && vague(state) && shared >= 2 && days <= PROPOSAL_DAYS;
  }

  // "auf Donnerstag verschoben": the same meeting at a new date, while it has not taken place.
  if (role === 'moved') return state.status !== 'held' && (samePlaceExactly(state, m) || shared >= 2);
  // The date it moved away from still names it: in a report of the postponement, or in a later look back.
  const oldDate = (role === 'moved-from' ? event.reports : fold.movedFrom).some(other => datesAgree(other.meeting, m));
  if (!datesAgree(state, m, state.status === 'held') && !oldDate) return false;

  // Something positive in common: the same city; a city and its country (see below); without a
  // place on one side the same people or the same day.
  if (samePlaceExactly(state, m)) return true;
  if (m.place && state.place) {
    // Only a country on one side ("in der Schweiz"): that side is a vague early word of the
    // meeting when it has no date either; otherwise the dates or the people must agree.
    const countryOnly = m.place === m.country ? m : state.place === state.country ? state : undefined;
    return (hasDate(m) && hasDate(state)) || shared >= 2 || (countryOnly !== undefined && !hasDate(countryOnly));
  }
  return shared >= 1 || (isExact(m) && isExact(state));
}

/** How well a report fits an event it may join: the same city and day fit best. */
export function fit(event: Event, report: Report): number {
  const {state} = event;
  const m = report.meeting;
  let score = 0;
  if (samePlaceExactly(state, m)) score += 2;
  else if (state.place && m.place) score += 1;
  if (hasDate(state) && hasDate(m) && datesAgree(state, m)) {
    score += isExact(state) && isExact(m) ? 2 : 1;
    // Of two rounds that both fit a vague date, the nearer one.
    score -= Math.min(Math.abs(dayNumber(state.start!) - dayNumber(m.start!)), 30) / 100;
  }
  // A report of a meeting that took place fits a meeting whose days have come; a plan, one still ahead.
  const last = lastDay(state);
  if (last !== null) {
    const come = last <= factsOf(report).day;
    if ((m.status === 'held') === come) score += 1;
  }
  return score + Math.min(sharedParticipants(state.participants, m.participants), 5) * 0.1;
}

/**
 * One side's dates as joinsEvent compares them, to rule pairs out without comparing them:
 * `free` when its dates need not agree with the other side's (a postponement, the date a meeting
 * moved from, an event that moved away from a date).
 */
export type DateFacts = {span: [number, number] | null; free: boolean};

/** An event's dates; whether it moved away from a date is read from its fold when one is kept (a load reads thousands of events). */
export function eventDates(event: Event): DateFacts {
  const fold = knownFold(event.reports);
  return {span: span(event.state), free: fold ? fold.movedFrom.length > 0 : event.reports.some(report => roleOf(report) === 'moved-from')};
}

export function reportDates(report: Report): DateFacts {
  const role = roleOf(report);
  return {span: span(report.meeting), free: role === 'moved' || role === 'moved-from'};
}

/**
 * False only when joinsEvent is false for every pair with these dates (event, report) — and so
 * for a report as an event of its own against another report: unless a side is free, both are
 * dated and their spans neither overlap nor touch (datesAgree with its largest slack).
 */
export function datesMayAgree(a: DateFacts, b: DateFacts): boolean {
  if (a.free || b.free || a.span === null || b.span === null) return true;
  return a.span[0] <= b.span[1] + 1 && b.span[0] <= a.span[1] + 1;
}
