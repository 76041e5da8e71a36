import type {ParsedComponents, ParsedResult} from 'chrono-node';
import type {Precision} from '../types.js';
import {type Day, day, daysBetween, isoDay} from './calendar.js';
import {directionOf, pickYear} from './anchor.js';
import {type Reading, readingAt, taggedPrecision} from './reading.js';
import {isSupersededPlanDay} from './superseded-plan.js';

/** A date expression found in a sentence, resolved against the publication day. */
export type DateMention = {
  text: string;
  index: number;
  /** YYYY-MM-DD */
  start: string;
  end: string | null;
  precision: Precision;
  /** A clock time alone ("um 21 Uhr MEZ"), dated on the publication day for want of a day. */
  timeOnly?: true;
};

function dayOf(components: ParsedComponents, year = components.get('year') ?? 1970): Day {
  return day(year, components.get('month') ?? 1, components.get('day') ?? 1);
}

const VAGUE_SPAN = /^(?:(?:vor|in)\s+)?(?:(?:nächste|kommende|folgende|letzte|vergangene|vorige|vorhergegangene|vorangegangene)[smnr]?\s+)?(?:(?:einigen|wenigen|mehreren)\s+)?(?:Tagen|Wochen|Monaten|Jahren|Quartalen)$/iu;

// chrono's own relative expressions carry their unit in the text: "in einem Monat".
function unitPrecision(text: string): Precision {
  if (/Monat/i.test(text)) return 'month';
  if (/Jahr/i.test(text)) return 'year';
  return 'day';
}

/**
 * Our parsers' results come resolved. chrono's own need two corrections: a date without a year
 * ("am 15. August") takes the year the sentence's tense points to, and a bare weekday or time
 * ("so", "um 10 Uhr") is not kept as a weekday but a time alone dates the publication day; a
 * plural unit without a count ("vor Jahren") is no date, and a count of years ("vor einem Jahr")
 * dates the year.
 */
export function toMention(sentence: string, result: ParsedResult, sentenceReading: Reading): DateMention | null {
  const {today} = sentenceReading;
  const {start, end} = result;
  // chrono's relative parsers take the space before "vor einer Woche" into the match.
  const text = result.text.trim();
  const index = result.index + result.text.indexOf(text);
  const tagged = taggedPrecision(result);
  if (tagged) {
    const endDay = end ? isoDay(dayOf(end)) : null;
    return {text, index, start: isoDay(dayOf(start)), end: endDay, precision: tagged};
  }
  if (start.isCertain('weekday') && !start.isCertain('day')) return null;
  // "vor Jahren", "in den vergangenen Monaten", "vor einigen Wochen": chrono counts a plural unit
  // without a number as one, which put a day on a time the text leaves open.
  if (VAGUE_SPAN.test(text)) return null;
  // "vor einem Jahr", "in zwei Jahren": a year counted from the publication, told as its year.
  if (start.isCertain('year') && !start.isCertain('month') && !start.isCertain('day')) {
    return {text, index, start: isoDay(day(start.get('year')!, 1, 1)), end: null, precision: 'year'};
  }
  if (!start.isCertain('day') && !start.isCertain('month')) {
    return {text, index, start: isoDay(today), end: null, precision: 'day', timeOnly: true};
  }
  let first = dayOf(start);
  let last = end ? dayOf(end) : null;
  if (!start.isCertain('year')) {
    // Only here does the tense count, and the clause's own is worth asking for.
    const reading = readingAt(sentence, result.index, sentenceReading);
    const length = last ? daysBetween(first, last) : 0;
    const spanIn = (year: number) => {
      const from = dayOf(start, year);
      return {start: from, end: new Date(from.getTime() + length * 86_400_000)};
    };
    const direction = isSupersededPlanDay(sentence, index) ? 'nearest' : directionOf(reading.tense);
    const span = spanIn(pickYear(reading.today, direction, spanIn));
    first = span.start;
    last = last ? span.end : null;
  }
  const isRange = last !== null && daysBetween(first, last) > 0;
  const precision = isRange ? 'days' : unitPrecision(text);
  // "in einem Monat" is that month, dated by its first day like "im Juni"; a year by 1 January.
  if (precision === 'month') first = day(first.getUTCFullYear(), first.getUTCMonth() + 1, 1);
  if (precision === 'year') first = day(first.getUTCFullYear(), 1, 1);
  return {text, index, start: isoDay(first), end: isRange && last ? isoDay(last) : null, precision};
}
