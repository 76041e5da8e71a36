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
  return anchorRelativeDays(sentence, spanByDuration(sentence, joinDays(sentence, applyYearSuffix(sentence, mentions))));
}
