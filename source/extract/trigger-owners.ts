// Which meeting word of a clause a place, date or person belongs to, when a clause names more
// than one ("Vor dem Gipfel hatte Trump mit Selenskyj telefoniert": the people are the call's).
import type {MeetingTrigger} from './meeting-words.js';

// "Ein Treffen mit Trump am Rande des Gipfels": the meeting word after "am Rande" only places it.
const SIDELINES = /(?<![\p{L}])am\s+Rande\s+(?:des|der|eines|einer)\s+(?:[\p{L}-]+\s+)?$/u;

/** Whether trigger `i` is placed "am Rande" of the meeting the next trigger names. */
export function sidelineOf(triggers: MeetingTrigger[], i: number, clause: string): boolean {
  const next = triggers[i + 1];
  return !triggers[i]!.adverbial && next !== undefined && next.adverbial && (SIDELINES.test(clause.slice(0, next.index)) || (next.kind === 'summit' && !triggers[i]!.isNoun && triggers[i]!.kind !== 'call' && BEFORE_SUMMIT.test(clause.slice(0, next.index))));
}

// "trifft X vor dem Gipfel Y": a meeting before a summit is one of its own, where and when the summit is.
const BEFORE_SUMMIT = /(?<![\p{L}])vor\s+(?:dem|der|einem|einer)\s+(?:[\p{L}-]+\s+)?$/u;

/**
 * "Selenskyj reiste an den Golf und traf dort Präsident X": two meeting verbs joined by "und" share
 * the subject that stands before the first; whether trigger `i` is the second of such a pair.
 */
export function sharesSubject(triggers: MeetingTrigger[], clause: string, i: number): boolean {
  const first = triggers[i - 1];
  const second = triggers[i]!;
  return first !== undefined && !first.isNoun && !second.isNoun && /\sund\s+$/u.test(clause.slice(first.end, second.index)) && !/[,;:]/u.test(clause.slice(first.end, second.index));
}

/** The trigger a place, date or person at `index` belongs to: the nearest one before it, else the first. */
export function ownerOf(triggers: MeetingTrigger[], index: number): number {
  let owner = 0;
  triggers.forEach((trigger, i) => {
    if (trigger.index <= index) owner = i;
  });
  return owner;
}

/**
 * Whose participant a person is: as for places, but "vor dem Gipfel" or "nach dem Treffen"
 * only sets the time, so "Vor dem Gipfel hatte Trump mit Selenskyj telefoniert" is the call's.
 * People right after it in "mit …" or "zwischen …" still belong to it.
 */
export function personOwner(triggers: MeetingTrigger[], clause: string, index: number): number {
  // "Er habe Putin am Ende der Beratungen angerufen": the subject and object before a time-setting
  // meeting belong to the verb after it; "Trump hatte nach seinem Telefonat …" still took part in his.
  const first = triggers[0]!;
  // "Vor den Gesprächen zwischen Armenien und Aserbaidschan hat Macron Eriwan gedrängt": a
  // lone time-setting meeting that names its parties after "zwischen" is theirs alone; who acts
  // in the clause around it is at none (-1).
  if (!triggers[1] && first.adverbial && BETWEEN_AFTER.test(clause.slice(first.end, first.end + 12)) && !attachedTo(first, clause, index)) return -1;
  // "Merz plant vor dem Gipfel in Rom eine Regierungserklärung": what the subject does before a
  // lone meeting is not the meeting; only who stands in its own "mit …" phrase is at it.
  if (!triggers[1] && first.adverbial && index < first.index && BEFORE_IT.test(clause.slice(0, first.index))) return -1;
  if (first.adverbial && index < first.index && triggers[1] && !POSSESSIVE.test(clause.slice(0, first.index))) return 1;
  const owner = ownerOf(triggers, index);
  const trigger = triggers[owner]!;
  // "Gespräche ohne Putin – Selenskyj spricht mit Erdoğan": a dash ends the headline's first part;
  // who stands after it belongs to the meeting word after it.
  if (triggers[owner + 1] && trigger.index <= index && DASH.test(clause.slice(trigger.end, index))) return owner + 1;
  // "Trump telefonierte vor dem Selenskyj-Treffen mit Putin": the compound has its guest already,
  // so "mit Putin" after it is the company of the verb before it.
  if (trigger.adverbial && trigger.index < index && !triggers[owner + 1] && owner > 0 && !triggers[owner - 1]!.isNoun && NAMED_COMPOUND.test(trigger.text) && /^\s+mit\s/u.test(clause.slice(trigger.end, index))) return owner - 1;
  if (!trigger.adverbial || trigger.index > index || !triggers[owner + 1]) return owner;
  // "nach seinem Telefonat mit Putin", "nach Gesprächen mit den Gesandten Witkoff und Kushner",
  // "nach dem Treffen von US-Vertretern mit Putin": the people right after it are still its own.
  // "kurz vor dem Selenskyj-Treffen mit Putin telefoniert": a compound that names its guest
  // already has its company; "mit Putin" is the verb's.
  return ATTACHED.test(clause.slice(trigger.end, index)) && !NAMED_COMPOUND.test(trigger.text) ? owner : owner + 1;
}

const NAMED_COMPOUND = /^\p{Lu}\p{Ll}+-\p{Lu}/u;
const BETWEEN_AFTER = /^\s+zwischen\s/u;
const BEFORE_IT = /(?:^|\s)(?:kurz\s+|unmittelbar\s+)?vor\s+(?:(?:dem|der|den|einem|einer)\s+)?(?:[\p{L}-]+\s+)?$/u;
const DASH = /\s[-–—]\s/u;

/**
 * Whose date a date at `index` is: as for places, but after a time-setting meeting ("Nach der
 * jüngsten Runde in Abu Dhabi Anfang Januar sollen sich … in zwei Wochen treffen") only what
 * stands in that meeting's own phrase is its date; past the verb the date is the next meeting's.
 */
export function dateOwner(triggers: MeetingTrigger[], clause: string, index: number): number {
  // "an das gestrige Treffen anknüpfen": a date told as the attribute of a meeting noun is its date.
  const next = triggers.findIndex(t => t.index > index);
  if (next > 0 && ATTRIBUTE_DATE.test(clause.slice(index, triggers[next]!.index))) return next;
  const owner = ownerOf(triggers, index);
  const trigger = triggers[owner]!;
  // "Gespräche in Prag beendet: Nächste Woche Gespräche in Oslo": a colon or dash ends the
  // headline's first statement; a date or place after it belongs to the meeting word after it.
  if (triggers[owner + 1] && trigger.index <= index && STATEMENT_BREAK.test(clause.slice(trigger.end, index))) return owner + 1;
  if (!trigger.adverbial || trigger.index > index || !triggers[owner + 1]) return owner;
  return IN_PHRASE.test(clause.slice(trigger.end, index)) ? owner : owner + 1;
}

/** Whether what stands at `index` is in the phrase of meeting noun `trigger` ("nach dem Treffen von X mit Y in Genf"). */
export function inPhraseOf(trigger: MeetingTrigger, clause: string, index: number): boolean {
  return trigger.end <= index && IN_PHRASE.test(clause.slice(trigger.end, index));
}

const STATEMENT_BREAK = /:\s|\s[-–—]\s/u;

const ATTRIBUTE_DATE = /^(?:vor)?(?:gestrig|heutig|morgig)e[nmrs]?\s+(?:\p{Ll}[\p{L}-]*\s+)?$/u;

// Only prepositions, articles and names between a meeting noun and its date or place.
// "Nach dem Treffen von US-Vertretern mit Putin in Moskau": who met whom is still the phrase.
const IN_PHRASE = /^(?:\s+(?:in|im|am|an|bei|beim|auf|mit|von|zwischen|und|der|die|das|dem|den|des|\p{Lu}[\p{L}-]*))*\s*$/u;

const POSSESSIVE = /(?:^|\s)(?:sein|seine|seinem|seinen|seiner|ihr|ihre|ihrem|ihren|ihrer)\s+(?:\p{Ll}+\s+)?$/u;
/** Whether what stands at `index` is in the "mit …", "von …" or "zwischen …" phrase right after `trigger`. */
export function attachedTo(trigger: MeetingTrigger, clause: string, index: number): boolean {
  return trigger.end <= index && ATTACHED.test(clause.slice(trigger.end, index));
}

const ATTACHED = /^\s+(?:mit|zwischen|von)\s+(?:(?:\p{Lu}[\p{L}.-]*|und|sowie|mit|von|der|die|den|dem|des|seinem|seinen|seiner|ihrem|ihren|ihrer|\p{Ll}+(?:en|er|em))\s+){0,8}$/u;
