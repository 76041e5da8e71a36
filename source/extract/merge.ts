// When two reports are the same meeting, and what the merged meeting says. Used twice: for the
// mentions inside one article (meetings.ts) and by the store for meetings across articles.
import type {Meeting, MeetingStatus, Precision} from './types.js';

// The days a date of each precision covers after its start: "Anfang Juni" ten, "im Sommer" three months.
const COVERS: Record<Precision, number> = {day: 0, days: 0, 'month-part': 9, month: 30, season: 91, year: 365, unknown: 0};
const SPECIFICITY: Precision[] = ['day', 'days', 'month-part', 'month', 'season', 'year', 'unknown'];
// Across articles a meeting moves forward: proposed, planned, then held; a cancellation ends a plan.
const PROGRESS: Record<MeetingStatus, number> = {proposed: 0, planned: 1, cancelled: 2, ongoing: 3, held: 4};

type Where = Pick<Meeting, 'place' | 'country'>;
type When = Pick<Meeting, 'start' | 'end' | 'precision'>;

/** The same place, or a city inside the other's country; unknown places never disagree. */
export function placesAgree(a: Where, b: Where): boolean {
  if (!a.place || !b.place) return true;
  return a.place === b.place || a.country === b.place || b.country === a.place;
}

/** Days since 1970 of an ISO date ("2025-06-16"). */
export const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
/** The day number of the last day a dated meeting's date covers: "im Juni" runs 30 days past its start. */
export const lastDayCovered = (m: When) => dayNumber(m.end ?? m.start!) + COVERS[m.precision];

/** Dates that can be the same meeting: day-exact dates must be equal, coarser ones overlap. */
export function datesAgree(a: When, b: When): boolean {
  if (!a.start || !b.start || a.precision === 'unknown' || b.precision === 'unknown') return true;
  // "am Dienstag" and "am Dienstag und Mittwoch": the first day of a span of days is that span
  // (a report on its first day); a later day may be a meeting of its own on the sidelines.
  if (COVERS[a.precision] === 0 && COVERS[b.precision] === 0) return a.start === b.start && (!a.end || !b.end || a.end === b.end);
  const [a0, a1] = [dayNumber(a.start), dayNumber(a.end ?? a.start) + COVERS[a.precision]];
  const [b0, b1] = [dayNumber(b.start), dayNumber(b.end ?? b.start) + COVERS[b.precision]];
  return a0 <= b1 && b0 <= a1;
}

/**
 * Looser: dates that may be the same meeting when the place already agrees ("Anfang Juni … in
 * der Türkei" and "im Sommer in der Türkei"): coarse dates stretch both ways.
 */
export function datesNear(a: When, b: When): boolean {
  if (!a.start || !b.start || a.precision === 'unknown' || b.precision === 'unknown') return true;
  if (COVERS[a.precision] === 0 && COVERS[b.precision] === 0) return datesAgree(a, b);
  const [a0, a1] = [dayNumber(a.start) - COVERS[a.precision], dayNumber(a.end ?? a.start) + COVERS[a.precision]];
  const [b0, b1] = [dayNumber(b.start) - COVERS[b.precision], dayNumber(b.end ?? b.start) + COVERS[b.precision]];
  return a0 <= b1 && b0 <= a1;
}

const isCall = (m: Meeting) => m.kind === 'call';
const hasDate = (m: Meeting) => m.start !== null && m.precision !== 'unknown';

/** People on both sides, or nobody named on one side. */
export function participantsOverlap(a: Meeting, b: Meeting): boolean {
  if (!a.participants.length || !b.participants.length) return true;
  return a.participants.some(name => b.participants.includes(name));
}

/**
 * Whether two meetings (from different articles) are one: nothing contradicts (kind of contact,
 * place, date, people) and place or date is known on both sides, or, with neither known,
 * the same two or more people meet.
 */
export function isSameMeeting(a: Meeting, b: Meeting): boolean {
  if (isCall(a) !== isCall(b) || !placesAgree(a, b) || !datesAgree(a, b) || !participantsOverlap(a, b)) return false;
  if ((a.place && b.place) || (hasDate(a) && hasDate(b))) return true;
  const shared = a.participants.filter(name => b.participants.includes(name));
  return shared.length >= 2;
}

/** The more specific date: a day beats "Anfang Juni", which beats "im Sommer". */
export function moreSpecificDate(a: When, b: When): When {
  const rank = (m: When) => (m.start ? SPECIFICITY.indexOf(m.precision) : SPECIFICITY.length);
  return rank(b) < rank(a) ? {start: b.start, end: b.end, precision: b.precision} : {start: a.start, end: a.end, precision: a.precision};
}

/** The more specific place: a city beats its country. */
export function moreSpecificPlace(a: Where, b: Where): Where {
  if (!a.place) return {place: b.place, country: b.country};
  if (b.place && a.place === a.country && b.place !== b.country && b.country === a.place) return {place: b.place, country: b.country};
  return {place: a.place, country: a.country};
}

/** One meeting from two reports of it; `b` is the newer report. */
export function mergeMeeting(a: Meeting, b: Meeting): Meeting {
  return {
    ...moreSpecificPlace(a, b),
    ...moreSpecificDate(a, b),
    status: PROGRESS[b.status] >= PROGRESS[a.status] ? b.status : a.status,
    kind: a.kind === 'talks' ? b.kind : a.kind,
    participants: [...new Set([...a.participants, ...b.participants])],
    evidence: a.evidence,
  };
}

/** Proposed, planned or ongoing, and dated today or later (or not dated yet). */
export function isUpcoming(m: Meeting, today: string): boolean {
  if (m.status !== 'proposed' && m.status !== 'planned' && m.status !== 'ongoing') return false;
  if (!m.start || m.precision === 'unknown') return true;
  return lastDayCovered(m) >= dayNumber(today);
}
