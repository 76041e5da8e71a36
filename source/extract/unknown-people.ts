// People the gazetteer does not know. German news introduces them with a cue: a role
// ("Wirtschaftsminister Schulze", "CDU-Generalsekretär Linnemann"), a first name ("Armin
// Coerper"), a party ("Henning Otte (CDU)") or a verb of saying ("sagte Siegmund"). Once
// introduced, their surname alone counts too.
import firstNameList from './data/first-names.json' with {type: 'json'};
import notNameList from './data/not-names.json' with {type: 'json'};
import placeData from './data/places.json' with {type: 'json'};
import roleCueList from './data/role-cues.json' with {type: 'json'};
import {personId} from './gazetteer.js';

export type Span = {start: number; end: number};
export type UnknownPerson = {id: string; name: string; cue: string; hits: (Span & {via: 'name' | 'surname'})[]};

const FIRST_NAMES = new Set<string>(firstNameList);
// Places are the commonest capitalised words that are not people (meetings' place list included).
const placeWords = (placeData as {places: {name: string; forms: string[]}[]}).places.flatMap(place => [place.name, ...place.forms]);
const NOT_NAMES = new Set<string>([...notNameList, ...placeWords.filter(form => !/\s/.test(form))]);
const ROLE_CUES = (roleCueList as string[]).sort((a, b) => b.length - a.length);
const PARTICLES = new Set(['von', 'van', 'de', 'der', 'zu', 'bin', 'al', 'da', 'di', 'le', 'la']);
const PARTY = /^\s*\((?:CDU|CSU|SPD|FDP|AfD|Grüne|Grünen|Linke|BSW|FW|Freie Wähler|ÖVP|SPÖ|FPÖ|NEOS|Republikaner|Demokrat|Demokratin|R|D)\)/u;
const SAYING = new Set(['sagte', 'sagt', 'betonte', 'erklärte', 'meinte', 'schrieb', 'kritisierte', 'warnte', 'forderte', 'ergänzte', 'berichtete', 'teilte', 'so', 'bekräftigte', 'räumte', 'versicherte']);
// Common nouns end like this; names rarely do.
const NOUN_ENDING = /(?:ung|heit|keit|schaft|tion|ismus|tät|ium|ment|nis|tum|sion|ierung|ungen|ei|ern|ler)$/;

type Token = Span & {word: string};

function tokenize(text: string): Token[] {
  return [...text.matchAll(/\p{L}+(?:['’-]\p{L}+)*/gu)].map(m => ({word: m[0], start: m.index, end: m.index + m[0].length}));
}

/** The role a word ends in ("Wirtschaftsminister" → "minister"), if any. */
function roleCue(word: string): string | undefined {
  const lower = word.toLowerCase();
  return ROLE_CUES.find(cue => lower.endsWith(cue));
}

function looksLikeName(word: string): boolean {
  const bare = word.replace(/(?:'s|’s|'|’)$/, '');
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u.test(bare)) return false;
  // Each part of a compound: "Wagner-Gruppe" is an organisation.
  return bare.split('-').every(part => {
    if (NOT_NAMES.has(part) || NOT_NAMES.has(part.replace(/s$/, ''))) return false;
    return !NOUN_ENDING.test(part) && !roleCue(part);
  });
}

// After a role, a genitive is where the role is, not who holds it: "Ministerpräsident Bayerns".
const PLACE_GENITIVE = /(?:iens|ands|erns|eichs|ens|ns|as|els)$/;
// "sagte Hilfe zu", "sagte Unterstützung an": a separable verb, not a speaker.
const VERB_PARTICLE = /^\s+(?:zu|ab|an|auf|aus|mit|vor|bei|nach)\s*[.,;]/;

/** Only white space, within one paragraph, between two tokens. */
const adjacent = (text: string, a: Span, b: Span | undefined) =>
  b !== undefined && /^\s+$/.test(text.slice(a.end, b.start)) && !/\n\s*\n/.test(text.slice(a.end, b.start));

/**
 * An apposition after a role: "der Berater von US-Präsident Trump, Gruenbaum, nahm teil".
 * The name stands between commas (or a comma and the end of the sentence), the role before
 * it in the same clause.
 */
function appositionCue(text: string, token: Token, all: Token[]): string | undefined {
  if (!/,\s+$/.test(text.slice(Math.max(0, token.start - 3), token.start))) return undefined;
  if (!/^\s*[,.;]/.test(text.slice(token.end, token.end + 3))) return undefined;
  const clauseStart = token.start - 90;
  return all
    .filter(other => other.end < token.start && other.start > clauseStart)
    .filter(other => describesRole(text.slice(other.end, token.start)))
    .map(other => (/^\p{Lu}/u.test(other.word) && roleCue(other.word) ? other.word : undefined))
    .find(Boolean);
}

// What may stand between a role and its apposition: "von US-Präsident Trump", "im Kanzleramt",
// "des ukrainischen Präsidenten". A verb ("besuchte Sumy, Dnipro") ends the role's phrase.
const ROLE_PHRASE_WORD = /^(?:von|vom|des|der|dem|den|die|das|im|in|am|an|für|beim|bei|zur|zum|aus|und|mit|\p{Ll}+(?:isch|lich|ig|al|ell|iv)(?:e|en|er|es|em)|\p{Lu}[\p{L}-]*)$/u;

function describesRole(between: string): boolean {
  if (/[.!?;:]\s/.test(between) || (between.match(/,/g) ?? []).length !== 1) return false;
  return between.replace(/,\s*$/, '').split(/\s+/).filter(Boolean).every(word => ROLE_PHRASE_WORD.test(word.replace(/[,'’]/g, '')));
}

/**
 * Unknown people in `text`, skipping what already belongs to someone (`taken`).
 * Each comes with every place it is named, full name or surname alone.
 */
export function findUnknownPeople(text: string, taken: readonly Span[]): UnknownPerson[] {
  const all = tokenize(text);
  const tokens = all.filter(token => !taken.some(span => token.start < span.end && span.start < token.end));
  const introductions: {name: Token[]; cue: string}[] = [];
  const nameFrom = (i: number): Token[] => {
    const name = [tokens[i]!];
    if (!FIRST_NAMES.has(tokens[i]!.word)) return name;
    for (let j = i + 1; j < tokens.length && name.length < 4; j++) {
      const token = tokens[j]!;
      if (!adjacent(text, name[name.length - 1]!, token)) break;
      if (PARTICLES.has(token.word) && looksLikeName(tokens[j + 1]?.word ?? '')) name.push(token);
      else if (looksLikeName(token.word) || FIRST_NAMES.has(token.word)) name.push(token);
      else break;
      if (!FIRST_NAMES.has(token.word) && !PARTICLES.has(token.word)) break;
    }
    return name;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const cue = roleCue(token.word);
    if (cue && /^\p{Lu}/u.test(token.word) && next && adjacent(text, token, next) && looksLikeName(next.word)) {
      const name = nameFrom(i + 1);
      const second = tokens[i + 2];
      // Two names after a role when the first is no first name we know: "Präsidentin Maia Sandu".
      if (name.length === 1 && second && adjacent(text, next, second) && looksLikeName(second.word) && /^\s*(?:[.,;:!?(]|\p{Ll})/u.test(text.slice(second.end, second.end + 3))) {
        name.push(second);
      }
      if (name.length > 1 || !PLACE_GENITIVE.test(next.word)) introductions.push({name, cue: token.word});
      i += name.length;
      continue;
    }
    if (FIRST_NAMES.has(token.word) && next && adjacent(text, token, next) && looksLikeName(next.word) && !FIRST_NAMES.has(next.word)) {
      const name = nameFrom(i);
      if (name.length > 1) {
        introductions.push({name, cue: 'Vorname'});
        i += name.length - 1;
        continue;
      }
    }
    if (looksLikeName(token.word) && PARTY.test(text.slice(token.end, token.end + 20))) {
      const previous = tokens[i - 1];
      const name = previous && adjacent(text, previous, token) && looksLikeName(previous.word) ? [previous, token] : [token];
      introductions.push({name, cue: PARTY.exec(text.slice(token.end))![0].trim()});
      continue;
    }
    const apposition = looksLikeName(token.word) && !FIRST_NAMES.has(token.word) ? appositionCue(text, token, all) : undefined;
    if (apposition) {
      introductions.push({name: [token], cue: apposition});
      continue;
    }
    if (SAYING.has(token.word) && next && adjacent(text, token, next) && looksLikeName(next.word) && !FIRST_NAMES.has(next.word)) {
      const after = text.slice(next.end, next.end + 6);
      if (/^\s*(?:[.,;:!?]|\p{Ll})/u.test(after) && !VERB_PARTICLE.test(after)) introductions.push({name: [next], cue: token.word});
    }
  }
  return collect(text, tokens, introductions);
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
  const people: UnknownPerson[] = [];
  for (const [surname, {name, cue}] of bySurname) {
    const words = name.split(' ');
    const hits: UnknownPerson['hits'] = [];
    for (let i = 0; i < tokens.length; i++) {
      const bare = tokens[i]!.word.replace(/(?:s|'s|’s|'|’)$/, '');
      if (tokens[i]!.word !== surname && bare !== surname) continue;
      // A full name counts once, from its first word.
      const first = i - (words.length - 1);
      const full = first >= 0 && words.every((word, k) => tokens[first + k]!.word === word || (k === words.length - 1 && bare === word));
      if (full && words.length > 1) hits.push({start: tokens[first]!.start, end: tokens[i]!.end, via: 'name'});
      else hits.push({start: tokens[i]!.start, end: tokens[i]!.end, via: 'surname'});
    }
    if (hits.length > 0) people.push({id: `unknown:${personId(name)}`, name, cue, hits});
  }
  return people;
}
