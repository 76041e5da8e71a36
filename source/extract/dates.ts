// Date expressions in German news sentences, resolved against the publication day in
// Europe/Berlin. Pure: no clock, no I/O; the meetings extractor calls this per sentence.
import type {Tense} from './tense.js';
import {publishedCalendarDay} from './dates/berlin-time.js';
import {parseGerman} from './dates/chrono-german.js';
import {anchorRelativeDays} from './dates/anchored-days.js';
import {spanByDuration} from './dates/duration-span.js';
import {joinDays} from './dates/join-days.js';
import {applyYearSuffix} from './dates/year-suffix.js';
import {type DateMention, toMention} from './dates/to-mention.js';

export type {DateMention} from './dates/to-mention.js';
export {publishedDay} from './dates/berlin-time.js';

// "am Sonntag (14 Uhr Ortszeit, 20 Uhr MEZ)", "am Sonntag um 14 Uhr, 20 Uhr MEZ": only clock times
// between the day and the time read; so is "am Mittwoch in der Nacht", "am Freitag am Abend".
const CLOCK_GAP = /^[\s(,]*(?:(?:um|gegen|etwa|ab|bis|in\s+der|am)\s+|\d{1,2}(?:[.:]\d{2})?\s*Uhr(?:\s+(?:Ortszeit|MEZ|MESZ|deutscher\s+Zeit))?[\s,)]*)*$/u;

/**
 * A clock time right after a day is a time of that day, not of the publication day, where a time
 * alone is dated (joined with the day it made a span: "am Sonntag (14 Uhr Ortszeit, 20 Uhr MEZ)" ran
 * from the report's day to Sunday). A time further off may tell of something else: "um 18 Uhr die
 * Partner über die Gespräche vom Montag informieren".
 */
function isClockOf(sentence: string, before: DateMention | undefined, time: DateMention): boolean {
  return before !== undefined && before.precision === 'day' && !before.timeOnly && CLOCK_GAP.test(sentence.slice(before.index + before.text.length, time.index));
}

// "saßen bis nach Mitternacht zusammen", "berieten bis spät in die Nacht", "bis zum Abend": told
// in the past, a time alone after "bis" is when a sitting ended, not its day (the publication
// day a time alone stands for): the sitting is the one the text dated before.
const UNTIL_TIME = /(?<![\p{L}])bis\s+(?:(?:kurz|weit|lange|spät|tief)\s+)?(?:nach|zum|zur|in\s+die|in\s+den|um)?\s*$/u;

/** A time alone that only tells when a past sitting ended ("bis nach Mitternacht"). */
const endsSitting = (sentence: string, time: DateMention, tense: Tense) => tense === 'past' && time.timeOnly === true && UNTIL_TIME.test(sentence.slice(Math.max(0, time.index - 30), time.index));

/**
 * Every date expression in `sentence`, in order of appearance. Expressions without a year or
 * week ("am Freitag", "im Juni") are placed before or after the publication by `tense`;
 * present tense takes the nearest.
 */
export function findDates(sentence: string, ref: {published: string; tense: Tense}): DateMention[] {
  const reading = {today: publishedCalendarDay(ref.published), tense: ref.tense};
  const results = parseGerman(sentence, reading);
  // Without a date expression the steps below have nothing to join, span or anchor.
  if (!results.length) return [];
  const mentions = results
    .map((result) => toMention(sentence, result, reading))
    .filter((mention): mention is DateMention => mention !== null)
    .sort((a, b) => a.index - b.index);
  if (!mentions.length) return [];
  const days = mentions.filter((mention, i) => !mention.timeOnly || (!isClockOf(sentence, mentions[i - 1], mention) && !endsSitting(sentence, mention, ref.tense)));
  return anchorRelativeDays(sentence, spanByDuration(sentence, joinDays(sentence, applyYearSuffix(sentence, days))));
}
