// A series told item by item after a colon: "hatten zwei Mal telefoniert: Mitte Februar und zuletzt
// Mitte März", "haben sich dreimal getroffen: im Februar in Riad, im März in Genf und im April in
// Istanbul". Each item is a meeting of its own, on its date and at its place; the sentence's
// meeting word alone, undated, would have been one meeting on the day of the report.
import type {DateMention} from './dates.js';
import {MONTH_NAMES, MONTHS} from './dates/german-words.js';
import {findPlaces, type PlaceHit} from './places.js';

export type SeriesItem = {date: DateMention | null; place: PlaceHit | null};

const COLON = /^\s*:\s*/u;
const ITEM_SEPARATOR = /\s*,\s*|\s+(?:und|sowie)\s+/u;
// Words an item may hold besides its date and place: the order of the series, and prepositions and
// articles left by a place ("in der Türkei").
const GLUE = /^(?:zuletzt|dann|danach|später|schließlich|zunächst|zuerst|erst|erneut|wieder|einmal|noch|in|im|nach|auf|dem|der|den|die|das)$/iu;

/**
 * The items of a series after the colon that follows `clauseEnd` in `sentence`, each with the one date
 * (of `dates`, found in the sentence) or place it names; null unless every item names one and
 * nothing but order words, and there are at least two.
 */
export function seriesAfter(sentence: string, clauseEnd: number, dates: readonly DateMention[]): SeriesItem[] | null {
  const colon = COLON.exec(sentence.slice(clauseEnd));
  if (!colon) return null;
  const from = clauseEnd + colon[0].length;
  const tail = sentence.slice(from).replace(/[.!?]\s*$/u, '');
  const items: SeriesItem[] = [];
  let at = from;
  for (const part of tail.split(ITEM_SEPARATOR)) {
    const start = sentence.indexOf(part, at);
    if (start < 0 || part.trim() === '') return null;
    at = start + part.length;
    const own = dates.filter(d => d.index >= start && d.index + d.text.length <= at);
    const places = findPlaces(part);
    if (own.length > 1 || places.length > 1 || (own.length === 0 && places.length === 0)) return null;
    let rest = part;
    for (const p of places) rest = rest.slice(0, p.index) + ' '.repeat(p.end - p.index) + rest.slice(p.end);
    for (const d of own) rest = rest.replace(d.text, ' ');
    if (!rest.split(/\s+/u).every(word => word === '' || GLUE.test(word))) return null;
    items.push({date: own[0] ?? null, place: places[0] ?? null});
  }
  return items.length >= 2 ? items : null;
}

// "war im Februar und März in Russland gewesen": two months joined by "und" after a meeting told as
// done are two occasions, one in each month ("im Februar und im März" names both as dates; the
// bare second month is read here).
const MONTH_AND_MONTH = new RegExp(`(?<![\\p{L}])(${MONTH_NAMES})\\s+und\\s+(?:im\\s+)?(${MONTH_NAMES})(?![\\p{L}])`, 'u');

/** The first day (YYYY-MM-01) of the month after "und" when `sentence` names the month `start` lies in that way; else null. */
export function secondMonthOf(sentence: string, start: string): string | null {
  if (!sentence.includes(' und ')) return null;
  const pair = MONTH_AND_MONTH.exec(sentence);
  const [first, second] = pair ? [MONTHS[pair[1]!.toLowerCase()]!, MONTHS[pair[2]!.toLowerCase()]!] : [0, 0];
  if (first !== Number(start.slice(5, 7)) || second <= first) return null;
  return `${start.slice(0, 4)}-${String(second).padStart(2, '0')}-01`;
}
