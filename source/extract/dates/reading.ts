import type {ParsingContext, ParsingOption, ParsingResult} from 'chrono-node';
import type {Precision} from '../types.js';
import {type Tense, clauseTense} from '../tense.js';
import {type Day, monthOf, yearOf} from './calendar.js';

/** What a sentence's dates are read against: the publication day in Berlin and the tense. */
export type Reading = {today: Day; tense: Tense};

/** chrono hands the parse option to every parser unchanged; ours carries the reading. */
export type ReadingOption = ParsingOption & {reading: Reading};

export function readingOf(context: ParsingContext): Reading {
  return (context.option as ReadingOption).reading;
}

/**
 * The reading for an expression at `index` of `sentence`: the tense of its own clause when that
 * has a cue ("hielten am Freitag … ab und vereinbarten, bald …"), else the sentence's.
 */
export function readingAt(sentence: string, index: number, reading: Reading): Reading {
  return {today: reading.today, tense: clauseTenseAt(sentence, index) ?? reading.tense};
}

// A clause's tense is asked for twice per expression (by our parser at its match, by toMention
// at the result) and again when the same sentence is read in another tense: the answers for
// the last sentence are kept.
let clauseSentence: string | undefined;
const clauseTenses = new Map<number, Tense | null>();

function clauseTenseAt(sentence: string, index: number): Tense | null {
  if (sentence !== clauseSentence) {
    clauseSentence = sentence;
    clauseTenses.clear();
  }
  let tense = clauseTenses.get(index);
  if (tense === undefined) clauseTenses.set(index, (tense = clauseTense(sentence, index)));
  return tense;
}

/** The reading for one parser match. */
export function readingOfMatch(context: ParsingContext, match: RegExpMatchArray): Reading {
  return readingAt(context.text, match.index ?? 0, readingOf(context));
}

const PRECISION_TAG = 'talkwatch/precision=';

function components(of: Day) {
  return {year: yearOf(of), month: monthOf(of), day: of.getUTCDate()};
}

/** A finished result of one of our parsers: the matched text resolved to days and a precision. */
export function dated(
  context: ParsingContext,
  match: RegExpMatchArray,
  start: Day,
  precision: Precision,
  end?: Day,
): ParsingResult {
  const result = context.createParsingResult(match.index ?? 0, match[0], components(start), end && components(end));
  result.addTag(PRECISION_TAG + precision);
  return result;
}

/** The precision our parsers tagged a result with; null for chrono's own parsers. */
export function taggedPrecision(result: {tags(): Set<string>}): Precision | null {
  for (const tag of result.tags()) {
    if (tag.startsWith(PRECISION_TAG)) return tag.slice(PRECISION_TAG.length) as Precision;
  }
  return null;
}
