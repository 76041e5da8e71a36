import type {Parser} from 'chrono-node';
import {type Day, addDays, mondayOf} from './calendar.js';
import {type Direction, directionOf, pickWeekday} from './anchor.js';
import type {Tense} from '../tense.js';
import {LAST, NEXT, THIS, WEEKDAY_NAMES, shiftOf, weekdayNumber, words} from './german-words.js';
import {dated, readingOfMatch} from './reading.js';

// "am Freitag", "am kommenden Montag", "an diesem Donnerstag", "vergangenen Mittwoch", "Sonntagabend",
// "in der Nacht zum Freitag". Replaces chrono's weekday reading, which ignores tense and
// takes "so" and "do" for Sunday and Thursday.
// "am gestrigen Mittwoch", "am morgigen Freitag": the adjective names the day itself.
const DAY_OFFSETS: Record<string, number> = {vorgestrigen: -2, gestrigen: -1, heutigen: 0, morgigen: 1, übermorgigen: 2};
const DAY_ADJECTIVES = Object.keys(DAY_OFFSETS).join('|');

const PATTERN = words(
  `(?:(?:[Aa]m|[Aa]n(?=\\s+diese))\\s+)?(?:(?:[Ii]n\\s+der\\s+)?(Nacht\\s+(?:zum|zu|auf)(?:\\s+den)?)\\s+)?(?:(${NEXT}|${LAST}|${THIS}|${DAY_ADJECTIVES})\\s+)?(${WEEKDAY_NAMES})(abend|morgen|vormittag|mittag|nachmittag|nacht)?`,
);
const NIGHT = 1;
const MODIFIER = 2;
const WEEKDAY = 3;

// "die am Freitag aufgenommenen Gespräche": a participle right after the day says that day is
// over, whatever the tense of the sentence ("könnte … sobald … die am Freitag aufgenommenen …").
const DONE_PARTICIPLE = /^\s+\p{L}*(?:ge\p{L}+|begonnen|besucht)(?:en|e|es|er)(?![\p{L}])/u;
const PLANNED_PARTICIPLE = /^\s+\p{L}*(?:geplant|angesetzt|vorgesehen|erwartet|angekündigt|anberaumt)/u;

// "Für diesen Montag war ein Treffen geplant": a plan, even told in the past, looks ahead.
const PLAN_WORD = /(?<![\p{L}])(?:geplant|angesetzt|vorgesehen|angekündigt|anberaumt)(?![\p{L}])/u;

const FOR_BEFORE = /(?<![\p{L}])[Ff]ür\s+(?:den\s+)?$/u;
// The plan word, as a participle or an attribute ("die für Donnerstag angesetzte Runde").
const PLANNED_FOR = /(?<![\p{L}])(?:geplant|angesetzt|vorgesehen|angekündigt|anberaumt|eingeladen)(?:e[nmrs]?)?(?![\p{L}])/u;
const CALLED_OFF = /(?<![\p{L}])(?:platzte|platzten|geplatzt|abgesagt|verschoben|gestrichen)(?![\p{L}])/u;

// "Der Kreml hat ein Treffen Lawrows mit Rubio am Dienstag bestätigt", "kündigte Gespräche am Freitag
// an": a day that follows the meeting a report confirms, announces or agrees is the meeting's day,
// and the meeting may lie ahead: the past tense of the report does not turn it back. ("Der Kreml
// hat am Dienstag ein Treffen bestätigt": the day before the meeting noun is the report's.)
const MEETING_BEFORE = /(?<![\p{L}-])(?=\p{Lu})[\p{L}-]*?(?:[Tt]reffen|[Gg]esprächs?|[Gg]espräche|[Gg]ipfel|[Vv]erhandlungen|[Tt]elefonat|[Bb]esuch|[Bb]egegnung|[Rr]unde|[Kk]onferenz|[Bb]eratungen|[Ss]itzung)(?![\p{L}])[^,;:.!?]*$/u;
const REPORTS_MEETING = /(?<![\p{L}])(?:bestätigt|bestätigte|bestätigten|angekündigt|kündigte|kündigten|vereinbart|vereinbarte|vereinbarten|verabredet|verabredeten)(?![\p{L}])/u;
const mayReportMeeting = (text: string) => text.includes('bestätigt') || text.includes('kündigt') || text.includes('verabredet') || text.includes('vereinbart');

/** Whether the weekday at `index` follows a meeting noun in a clause that reports or announces it. */
function isReportedMeetingDay(text: string, index: number): boolean {
  return mayReportMeeting(text) && REPORTS_MEETING.test(text) && MEETING_BEFORE.test(text.slice(0, index));
}

// "Sikorski hatte geplant, am Dienstag nach Rom zu reisen": a plan told in the pluperfect was made
// before another past; the day it was for may lie just behind the report: the nearest such day.
const PLUPERFECT_PLAN = /(?<![\p{L}])(?:hatte|hatten)\s(?:[^.;:!?]*\s)?(?:geplant|vorgehabt|beabsichtigt)(?![\p{L}])[^.;:!?]*$/u;
const isPluperfectPlanDay = (before: string) => before.includes('hatte') && PLUPERFECT_PLAN.test(before);

// "seit Montag": a day that has begun.
const SINCE_BEFORE = /(?<![\p{L}])seit\s+$/iu;

function isDoneBefore(context: {text: string}, match: RegExpMatchArray): boolean {
  const index = match.index ?? 0;
  const after = context.text.slice(index + match[0].length);
  if (SINCE_BEFORE.test(context.text.slice(0, index))) return true;
  return DONE_PARTICIPLE.test(after) && !PLANNED_PARTICIPLE.test(after);
}

// News tells what is done in the past tense: "Am Montag empfängt Trump Selenskyj" and
// "Selenskyj reist am Montag nach Berlin" are today or the coming Monday, not the last one.
function weekdayDirection(tense: Tense): Direction {
  return tense === 'present' ? 'future' : directionOf(tense);
}

export const weekdayParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const {today, tense} = readingOfMatch(context, match);
    const weekday = weekdayNumber(match[WEEKDAY] ?? '');
    const modifier = match[MODIFIER];
    const shift = shiftOf(modifier);
    const offset = DAY_OFFSETS[(modifier ?? '').toLowerCase()];
    let resolved: Day;
    if (offset !== undefined) resolved = addDays(today, offset);
    else if (shift === 1) resolved = pickWeekday(today, weekday, 'future', true);
    else if (shift === -1) resolved = pickWeekday(today, weekday, 'past', true);
    // "an diesem Donnerstag" is the one of this week; said of a plan, "diesen Montag" on a Sunday is tomorrow.
    else if (modifier) resolved = tense === 'past' && !PLAN_WORD.test(context.text) ? addDays(mondayOf(today), (weekday + 6) % 7) : pickWeekday(today, weekday, 'future');
    // "Für Dienstag waren Treffen geplant", "lud für Mittwoch zu Beratungen ein", "die für Donnerstag
    // angesetzte Runde platzte": "für" names the day a plan is for; told in the past, or called off,
    // it was for the nearest such day, whichever side of the report it falls on.
    else if (FOR_BEFORE.test(context.text.slice(0, match.index ?? 0)) && (tense === 'past' || (CALLED_OFF.test(context.text) && PLANNED_FOR.test(context.text)))) resolved = pickWeekday(today, weekday, 'nearest');
    else if (isPluperfectPlanDay(context.text.slice(0, match.index ?? 0))) resolved = pickWeekday(today, weekday, 'nearest');
    else if (tense === 'past' && isReportedMeetingDay(context.text, match.index ?? 0) && !isDoneBefore(context, match)) resolved = pickWeekday(today, weekday, 'nearest');
    else resolved = pickWeekday(today, weekday, isDoneBefore(context, match) ? 'past' : weekdayDirection(tense));
    // The night to Friday starts on Thursday evening.
    if (match[NIGHT]) resolved = addDays(resolved, -1);
    return dated(context, match, resolved, 'day');
  },
};
