import {addDays, isoDay, parseIsoDay} from './calendar.js';
import {countNumber, words} from './german-words.js';
import {mayMatch} from '../prefilter.js';
import type {DateMention} from './to-mention.js';

// Days told from a day the sentence has just named: "Am Montag trafen sich die Minister, tags
// darauf die Staatschefs", "am 4. Dezember …, zwei Tage später …", "…, am Vortag …". Counted
// from that day, not from the publication as chrono would ("am nächsten Tag" = tomorrow).
// Without a day before them in the sentence they are left as they are.
const COUNT = '(ein|einen|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|\\d{1,2})';
const LATER = words(
  `tags\\s+(?:darauf|danach)|am\\s+(?:Tag\\s+(?:darauf|danach)|Folgetag|nächsten\\s+Tag|folgenden\\s+Tag)|${COUNT}\\s+Tage?\\s+(?:später|danach|darauf)`,
  'gi',
);
const EARLIER = words(
  `tags\\s+(?:zuvor|davor)|am\\s+(?:Tag\\s+(?:zuvor|davor)|Vortag|Vorabend)|${COUNT}\\s+Tage?\\s+(?:zuvor|vorher|davor|früher)`,
  'gi',
);

function countOf(word: string | undefined): number {
  return word ? countNumber(word) : 1;
}

function anchoredAt(sentence: string, mentions: DateMention[], pattern: RegExp, sign: 1 | -1): DateMention[] {
  const found: DateMention[] = [];
  if (!mayMatch(pattern, sentence)) return found;
  for (const match of sentence.matchAll(pattern)) {
    const index = match.index ?? 0;
    const anchor = mentions.filter((m) => m.index + m.text.length <= index && (m.precision === 'day' || m.precision === 'days')).at(-1);
    if (!anchor) continue;
    const from = parseIsoDay(sign > 0 ? (anchor.end ?? anchor.start) : anchor.start);
    found.push({text: match[0], index, start: isoDay(addDays(from, sign * countOf(match[1]))), end: null, precision: 'day'});
  }
  return found;
}

export function anchorRelativeDays(sentence: string, mentions: DateMention[]): DateMention[] {
  // Only a day anchors: without one the sentence need not be searched.
  if (!mentions.some((m) => m.precision === 'day' || m.precision === 'days')) return mentions;
  const anchored = [...anchoredAt(sentence, mentions, LATER, 1), ...anchoredAt(sentence, mentions, EARLIER, -1)];
  if (!anchored.length) return mentions;
  const overlaps = (m: DateMention) => anchored.some((a) => m.index < a.index + a.text.length && a.index < m.index + m.text.length);
  return [...mentions.filter((m) => !overlaps(m)), ...anchored].sort((a, b) => a.index - b.index);
}
