// Who an article names: gazetteer people by name, surname or role phrase, and unknown people
// introduced by a cue. Offsets point into the text given, so callers can take the actors of a
// sentence or clause. Pure: no I/O.
import firstNameList from './data/first-names.json' with {type: 'json'};
import {roleAt, type Gazetteer, type Person} from './gazetteer.js';
import {spellingKey} from './normalize.js';
import {findNameCandidates, isGivenNameOf, nameFirstWords, personSpelledLike} from './known-names.js';
import {findRoleHits, roleWords, type RoleHit} from './role-phrases.js';
import {LiteralSet} from './prefilter.js';
import {findUnknownPeople, type Span, type UnknownPerson} from './unknown-people.js';
import {looksLikeName, looksLikeSurname, nameEndsAt} from './name-words.js';
import type {ActorMention, ExtractInput, SuggestedActor} from './types.js';
import {berlinDayOf} from './dates/berlin-time.js';

export type ActorHit = {id: string; name: string; start: number; end: number; via: 'name' | 'surname' | 'role'};
export type FoundActors = {hits: ActorHit[]; actors: ActorMention[]; suggestions: SuggestedActor[]};

const FIRST_NAMES = new Set<string>(firstNameList);

// The writer's name: two to four capitalised words, perhaps a second writer and a place.
const WRITER = String.raw`\p{Lu}\p{L}+(?:[ -]\p{Lu}\p{L}+){1,3}`;
const WRITERS = String.raw`${WRITER}(?:\s+(?:und|&)\s+${WRITER})?(?:,\s*\p{Lu}[\p{L} ]*)?\.?$`;
// Bylines credit the writer, not someone the article is about: "Ein Kommentar von Miriam Lenz",
// "Kommentar von Miriam Lenz" (a ticker entry's heading),
// "Von Max Muster, Berlin", "Das Interview führte Petra Ohlendorf.", "Mitarbeit: Jana Beispiel".
const BYLINE = new RegExp(
  [
    String.raw`^(?:(?:(?:Ein|Eine)\s+(?:\p{L}+\s+)?)?(?:Kommentar|Gastbeitrag|Gastkommentar|Analyse|Kolumne|Essay|Bericht|Reportage|Einordnung|Interview|Leitartikel|Meinungsbeitrag)\s+)?[Vv]on:?\s+${WRITERS}`,
    // A label glued to the byline by the page ("Abo PlusVon Max Muster"), and the writer with the outlet ("Max Muster / ch media").
    String.raw`^\p{Lu}[\p{L} ]{0,20}\p{Ll}Von\s+${WRITERS}`,
    String.raw`^${WRITER}(?:\s+(?:und|&)\s+${WRITER})?\s+\/\s+[\p{L} .-]{2,30}$`,
    String.raw`^(?:Das|Die)\s+(?:Interview|Gespräch|Fragen)\s+(?:führte|führten|stellte|stellten)\s+${WRITERS}`,
    String.raw`^(?:Mitarbeit|Moderation|Recherche|Redaktion|Text|Autor|Autorin|Interview|Übersetzung):\s+${WRITERS}`,
  ].join('|'),
  'u',
);
const isByline = (line: string) => line.trim().length <= 80 && BYLINE.test(line.trim());

// A credit that closes a caption line: "… im Kanzleramt / Foto: Hans Muster/AFP", "… Erinnerungsfoto. © Muster",
// and one glued to the caption by the page's layout: "Kreml-Berater Juri UschakowPetra Muster/imago".
const CREDIT_TAIL = /(?:(?<=^|[\s/|(])(?:Fotos?|Bild|Bilder|Video):|©|(?<=\p{Ll})\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}-]+)+\/\S*$).*$/u;
const blank = (part: string) => ' '.repeat(part.length);
// A caption's credit in brackets, photographers and agencies parted by slashes: "(AP / Lena
// Probelicht)", "(Lena Probelicht / POOL AFP / dpa / Lena Probelicht)", one cut off at the line's end.
const AGENCY = String.raw`(?:AP|AFP|dpa|DPA|Reuters|REUTERS|KEYSTONE|Keystone|POOL|Pool|EPA|epa|IMAGO|imago|picture alliance|Getty Images|ANP|SDA|APA|KNA|ddp|TASS|Sputnik|Xinhua|Anadolu|ABACA|abaca|UPI)`;
const CREDIT_IN_BRACKETS = new RegExp(String.raw`\((?=[^()]*\s\/\s)(?=[^()]*(?<![\p{L}])${AGENCY}(?![\p{L}]))[^()]*(?:\)|$)`, 'gu');

// Every credit CREDIT_TAIL reads has a colon, a "©" or a slash. Lines without one (most of a text)
// skip it: tried at every position of every line, it cost ~2% of extraction.
const MAY_HOLD_CREDIT = /[:©/]/;

/** Photo credits, source lines, bylines and file-name-like captions name nobody the article is about. */
export function blankCredits(text: string): string {
  return text.replace(/^.*$/gm, line =>
    /\((?:Foto|Bild|Video):/.test(line) || /^\s*(?:Quelle|Foto|Bild):/.test(line) || /^\S{60,}$/.test(line.trim()) || isByline(line)
      ? blank(line)
      : MAY_HOLD_CREDIT.test(line)
        ? line.replace(CREDIT_TAIL, blank).replace(CREDIT_IN_BRACKETS, blank)
        : line,
  );
}

// Constants, not literals in the functions: the bundle (target node20) turns a \p{…} literal into
// `new RegExp(…)`, built again on every call.
const WORD_BEFORE = /(\p{Lu}\p{Ll}+)[ \t\u00a0]+$/u;
const FIRST_WORD = /^\p{L}+/u;
const GENITIVE_OF_A_PLACE = /^\p{Lu}\p{Ll}+(?:iens|ands|eichs|ens|ns|as|els)$/u;
const UPPER_START = /^\p{Lu}/u;

// Offices change hands at midnight in Berlin, where these articles are published.

/** The capitalised word right before `start` ("Melania" in "Melania Trump") and where it begins. */
function precedingWord(text: string, start: number): {word: string; start: number} | undefined {
  const match = WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  return match ? {word: match[1]!, start: start - match[0].length} : undefined;
}

// Transliterations differ ("Wolodymyr", "Volodymyr"; "Juri", "Yuri"): compare the start only.
const firstNameKey = (word: string) => spellingKey(word).slice(0, 2);

/** Whether `firstName` is this person's: "Eric Trump" and "Wladimir Klitschko" are other people. */
function hasFirstName(person: Person, firstName: string): boolean {
  return [person.name, ...person.aliases].some(name => /\s/.test(name) && firstNameKey(name) === firstNameKey(firstName));
}

/** Name hits, with shared or ambiguous surnames resolved by who the article introduced. */
function knownNameHits(text: string, gazetteer: Gazetteer, roles: RoleHit[], present: Uint8Array): Omit<ActorHit, 'name'>[] {
  const introduced = new Set<string>();
  // Roles in the shape of name candidates, in one array built by push and read by index: objects
  // and arrays of one shape each, and no for-of over a list that may be empty (an empty array has
  // another map in V8), keep the optimised code of findActors from being thrown away and compiled
  // again (each time ~0.1 s of CPU) when an article brings a new combination.
  const events: {ids: string[]; start: number; end: number; via: 'name' | 'surname' | 'role'}[] = [];
  for (let i = 0; i < roles.length; i++) events.push({ids: [roles[i]!.id], start: roles[i]!.start, end: roles[i]!.end, via: 'role'});
  const candidates = findNameCandidates(text, gazetteer, present);
  for (let i = 0; i < candidates.length; i++) events.push(candidates[i]!);
  events.sort((a, b) => a.start - b.start);
  const hits: Omit<ActorHit, 'name'>[] = [];
  for (const event of events) {
    if (event.via !== 'surname') {
      introduced.add(event.ids[0]!);
      if (event.via === 'name') hits.push({id: event.ids[0]!, start: event.start, end: event.end, via: 'name'});
      continue;
    }
    // "Rustem Umerov": the person's own given name before a listed spelling of the surname makes a full name.
    const before = precedingWord(text, event.start);
    const ownGiven = before ? event.ids.filter(id => isGivenNameOf(gazetteer.byId.get(id)!, before.word)) : [];
    if (ownGiven.length === 1) {
      hits.push({id: ownGiven[0]!, start: before!.start, end: event.end, via: 'name'});
      introduced.add(ownGiven[0]!);
      continue;
    }
    const firstName = before && FIRST_NAMES.has(before.word) ? before.word : undefined;
    const usable = event.ids
      .filter(id => !firstName || hasFirstName(gazetteer.byId.get(id)!, firstName))
      .filter(id => introduced.has(id) || (event.ids.length === 1 && !gazetteer.byId.get(id)?.ambiguous));
    // "Vizeaußenminister Aleksandr Gruschko" for "Alexander Gruschko": a given name that fits the
    // person (another transliteration) belongs to the mention, not to a stranger of its own.
    if (usable.length === 1) hits.push({id: usable[0]!, start: firstName ? before!.start : event.start, end: event.end, via: 'surname'});
  }
  return hits;
}

// Two capitalised words that end a name: "der indische Außenminister Tao Lingfeng sagte".
const TWO_NAME_WORDS = /^(\p{Lu}\p{Ll}+)\s(\p{Lu}[\p{L}'’-]+)/u;

/** Where the word after `end` begins, past the white space. */
const nextWordStart = (text: string, end: number) => end + (/^\s+/.exec(text.slice(end, end + 8))?.[0].length ?? 0);

/**
 * A full name the gazetteer lacks right after a role phrase: the role is that person's
 * ("der chinesische Außenminister Tao Lingfeng" is not Wang Yi, whatever the date says).
 */
function unknownFullNameAt(text: string, start: number, names: readonly Span[]): boolean {
  if (!UPPER_START.test(text.charAt(start))) return false;
  const words = TWO_NAME_WORDS.exec(text.slice(start, start + 60));
  if (!words || !looksLikeName(words[1]!) || !looksLikeSurname(words[2]!) || !nameEndsAt(text, start + words[0].length)) return false;
  // "Präsident Wolo Selenskyj": a known surname keeps the role its holder's.
  const end = start + words[0].length;
  return !names.some(name => name.start < end && start < name.end);
}

/**
 * A role phrase right before a name is part of that mention ("Kremlchef Wladimir Putin" is one),
 * and before someone else's name it is not about our person ("US-Präsident Joe Biden" in 2025).
 */
function standaloneRoles(text: string, roles: RoleHit[], names: Omit<ActorHit, 'name'>[]): RoleHit[] {
  const standalone = (role: RoleHit) => {
    const gap = /^\s+/.exec(text.slice(role.end))?.[0].length ?? 0;
    if (gap === 0) return true;
    const nextStart = role.end + gap;
    if (names.some(name => name.start === nextStart)) return false;
    const nextWord = FIRST_WORD.exec(text.slice(nextStart))?.[0] ?? '';
    // "der Kanzler Österreichs": a genitive place says whose office it is.
    return !FIRST_NAMES.has(nextWord) && !GENITIVE_OF_A_PLACE.test(nextWord) && !unknownFullNameAt(text, nextStart, names);
  };
  const kept: RoleHit[] = [];
  for (let i = 0; i < roles.length; i++) if (standalone(roles[i]!)) kept.push(roles[i]!);
  return kept;
}

/**
 * "Bundeskanzler Christian Stocker … Der Kanzler sagte": an office Germany shares with Austria or
 * Switzerland, named bare, is the office of the one whose holder the article names, when it names
 * no German holder ("Kanzler" is Merz only in a German article). `holderOf(id)` gives that holder
 * for the German default `id` (the holder's office is the German one and a country: "Bundeskanzler
 * Österreichs", "Bundespräsidentin der Schweiz"), else `id`.
 */
function sameOfficeNamed(names: Omit<ActorHit, 'name'>[], gazetteer: Gazetteer, day: string): (id: string) => string {
  if (!names.length) return id => id;
  const named = new Set(names.map(name => name.id));
  return id => {
    const office = named.has(id) ? null : roleAt(gazetteer.byId.get(id)!, day);
    if (!office) return id;
    for (const other of named) {
      const title = roleAt(gazetteer.byId.get(other)!, day);
      if (title && title !== office && title.startsWith(office) && /^(?:in)?\s+(?:Österreichs|der\s+Schweiz)$/u.test(title.slice(office.length))) return other;
    }
    return id;
  };
}

/** Drops hits inside a longer (earlier) hit: "Wladimir Putin" holds "Putin". */
function withoutOverlaps<T extends {start: number; end: number}>(hits: T[]): T[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const hit of sorted) if (!kept.some(other => hit.start < other.end && other.start < hit.end)) kept.push(hit);
  return kept;
}

// The role phrases' words and the names' first words, found in one pass over the article
// instead of one pass each: role words first, then name words.
const wordSets = new WeakMap<Gazetteer, {words: LiteralSet; roleCount: number}>();

function wordsIn(text: string, gazetteer: Gazetteer): {roles: Uint8Array; names: Uint8Array} {
  let set = wordSets.get(gazetteer);
  if (!set) {
    const roles = roleWords(gazetteer);
    set = {words: new LiteralSet([...roles, ...nameFirstWords(gazetteer)]), roleCount: roles.length};
    wordSets.set(gazetteer, set);
  }
  const present = set.words.find(text);
  return {roles: present.subarray(0, set.roleCount), names: present.subarray(set.roleCount)};
}

/** The people `text` names, as of `published` (role phrases depend on the date). */
export function findActors(text: string, published: Date, gazetteer: Gazetteer): FoundActors {
  const clean = blankCredits(text);
  const day = berlinDayOf(published);
  const present = wordsIn(clean, gazetteer);
  const roles = findRoleHits(clean, day, gazetteer, present.roles);
  const names = knownNameHits(clean, gazetteer, roles, present.names);
  // Hits of one shape, pushed into arrays and read by index, as in knownNameHits.
  const candidates = names.slice();
  const standalone = standaloneRoles(clean, roles, names);
  const holderOf = sameOfficeNamed(names, gazetteer, day);
  for (let i = 0; i < standalone.length; i++) candidates.push({id: holderOf(standalone[i]!.id), start: standalone[i]!.start, end: standalone[i]!.end, via: 'role'});
  const known = withoutOverlaps(candidates);
  const hits: ActorHit[] = [];
  const taken: Span[] = [];
  for (let i = 0; i < known.length; i++) {
    const hit = known[i]!;
    hits.push({id: hit.id, start: hit.start, end: hit.end, via: hit.via, name: gazetteer.byId.get(hit.id)!.name});
    taken.push({start: hit.start, end: hit.end});
  }
  // A role before a name nobody knows stays free, to introduce that name ("Außenminister Tao Lingfeng").
  for (let i = 0; i < roles.length; i++) if (standalone.includes(roles[i]!) || !unknownFullNameAt(clean, nextWordStart(clean, roles[i]!.end), names)) taken.push({start: roles[i]!.start, end: roles[i]!.end});
  // A full name the gazetteer lacks may be another spelling of someone it knows ("Rustem Umjerov").
  const unknown: UnknownPerson[] = [];
  const strangers = findUnknownPeople(clean, taken);
  for (let i = 0; i < strangers.length; i++) {
    const person = strangers[i]!;
    const same = personSpelledLike(person.name, gazetteer);
    if (!same) unknown.push(person);
    for (const hit of person.hits) hits.push({id: same?.id ?? person.id, start: hit.start, end: hit.end, via: hit.via, name: same?.name ?? person.name});
  }
  hits.sort((a, b) => a.start - b.start);

  const counts = new Map<string, number>();
  for (const hit of hits) counts.set(hit.id, (counts.get(hit.id) ?? 0) + 1);
  const order = [...counts.keys()];
  const actors: ActorMention[] = [];
  for (let i = 0; i < order.length; i++) {
    const id = order[i]!;
    const person = gazetteer.byId.get(id);
    const stranger = unknown.find(candidate => candidate.id === id);
    actors.push({
      id,
      name: person?.name ?? stranger!.name,
      role: person ? roleAt(person, day) : stranger!.cue,
      side: person?.side ?? null,
      mentions: counts.get(id)!,
    });
  }
  actors.sort((a, b) => b.mentions - a.mentions || order.indexOf(a.id) - order.indexOf(b.id));
  const suggestions = unknown.map(person => ({name: person.name, cue: person.cue, mentions: counts.get(person.id) ?? 0}));
  return {hits, actors, suggestions};
}

/**
 * The people of a whole article: a name in the title or kicker counts ("Wehrbeauftragter Otte
 * kritisiert …"), but `hits` keep offsets into `input.text` and cover only the body.
 */
export function findArticleActors(input: ExtractInput, gazetteer: Gazetteer): FoundActors {
  const heading = [input.kicker, input.title].filter(Boolean).join('\n\n');
  const prefix = heading ? `${heading}\n\n` : '';
  const found = findActors(prefix + input.text, new Date(input.published), gazetteer);
  const hits = found.hits
    .filter(hit => hit.start >= prefix.length)
    .map(hit => ({...hit, start: hit.start - prefix.length, end: hit.end - prefix.length}));
  return {...found, hits};
}
