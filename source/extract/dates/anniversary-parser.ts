import type {Parser} from 'chrono-node';
import {day} from './calendar.js';
import {directionOf, pickYear} from './anchor.js';
import {words} from './german-words.js';
import {dated, readingOfMatch} from './reading.js';

// The anniversary this war's diplomacy is timed to: Russia's full-scale invasion of Ukraine on
// 24 February 2022. "zum Jahrestag des russischen Überfalls", "am vierten Jahrestag des
// Kriegsbeginns" (2026), "vor dem Jahrestag der Invasion". A count fixes the year; without one
// the tense does, as for a holiday.
const INVASION_YEAR = 2022;
const ORDINALS: Record<string, number> = {ersten: 1, zweiten: 2, dritten: 3, vierten: 4, fünften: 5, sechsten: 6, siebten: 7, achten: 8, neunten: 9, zehnten: 10};
// Named as Russia's or Ukraine's war: "des Überfalls" alone may be Hamas's on Israel.
const WAR = `(?:Überfalls|Angriffs|Einmarschs|Einmarsches|Invasion|Kriegsbeginns|Angriffskriegs|Krieges|Kriegs)`;
const ANNIVERSARY = words(
  `(?:(?:am|zum|vor\\s+dem|bis\\s+zum|nach\\s+dem|dem|den)\\s+)?(?:(${Object.keys(ORDINALS).join('|')}|\\d{1,2}\\.)\\s+)?Jahrestag\\s+(?:des|der)\\s+(?:(?:russischen\\s+(?:\\p{L}+\\s+)?${WAR})|${WAR}\\s+(?:Russlands\\s+)?(?:auf|gegen|in)\\s+(?:die|der)\\s+Ukraine|Ukraine-(?:Krieges|Kriegs))`,
  'i',
);

export const anniversaryParser: Parser = {
  pattern: () => ANNIVERSARY,
  extract(context, match) {
    const count = match[1] ? (ORDINALS[match[1].toLowerCase()] ?? Number.parseInt(match[1], 10)) : null;
    const {today, tense} = readingOfMatch(context, match);
    const spanIn = (year: number) => ({start: day(year, 2, 24), end: day(year, 2, 24)});
    const year = count ? INVASION_YEAR + count : pickYear(today, directionOf(tense), spanIn);
    return dated(context, match, day(year, 2, 24), 'day');
  },
};
