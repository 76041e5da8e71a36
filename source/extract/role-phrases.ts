// Role phrases name a person without their name: "Kremlchef" is Putin, "der Kanzler" was Scholz
// until 6 May 2025 and is Merz since. Which person a phrase points to depends on the date.
import {WORD_END, rolePhraseSource, rolePhraseWords} from './inflection.js';
import {inRange, type DateRange, type Gazetteer} from './gazetteer.js';
import {phraseGroupsOf} from './role-variants.js';
import {isPlaceAdjective} from './name-words.js';
import {LiteralSet} from './prefilter.js';

export type RoleHit = {id: string; start: number; end: number};

// `needles`: the phrase's words as written, which every inflected form contains, so most phrases
// are ruled out by substring tests before their RegExp runs ("französische Außenminister" needs
// "französische" as well as the common "Außenminister").
// The needles and context words of all phrases are looked up in one pass over the text
// (`words`; findActors scans for them together with the names' words, so the automaton of
// `words` alone is built only for a caller that does not); a phrase keeps their indexes there.
// A match begins with the phrase's first word as written (`first`): the sticky pattern is tried
// only where that word stands, which finds what a scan of the whole text would. The pattern is
// built when a text first holds all of the phrase's words (`source` until then): building all
// ~1,200 at once cost ~0.2 s of CPU at the start of every process.
// `byRarest[w]`: the phrases filed under word w, the needle of theirs that the fewest phrases
// share ("Ukraine" for "Präsident der Ukraine", not "Präsident"), so an article looks only at the
// few phrases whose rarest word it holds, not at every phrase of every person.
type CompiledPhrase = {id: string; range: DateRange; needles: number[]; first: string; source: string; pattern?: RegExp; context?: number[]};
type Compiled = {phrases: CompiledPhrase[]; words: string[]; wordSet?: LiteralSet; byRarest: number[][]};

const wordsOf = (phrase: string) => phrase.trim().replace(/^(?:der|die|das)\s+/, '').split(/\s+/).sort((a, b) => b.length - a.length);

const compiled = new WeakMap<Gazetteer, Compiled>();

// No letter, digit or hyphen before: "Ex-Kanzler" and "Vizekanzler" are not "Kanzler".
const PHRASE_START = '(?<![\\p{L}\\p{N}-])';
// Nor a compound after: "Kanzler-Kandidat" is not the chancellor.
const PHRASE_END = `${WORD_END}(?!-)`;

// A qualifier before the phrase moves it to another person: "der frühere Kanzler",
// "der österreichische Kanzler", "der künftige US-Präsident", "der stellvertretende Ministerpräsident" (a deputy).
const EARLIER_OR_LATER = /(?:^|\s)(?:ehemalig|früher|einstig|damalig|vormalig|künftig|zukünftig|designiert|gewählt|neu|abgewählt|verstorben|stellvertretend)(?:e|en|er|em|es)?\s+$/u;
const OF_A_COUNTRY = /(?:^|\s)\p{Ll}+isch(?:e|en|er|em|es)\s+$/u;

const OF_A_BODY = /^\s+(?:der|des)\s+\p{Lu}/u;

// "der Schweizer Bundespräsident", "der Wiener Bürgermeister": a place's adjective is indeclinable.
const PLACE_ADJECTIVE = /(?:^|\s)(\p{Lu}\p{Ll}+er)\s+$/u;
// A constant: the bundle turns a \p{…} literal into `new RegExp`, built on every call.
const UPPER_START = /^\p{Lu}/u;

function otherHolder(before: string, phrase: string): boolean {
  // "ukrainische Präsident" names its country itself; "Kanzler" does not.
  if (EARLIER_OR_LATER.test(before)) return true;
  if (!UPPER_START.test(phrase)) return false;
  return OF_A_COUNTRY.test(before) || isPlaceAdjective(PLACE_ADJECTIVE.exec(before)?.[1] ?? '');
}

function compile(gazetteer: Gazetteer): Compiled {
  const indexes = new Map<string, number>();
  const indexOf = (word: string) => indexes.get(word) ?? indexes.set(word, indexes.size).get(word)!;
  const phrases = gazetteer.people.flatMap(person =>
    phraseGroupsOf(person).flatMap(group =>
      group.phrases.map(phrase => ({
        id: person.id,
        range: group,
        needles: wordsOf(phrase).map(indexOf),
        first: rolePhraseWords(phrase)[0]!,
        source: `${PHRASE_START}${rolePhraseSource(phrase)}${PHRASE_END}`,
        context: group.context?.map(indexOf),
      })),
    ),
  );
  const sharing = new Array<number>(indexes.size).fill(0);
  for (const phrase of phrases) for (const word of new Set(phrase.needles)) sharing[word]!++;
  const byRarest = [...indexes.keys()].map(() => [] as number[]);
  phrases.forEach((phrase, k) => byRarest[phrase.needles.reduce((rarest, word) => (sharing[word]! < sharing[rarest]! ? word : rarest))]!.push(k));
  return {phrases, words: [...indexes.keys()], byRarest};
}

/** Where `word` stands in `text` after no letter, digit or hyphen (ASCII decided here, the rest by PHRASE_START). */
function startsOf(text: string, word: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    if (!(before === 45 || (before >= 48 && before <= 57) || (before >= 65 && before <= 90) || (before >= 97 && before <= 122))) starts.push(at);
  }
  return starts;
}

/**
 * The matches of a phrase, left to right and not overlapping, as String.matchAll gives them.
 * `starts`: where each first word stands, kept per text, since many phrases share one ("Präsident").
 */
function* matchesOf(phrase: CompiledPhrase, text: string, starts: Map<string, number[]>): Generator<RegExpExecArray> {
  let positions = starts.get(phrase.first);
  if (!positions) starts.set(phrase.first, (positions = startsOf(text, phrase.first)));
  if (positions.length === 0) return;
  const pattern = (phrase.pattern ??= new RegExp(phrase.source, 'uy'));
  let end = 0;
  for (const at of positions) {
    if (at < end) continue;
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) continue;
    yield match;
    end = match.index + match[0].length;
  }
}

function compiledFor(gazetteer: Gazetteer): Compiled {
  let index = compiled.get(gazetteer);
  if (!index) {
    index = compile(gazetteer);
    compiled.set(gazetteer, index);
  }
  return index;
}

/** The words findRoleHits looks for in a text, in the order of its `present` flags. */
export const roleWords = (gazetteer: Gazetteer): readonly string[] => compiledFor(gazetteer).words;

function roleWordsIn(text: string, index: Compiled): Uint8Array {
  return (index.wordSet ??= new LiteralSet(index.words)).find(text);
}

/**
 * Role phrases in `text` that point to exactly one person on `day` (ISO date). `present`: for each
 * of roleWords, 1 when the text holds it (a caller that scans for other words too passes its own).
 */
export function findRoleHits(text: string, day: string, gazetteer: Gazetteer, present = roleWordsIn(text, compiledFor(gazetteer))): RoleHit[] {
  const index = compiledFor(gazetteer);
  // The phrases whose rarest word the text holds, in the gazetteer's order.
  const found: number[] = [];
  for (let word = 0; word < present.length; word++) if (present[word]) for (const k of index.byRarest[word]!) found.push(k);
  // A typed array sorts numbers natively, without calling a comparison function per pair.
  const candidates = Int32Array.from(found).sort();
  const starts = new Map<string, number[]>();
  const byPosition = new Map<string, RoleHit & {ids: Set<string>}>();
  for (const k of candidates) {
    const phrase = index.phrases[k]!;
    if (!phrase.needles.every(word => present[word]) || !inRange(phrase.range, day)) continue;
    if (phrase.context && !phrase.context.some(word => present[word])) continue;
    for (const match of matchesOf(phrase, text, starts)) {
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
  const hits = [...byPosition.values()].filter(hit => hit.ids.size === 1).map(({id, start, end}) => ({id, start, end}));
  return withSecondCountries(text, day, gazetteer, hits);
}

// "Die Präsidenten Ruandas und der DR Kongo", "die Außenminister Polens und Litauens": one office
// of two countries names two people. The first country's holder is found as usual ("Präsidenten
// Ruandas" is also a singular form); the second is whoever the office with the second country
// names ("Präsidenten der DR Kongo"), read as a phrase of its own.
const OFFICE_OF_A_COUNTRY = /^(\p{Lu}[\p{L}-]*)\s+(?:\p{Lu}[\p{L}-]*s|der\s+\S.*)$/su;
const AND_ANOTHER_COUNTRY = /^\s+und\s+(?=der\s+\p{Lu}|\p{Lu}[\p{L}-]*s(?![\p{L}]))/u;
// A constant: the bundle turns a \p{…} literal into `new RegExp`, built on every call.
const CLAUSE_REST = /^[^,;:.!?\n]{1,80}/u;

function withSecondCountries(text: string, day: string, gazetteer: Gazetteer, hits: RoleHit[]): RoleHit[] {
  const added: RoleHit[] = [];
  for (const hit of hits) {
    const office = OFFICE_OF_A_COUNTRY.exec(text.slice(hit.start, hit.end))?.[1];
    const and = office ? AND_ANOTHER_COUNTRY.exec(text.slice(hit.end, hit.end + 40)) : null;
    if (!office || !and) continue;
    const start = hit.end + and[0].length;
    const rest = CLAUSE_REST.exec(text.slice(start))?.[0];
    if (!rest) continue;
    const phrase = `${office} ${rest}`;
    const second = findRoleHits(phrase, day, gazetteer).find(other => other.start === 0 && other.end > office.length + 1);
    if (second && second.id !== hit.id) added.push({id: second.id, start, end: start + second.end - office.length - 1});
  }
  added.push(...officesOfListedCountries(text, day, gazetteer));
  const taken = new Set(hits.map(hit => `${hit.start}:${hit.id}`));
  const fresh = added.filter(hit => !taken.has(`${hit.start}:${hit.id}`) && !hits.some(other => other.start <= hit.start && other.end >= hit.end));
  return fresh.length === 0 ? hits : [...hits, ...fresh];
}

// "die Außenminister von Frankreich, Polen und der Ukraine", "die Staats- und
// Regierungschefs von Armenien und Aserbaidschan": a plural office with a list of countries after
// "von" (standing for the genitive) names each country's holder, as "Außenminister Frankreichs"
// would. Not "aus": "die Regierungschefs aus Belgien, Dänemark …" tells where guests come from.
const PLURAL_OFFICES: Record<string, string[]> = {
  Außenminister: ['Außenminister'], Regierungschefs: ['Regierungschef'], Staatschefs: ['Staatschef'], Präsidenten: ['Präsident'],
  Verteidigungsminister: ['Verteidigungsminister'], 'Staats- und Regierungschefs': ['Staatschef', 'Regierungschef'],
};
const COUNTRY_ITEM = String.raw`(?:(?:der|den)\s+)?\p{Lu}[\p{L}-]*`;
const OFFICES_OF_COUNTRIES = new RegExp(String.raw`(?<![\p{L}-])(Staats-\s+und\s+Regierungschefs|Außenminister|Regierungschefs|Staatschefs|Präsidenten|Verteidigungsminister)\s+von\s+(${COUNTRY_ITEM}(?:\s*,\s*${COUNTRY_ITEM})*\s+und\s+${COUNTRY_ITEM})(?![\p{L}-])`, 'gu');
const ITEM = new RegExp(COUNTRY_ITEM, 'gu');

function officesOfListedCountries(text: string, day: string, gazetteer: Gazetteer): RoleHit[] {
  if (!text.includes(' von ')) return [];
  const found: RoleHit[] = [];
  for (const match of text.matchAll(OFFICES_OF_COUNTRIES)) {
    const offices = PLURAL_OFFICES[match[1]!.replace(/\s+/gu, ' ')]!;
    const listStart = match.index + match[0].length - match[2]!.length;
    for (const item of match[2]!.matchAll(ITEM)) {
      const word = item[0];
      const country = /^(?:der|den)\s/u.test(word) ? word.replace(/^den\s/u, 'der ') : /[sßxz]$/u.test(word) ? null : `${word}s`;
      if (!country) continue;
      const start = listStart + item.index;
      for (const office of offices) {
        const phrase = `${office} ${country}`;
        const hit = findRoleHits(phrase, day, gazetteer).find(other => other.start === 0 && other.end === phrase.length);
        if (hit) {
          found.push({id: hit.id, start, end: start + word.length});
          break;
        }
      }
    }
  }
  return found;
}
