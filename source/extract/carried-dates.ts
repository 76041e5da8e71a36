import type {DateSpan} from './mention-reading.js';
import type {DateMention} from './dates.js';
import {addDays, day, isoDay, monthOf, parseIsoDay, yearOf} from './dates/calendar.js';
import {countNumber} from './dates/german-words.js';
import {sentenceTense} from './tense.js';

/** Which of the times told before a clause may take: only a past one, or either side. */
export type CarriedSide = 'past' | 'any';

// "Damals", "Zu diesem Zeitpunkt": a past time the text has just told. Only at the head of the
// sentence: "Die Verhandlungen damals" looks back without a date.
const THEN = /^\s*(?:[Dd]amals|[Zz]u\s+diesem\s+Zeitpunkt)(?![\p{L}])/u;
// "Am selben Tag", "Noch am gleichen Tag werde sie in Kairo …": the day just told, ahead too.
const SAME_DAY = /^\s*(?:[Nn]och\s+)?[Aa]m\s+(?:selben|gleichen|selbigen)\s+Tag(?![\p{L}])/u;
// "Die für Freitag geplante Reise nach Oslo wurde verschoben. Stattdessen reist er nach Brüssel":
// what takes the place of a trip takes its day.
const INSTEAD = /^\s*(?:[Ss]tattdessen|[Ss]tatt\s+dessen)(?![\p{L}])/u;
// "… folgt auf die im Vormonat abgehaltene Runde in Oslo. Diese Gespräche fanden nach …
// statt": a demonstrative at the head of the sentence points to the meeting just told, and so to
// the time told with it. Only told as past: "Dieses Gespräch werde nun nachbereitet" speaks of the
// call, not of a meeting of its own.
const THESE_MEETINGS = /^\s*(?:Diese[rsnm]?|Jene[rsnm]?)\s+(?:\p{Ll}+\s+)?(?:Gespräche|Gespräch|Treffen|Runde|Gesprächsrunde|Verhandlungsrunde|Verhandlungen|Begegnung|Beratungen|Unterredung|Zusammenkunft|Telefonat)(?![\p{L}])/u;
// "Im Januar sprach er mit X. Einen Monat später …", "Zwei Tage danach …": counted from the
// time the sentence before told, not from the publication.
const COUNTED = /^\s*(?:[Nn]ur\s+|[Gg]enau\s+)?(Ein|Eine|Einen|Zwei|Drei|Vier|Fünf|Sechs|\d{1,2})\s+(Tage?|Wochen?|Monate?|Jahre?)\s+(später|danach|darauf|zuvor|davor|vorher|früher)(?![\p{L}])/u;

// "Die Minister beraten am Sonntagnachmittag. Um 15.00 Uhr werde sich die Gruppe … treffen": a
// clock time with no day at the head of the sentence is a time of the day just told.
const CLOCK_AT_HEAD = /^\s*(?:[Uu]m|[Gg]egen|[Aa]b)\s+\d{1,2}(?:[.:]\d{2})?\s+Uhr(?![\p{L}])/u;
// "…, dass die Gespräche um 9 Uhr im Hotel beginnen sollen": the hour of a meeting
// already told (the definite article) is an hour of its day, in any clause.
const CLOCK_OF_THE_MEETING = /(?<![\p{L}])(?:die|das|der)\s+(?:Gespräche|Gespräch|Treffen|Verhandlungen|Beratungen|Gipfel|Runde|Telefonat)\s+(?:um|gegen|ab)\s+\d{1,2}(?:[.:]\d{2})?\s+Uhr(?![\p{L}])/u;
const CLOCK_ONLY = /^(?:[Uu]m\s+|[Gg]egen\s+|[Aa]b\s+)?\d{1,2}(?:[.:]\d{2})?(?:\s+Uhr)?$/u;

// "Am Donnerstag beginnt der Gipfel. Am Vorabend beraten die Außenminister": the eve at the head of
// the sentence is the day before the day just told, not before the report's.
const EVE_AT_HEAD = /^\s*(?:[Nn]och\s+|[Bb]ereits\s+|[Ss]chon\s+)?[Aa]m\s+(?:Vorabend|Vortag)(?![\p{L}])/u;
const EVE_ONLY = /^am\s+(?:Vorabend|Vortag)$/iu;

/**
 * The day told before for a clause whose only date is a clock time at its head or right after the
 * meeting told before ("die Gespräche gegen 10 Uhr"); the day before it
 * for one whose only date is "Am Vorabend" or "Am Vortag" at its head; null otherwise.
 */
export function clockTimeCarried(text: string, dates: DateMention[], carried: (side: CarriedSide) => DateSpan | null): DateSpan | null {
  if (dates.length !== 1) return null;
  const eve = text.includes('Vor') && EVE_ONLY.test(dates[0]!.text) && EVE_AT_HEAD.test(text);
  if (!eve && (!text.includes('Uhr') || !CLOCK_ONLY.test(dates[0]!.text) || !(CLOCK_AT_HEAD.test(text) || CLOCK_OF_THE_MEETING.test(text)))) return null;
  const told = carried('any');
  if (told?.precision !== 'day') return null;
  return eve ? {start: isoDay(addDays(parseIsoDay(told.start), -1)), end: null, precision: 'day'} : told;
}

/**
 * The date a clause without one of its own takes from the sentences before: by "Damals", "am
 * selben Tag", "Stattdessen", "Diese Gespräche" or a count from that time at its head. Null when it
 * has none of them.
 */
export function carriedInto(text: string, carried: (side: CarriedSide) => DateSpan | null): DateSpan | null {
  if (THEN.test(text)) return carried('past');
  if (THESE_MEETINGS.test(text) && sentenceTense(text) === 'past') return carried('past');
  if (SAME_DAY.test(text) || INSTEAD.test(text)) {
    const told = carried('any');
    return told?.precision === 'day' ? told : null;
  }
  const count = COUNTED.exec(text);
  if (!count) return null;
  const told = carried('any');
  if (!told) return null;
  const n = countNumber(count[1]!) * (/^(?:später|danach|darauf)$/u.test(count[3]!) ? 1 : -1);
  return counted(told, n, count[2]!);
}

/** `told` moved by `n` units; the precision a unit that coarse can keep, or null. */
function counted(told: DateSpan, n: number, unit: string): DateSpan | null {
  const from = parseIsoDay(n > 0 ? (told.end ?? told.start) : told.start);
  if (unit.startsWith('Jahr')) return {start: isoDay(day(yearOf(from) + n, 1, 1)), end: null, precision: 'year'};
  if (unit.startsWith('Monat')) {
    if (told.precision !== 'day' && told.precision !== 'days' && told.precision !== 'month') return null;
    return {start: isoDay(day(yearOf(from), monthOf(from) + n, 1)), end: null, precision: 'month'};
  }
  if (told.precision !== 'day' && told.precision !== 'days') return null;
  return {start: isoDay(addDays(from, unit.startsWith('Tag') ? n : 7 * n)), end: null, precision: 'day'};
}

// "Vergangene Woche rief Trump Putin an. Auch Rubio und Lawrow telefonierten danach.": what followed
// a past time told before happened some time between then and the report. Without a date of its
// own it is background, not the day's news (a call is otherwise dated on the publication day).
const SEQUEL = /(?<![\p{L}])(?:danach|daraufhin)(?![\p{L}])/u;

/** Whether an undated clause told in the past follows ("danach") a past time told before it. */
export function followsPastTimeTold(text: string, carried: (side: CarriedSide) => DateSpan | null): boolean {
  if (!text.includes('danach') && !text.includes('daraufhin')) return false;
  return SEQUEL.test(text) && sentenceTense(text) === 'past' && carried('past') !== null;
}
