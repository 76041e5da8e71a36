import {day, isoDay, monthOf, parseIsoDay, yearOf} from './calendar.js';
import type {DateMention} from './to-mention.js';

// "im Mai kommenden Jahres", "im Frühjahr vergangenen Jahres", "Mitte Juli nächsten Jahres": a
// relative year in the genitive right after a day, month or season fixes that one's year, which
// the tense alone would have guessed. The two are one expression.
const ADJACENT = /^\s+$/u;
const RELATIVE_YEAR = /^(?:des\s+)?\p{L}+\s+Jahres$/u;
const MOVABLE = new Set(['day', 'days', 'month-part', 'month', 'season']);

function inYear(iso: string, year: number): string {
  const of = parseIsoDay(iso);
  return isoDay(day(year, monthOf(of), of.getUTCDate()));
}

export function applyYearSuffix(sentence: string, mentions: DateMention[]): DateMention[] {
  const result: DateMention[] = [];
  for (const mention of mentions) {
    const previous = result.at(-1);
    const between = previous ? sentence.slice(previous.index + previous.text.length, mention.index) : '';
    if (previous && MOVABLE.has(previous.precision) && mention.precision === 'year' && RELATIVE_YEAR.test(mention.text) && ADJACENT.test(between)) {
      const year = yearOf(parseIsoDay(mention.start));
      const shift = year - yearOf(parseIsoDay(previous.start));
      result[result.length - 1] = {
        ...previous,
        text: sentence.slice(previous.index, mention.index + mention.text.length),
        start: inYear(previous.start, year),
        // A span into the next year ("29. Dezember bis 2. Januar") keeps its length.
        end: previous.end ? inYear(previous.end, yearOf(parseIsoDay(previous.end)) + shift) : null,
      };
      continue;
    }
    result.push(mention);
  }
  return result;
}
