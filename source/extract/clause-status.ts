// What the clauses around a meeting word say of its status beyond that clause's own words: a demand
// before the dass-clause that names it, a "würde" of reported speech, a demand made just before it,
// talks whose start is told and that go on later. Read by mentions.ts as it decides a mention's cue.
import type {Clause} from './clauses.js';
import type {DateSpan} from './mention-reading.js';
import type {MeetingTrigger} from './meeting-words.js';
import {isContinuation, occasionCue, statusCue} from './status.js';
import type {MeetingStatus} from './types.js';

// "vor dem Treffen", "Kurz vor dem mit Sorge erwarteten Treffen": lower-case attributes, one
// "mit" phrase before a participle among them.
const BEFORE_THE_MEETING = /(?<![\p{L}])[Vv]or\s+(?:de[mnr]|eine[mr]|seine[mnr]|ihre[mnr])\s+(?:mit\s+\p{L}+\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;
/**
 * "Kurz vor einem Treffen von Merz mit Tusk haben die Verbände ein Festhalten am Abkommen gefordert":
 * a meeting named after "vor" only sets the time; what the clause demands, proposes or offers is
 * its matter, not the meeting (occasionCue): the clause's other words decide, none at all leave it
 * to the tense and date (planned ahead of a clause in the present, held behind a pluperfect).
 */
export function demandedBefore(clause: string, trigger: MeetingTrigger): MeetingStatus | null {
  if (!trigger.isNoun || !clause.includes('or ') || !BEFORE_THE_MEETING.test(clause.slice(0, trigger.index))) return 'proposed';
  return occasionCue(clause, 'proposed');
}

// "hatte erklärt, dass die Vertreter zu Verhandlungen nach Kairo reisen würden": in reported speech
// "würde" stands for the future "werde" (whose Konjunktiv matches the indicative), so after a verb of
// saying it tells a plan, not a wish. The clause is read again with "werde"; any other cue stays.
const SAID = /(?<![\p{L}])(?:erklärt|erklärte|erklärten|sagte|sagten|gesagt|teilte|teilten|mitgeteilt|berichtete|berichteten|berichtet|hieß|kündigte|kündigten|angekündigt|bestätigte|bestätigten|bestätigt|meldete|meldeten|gemeldet)(?![\p{L}])/u;
const WOULD = /(?<![\p{L}])würde(n?)(?![\p{L}])/gu;
// The infinitive of an act at the end ("reisen würden", "stattfinden würde"); not "sein würde", a judgement.
const ACT_WOULD_AT_END = /(?<![\p{L}])(?!sein\s)\p{Ll}+(?:en|rn|ln)\s+würden?[\s.!?"“”]*$/u;
// "gern sprechen würde", "nur stattfinden würde, wenn …": a wish or a condition stays one.
const WISH_OR_CONDITION = /(?<![\p{L}])(?:gern|gerne|lieber|nur|eventuell|vielleicht)(?![\p{L}])/u;
const CONDITION_OPENS = /^\s*(?:wenn|falls|sofern|solange|vorausgesetzt)(?![\p{L}])/u;
/** The cue of a dass-clause after a verb of saying, its "würde" read as the future of reported speech, or null. */
export function reportedFutureCue(clauses: Clause[], c: number): MeetingStatus | null {
  const text = clauses[c]!.text;
  if (c === 0 || !text.includes('würde') || !THAT_OPENS.test(text) || !ACT_WOULD_AT_END.test(text) || !SAID.test(clauses[c - 1]!.text)) return null;
  if (WISH_OR_CONDITION.test(text) || (clauses[c + 1] && CONDITION_OPENS.test(clauses[c + 1]!.text))) return null;
  const cue = statusCue(text.replace(WOULD, (_, n: string) => `werde${n}`));
  return cue === 'planned' ? cue : null;
}

// "hat gefordert, dass die Beratungen in Wien wieder aufgenommen werden", "verlangt, dass
// der Gipfel noch im Mai stattfindet": a meeting told in a dass-clause after a demand is what is
// asked for, not a plan, whatever the clause's own "werden" or "soll" says.
const THAT_OPENS = /^\s*dass(?![\p{L}])/u;
const DEMANDS = /(?<![\p{L}])(?:fordern|fordert|forderte|forderten|gefordert|verlangen|verlangt|verlangte|verlangten|(?:pocht|pochte|pochten|pochen|drängt|drängte|drängten|drängen|dringt|drang)\s+(?:[^,;:]*\s)?darauf|appelliert\p{L}*)(?![\p{L}])/u;
/** Whether clause `c` is a dass-clause that tells what the clause before it demands. */
export const isDemanded = (clauses: Clause[], c: number): boolean => c > 0 && THAT_OPENS.test(clauses[c]!.text) && DEMANDS.test(clauses[c - 1]!.text);

// "bestätigte den Beginn der Beratungen, die am Sonntag fortgesetzt werden sollen": talks whose start
// is told, and whose relative clause has them go on another day, are under way (FORMAT.md: "Die
// Gespräche haben begonnen" is ongoing); the day named is the one they go on to.
const START_OF = /(?<![\p{L}])(?:Beginn|Auftakt|Start)\s+(?:der|des)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;
/** "ongoing" when the relative clause continues talks whose start the words before the meeting noun name, else null. */
export function goesOnAfterStart(relative: string, beforeTrigger: string): MeetingStatus | null {
  return START_OF.test(beforeTrigger) && isContinuation(relative) && statusCue(relative) === 'planned' ? 'ongoing' : null;
}

/** Talks begun and going on to a later day (goesOnAfterStart) run from the report's day to that day. */
export function fromStartOn(date: DateSpan | null, relative: string, beforeTrigger: string, today: string): DateSpan | null {
  if (!date || date.precision !== 'day' || date.start <= today || !goesOnAfterStart(relative, beforeTrigger)) return date;
  return {start: today, end: date.start, precision: 'days'};
}
