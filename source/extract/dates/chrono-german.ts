import * as chrono from 'chrono-node';
import type {ParsedResult, ParsingResult, Refiner} from 'chrono-node';
import {anniversaryParser} from './anniversary-parser.js';
import {dayOfMonthParser} from './day-of-month-parser.js';
import {dayRangeParser} from './day-range-parser.js';
import {halfParser} from './half-parser.js';
import {adventParser, holidayParser} from './holiday-parser.js';
import {monthParser, relativeMonthParser} from './month-parser.js';
import {monthPartCompoundParser, monthPartParser} from './month-part-parser.js';
import {bareEveParser, comingDaysParser, dayAdjectiveParser, hedgedAgoParser, liesBackParser, timeOfDayParser} from './nearby-parser.js';
import {type Reading, type ReadingOption, taggedPrecision} from './reading.js';
import {skippingImpossible} from '../prefilter.js';
import {calendarWeekParser, monthWeekParser} from './month-week-parser.js';
import {numericDateParser} from './numeric-date-parser.js';
import {quarterParser, quarterPartParser} from './quarter-parser.js';
import {seasonOfMeetingParser, seasonParser} from './season-parser.js';
import {weekParser, weekendParser} from './week-parser.js';
import {weekdayDateParser} from './weekday-date-parser.js';
import {weekdayOfWeekParser} from './weekday-of-week-parser.js';
import {weekdayParser} from './weekday-parser.js';
import {relativeYearParser, yearParser} from './year-parser.js';

// chrono's German parser knows dates ("20.12.2025", "15. August", "10. bis 12. Oktober"),
// "heute"/"gestern"/"übermorgen" and "in zwei Wochen"/"vor einer Woche". Ours add what news
// prose needs on top, and resolve by tense. They go first: on equal overlaps chrono keeps the
// earlier parser's result, and longer matches ("am kommenden Montag") win anyway.
const german = chrono.de.casual.clone();
german.parsers.unshift(
  weekdayDateParser,
  weekdayOfWeekParser,
  weekdayParser,
  weekParser,
  weekendParser,
  monthWeekParser,
  calendarWeekParser,
  halfParser,
  monthPartParser,
  monthPartCompoundParser,
  monthParser,
  relativeMonthParser,
  seasonParser,
  seasonOfMeetingParser,
  quarterPartParser,
  quarterParser,
  yearParser,
  relativeYearParser,
  dayRangeParser,
  numericDateParser,
  dayOfMonthParser,
  holidayParser,
  adventParser,
  anniversaryParser,
  comingDaysParser,
  hedgedAgoParser,
  liesBackParser,
  timeOfDayParser,
  bareEveParser,
  dayAdjectiveParser,
);

// chrono's own weekday parser goes: ours reads every weekday it reads, by tense, and toMention
// drops chrono's weekday results anyway. Kept, it still took part in the overlaps: its "am
// Freitag," (with the comma) is longer than our "am Freitag", won, and was then dropped, so "Die
// Gespräche beginnen am Freitag, teilte … mit" lost its date. It also ran on almost every sentence
// ("so", "do" and "mo" are its abbreviations). Found by name: chrono does not export the class.
german.parsers = german.parsers.filter((parser) => parser.constructor.name !== 'DEWeekdayParser');

// A parser whose pattern needs a word the sentence lacks ("Montag", a digit) is not run at all.
// Each parser's pattern is taken once: a parser must use the same pattern for every sentence.
// chrono hands every sentence to every parser; most cannot match it, and asking each costs more
// than the answer. Only those that may match are handed to chrono, in their order.
const parsers = german.parsers.map(skippingImpossible);
german.parsers = parsers;

// chrono drops every match that is only digits, which would lose "2022 begann der Krieg" from
// our year parser. Our results pass that one filter untouched; chrono's own still go through it.
// (Found by name: chrono does not export the class. Should a new version rename it, bare years
// are simply not found.)
function sparingOurs(refiner: Refiner): Refiner {
  if (!refiner.constructor.name.includes('UnlikelyFormat')) return refiner;
  return {
    refine(context, results) {
      const ours = results.filter((result) => taggedPrecision(result));
      const theirs = refiner.refine(context, results.filter((result) => !taggedPrecision(result)));
      return [...ours, ...theirs].sort((a, b) => a.index - b.index);
    },
  };
}
german.refiners = german.refiners.map(sparingOurs);

// chrono's relative parsers take the space before "vergangene Woche" into their match, which
// makes theirs one character longer than ours and wins them every overlap after a comma
// (", vergangene Woche,"). Trimmed first, the two compare by what they really read, and ours,
// put first, win the tie as they do without the comma.
german.refiners.unshift({
  refine(_context, results) {
    for (const result of results) {
      const text = result.text.trimStart();
      result.index += result.text.length - text.length;
      result.text = text;
    }
    const oursFirst = (result: ParsingResult) => (taggedPrecision(result) ? 0 : 1);
    return results.sort((a, b) => a.index - b.index || oursFirst(a) - oursFirst(b));
  },
});

/**
 * chrono's results for one sentence. The reference instant is local noon of the publication day,
 * so chrono's own relative dates ("gestern") land on the Berlin day in any process time zone.
 */
export function parseGerman(sentence: string, reading: Reading): ParsedResult[] {
  const {today} = reading;
  const noon = new Date(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 12);
  const option: ReadingOption = {reading};
  german.parsers = parsers.filter((parser) => parser.mayMatch(sentence));
  // Without a parser there is no result for the refiners to work on.
  return german.parsers.length ? german.parse(sentence, noon, option) : [];
}
