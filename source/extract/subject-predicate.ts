// A meeting noun that is the subject of a sentence whose relative clause comes between it and its
// verb: "Eine neue Runde in Genf, an der auch Kiew teilnehmen könnte, ist für Mai im Gespräch".
// The verb after the relative clause, with its date and cue, is the meeting's predicate.

import type {Clause} from './clauses.js';

// After the noun, its clause may name only where the meeting is ("Eine Runde in Genf").
const PLACE_AFTER_NOUN = /^\s*(?:in|im|nach)\s+(?:[\p{L}-]+\s+){0,2}\p{Lu}[\p{L}-]*\s*$/u;

/** Whether the rest of the clause after a noun subject is empty or names only its place. */
export function endsWithSubject(rest: string): boolean {
  return rest.trim() === '' || PLACE_AFTER_NOUN.test(rest);
}

const RELATIVE_OPENS = /^\s*(?:(?:über|bei|mit|in|an|auf|von|zu)\s+)?(?:die|der|das|dem|den|denen|deren|dessen)\s/u;
const FINITE_OPENS = /^\s*(?:ist|sind|war|waren|soll|sollen|sollte|sollten|wird|werden|wurde|wurden|fand|findet|fanden|finden|könnte|könnten)(?![\p{L}])/u;

/**
 * The offsets in the sentence of the predicate of a noun subject that ends clause `c` (bar its
 * place) and has a relative clause after it: from the finite verb after the relative clauses to
 * the end of the sentence or the next semicolon. Null when there is none.
 */
export function predicateSpan(sentence: string, clauses: Clause[], c: number, rest: string): {start: number; end: number} | null {
  if (!clauses[c + 1] || !RELATIVE_OPENS.test(clauses[c + 1]!.text) || !endsWithSubject(rest)) return null;
  for (let j = c + 2; j < clauses.length; j++) {
    if (sentence.slice(clauses[c]!.start, clauses[j]!.start).includes(';')) return null;
    if (!FINITE_OPENS.test(clauses[j]!.text)) continue;
    const end = sentence.indexOf(';', clauses[j]!.start);
    return {start: clauses[j]!.start, end: end < 0 ? sentence.length : end};
  }
  return null;
}
