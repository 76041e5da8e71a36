// Finds the gazetteer's names in a text: full names, aliases and surnames, inflected
// ("Selenskyjs") or in compounds ("Merz-Berater"). The index is built once per gazetteer.
//
// One RegExp alternating all ~670 spellings scanned every position of every article and was the
// costliest RegExp of findActors. Now the spellings' first words are found in one pass over the
// text (an automaton), and only where one stands at a word start are the spellings beginning with
// it tried, each as a sticky RegExp, in the order of the old alternation (longest first): the
// same matches, left to right and not overlapping, as String.matchAll over the alternation gave.
import {NAME_ENDING, WORD_END, WORD_START, nameForms, nameSpellings} from './inflection.js';
import {surnamesOf, type Gazetteer, type Person} from './gazetteer.js';
import {editDistance, spellingKey} from './normalize.js';
import {LiteralSet} from './prefilter.js';

/** A name found in the text; a surname shared by several people has several ids. */
export type NameCandidate = {ids: string[]; start: number; end: number; via: 'name' | 'surname'};

/**
 * One spelling as the alternation had it: its RegExp source, its sticky RegExp once needed, and
 * the entry of `forms` a match of it finds (the spelling with single spaces, as the match is read).
 */
type Spelling = {source: string; pattern?: RegExp; entry: {ids: string[]; via: 'name' | 'surname'} | undefined};

type NameIndex = {
  spellings: Spelling[];
  /** The spellings' first words; `spellingsOf[w]`: the spellings (ascending) that begin with word w. */
  firstWords: string[];
  /** Built only for a caller that does not scan for the first words itself (findActors does). */
  firstWordSet?: LiteralSet;
  spellingsOf: number[][];
};

const indexes = new WeakMap<Gazetteer, NameIndex>();

function buildIndex(gazetteer: Gazetteer): NameIndex {
  const forms = new Map<string, {ids: string[]; via: 'name' | 'surname'}>();
  const add = (written: string, id: string, via: 'name' | 'surname') => {
    for (const form of [written, written[0]!.toUpperCase() + written.slice(1)]) {
      const entry = forms.get(form) ?? {ids: [], via};
      if (!entry.ids.includes(id)) entry.ids.push(id);
      // A full name wins over the same words listed as someone's surname.
      if (via === 'name') entry.via = 'name';
      forms.set(form, entry);
    }
  };
  for (const person of gazetteer.people) {
    for (const name of [person.name, ...person.aliases]) if (/\s/.test(name.trim())) add(name.trim(), person.id, 'name');
    for (const surname of surnamesOf(person)) add(surname, person.id, 'surname');
  }
  const written = [...forms.keys()].sort((a, b) => b.length - a.length);
  const spellings = written.flatMap(form =>
    nameSpellings(form).map((spelling, k) => ({source: nameForms(form)[k]!, entry: forms.get(spelling.trim().split(/\s+/).join(' '))})),
  );
  const firsts = written.flatMap(form => nameSpellings(form).map(spelling => spelling.trim().split(/\s+/)[0]!));
  const words = [...new Set(firsts)];
  const spellingsOf = words.map(() => [] as number[]);
  firsts.forEach((word, k) => spellingsOf[words.indexOf(word)]!.push(k));
  return {spellings, firstWords: words, spellingsOf};
}

const patternOf = (spelling: Spelling) => (spelling.pattern ??= new RegExp(`${WORD_START}(${spelling.source})${NAME_ENDING}${WORD_END}`, 'uy'));

const isAsciiLetterOrDigit = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * Whether a name may begin at `at` with a first word `length` long: not inside a word (a letter
 * or digit before) and not running on into one (after it only a space, "s", an apostrophe or a
 * non-letter). Only ASCII is decided here; the spelling's RegExp has the last word.
 */
function mayStart(text: string, at: number, length: number): boolean {
  if (at > 0 && isAsciiLetterOrDigit(text.charCodeAt(at - 1))) return false;
  const after = text.charCodeAt(at + length);
  return after === 115 || !isAsciiLetterOrDigit(after);
}

function indexFor(gazetteer: Gazetteer): NameIndex {
  let index = indexes.get(gazetteer);
  if (!index) {
    index = buildIndex(gazetteer);
    indexes.set(gazetteer, index);
  }
  return index;
}

/** The first words findNameCandidates looks for in a text, in the order of its `present` flags. */
export const nameFirstWords = (gazetteer: Gazetteer): readonly string[] => indexFor(gazetteer).firstWords;

function firstWordsIn(text: string, index: NameIndex): Uint8Array {
  return (index.firstWordSet ??= new LiteralSet(index.firstWords)).find(text);
}

/**
 * Every name of the gazetteer in `text`, left to right, longest match first at each position.
 * `present`: for each of nameFirstWords, 1 when the text holds it.
 */
export function findNameCandidates(text: string, gazetteer: Gazetteer, present = firstWordsIn(text, indexFor(gazetteer))): NameCandidate[] {
  const index = indexFor(gazetteer);
  const starts: {at: number; word: number}[] = [];
  for (let word = 0; word < present.length; word++) {
    if (!present[word]) continue;
    const literal = index.firstWords[word]!;
    for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
      if (mayStart(text, at, literal.length)) starts.push({at, word});
    }
  }
  starts.sort((a, b) => a.at - b.at);
  const found: NameCandidate[] = [];
  let end = 0;
  for (let i = 0; i < starts.length; i++) {
    const at = starts[i]!.at;
    // Several first words at one place ("Kim", "Kim Jong"): their spellings in the alternation's order.
    let candidates = index.spellingsOf[starts[i]!.word]!;
    while (starts[i + 1]?.at === at) candidates = [...candidates, ...index.spellingsOf[starts[++i]!.word]!].sort((a, b) => a - b);
    if (at < end) continue;
    for (const k of candidates) {
      const pattern = patternOf(index.spellings[k]!);
      pattern.lastIndex = at;
      const match = pattern.exec(text);
      if (!match) continue;
      const entry = index.spellings[k]!.entry;
      if (entry) found.push({ids: entry.ids, start: at, end: at + match[0].length, via: entry.via});
      end = at + match[0].length;
      break;
    }
  }
  return withMisspeltSurnames(text, gazetteer, found);
}

// "Putin hatte Wittkoff empfangen": a reporter who knows a name by ear doubles a consonant of it.
// A capitalised word the gazetteer lacks that becomes a surname of five letters or more when one
// doubled consonant is written single ("Wittkoff" → "Witkoff", "Albussaidi" → "Albusaidi") is
// that surname, and stands alone under the same rules (no shared or ambiguous surname).
// Shorter surnames are left out: "Sissi" is the empress, not al-Sisi.
const DOUBLED_CONSONANT_WORD = /(?<![\p{L}\p{N}-])\p{Lu}\p{Ll}*([bcdfgklmnprstz])\1\p{Ll}*(?![\p{L}\p{N}-])/gu;
const DOUBLED_CONSONANT = /([bcdfgklmnprstz])\1/g;
const MIN_UNDOUBLED_SURNAME = 5;

const surnameIndexes = new WeakMap<Gazetteer, Map<string, string[]>>();

function surnameIndexOf(gazetteer: Gazetteer): Map<string, string[]> {
  let index = surnameIndexes.get(gazetteer);
  if (!index) {
    index = new Map();
    for (const person of gazetteer.people) {
      for (const surname of surnamesOf(person)) {
        if (surname.length < MIN_UNDOUBLED_SURNAME || /\s/.test(surname)) continue;
        const ids = index.get(surname) ?? [];
        if (!ids.includes(person.id)) ids.push(person.id);
        index.set(surname, ids);
      }
    }
    surnameIndexes.set(gazetteer, index);
  }
  return index;
}

// The same nouns come back in every article ("Treffen", "Kommission"): each word is looked at once
// (the answers are emptied should they ever grow large).
const undoubledAnswers = new WeakMap<Map<string, string[]>, Map<string, string[] | null>>();

/** The surname `word` (perhaps with a genitive "s") is with one of its doubled consonants written single. */
function undoubledSurname(word: string, surnames: Map<string, string[]>): string[] | undefined {
  let answers = undoubledAnswers.get(surnames);
  if (!answers) undoubledAnswers.set(surnames, (answers = new Map()));
  let ids = answers.get(word);
  if (ids === undefined) {
    if (answers.size > 10_000) answers.clear();
    answers.set(word, (ids = lookUpUndoubled(word, surnames) ?? null));
  }
  return ids ?? undefined;
}

function lookUpUndoubled(word: string, surnames: Map<string, string[]>): string[] | undefined {
  for (const stem of word.endsWith('s') ? [word, word.slice(0, -1)] : [word]) {
    for (const pair of stem.matchAll(DOUBLED_CONSONANT)) {
      const ids = surnames.get(stem.slice(0, pair.index) + stem.slice(pair.index + 1));
      if (ids) return ids;
    }
  }
  return undefined;
}

function withMisspeltSurnames(text: string, gazetteer: Gazetteer, found: NameCandidate[]): NameCandidate[] {
  const surnames = surnameIndexOf(gazetteer);
  const added: NameCandidate[] = [];
  // Most such words are nouns ("Treffen", "Kommission"): an exec loop, and the names found
  // (left to right) walked once beside it.
  let next = 0;
  DOUBLED_CONSONANT_WORD.lastIndex = 0;
  for (let match = DOUBLED_CONSONANT_WORD.exec(text); match; match = DOUBLED_CONSONANT_WORD.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    while (next < found.length && found[next]!.end <= start) next++;
    if (next < found.length && found[next]!.start < end) continue;
    const ids = undoubledSurname(match[0], surnames);
    if (ids) added.push({ids, start, end, via: 'surname'});
  }
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => a.start - b.start);
}

// The answers for a person and a word are kept with the person: articles name the same people
// again and again, and the edit distances are the costly part.
const givenNameAnswers = new WeakMap<Person, Map<string, boolean>>();

/** Whether `word` is the person's given name in some transliteration ("Volodymyr" for "Wolodymyr"). */
export function isGivenNameOf(person: Person, word: string): boolean {
  let answers = givenNameAnswers.get(person);
  if (!answers) givenNameAnswers.set(person, (answers = new Map()));
  let answer = answers.get(word);
  if (answer === undefined) {
    if (answers.size > 10_000) answers.clear();
    const key = spellingKey(word);
    const given = [person.name, ...person.aliases].filter(name => /\s/.test(name.trim())).map(name => name.trim().split(/\s+/)[0]!);
    answer = key.length >= 3 && given.some(name => editDistance(spellingKey(name), key) <= 1);
    answers.set(word, answer);
  }
  return answer;
}

/**
 * The gazetteer person a full name the gazetteer lacks is another spelling of: the same given
 * name and a surname a letter or two apart ("Rustem Umjerov" is "Rustem Umerow"), if only one fits.
 */
export function personSpelledLike(name: string, gazetteer: Gazetteer): Person | undefined {
  let answers = spelledLikeAnswers.get(gazetteer);
  if (!answers) spelledLikeAnswers.set(gazetteer, (answers = new Map()));
  if (answers.has(name)) return answers.get(name);
  if (answers.size > 10_000) answers.clear();
  const answer = spelledLike(name, gazetteer);
  answers.set(name, answer);
  return answer;
}

const spelledLikeAnswers = new WeakMap<Gazetteer, Map<string, Person | undefined>>();

function spelledLike(name: string, gazetteer: Gazetteer): Person | undefined {
  const words = name.trim().split(/\s+/);
  const surname = spellingKey(words[words.length - 1]!);
  if (words.length < 2 || surname.length < 5) return undefined;
  const matches = gazetteer.people.filter(
    person => isGivenNameOf(person, words[0]!) && surnamesOf(person).some(known => editDistance(spellingKey(known), surname) <= 2),
  );
  return matches.length === 1 ? matches[0] : undefined;
}
