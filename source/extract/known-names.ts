// Finds the gazetteer's names in a text: full names, aliases and surnames, inflected
// ("Selenskyjs") or in compounds ("Merz-Berater"). One RegExp per gazetteer, built once.
import {NAME_ENDING, WORD_END, WORD_START, nameForms} from './inflection.js';
import {surnamesOf, type Gazetteer, type Person} from './gazetteer.js';
import {editDistance, spellingKey} from './normalize.js';

/** A name found in the text; a surname shared by several people has several ids. */
export type NameCandidate = {ids: string[]; start: number; end: number; via: 'name' | 'surname'};

type NameIndex = {pattern: RegExp; forms: Map<string, {ids: string[]; via: 'name' | 'surname'}>};

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
  const sources = [...forms.keys()].sort((a, b) => b.length - a.length).flatMap(form => nameForms(form));
  const pattern = new RegExp(`${WORD_START}(${sources.join('|')})${NAME_ENDING}${WORD_END}`, 'gu');
  return {pattern, forms};
}

/** Every name of the gazetteer in `text`, left to right, longest match first at each position. */
export function findNameCandidates(text: string, gazetteer: Gazetteer): NameCandidate[] {
  let index = indexes.get(gazetteer);
  if (!index) {
    index = buildIndex(gazetteer);
    indexes.set(gazetteer, index);
  }
  const found: NameCandidate[] = [];
  for (const match of text.matchAll(index.pattern)) {
    const entry = index.forms.get(match[1]!.replace(/\s+/g, ' '));
    if (entry) found.push({ids: entry.ids, start: match.index, end: match.index + match[0].length, via: entry.via});
  }
  return found;
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
