// What the words of a person's name look like in German news prose: given names (a list, plus
// hyphenated forms such as "Karl-Heinz" or "Jae-sung"), surnames (capitalised, not a place,
// organisation or role), particles ("von der", "bin", "Al") and where a name ends.
import firstNameList from './data/first-names.json' with {type: 'json'};
import notNameList from './data/not-names.json' with {type: 'json'};
import placeData from './data/places.json' with {type: 'json'};
import roleCueList from './data/role-cues.json' with {type: 'json'};

export type Span = {start: number; end: number};
export type Token = Span & {word: string};

export const FIRST_NAMES = new Set<string>(firstNameList);
// Places are the commonest capitalised words that are not people (meetings' place list included),
// but for a place that is also a given name ("Sofia Andruchowytsch").
const placeWords = (placeData as {places: {name: string; forms: string[]}[]}).places.flatMap(place => [place.name, ...place.forms]);
const PLACE_WORDS = new Set<string>(placeWords.filter(form => !/\s/.test(form) && !FIRST_NAMES.has(form)));
export const NOT_NAMES = new Set<string>([...notNameList, ...PLACE_WORDS]);
// Words that follow a name in a sentence without being part of it: "als König Charles Anfang Mai …".
const TIME_WORDS = new Set(['Anfang', 'Mitte', 'Ende', 'Beginn', 'Heute', 'Gestern', 'Morgen', 'Abend', 'Nacht', 'Jahr', 'Woche', 'Wochenende', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonnabend', 'Sonntag', 'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']);
const ROLE_CUES = (roleCueList as string[]).sort((a, b) => b.length - a.length);
// Particles inside a name: "Luiz Inácio Lula da Silva", "Mohammed bin Salman", "Hamad Al Thani".
const PARTICLES = new Set(['van', 'de', 'bin', 'ibn', 'al', 'el', 'da', 'di', 'del', 'dos', 'le', 'la', 'Al', 'El', 'De', 'Van', 'Di', 'Da', 'Le']);
// German "von" and "zu" are particles only right after a given name ("Ursula von der Leyen");
// after a surname they are prepositions ("meldete sich Thomas Zimmerer zu Wort").
const GERMAN_PARTICLES = new Set(['von', 'zu']);
// Articles that only follow another particle: "von der", "van den", "de la".
const SECOND_PARTICLES = new Set(['der', 'den', 'la', 'le']);
// Arabic articles joined by a hyphen: "al-Sisi", "el-Sisi", "as-Sadr".
const JOINED_ARTICLE = /^(?:al|el|as|ad|ar|asch|at|an)-\p{Lu}\p{Ll}+$/u;
// Korean given names are written with a lower-case second syllable: "Jae-sung", "Hee-chan".
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,6}$/u;
// Common nouns end like this; names rarely do. A noun has a stem of two letters or more before
// the ending ("Lösung", "Stern"), so "Jung", "Kern" and "Hung" are names.
const NOUN_ENDING = /(?<=\p{L}{2})(?:ung|heit|keit|schaft|tion|ismus|tät|ium|ment|nis|tum|sion|ierung|ungen|ei|ern|ler)$/u;
// Right after a given name the word is a surname unless it is clearly a noun: "Daniel Keller",
// "Thomas Müller" end like nouns ("-ler", "-ern") but are names there.
// A plural noun without article often follows a subject in a German clause ("als Ministerin
// Obermann Sanktionen verlangte"); Nordic "-sen" names and letters German does not use
// ("Bråten") are exceptions.
/** A particle that may follow a given name: "von" in "Klaus von Dohnanyi", "bin" in "Mohammed bin Salman". */
export const isParticle = (word: string) => PARTICLES.has(word) || GERMAN_PARTICLES.has(word);

export const germanPlural = (word: string) => /(?<!s)en$/u.test(word) && /^[A-Za-zÄÖÜäöüß-]+$/u.test(word);
const NOT_A_SURNAME_ENDING = /(?<=\p{L}{2})(?:ung|heit|keit|schaft|tion|ismus|tät|ium|ment|nis|tum|sion|ierung|ungen)$/u;

// A word, with apostrophes and hyphens inside ("O'Neill", "Karl-Heinz").
const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;
const LETTER = /^\p{L}$/u;

// Whether a UTF-16 code unit (not a surrogate) is a letter: 0 not asked yet, 1 letter, 2 not.
const letterState = new Uint8Array(0x10000);
function isLetter(code: number): boolean {
  if (code < 0x80) return ((code | 0x20) - 0x61) >>> 0 < 26;
  let state = letterState[code]!;
  if (state === 0) state = letterState[code] = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return state === 1;
}
const isJoiner = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2d; // ' ’ -

/**
 * The words of `text`, as WORD finds them, read by character code: the exec loop this replaces
 * allocated a match array per word, an eighth of everything the extractor allocates.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    // A letter outside the basic plane is a surrogate pair: the pattern reads those.
    if (code >= 0xd800 && code <= 0xdfff) return tokenizeByPattern(text);
    if (!isLetter(code)) {
      i++;
      continue;
    }
    const start = i;
    let end = wordEnd(text, i + 1);
    while (end + 1 < length && isJoiner(text.charCodeAt(end)) && isLetter(text.charCodeAt(end + 1))) end = wordEnd(text, end + 2);
    tokens.push({word: text.slice(start, end), start, end});
    i = end;
  }
  return tokens;
}

/** Where the run of letters from `i` ends (a surrogate ends it: tokenize then starts over). */
function wordEnd(text: string, i: number): number {
  while (i < text.length && isLetter(text.charCodeAt(i))) i++;
  return i;
}

function tokenizeByPattern(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) tokens.push({word: match[0], start: match.index, end: match.index + match[0].length});
  return tokens;
}

// Every capitalised word is asked several times per article; the answers are kept, since the
// vocabulary of news prose is small (each cache is emptied should it ever grow large).
export function remembered<T>(answer: (word: string) => T): (word: string) => T {
  const answers = new Map<string, T>();
  return word => {
    let known = answers.get(word);
    if (known === undefined && !answers.has(word)) {
      if (answers.size > 50_000) answers.clear();
      known = answer(word);
      answers.set(word, known);
    }
    return known as T;
  };
}

// Roles only as a word of their own: "der kurdische Führer Dersim Olcay", but "Tabellenführer
// Leverkusen" is a club and a "Reiseführer" a book.
const WHOLE_WORD_ROLES = new Set(['führer', 'führerin']);

/** The role a word ends in ("Wirtschaftsminister" → "minister"), if any. */
export const roleCue = remembered((word: string): string | undefined => {
  const lower = word.toLowerCase();
  return WHOLE_WORD_ROLES.has(lower) ? lower : ROLE_CUES.find(ending => lower.endsWith(ending));
});

const bare = (word: string) => word.replace(/(?:'s|’s|'|’)$/, '');

// One part of a name: capitalised, or with a Gaelic, Norman or Romance prefix that keeps the
// next letter capital ("McGurk", "MacDonald", "O'Neill", "D'Alema", "DeSantis", "LeBlanc").
const NAME_PART = "(?:Mc|Mac|De|Di|Du|La|Le|Van|[OD]['’])?\\p{Lu}\\p{Ll}+";
const CAPITALISED = new RegExp(`^(?:${NAME_PART})(?:-(?:${NAME_PART}))*$`, 'u');

function capitalisedWord(word: string, nounEnding: RegExp): boolean {
  if (JOINED_ARTICLE.test(word)) return true;
  if (!CAPITALISED.test(word)) return false;
  // Each part of a compound: "Wagner-Gruppe" is an organisation.
  return word.split('-').every(part => {
    if (NOT_NAMES.has(part) || NOT_NAMES.has(part.replace(/s$/, ''))) return false;
    return !nounEnding.test(part) && !roleCue(part);
  });
}

/**
 * A word that begins with a lower-case ASCII letter and holds no hyphen ("der", "sagte") is no
 * name and no surname (only "al-Sisi"-like words begin in lower case): answered without a lookup
 * in the large table of remembered answers, which cost more than the rest of the question for the
 * commonest words of an article.
 */
export const plainLowerCase = (word: string) => {
  const first = word.charCodeAt(0);
  return first >= 97 && first <= 122 && !word.includes('-');
};
const unlessPlainLowerCase = (answer: (word: string) => boolean) => (word: string) => !plainLowerCase(word) && answer(word);

/** A capitalised word that may be a name standing on its own ("Brunner", "al-Sisi"). */
export const looksLikeName = unlessPlainLowerCase(remembered((word: string): boolean => capitalisedWord(bare(word), NOUN_ENDING)));

/** A given name: listed, hyphenated from listed ones ("Karl-Heinz") or Korean-style ("Jae-sung"). */
const givenName = remembered((word: string): boolean => {
  if (FIRST_NAMES.has(word) || HYPHENATED_GIVEN.test(word)) return true;
  return word.includes('-') && word.split('-').every(part => FIRST_NAMES.has(part));
});
// A plain lower-case word is a given name only if the list holds one (it holds none today).
export const isGivenName = [...FIRST_NAMES].some(plainLowerCase) ? givenName : unlessPlainLowerCase(givenName);

/**
 * A surname where the name is clear from around it (right after a given name, or last before the
 * name ends): any capitalised word but places, organisations, roles and abstract nouns, so
 * "Völler" and "Rösler" count although "-ler" words are mostly nouns.
 */
export const looksLikeSurname = unlessPlainLowerCase(remembered((word: string): boolean => capitalisedWord(bare(word), NOT_A_SURNAME_ENDING)));

/**
 * A surname right after a given name that a role, title or apposition introduced: then also a
 * word German uses otherwise ("Oberbürgermeister Burkhard Jung", "der OMV-Chef, Alfred Stern,"),
 * but never a place, a role or a word of time ("König Charles Anfang Mai").
 */
export const looksLikeSurnameAfterCue = remembered((word: string): boolean => {
  const name = bare(word);
  if (!CAPITALISED.test(name) || TIME_WORDS.has(name)) return false;
  return name.split('-').every(part => !PLACE_WORDS.has(part) && !NOT_A_SURNAME_ENDING.test(part) && !roleCue(part));
});

/** An adjective of a place: "Schweizer", "Wiener", "Kiewer" (a place's name and "-er"). */
export const isPlaceAdjective = remembered((word: string): boolean => /^\p{Lu}\p{Ll}+er$/u.test(word) && NOT_NAMES.has(word.slice(0, -2)));

/** Only white space, within one paragraph, between two tokens. */
export const adjacent = (text: string, a: Span, b: Span | undefined): b is Span =>
  // One space, by far the commonest gap, is answered without cutting the text.
  b !== undefined && ((b.start === a.end + 1 && text.charCodeAt(a.end) === 32) || (/^\s+$/.test(text.slice(a.end, b.start)) && !/\n\s*\n/.test(text.slice(a.end, b.start))));

/** Punctuation, a lower-case word or the end of the text after `end`: no further name word follows. */
export const nameEndsAt = (text: string, end: number) => /^\s*(?:$|[^\s\p{L}\p{N}]|\p{Ll})/u.test(text.slice(end, end + 3));

/** Particles from `i` ("von der", "bin") and the surname after them, or nothing. */
function particleRun(text: string, tokens: Token[], i: number, afterGivenName: boolean): Token[] {
  const run: Token[] = [];
  for (let j = i; j < tokens.length && run.length < 3; j++) {
    const token = tokens[j]!;
    if (run.length > 0 && !adjacent(text, run[run.length - 1]!, token)) return [];
    const first = run.length === 0 && (PARTICLES.has(token.word) || (afterGivenName && GERMAN_PARTICLES.has(token.word)));
    const particle = first || (run.length > 0 && SECOND_PARTICLES.has(token.word));
    if (particle) run.push(token);
    else return run.length > 0 && looksLikeName(token.word) ? [...run, token] : [];
  }
  return [];
}

/**
 * A Korean family name: a short capitalised word before a hyphenated given name ("Chung
 * Dong-young", "Kang Hee-jin"), though it ends like a German noun ("-ung").
 */
export function koreanFamilyName(text: string, tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && HYPHENATED_GIVEN.test(next.word) && /^\p{Lu}\p{Ll}{1,4}$/u.test(tokens[i]!.word) && adjacent(text, tokens[i]!, next);
}

/**
 * The words of the name starting at `tokens[i]`. After a given name any surname-like word
 * follows ("Daniel Keller"); further names and particles join while the name goes on ("Jonas
 * Gahr Støre", "Mohammed bin Abdulrahman Al Thani"), but names after a surname only when the
 * name ends right after them, so "als Kanzler Müller Grenzkontrollen anordnete" stays "Müller".
 * `cued`: a role, title or apposition introduced the name, so any surname may follow a given name.
 */
export function nameAt(text: string, tokens: Token[], i: number, cued = false): Token[] {
  const name = [tokens[i]!];
  let given = isGivenName(tokens[i]!.word) || koreanFamilyName(text, tokens, i);
  let j = i + 1;
  while (j < tokens.length && name.length < 6 && adjacent(text, name[name.length - 1]!, tokens[j])) {
    const token = tokens[j]!;
    const particles = particleRun(text, tokens, j, given);
    if (particles.length > 0) {
      name.push(...particles);
      j += particles.length;
      given = false;
    } else if (given && (isGivenName(token.word) || looksLikeSurname(token.word) || (cued && looksLikeSurnameAfterCue(token.word)))) {
      name.push(token);
      given = isGivenName(token.word) && !nameEndsAt(text, token.end);
      j++;
    } else break;
  }
  // Up to two further names ("Espen Barth Eide"), taken only when the name ends after them.
  const further: Token[] = [];
  for (let k = j; k < tokens.length && further.length < 2; k++) {
    const previous = further[further.length - 1] ?? name[name.length - 1]!;
    if (!adjacent(text, previous, tokens[k]) || !looksLikeSurname(tokens[k]!.word) || germanPlural(tokens[k]!.word)) break;
    further.push(tokens[k]!);
  }
  while (further.length > 0 && !nameEndsAt(text, further[further.length - 1]!.end)) further.pop();
  // A monarch's or pope's ordinal closes the name: "König Harald V.", "Papst Pius XII.".
  const last = further[further.length - 1] ?? name[name.length - 1]!;
  const ordinal = tokens[j + further.length];
  if (adjacent(text, last, ordinal) && REGNAL_NUMBER.test(ordinal.word) && text.charAt(ordinal.end) === '.') further.push(ordinal);
  return [...name, ...further];
}

const REGNAL_NUMBER = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;
