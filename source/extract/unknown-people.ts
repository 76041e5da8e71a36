// People the gazetteer does not know. German news introduces them with a cue: a role
// ("Wirtschaftsminister Schulze", "CDU-Generalsekretär Linnemann"), an academic title ("Prof.
// Dr. Henrike Beispiel"), a first name ("Armin Coerper"), a party ("Henning Otte (CDU)"), an
// apposition ("Ararat Mirsojan, Außenminister Armeniens,") or a verb of saying ("sagte
// Siegmund"). Once introduced, their surname alone counts too.
import {personId} from './gazetteer.js';
import {blankTitles} from './titles.js';
import {appositionBefore, appositionAfter, inflectedRole, pluralRole} from './appositions.js';
import {FIRST_NAMES, adjacent, koreanFamilyName, germanPlural, isGivenName, isParticle, looksLikeName, looksLikeSurname, nameAt, nameEndsAt, plainLowerCase, remembered, roleCue, tokenize, type Span, type Token} from './name-words.js';

export type {Span} from './name-words.js';
export type UnknownPerson = {id: string; name: string; cue: string; hits: (Span & {via: 'name' | 'surname'})[]};

const PARTY = /^\s*\((?:CDU\/CSU|CDU|CSU|SPD|FDP|AfD|Bündnis 90\/Die Grünen|Grüne|Grünen|Die Linke|Linke|BSW|FW|Freie Wähler|SSW|Volt|ÖDP|parteilos|ÖVP|SPÖ|FPÖ|NEOS|Republikaner|Demokrat|Demokratin|R|D)(?:-Fraktion)?\)/u;
const SAYING = new Set(['sagte', 'sagt', 'betonte', 'erklärte', 'meinte', 'schrieb', 'kritisierte', 'warnte', 'forderte', 'ergänzte', 'berichtete', 'teilte', 'so', 'bekräftigte', 'räumte', 'versicherte', 'erklärt', 'entgegnete', 'antwortete', 'widersprach', 'erläuterte', 'mahnte', 'ergänzt']);

// Forms of address before a surname or a full name.
const ADDRESS = new Set(['Herr', 'Herrn', 'Frau']);
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:der|die|den|dem|des|eine|einer|einem|ein|\p{L}*(?:mein|dein|sein|ihr|unser|euer|eur)(?:e|er|em|en|es)?)\s+$/iu;
// After a role, a genitive is where the role is, not who holds it: "Ministerpräsident Bayerns".
const PLACE_GENITIVE = /(?:iens|ands|erns|eichs|ens|ns|as|els)$/;
// "des Präsidenten", "dem ukrainischen Botschafter": a role in the singular, adjectives between.
const SINGULAR_ARTICLE_BEFORE = /(?:^|\s)(?:des|dem|eines|einem)\s+(?:\p{Ll}+\s+)*$/u;
// "sagte Hilfe zu", "sagte Unterstützung an": a separable verb, not a speaker.
const VERB_PARTICLE = /^\s+(?:zu|ab|an|auf|aus|mit|vor|bei|nach)\s*[.,;]/;

// "setzt auf Serhou Guirassy, der zuletzt traf": a relative clause with "der" that ends in a
// verb, not an article with an adjective ("Macron, der britische Premier ...").
const RELATIVE_DER = /^,\s+der\s+(?!\p{Ll}+e[nrms]?\s+\p{Lu})[^.;:!?,]*\p{Ll}\s*[,.]/u;
// What follows a speaker after a verb of saying: punctuation or a lower-case word ("sagte Siegmund.").
const SAYING_ENDS = /^\s*(?:[.,;:!?]|\p{Ll})/u;

// Adjective endings: "beim Hamburger Sportverein, der", "im Deutschen Bundestag, der". Read off
// the word's last two letters: asked of many words, where the pattern (/(?:er|en|es|em)$/,
// tried at each letter) cost twice as much.
function hasAdjectiveEnding(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return word.charCodeAt(word.length - 2) === 101 && (last === 114 || last === 110 || last === 115 || last === 109);
}
// Module constants, not literals inside the functions: the bundle (target node20) turns a \p{…}
// literal into `new RegExp(…)`, which would be built again on every call, once per word.
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;

/**
 * What the loop of findUnknownPeople asks of every word, worked out once per word: one lookup
 * per token instead of one per question (each a Map lookup that hashes the token's new string).
 */
// A former member or player, of a club or a party, before a full name: "Ex-Herthaner Sandro
// Kovačić", "Ex-Grüner Jan Beispiel" (one word after it is a name only after a real role).
const FORMER = /^Ex-\p{Lu}/u;

const rememberedFacts = remembered((word: string) => ({
  /** A role word, singular or inflected, that may introduce the names after it. */
  role: UPPER_START.test(word) && (Boolean(roleCue(word) ?? inflectedRole(word)) || FORMER.test(word)),
  given: isGivenName(word),
  name: looksLikeName(word),
  saying: SAYING.has(word),
}));
// A plain lower-case word is no role, name or given name (see plainLowerCase): only the small set
// of verbs of saying is asked, not the large table.
const PLAIN = {role: false, given: false, name: false, saying: false};
const PLAIN_SAYING = {role: false, given: false, name: false, saying: true};
const factsOf = (word: string) =>
  plainLowerCase(word) && !isGivenName(word) ? (SAYING.has(word) ? PLAIN_SAYING : PLAIN) : rememberedFacts(word);

/**
 * Two proper names inside a clause, followed by the masculine relative pronoun, are a man's
 * full name even without a cue ("ruhen die Hoffnungen auf Kwame Oduya, der neunmal traf").
 */
function relativeClauseName(text: string, previous: Token | undefined, token: Token, next: Token | undefined): boolean {
  if (!previous || !LOWER_START.test(previous.word) || !adjacent(text, previous, token) || !adjacent(text, token, next)) return false;
  if (!looksLikeName(token.word) || (hasAdjectiveEnding(token.word) && !isGivenName(token.word))) return false;
  return looksLikeSurname(next.word) && !germanPlural(next.word) && RELATIVE_DER.test(text.slice(next.end, next.end + 160));
}

/**
 * The names right after a role word at `tokens[i]` (one whose facts say `role`): "Sportdirektor
 * Völler", "Ministerpräsident Sachsens Michael Kretschmer", and both of a pair after a plural role
 * ("die Außenminister Mirsojan und Bayramov"). Also returns the index of the last token used.
 */
function namesAfterRole(text: string, tokens: Token[], i: number): {names: Token[][]; last: number} | undefined {
  const role = tokens[i]!;
  const next = tokens[i + 1];
  if (!adjacent(text, role, next)) return undefined;
  // "Sportdirektor Völler sagte": right after a role, a surname ending like a noun still counts when the name ends there.
  if (!looksLikeName(next.word) && !(looksLikeSurname(next.word) && nameEndsAt(text, next.end)) && !koreanFamilyName(text, tokens, i + 1)) return undefined;
  // "Ministerpräsident Sachsens Michael Kretschmer": the genitive says where, the name follows it.
  const genitive = PLACE_GENITIVE.test(next.word) && !isGivenName(next.word);
  const afterGenitive = tokens[i + 2];
  const start = genitive && adjacent(text, next, afterGenitive) && looksLikeName(afterGenitive.word) ? i + 2 : i + 1;
  const name = nameAt(text, tokens, start, true);
  // "gewährte den Diplomaten Zugang": after a plural role a bare noun may follow; one word is a
  // name only after a singular article ("des kolumbianischen Präsidenten Petro").
  if (!roleCue(role.word) && name.length < 2 && !SINGULAR_ARTICLE_BEFORE.test(text.slice(Math.max(0, role.start - 60), role.start))) return undefined;
  const names = start > i + 1 || name.length > 1 || !genitive ? [name] : [];
  let last = start + name.length - 1;
  const second = tokens[last + 2];
  if (pluralRole(text, tokens[i - 1], role) && second && /^\s+und\s+$/.test(text.slice(tokens[last]!.end, second.start)) && looksLikeName(second.word)) {
    const other = nameAt(text, tokens, last + 2, true);
    names.push(other);
    last += 1 + other.length;
  }
  return {names, last};
}

/** The tokens that overlap none of the spans (counted over the text's positions, not span by span). */
function outside(tokens: Token[], spans: readonly Span[], length: number): Token[] {
  if (spans.some(span => span.start >= span.end)) return tokens.filter(token => !spans.some(span => token.start < span.end && span.start < token.end));
  // One sweep over tokens and spans, both by start: `reach` is the furthest end of the spans that
  // begin before the token ends; a token is covered when the reach passes its start.
  const clamp = (offset: number) => Math.max(0, Math.min(length, offset));
  const sorted: Span[] = [];
  for (let k = 0; k < spans.length; k++) {
    const start = clamp(spans[k]!.start);
    const end = clamp(spans[k]!.end);
    if (start < end) sorted.push({start, end});
  }
  sorted.sort((a, b) => a.start - b.start);
  const kept: Token[] = [];
  let next = 0;
  let reach = 0;
  for (const token of tokens) {
    while (next < sorted.length && sorted[next]!.start < token.end) reach = Math.max(reach, sorted[next++]!.end);
    if (reach <= token.start) kept.push(token);
  }
  return kept;
}

/**
 * Unknown people in `text`, skipping what already belongs to someone (`taken`).
 * Each comes with every place it is named, full name or surname alone.
 */
export function findUnknownPeople(written: string, taken: readonly Span[]): UnknownPerson[] {
  const titles = blankTitles(written);
  const text = titles.text;
  const all = tokenize(text);
  const tokens = outside(all, taken, text.length);
  const introductions: {name: Token[]; cue: string}[] = [];
  const nameFrom = (i: number) => nameAt(text, tokens, i);
  // Where a person's name ends: the gazetteer's, then each one introduced here.
  const personEnds = new Set<number>();
  for (const span of taken) personEnds.add(span.end);
  const introduce = (name: Token[], cue: string) => {
    if (name.some(word => truncatedCompound(text, word))) return;
    introductions.push({name, cue});
    personEnds.add(name.at(-1)!.end);
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const facts = factsOf(token.word);
    const afterRole = facts.role ? namesAfterRole(text, tokens, i) : undefined;
    if (afterRole) {
      for (const name of afterRole.names) introduce(name, token.word);
      i = afterRole.last;
      continue;
    }
    const title = titles.names.size > 0 ? titles.names.get(token.start) : undefined;
    if (title && facts.name) {
      const name = nameAt(text, tokens, i, true);
      introduce(name, title);
      i += name.length - 1;
      continue;
    }
    // "Herrn Kirchner", "Frau Beispiel": the form of address says a person's name follows; after
    // an article or a possessive it is a noun ("seiner Frau Olena" is his wife, named by her given name).
    if (ADDRESS.has(token.word) && !DETERMINER_BEFORE.test(text.slice(Math.max(0, token.start - 12), token.start)) && adjacent(text, token, next) && looksLikeSurname(next.word) && !factsOf(next.word).role) {
      const name = nameAt(text, tokens, i + 1, true);
      if (nameEndsAt(text, name.at(-1)!.end)) {
        introduce(name, token.word);
        i += name.length;
        continue;
      }
    }
    // "Klaus von Dohnanyi", "Karl-Theodor zu Guttenberg": a particle may stand between the names.
    if (facts.given && adjacent(text, token, next) && ((looksLikeName(next.word) && !FIRST_NAMES.has(next.word)) || isParticle(next.word))) {
      const name = nameFrom(i);
      if (name.length > 1) {
        // "vom Sonderbeauftragten für Zypern, Colin Stewart,": a role in apposition says more of
        // him than the given name does.
        introduce(name, appositionBefore(text, tokens, all, i)?.cue ?? 'Vorname');
        i += name.length - 1;
        continue;
      }
    }
    // "mit Ehud Barak und Faris al-Qadiri": a full name joined to a person's is a person.
    if (facts.name && afterPersonAndUnd(text, token.start, personEnds)) {
      const name = nameAt(text, tokens, i, true);
      if (name.length > 1 && nameEndsAt(text, name.at(-1)!.end)) {
        introduce(name, 'und');
        i += name.length - 1;
        continue;
      }
    }
    if (facts.name && PARTY.test(text.slice(token.end, token.end + 32))) {
      const previous = tokens[i - 1];
      const name = previous && adjacent(text, previous, token) && looksLikeName(previous.word) ? [previous, token] : [token];
      introduce(name, PARTY.exec(text.slice(token.end))![0].trim());
      continue;
    }
    const apposition = facts.name ? (appositionBefore(text, tokens, all, i) ?? appositionAfter(text, tokens, i)) : undefined;
    if (apposition) {
      for (const name of apposition.names) introduce(name, apposition.cue);
      i = tokens.indexOf(apposition.names.at(-1)!.at(-1)!);
      continue;
    }
    if (facts.name && relativeClauseName(text, tokens[i - 1], token, next)) {
      introduce([token, next!], 'Relativsatz');
      i++;
      continue;
    }
    if (facts.saying && next && adjacent(text, token, next) && looksLikeName(next.word) && !FIRST_NAMES.has(next.word)) {
      const after = text.slice(next.end, next.end + 6);
      if (SAYING_ENDS.test(after) && !VERB_PARTICLE.test(after)) introduce([next], token.word);
    }
  }
  return collect(text, tokens, introductions);
}

/**
 * A word cut short before "und", "oder" or a comma shares its end with the next compound: the
 * hyphen that German writes there ("Thüringer Rad- und Wanderverein", "Rad-, Lauf- und
 * Wanderverein") makes the phrase no name.
 */
const truncatedCompound = (text: string, word: Token) => text.charCodeAt(word.end) === 0x2d && /^-(?:\s+(?:und|oder|bis|sowie)\s|,\s)/.test(text.slice(word.end, word.end + 10));

/**
 * A full name after "und" and a person's name is a second person: "mit Ehud Barak und Faris
 * al-Qadiri", "die Regierungschefs Narendra Modi und Takumi Hashiba". `personEnds`: where names end.
 */
function afterPersonAndUnd(text: string, start: number, personEnds: ReadonlySet<number>): boolean {
  if (text.charCodeAt(start - 1) !== 32 || text.slice(start - 5, start) !== ' und ') return false;
  return personEnds.has(start - 5);
}

/**
 * One-word introductions that are the given name of exactly one full name introduced too, mapped
 * to that full name's surname: in Malaysia or Thailand a leader goes by the given name
 * ("Regierungschef Sompong Rattanakul", later "Regierungschef Sompong").
 */
function givenNameReferences(bySurname: Map<string, {name: string}>): Map<string, string> {
  const references = new Map<string, string>();
  for (const [surname, {name}] of bySurname) {
    if (name.includes(' ')) continue;
    const owners = [...bySurname].filter(([, other]) => other.name.startsWith(`${surname} `));
    if (owners.length === 1) references.set(surname, owners[0]![0]);
  }
  return references;
}

/** Merges introductions of one person (same surname) and counts every mention of them. */
function collect(text: string, tokens: Token[], introductions: {name: Token[]; cue: string}[]): UnknownPerson[] {
  const bySurname = new Map<string, {name: string; cue: string}>();
  for (const {name, cue} of introductions) {
    const full = text.slice(name[0]!.start, name[name.length - 1]!.end).replace(/\s+/g, ' ').replace(/(?:'s|’s|'|’)$/, '');
    const surname = full.split(' ').pop()!;
    const known = bySurname.get(surname);
    if (!known || full.length > known.name.length) bySurname.set(surname, {name: full, cue: known?.cue ?? cue});
  }
  // "Martin" in "Martin Giese" is Giese's given name, not a mention of "Micheál Martin".
  // Pushed and read by index rather than mapped and some()'d: see knownNameHits in actors.ts.
  const spans: Span[] = [];
  for (let k = 0; k < introductions.length; k++) spans.push({start: introductions[k]!.name[0]!.start, end: introductions[k]!.name.at(-1)!.end});
  const inOtherName = (token: Token) => {
    for (let k = 0; k < spans.length; k++) if (spans[k]!.start <= token.start && token.end < spans[k]!.end) return true;
    return false;
  };
  const people: UnknownPerson[] = [];
  const byGivenName = givenNameReferences(bySurname);
  for (const [surname, {name, cue}] of bySurname) {
    if (byGivenName.has(surname)) continue;
    const words = name.split(' ');
    const hits: UnknownPerson['hits'] = [];
    for (let i = 0; i < tokens.length; i++) {
      // Only a word that begins with the surname can be it, bare of a genitive ending.
      if (!tokens[i]!.word.startsWith(surname)) continue;
      const bare = tokens[i]!.word.replace(/(?:s|'s|’s|'|’)$/, '');
      if (tokens[i]!.word !== surname && bare !== surname) continue;
      // A full name counts once, from its first word.
      const first = i - (words.length - 1);
      const full = first >= 0 && words.every((word, k) => tokens[first + k]!.word === word || (k === words.length - 1 && bare === word));
      if (full && words.length > 1) hits.push({start: tokens[first]!.start, end: tokens[i]!.end, via: 'name'});
      else if (!inOtherName(tokens[i]!)) hits.push({start: tokens[i]!.start, end: tokens[i]!.end, via: 'surname'});
    }
    const given = words.length > 1 ? byGivenName.get(words[0]!) : undefined;
    if (given === surname) {
      for (let i = 0; i < tokens.length; i++) if (tokens[i]!.word === words[0] && !inOtherName(tokens[i]!)) hits.push({start: tokens[i]!.start, end: tokens[i]!.end, via: 'surname'});
      hits.sort((a, b) => a.start - b.start);
    }
    if (hits.length > 0) people.push({id: `unknown:${personId(name)}`, name, cue, hits});
  }
  return people;
}
