import {addDays, daysBetween, isoDay, parseIsoDay} from './calendar.js';
import type {DateMention} from './to-mention.js';

// "am Sonntag und Montag", "am Freitag und gestern": two single days joined by "und" or "bis"
// a few days apart are one span (precision days).
const JOINER = /^\s*(?:und|bis|sowie|–|-)\s*(?:am\s+|zum\s+)?$/u;
const MAX_SPAN_DAYS = 7;
// "am Dienstag und Mittwoch": a bare weekday after another is the one that follows it, whichever
// side of the publication day each alone would fall on.
const WEEKDAY = /^(?:am\s+)?(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)$/u;

export function joinDays(sentence: string, mentions: DateMention[]): DateMention[] {
  const joined: DateMention[] = [];
  for (let mention of mentions) {
    const previous = joined.at(-1);
    const between = previous ? sentence.slice(previous.index + previous.text.length, mention.index) : '';
    if (previous && previous.precision === 'day' && mention.precision === 'day' && JOINER.test(between)) {
      let span = daysBetween(parseIsoDay(previous.start), parseIsoDay(mention.start));
      if (span < 0 && WEEKDAY.test(mention.text) && span + 7 > 0) {
        mention = {...mention, start: isoDay(addDays(parseIsoDay(mention.start), 7))};
        span += 7;
      }
      if (span > 0 && span <= MAX_SPAN_DAYS) {
        joined[joined.length - 1] = {
          text: sentence.slice(previous.index, mention.index + mention.text.length),
          index: previous.index,
          start: previous.start,
          end: mention.start,
          precision: 'days',
        };
        continue;
      }
    }
    joined.push(mention);
  }
  return joined;
}
