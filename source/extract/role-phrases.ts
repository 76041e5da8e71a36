// Role phrases name a person without their name: "Kremlchef" is Putin, "der Kanzler" was Scholz
// until 6 May 2025 and is Merz since. Which person a phrase points to depends on the date.
import {WORD_END, rolePhraseSource} from './inflection.js';
import {inRange, type DateRange, type Gazetteer} from './gazetteer.js';
import {phraseGroupsOf} from './role-variants.js';
import {isPlaceAdjective} from './name-words.js';

export type RoleHit = {id: string; start: number; end: number};

// `needles`: the phrase's words as written, which every inflected form contains, so most phrases
// are ruled out by substring tests before their RegExp runs ("französische Außenminister" needs
// "französische" as well as the common "Außenminister").
type CompiledPhrase = {id: string; range: DateRange; needles: string[]; pattern: RegExp; context?: string[]};

const wordsOf = (phrase: string) => phrase.trim().replace(/^(?:der|die|das)\s+/, '').split(/\s+/).sort((a, b) => b.length - a.length);

const compiled = new WeakMap<Gazetteer, CompiledPhrase[]>();

// No letter, digit or hyphen before: "Ex-Kanzler" and "Vizekanzler" are not "Kanzler".
const PHRASE_START = '(?<![\\p{L}\\p{N}-])';
// Nor a compound after: "Kanzler-Kandidat" is not the chancellor.
const PHRASE_END = `${WORD_END}(?!-)`;

// A qualifier before the phrase moves it to another person: "der frühere Kanzler",
// "der österreichische Kanzler", "der künftige US-Präsident".
const EARLIER_OR_LATER = /(?:^|\s)(?:ehemalig|früher|einstig|damalig|vormalig|künftig|zukünftig|designiert|gewählt|neu|abgewählt|verstorben)(?:e|en|er|em|es)?\s+$/u;
const OF_A_COUNTRY = /(?:^|\s)\p{Ll}+isch(?:e|en|er|em|es)\s+$/u;

const OF_A_BODY = /^\s+(?:der|des)\s+\p{Lu}/u;

// "der Schweizer Bundespräsident", "der Wiener Bürgermeister": a place's adjective is indeclinable.
const PLACE_ADJECTIVE = /(?:^|\s)(\p{Lu}\p{Ll}+er)\s+$/u;

function otherHolder(before: string, phrase: string): boolean {
  // "ukrainische Präsident" names its country itself; "Kanzler" does not.
  if (EARLIER_OR_LATER.test(before)) return true;
  if (!/^\p{Lu}/u.test(phrase)) return false;
  return OF_A_COUNTRY.test(before) || isPlaceAdjective(PLACE_ADJECTIVE.exec(before)?.[1] ?? '');
}

function compile(gazetteer: Gazetteer): CompiledPhrase[] {
  return gazetteer.people.flatMap(person =>
    phraseGroupsOf(person).flatMap(group =>
      group.phrases.map(phrase => ({
        id: person.id,
        range: group,
        needles: wordsOf(phrase),
        pattern: new RegExp(`${PHRASE_START}${rolePhraseSource(phrase)}${PHRASE_END}`, 'gu'),
        context: group.context,
      })),
    ),
  );
}

/** Role phrases in `text` that point to exactly one person on `day` (ISO date). */
export function findRoleHits(text: string, day: string, gazetteer: Gazetteer): RoleHit[] {
  let phrases = compiled.get(gazetteer);
  if (!phrases) {
    phrases = compile(gazetteer);
    compiled.set(gazetteer, phrases);
  }
  const byPosition = new Map<string, RoleHit & {ids: Set<string>}>();
  for (const phrase of phrases) {
    if (!inRange(phrase.range, day) || !phrase.needles.every(needle => text.includes(needle))) continue;
    if (phrase.context && !phrase.context.some(word => text.includes(word))) continue;
    for (const match of text.matchAll(phrase.pattern)) {
      const before = text.slice(Math.max(0, match.index - 30), match.index);
      if (otherHolder(before, match[0])) continue;
      // "die Vizepräsidentin der EU-Kommission": a bare office with a genitive is another body's.
      if (phrase.context && OF_A_BODY.test(text.slice(match.index + match[0].length))) continue;
      const start = match.index;
      const end = start + match[0].length;
      const key = `${start}:${end}`;
      const hit = byPosition.get(key) ?? {id: phrase.id, start, end, ids: new Set<string>()};
      hit.ids.add(phrase.id);
      byPosition.set(key, hit);
    }
  }
  // Two people holding the same phrase on the same day: the phrase tells us nothing.
  return [...byPosition.values()].filter(hit => hit.ids.size === 1).map(({id, start, end}) => ({id, start, end}));
}
