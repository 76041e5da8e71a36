import {addDays, isoDay, parseIsoDay} from './calendar.js';
import type {DateMention} from './to-mention.js';
import {countNumber} from './german-words.js';
import {mayMatch} from '../prefilter.js';

// "das zweitägige Treffen, das am Mittwoch endet", "der 3-tägige Gipfel, der am 2. Juni beginnt", "die dreitägige Konferenz, die am 4. Mai
// beginnt": a length in days and the day it begins or ends give the whole span (precision days).
const LENGTH = /(?<![\p{L}])(zwei|drei|vier|fünf|sechs|sieben|\d{1,2}-?)tägige[nmrs]?(?![\p{L}])/u;
const BOUND_AFTER = /^,?[^,;.]{0,20}?(?<![\p{L}])(beginnt|beginnen|endet|enden)(?![\p{L}])/u;
// The relative clause that tells the bound hangs on the noun the length describes.
const RELATIVE_BEFORE = /,\s*(?:das|die|der)\s+$/u;
const NEAR = 120;

export function spanByDuration(sentence: string, mentions: DateMention[]): DateMention[] {
  const length = mayMatch(LENGTH, sentence) ? LENGTH.exec(sentence) : null;
  if (!length) return mentions;
  const days = countNumber(length[1]!);
  if (days < 2) return mentions;
  return mentions.map((mention) => {
    if (mention.precision !== 'day' || mention.index < length.index || mention.index - length.index > NEAR) return mention;
    if (!RELATIVE_BEFORE.test(sentence.slice(0, mention.index))) return mention;
    const bound = BOUND_AFTER.exec(sentence.slice(mention.index + mention.text.length));
    if (!bound) return mention;
    const day = parseIsoDay(mention.start);
    const begins = bound[1]!.startsWith('beginn');
    const start = begins ? day : addDays(day, 1 - days);
    const end = begins ? addDays(day, days - 1) : day;
    return {...mention, start: isoDay(start), end: isoDay(end), precision: 'days'};
  });
}

// "Die Gespräche in Genf sind am Mittwoch zu Ende gegangen. Die zweitägigen Gespräche …": the
// length told right after the day the talks ended gives the span ending that day.
const LENGTH_AT_HEAD = /^\s*(?:Die|Der|Das)\s+(zwei|drei|vier|fünf|\d)-?tägigen?\s/u;
const ENDED = /(?<![\p{L}])(?:zu\s+Ende\s+gegangen|endeten|endete|beendet)(?![\p{L}])/u;

/** The days ending on `day` that a sentence opening with a length gives talks that ended then; null otherwise. */
export function spanEndingOn(day: string, ended: string, next: string): {start: string; end: string} | null {
  const length = next.includes('tägig') ? LENGTH_AT_HEAD.exec(next) : null;
  if (!length || !ENDED.test(ended)) return null;
  const days = countNumber(length[1]!);
  return days >= 2 ? {start: isoDay(addDays(parseIsoDay(day), 1 - days)), end: day} : null;
}
