import type {Parser} from 'chrono-node';
import {addDays, day, monthOf, mondayOf, yearOf} from './calendar.js';
import {countNumber, LAST, NEXT, words} from './german-words.js';
import {dated, readingOf, readingOfMatch} from './reading.js';

// Vague near times, read against the publication day.

/** Counts of days and weeks spelt out, as the patterns below read them (`countNumber` gives their number). */
const COUNTS = 'ein|eine|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf';

// "in den kommenden Tagen", "innerhalb der nächsten Tage": the coming week (precision days).
// With a count ("in den nächsten zwei Wochen", "in den kommenden zehn Tagen"): the window up to
// the end of the count, as the reader takes "wahrscheinlich in den nächsten zwei Wochen"
// (precision days; chrono alone read only the day two weeks on). Like the coming days it opens
// the day after the report: a window opened today would read a plan as under way ("In den
// nächsten zwei Wochen treffen sich …") and join it to the day's own meetings.
const COMING_DAYS = words(
  `(?:in\\s+den|innerhalb\\s+der|binnen\\s+der|in\\s+den\\s+nächsten)\\s+(${NEXT}|${LAST}|wenigen)(?:\\s+(\\d{1,2}|${COUNTS}))?\\s+(Tagen?|Wochen)`,
  'i',
);
const MODIFIER = 1;
const COUNT = 2;
const UNIT = 3;

export const comingDaysParser: Parser = {
  pattern: () => COMING_DAYS,
  extract(context, match) {
    const {today} = readingOf(context);
    const past = new RegExp(`^${LAST}$`, 'iu').test(match[MODIFIER] ?? '');
    if (match[COUNT]) {
      // "in den vergangenen zwei Wochen" frames a time gone by: chrono's reading is kept.
      if (past || /^wenigen$/iu.test(match[MODIFIER] ?? '')) return null;
      const count = countNumber(match[COUNT]);
      const days = match[UNIT] === 'Wochen' ? count * 7 : count;
      return dated(context, match, addDays(today, 1), 'days', addDays(today, days));
    }
    if (match[UNIT] === 'Wochen') {
      // "in den kommenden Wochen" starts next week; past weeks are too vague to date.
      return past ? null : dated(context, match, addDays(mondayOf(today), 7), 'month-part');
    }
    // "hatten in den vergangenen Tagen zweimal telefoniert": the days gone by have no edge the
    // reader could name, so they date nothing (the coming days are the week ahead).
    return past ? null : dated(context, match, addDays(today, 1), 'days', addDays(today, 7));
  },
};

// "am Abend", "am Morgen", "seit dem Morgen" (not tomorrow: that is lower-case "morgen"), "in der Nacht", "das
// nächtliche Treffen": the publication day; a night in the past began the evening before.
// "im Laufe des Tages", "im Tagesverlauf", "im Laufe des Nachmittags": the publication day as well. Not after a day named
// ("am Mittwoch in der Nacht", "morgen am Abend"): the time is that day's.
const TIME_OF_DAY = words(
  `(?<!(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|morgen|übermorgen|gestern|vorgestern)\\s+)(?:((?:am|seit\\s+dem)\\s+(?:frühen\\s+|späten\\s+)?(?:Morgen|Vormittag|Mittag|Nachmittag|Abend)|im\\s+(?:Laufe|Verlauf)\\s+des\\s+(?:heutigen\\s+)?(?:Tages|Vormittags|Nachmittags|Abends)|im\\s+Tagesverlauf)|(in\\s+der\\s+Nacht|über\\s+Nacht|nächtliche[nmrs]?))`,
  'i',
);

export const timeOfDayParser: Parser = {
  pattern: () => TIME_OF_DAY,
  extract(context, match) {
    const {today, tense} = readingOfMatch(context, match);
    const nightBefore = Boolean(match[2]) && tense === 'past';
    return dated(context, match, nightBefore ? addDays(today, -1) : today, 'day');
  },
};

// "Macron hatte Merz am Vorabend zu einem Abendessen empfangen", "Am Vortag hatte Putin mit Trump
// telefoniert": with no day told before it, the day before the report's. ("am Vorabend des Gipfels"
// is the eve of that event, read in mentions.ts; after a day in the sentence it counts from that
// day, anchored-days.ts; at the head of a sentence, from the day told before, carried-dates.ts.)
const BARE_EVE = words(`am\\s+(?:Vorabend|Vortag)(?!\\s+(?:des|der|eines|einer|vom|von|seines|seiner|ihres|ihrer)(?![\\p{L}]))`, 'i');

export const bareEveParser: Parser = {
  pattern: () => BARE_EVE,
  extract(context, match) {
    return dated(context, match, addDays(readingOf(context).today, -1), 'day');
  },
};

// "vor gut einer Woche", "vor knapp zwei Wochen", "vor rund zehn Tagen": a hedged span back from
// the publication day (chrono reads only the bare "vor einer Woche"). Dated to the day it
// points at; the hedge is within the day tolerance of a week.
const HEDGED_AGO = words(`vor\\s+(?:gut|knapp|fast|rund|etwa|ungefähr|gerade\\s+einmal|kaum|mehr\\s+als|über)\\s+(\\d{1,2}|${COUNTS})\\s+(Tag|Tagen|Woche|Wochen)`, 'i');

export const hedgedAgoParser: Parser = {
  pattern: () => HEDGED_AGO,
  extract(context, match) {
    const {today} = readingOf(context);
    const count = countNumber(match[1]!);
    const days = match[2]!.toLowerCase().startsWith('tag') ? count : count * 7;
    return dated(context, match, addDays(today, -days), 'day');
  },
};

// "Ihr letztes Gespräch liegt genau fünf Wochen zurück", "das Treffen liegt eine Woche zurück":
// a span back from the publication day, told with "zurück" at the end of the clause. Days and
// weeks give the day; months the month, years the year.
const LIES_BACK = words(`(?:liegt|liegen|lag|lagen)\\s+(?:[\\p{L}]+\\s+){0,5}?(\\d{1,2}|einen|${COUNTS})\\s+(Tage?|Wochen?|Monate?|Jahre?)\\s+zurück`, 'i');

const HEDGE = /(?<![\p{L}])(?:über|mehr\s+als|fast|knapp|rund|etwa|gut|ungefähr|beinahe|nahezu)(?![\p{L}])/iu;

export const liesBackParser: Parser = {
  pattern: () => LIES_BACK,
  extract(context, match) {
    const {today} = readingOf(context);
    const count = countNumber(match[1]!) || 1;
    const unit = match[2]!.toLowerCase();
    // "liegt über sechs Jahre zurück", "fast ein Jahr": a hedged count of months or years misses
    // the year or month it points to; of days or weeks it stays within the day tolerance.
    if (!unit.startsWith('tag') && !unit.startsWith('woche') && HEDGE.test(match[0])) return null;
    if (unit.startsWith('jahr')) return dated(context, match, day(yearOf(today) - count, 1, 1), 'year');
    if (unit.startsWith('monat')) {
      const months = yearOf(today) * 12 + monthOf(today) - 1 - count;
      return dated(context, match, day(Math.floor(months / 12), (months % 12) + 1, 1), 'month');
    }
    return dated(context, match, addDays(today, unit.startsWith('tag') ? -count : -7 * count), 'day');
  },
};

// "den Verlauf des heutigen Treffens", "beim gestrigen Telefonat": a meeting dated by its
// adjective of the day.
const DAY_ADJECTIVE = words(
  `(heutige|gestrige|vorgestrige|morgige)[nmrs]?(?=\\s+(?:[\\p{L}-]+\\s+)?\\p{L}*(?:Treffens?|Gesprächs?|Gespräche|Gesprächen|Gipfels?|Gipfeltreffens?|Verhandlung|Verhandlungen|Telefonats?|Beratungen|Runde|Besuchs?|Begegnung)(?![\\p{L}]))`,
  'i',
);
const ADJECTIVE_OFFSETS: Record<string, number> = {vorgestrige: -2, gestrige: -1, heutige: 0, morgige: 1};

export const dayAdjectiveParser: Parser = {
  pattern: () => DAY_ADJECTIVE,
  extract(context, match) {
    const {today} = readingOf(context);
    return dated(context, match, addDays(today, ADJECTIVE_OFFSETS[match[1]!.toLowerCase()]!), 'day');
  },
};
