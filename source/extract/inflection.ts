// German inflects names and role nouns: "Putins", "Merz'", "des ukrainischen Präsidenten",
// "des Kremlchefs". These helpers turn a written form into a RegExp source that also accepts
// the inflected forms, and nothing longer: "Merzig" is not "Merz", "Putinismus" not "Putin".
import {escapeRegExp} from './normalize.js';

/** No letter or digit directly before (a hyphen is fine: "Trump-Putin-Gipfel"). */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** No letter or digit directly after (a hyphen is fine: "Merz-Berater", "Trump-Regierung"). */
export const WORD_END = '(?![\\p{L}\\p{N}])';
/** Genitive endings of names: "Selenskyjs", "Merz'", English "Trump's". */
export const NAME_ENDING = "(?:s|'s|’s|'|’)?";

/** Spaces in a written form match any run of white space, line breaks included. */
function literal(words: string): string {
  return words.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
}

/** The spellings of a name a case-sensitive search accepts: a lower-case particle may be capitalised ("Von der Leyen"). */
export function nameSpellings(name: string): string[] {
  return /^\p{Ll}/u.test(name) ? [name, name[0]!.toUpperCase() + name.slice(1)] : [name];
}

/** A name as written, for a case-sensitive search (RegExp sources, one per spelling). */
export function nameForms(name: string): string[] {
  return nameSpellings(name).map(literal);
}

/** One word of a role phrase with its declension: adjectives "-e/-en/-er/-em", nouns "-s/-en/-n/-es". */
function inflectedWord(word: string): string {
  const escaped = escapeRegExp(word);
  if (/^\p{Ll}.*e$/u.test(word)) return `${escaped}(?:n|r|m|s)?`;
  if (/^\p{Lu}/u.test(word) || word.includes('-')) return `${escaped}(?:en|n|s|es)?`;
  return escaped;
}

/** The words of a role phrase without its article: "der ukrainische Präsident" → ukrainische, Präsident. */
export function rolePhraseWords(phrase: string): string[] {
  return phrase.trim().replace(/^(?:der|die|das)\s+/, '').split(/\s+/);
}

/** RegExp source for a role phrase ("ukrainische Präsident") in any case of the singular. */
export function rolePhraseSource(phrase: string): string {
  return rolePhraseWords(phrase).map(inflectedWord).join('\\s+');
}
