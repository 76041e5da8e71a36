// Where a meeting happens. A place name counts only as a location ("in Genf", "im Kreml",
// "nach Moskau", "auf dem Bürgenstock", "in der saudi-arabischen Stadt Dschidda"): without a locative preposition,
// "Kiew und Moskau" or "Washington will …" name governments, not venues.
import placeData from './data/places.json' with {type: 'json'};
import {escapeRegExp} from './normalize.js';
import {mayMatch} from './prefilter.js';

type PlaceKind = 'city' | 'venue' | 'region' | 'country';
type PlaceEntry = {name: string; country: string; region?: string; kind: PlaceKind; forms: string[]; adjectives?: string[]; seats?: string[]; borders?: string[]; island?: boolean};

export type PlaceHit = {
  /** German spelling as reported: a city, or a country when only the country (or a region) is named. */
  name: string;
  country: string;
  /** True for a city; false when only a country or a region is known. */
  isCity: boolean;
  /** The region named ("in Alaska", reported as USA), or the one a city lies in (Anchorage), where known. */
  area: string | null;
  /** Named by a seat of government or a leader's residence ("im Kreml", "in Mar-a-Lago"). */
  seat: boolean;
  /** Offsets into the text searched. */
  index: number;
  end: number;
};

const entries = placeData.places as PlaceEntry[];
// Swiss outlets write ss for ß: "im Weissen Haus" is "im Weißen Haus".
// "Scharm el Scheich" for "Scharm el-Scheich": a name's hyphens may be written as spaces.
const byForm = new Map(
  entries.flatMap(entry =>
    entry.forms.flatMap(form => [
      [form, entry] as const,
      ...(form.includes('ß') ? [[form.replaceAll('ß', 'ss'), entry] as const] : []),
      ...(/\p{L}-\p{L}/u.test(form) && form.includes(' ') ? [[form.replaceAll('-', ' '), entry] as const] : []),
    ]),
  ),
);
const FORMS = new RegExp(
  `(?<![\\p{L}\\d-])(?:${[...byForm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\d-])`,
  'gu',
);
// "die Genfer Gespräche", "beim Pariser Gipfel", "am Genfer See": a city's -er adjective places
// what it describes in the city. Before a meeting word it needs no preposition; "die Moskauer
// Führung" names a government, so other nouns need one ("in der Moskauer Innenstadt").
const byAdjective = new Map(entries.flatMap(entry => (entry.adjectives ?? []).map(form => [form, entry] as const)));
const ADJECTIVES = new RegExp(`(?<![\\p{L}\\d-])(${[...byAdjective.keys()].map(escapeRegExp).join('|')})\\s+(\\p{Lu}[\\p{L}-]*)`, 'gu');
const MEETING_NOUN = /(?:gespräch|gespräche|gesprächen|runde|runden|verhandlung|verhandlungen|treffen|treffens|gipfel|gipfels|gipfeltreffen|konferenz|beratungen|format|see|sees)$/i;

// Words that may stand between the preposition and the name: articles, adjectives
// ("im schweizerischen Davos") and nouns that describe a place ("in der Hauptstadt Riad", "in der
// US-Hauptstadt Washington").
// "in seiner Sommerresidenz Sotschi", "auf dem Landsitz Chequers": a residence is a venue's descriptor too.
// "in Omans Hauptstadt Maskat", "in Polens Hafenstadt Danzig": the country's genitive before the town.
const DESCRIPTOR = String.raw`(?:[\p{Ll}][\p{L}-]*|\p{Lu}\p{Ll}+s\s+(?:Hauptstadt|Metropole|Küstenstadt|Hafenstadt|Grenzstadt)|Hauptstadt|\p{Lu}\p{Ll}*residenz|Landsitz|\p{Lu}{2,3}-Hauptstadt|Stadt|Flughafen|Metropole|Küstenstadt|Hafenstadt|Badeort|Kurort|Ferienort|Urlaubsort|Residenz|Anwesen|Insel|Ferieninsel|Urlaubsinsel|Mittelmeerinsel|Golfemirat|Emirat|Golfstaat|Bundesstaat|US-Bundesstaat|Region|Schwarzmeerstadt|Schwarzmeer-Kurort)`;
const LOCATIVE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:[Ii]n|[Ii]m|[Nn]ach|[Bb]ei|[Bb]eim|[Ii]ns|[Aa]m|[Aa]uf\s+de[mnr]|als\s+(?:Ort|Austragungsort|Verhandlungsort|Gastgeber)\s+(?:für|der|des))\s+(?:${DESCRIPTOR}\s+){0,3}$`,
  'u',
);
// "Krieg in der Ukraine", "Sondergesandter in den USA", "aus Diplomatenkreisen in Riad": the
// location belongs to that noun (a source speaks from there; "eine Feuerpause in der Ukraine" is where the guns fall silent),
// not to a meeting in the same clause. So does a settlement talked about ("Gespräche über eine
// Einigung in der Ukraine").
const NOT_A_VENUE = /(?:einigung|krieg|kriegs|krieges|kriegsende|frieden|friedens|ruhe|stillstand|stillstands|(?:feuer|kampf|gefechts)pausen?|konflikt|konflikts|konfliktes|invasion|angriff|angriffe|angriffen|ziele|zielen|anlagen|stellungen|lage|truppen|soldaten|kämpfe|gebiet|gebieten|gebiete|front|präsenz|vermögen|vermögenswerte|lösung|beendigung|botschaft|botschafter|gesandter|gesandte|vertreter|führer|zentralbank|bevölkerung|menschen|zivilisten|wahlen|ende|kreise|kreisen|quellen|sprecher|sprecherin)$/i;
// "am vergangenen Wochenende in Miami": an end of a span of time is no war's end.
const TIME_END = /(?:wochen|monats|jahres|tages|quartals)ende$/i;
// "seit dem Amtsantritt der neuen Regierung in Polen": the country a government rules, not a venue
// ("die Klausur der Regierung im Schloss Meseberg" is one).
const GOVERNMENT_IN = /(?:^|[^\p{L}])(?:[Rr]egierung|[Rr]egierungen|\p{L}+regierung)\s+in\s+(?:der\s+|den\s+|dem\s+)?$/u;
// "enge Drähte nach Moskau", "gute Kontakte nach Peking", "Verbindungen nach Minsk": ties reach
// to a government's seat; no one goes there.
const TIES_TO = /(?:^|[^\p{L}])(?:Draht|Drahts|Drähte|Drähten|Kontakt|Kontakte|Kontakten|Verbindung|Verbindungen|Beziehung|Beziehungen|Kanal|Kanäle|Kanälen|Brücke|Brücken)\s+nach\s+$/u;
// "macht sich auf den Rückweg in die USA", "auf der Heimreise nach Kiew": a return trip leads home,
// not to a meeting told beside it ("… und wird an einem Treffen in Brüssel nicht teilnehmen").
const HOMEWARD = /(?:^|[^\p{L}])(?:Rückweg|Heimweg|Rückreise|Heimreise|Rückflug|Heimflug)\s+(?:in|nach)\s+(?:die\s+|den\s+)?$/u;
const WORD_BEFORE_PREPOSITION = /(\p{L}+)\s+(?:in|im|bei|beim)\s+(?:\S+\s+){0,4}$/u;

// "im belarussischen Grenzgebiet", "in der polnischen Grenzregion": a country's border area is
// in that country.
const byBorder = new Map(entries.flatMap(entry => (entry.borders ?? []).map(stem => [stem, entry] as const)));
const BORDER_AREA = new RegExp(`(?<![\\p{L}])(?:im|in\\s+der|ins)\\s+(${[...byBorder.keys()].join('|')})(?:e|en|er)\\s+Grenz(?:gebiet|region|raum|ort|stadt)(?![\\p{L}])`, 'gu');

// "in der belgischen Hauptstadt": a country's capital named by the country's adjective, without
// the city's name after it ("die ukrainische Hauptstadt Kiew" names it).
const byName = new Map(entries.map(entry => [entry.name, entry] as const));
const capitals = new Map(Object.entries(placeData.capitals as Record<string, string>).flatMap(([stem, city]) => (byName.has(city) ? [[stem, byName.get(city)!] as const] : [])));
// The countries' adjective stems a capital is named by ("ägyptisch" in "der ägyptischen Hauptstadt").
const CAPITAL_STEMS = [...capitals.keys()].map(escapeRegExp).join('|');
const CAPITAL = new RegExp(`(?<![\\p{L}-])(${CAPITAL_STEMS})(?:e|en)\\s+Hauptstadt(?![\\p{L}])(?!\\s+\\p{Lu})`, 'gu');

// "in dem ägyptischen Badeort", "in der türkischen Küstenstadt": a town told by its country's
// adjective and a kind of town, without its name, is one the text named before (mentions.ts).
const DESCRIBED_TOWN = new RegExp(`(?<![\\p{L}-])(?:in|im)\\s+(?:dem\\s+|der\\s+)?(${CAPITAL_STEMS})(?:e|en)\\s+(?:Badeort|Kurort|Ferienort|Urlaubsort|Küstenstadt|Hafenstadt|Grenzstadt|Metropole|Stadt)(?![\\p{L}])(?!\\s+\\p{Lu})`, 'u');
const mayDescribeTown = (text: string) => text.includes('sch') && (text.includes('ort') || text.includes('stadt') || text.includes('Metropole'));

/** The country of a town told only as "in dem ägyptischen Badeort", or null. */
export function describedTownCountry(text: string): string | null {
  if (!mayDescribeTown(text)) return null;
  const match = DESCRIBED_TOWN.exec(text);
  return match ? capitals.get(match[1]!)!.country : null;
}

// "in die US-Hauptstadt", "in der EU-Hauptstadt": a capital named by a country's (or the EU's)
// short form in a compound, again without the city's name after it.
const capitalCompounds = new Map(Object.entries(placeData.capitalCompounds as Record<string, string>).flatMap(([short, city]) => (byName.has(city) ? [[short, byName.get(city)!] as const] : [])));
const CAPITAL_COMPOUND = new RegExp(`(?<![\\p{L}-])(${[...capitalCompounds.keys()].map(escapeRegExp).join('|')})-Hauptstadt(?![\\p{L}])(?!\\s+\\p{Lu})`, 'gu');

// "in der Hauptstadt der Emirate", "in der Hauptstadt Ungarns": the capital
// of a country named after it.
const capitalOfCountry = new Map([...capitals.values()].map(city => [city.country, city] as const));
const countryForms = [...byForm.entries()].filter(([, entry]) => entry.kind === 'country' && capitalOfCountry.has(entry.name)).map(([form]) => form);
const CAPITAL_OF = new RegExp(`(?<![\\p{L}-])Hauptstadt\\s+(?:(?:der|des|von)\\s+)?(${countryForms.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?:s)?(?![\\p{L}-])`, 'gu');

/**
 * Every match of a global pattern in `text`, as String.matchAll gives them (no pattern here matches
 * empty text). Read with exec from the start: matchAll copies the RegExp on every call, and a copy
 * of FORMS (~190 names) cost ~3 µs, where the exec loop over a clause costs ~0.2 µs.
 */
function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) matches.push(match);
  return matches;
}

// A pattern's matches, or none without a scan when the text lacks every word the pattern needs.
const matchesOf = (pattern: RegExp, text: string): RegExpExecArray[] => (mayMatch(pattern, text) ? allMatches(pattern, text) : []);

/** Places named as locations in `text`, in order of appearance. */
export function findPlaces(text: string): PlaceHit[] {
  const hits: PlaceHit[] = [];
  let previous: RegExpExecArray | null = null;
  for (const match of matchesOf(FORMS, text)) {
    const city = previous && countryOfCity(text, previous, match) ? previous : null;
    previous = match;
    if (city) {
      // "Istanbul in der Türkei", "in Davos, Schweiz": the country only tells where the city is.
      if (!hits.some(hit => hit.index === city.index) && located(text, match.index)) hits.push(hitOf(byForm.get(city[0])!, city.index, city[0].length, city[0]));
    } else if (located(text, match.index) || onIsland(text, match)) hits.push(hitOf(byForm.get(match[0])!, match.index, match[0].length, match[0]));
  }
  for (const match of matchesOf(ADJECTIVES, text)) {
    if (MEETING_NOUN.test(match[2]!) || located(text, match.index)) hits.push(hitOf(byAdjective.get(match[1]!)!, match.index, match[1]!.length));
  }
  for (const match of matchesOf(CAPITAL, text)) {
    if (located(text, match.index)) hits.push(hitOf(capitals.get(match[1]!)!, match.index, match[0].length));
  }
  for (const match of matchesOf(CAPITAL_COMPOUND, text)) {
    if (located(text, match.index)) hits.push(hitOf(capitalCompounds.get(match[1]!)!, match.index, match[0].length));
  }
  for (const match of matchesOf(CAPITAL_OF, text)) {
    const city = capitalOfCountry.get(byForm.get(match[1]!)!.name)!;
    if (located(text, match.index) && !hits.some(hit => hit.index >= match.index && hit.index < match.index + match[0].length && hit.isCity)) {
      // The country's own name inside the phrase is no venue of its own.
      for (let i = hits.length - 1; i >= 0; i--) if (hits[i]!.index > match.index && hits[i]!.index < match.index + match[0].length) hits.splice(i, 1);
      hits.push(hitOf(city, match.index, match[0].length));
    }
  }
  for (const match of matchesOf(BORDER_AREA, text)) {
    const at = match.index + match[0].indexOf(match[1]!);
    hits.push(hitOf(byBorder.get(match[1]!)!, at, match[0].length - (at - match.index)));
  }
  return hits.sort((a, b) => a.index - b.index);
}

// "Istanbul in der Türkei", "in Davos, Schweiz": a country right after one of its cities.
const CITY_TO_COUNTRY = /^(?:,\s*|\s+in\s+(?:der\s+|dem\s+|den\s+)?)$/u;

/** True when `country` follows `city` as the country the city lies in. */
function countryOfCity(text: string, city: RegExpExecArray, country: RegExpExecArray): boolean {
  const cityEntry = byForm.get(city[0])!;
  const countryEntry = byForm.get(country[0])!;
  return countryEntry.kind === 'country' && (cityEntry.kind === 'city' || cityEntry.kind === 'venue') && cityEntry.country === countryEntry.name && CITY_TO_COUNTRY.test(text.slice(city.index + city[0].length, country.index));
}

/**
 * The place a clause ends on, located or not: "…schließlich Riad, wo …", "eines aus Astana, wo
 * …". A following "wo" can only stand for a place, so the name needs no preposition; nor does
 * one right before "sei ein geeigneter Ort" (the text up to it is passed).
 */
export function placeAtEnd(text: string): PlaceHit | null {
  const trimmed = text.trimEnd();
  const last = allMatches(FORMS, trimmed).at(-1);
  if (!last || last.index + last[0].length !== trimmed.length) return null;
  return hitOf(byForm.get(last[0])!, last.index, last[0].length, last[0]);
}

// "der Gipfel von Anchorage", "die Konferenz von Jalta": a meeting named after its venue.
const NAMED_AFTER = /(?:gespräch|gespräche|gesprächen|verhandlungen|treffen|treffens|gipfel|gipfels|gipfeltreffen|konferenz)\s+von\s+$/iu;

// "nach Angaben des Außenministeriums in Moskau", "laut Informationen der Regierung in Oslo": the
// place of a source is where it speaks from, not where anyone meets.
// So is the place after "laut" and a source ("laut dem Auswärtigen Amt in Berlin").
const SOURCE_SEAT = /(?:(?:[Nn]ach|[Ll]aut)\s+(?:Angaben|Informationen)\s+(?:des|der|dem|den|von)?|[Ll]aut(?:\s+(?:des|der|dem|den))?\s+(?:[\p{L}-]+\s+){0,2}\p{L}*(?:[Aa]mt|[Mm]inisterium|[Rr]egierung|[Kk]reisen|Kreml|[Ss]precher|[Ss]precherin|[Aa]gentur))\s*(?:[\p{L}-]+\s+){0,3}(?:in|im|aus)\s+(?:der\s+|dem\s+)?$/u;

// "besuchte am Dienstag Kiew", "besucht erstmals die Ukraine": the place visited needs no preposition.
const VISITED = /(?<![\p{L}])(?:besuche|besuchen|besucht|besuchte|besuchten)\s+(?:(?:\p{Ll}[\p{L}-]*|am\s+\p{Lu}\p{L}+|\d{1,2}\.\s+\p{Lu}\p{L}+)\s+){0,4}$/u;

// "tagte auf Schloss Meseberg", "auf Schloss Elmau": a castle takes "auf" without an article.
const ON_CASTLE = /(?:^|[^\p{L}])[Aa]uf\s+$/u;
const CASTLE = /^(?:Schloss|Burg)\s/u;

// "hat Moskau als Ort für ein Treffen vorgeschlagen", "brachte Wien als möglichen Austragungsort für
// Friedensgespräche ins Spiel", "bot Riga erneut als Verhandlungsplatz an": a place named as the venue
// of a meeting put forward with it (an adverb of repetition may stand between). Not "bot
// Budapest als Ort für das Treffen an": the venue offered for a meeting already told leaves its place open.
const AS_VENUE = /^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}(?:\s+(?:erneut|wieder|abermals|nochmals|ebenfalls|auch|einmal\s+mehr))?\s+als\s+(?:\p{Ll}+\s+){0,2}(?:Ort|Austragungsort|Tagungsort|Verhandlungsort|Verhandlungsplatz|Verhandlungsstätte|Gipfelort|Veranstaltungsort|Treffpunkt)(?![\p{L}])(?!\s+(?:für|zu)\s+(?:das|den|die|dem|der)\s)/u;

// "als Gastgeber für die von Polen vorgeschlagenen Gespräche", "in den von Norwegen vermittelten
// Gesprächen": a name after "von" inside the phrase is who acts, not where anyone meets (the venue
// named after its meeting, "der Gipfel von Anchorage", is told apart before).
const AGENT_BEFORE = /(?<![\p{L}])von\s+$/u;

// "dass man in Warschau zu Gesprächen bereit sei", "In Warschau beobachtet man die Reise …": the
// impersonal "man" of a town is its government or its people, who think or wait there; no one
// meets there. Not "In Genf trifft man sich", where "man" are those who meet.
const ONE_IN = /(?<![\p{L}])man\s+(?:in|im)\s+$/u;
const AT_HEAD = /(?:^|[.;:!?]\s*|,\s*)[Ii]n\s+$/u;
const THEN_ONE = /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+\p{Ll}+\s+man(?![\p{L}])(?!\s+sich(?![\p{L}]))/u;
const THEN_SICH = /^\S+(?:\s+\S+)?\s+sich(?![\p{L}])/u;
// "Wie das Außenministerium am Montag in Paris mitteilte, …": the town of a "wie"-clause of saying
// is where something was said, not where anyone meets.
const AS_SAID_OPEN = /(?:^|[.;:!?"“„]\s*|,\s*)[Ww]ie\s[^,;:.!?]*$/u;
const AS_SAID_VERB = /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:mitteilte|mitteilten|ankündigte|ankündigten|bekanntgab|bekanntgaben|berichtete|berichteten|erklärte|erklärten|sagte|sagten|verlautete|meldete|meldeten|bestätigte|bestätigten|mitgeteilt|angekündigt)(?![\p{L}])/u;
const asSaid = (before: string, after: string) => AS_SAID_OPEN.test(before) && AS_SAID_VERB.test(after);
const ones = (before: string, after: string) => (ONE_IN.test(before) && !THEN_SICH.test(after)) || (AT_HEAD.test(before) && THEN_ONE.test(after));

function located(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 80), index);
  const after = text.slice(index, index + 100);
  if (ones(before, after) || asSaid(before, after)) return false;
  if (after.includes(' als ') && AS_VENUE.test(after)) return true;
  if (NAMED_AFTER.test(before) || VISITED.test(before)) return true;
  if (CASTLE.test(text.slice(index, index + 8)) && ON_CASTLE.test(before)) return true;
  if (SOURCE_SEAT.test(before) || (before.includes('egierung') && GOVERNMENT_IN.test(before))) return false;
  if (before.endsWith('von ') && AGENT_BEFORE.test(before)) return false;
  if (before.endsWith('nach ') && TIES_TO.test(before)) return false;
  if ((before.includes('ück') || before.includes('Heim')) && HOMEWARD.test(before)) return false;
  if (!LOCATIVE.test(before)) return false;
  const owner = WORD_BEFORE_PREPOSITION.exec(before)?.[1];
  return !owner || !NOT_A_VENUE.test(owner) || TIME_END.test(owner);
}

// "in der Pufferzone auf Zypern", "treffen sich auf Malta": an island is located by "auf" too;
// "Druck auf Kuba" is no venue.
const ON_ISLAND = /(?<![\p{L}])(\p{L}+\s+)?auf\s+$/u;
const NOT_ON_ISLAND = /^(?:druck|einfluss|angriff|angriffe|angriffen|sanktionen|blick|hinweis|antwort|reaktion|anspruch|ansprüche|zugriff|fokus|verzicht|rücksicht|bezug)\s+$/iu;

function onIsland(text: string, match: RegExpExecArray): boolean {
  if (!byForm.get(match[0])!.island) return false;
  const on = ON_ISLAND.exec(text.slice(Math.max(0, match.index - 30), match.index));
  return on !== null && !NOT_ON_ISLAND.test(on[1] ?? '');
}

function hitOf(entry: PlaceEntry, index: number, length: number, form?: string): PlaceHit {
  return {
    seat: form !== undefined && (entry.seats ?? []).includes(form),
    name: entry.kind === 'region' ? entry.country : entry.name,
    country: entry.country,
    isCity: entry.kind === 'city' || entry.kind === 'venue',
    area: entry.kind === 'region' ? entry.name : (entry.region ?? null),
    index,
    end: index + length,
  };
}

// "Sowohl Österreich als auch Ungarn haben angeboten, …": a country or city named as the subject,
// with no preposition before it (a preposition makes it a venue or something else).
const PREPOSITION_BEFORE = /(?<![\p{L}])(?:in|im|nach|aus|von|vom|mit|gegen|zwischen|für|bei|beim|an|am|auf|über|unter|vor|zu|zum|zur|durch|ohne|um|gegenüber)\s+(?:(?:der|die|das|den|dem|des)\s+)?$/iu;

/** The places a clause names as its subject (no preposition before them): hosts that offer themselves. */
export function subjectPlaces(text: string): PlaceHit[] {
  const hits: PlaceHit[] = [];
  for (const match of matchesOf(FORMS, text)) {
    if (!PREPOSITION_BEFORE.test(text.slice(Math.max(0, match.index - 25), match.index))) hits.push(hitOf(byForm.get(match[0])!, match.index, match[0].length, match[0]));
  }
  return hits;
}

/** True when `inner` lies in `outer`: the same place, or a city in the named country. */
export function placeWithin(inner: {place: string | null; country: string | null}, outer: {place: string | null; country: string | null}): boolean {
  if (!inner.place || !outer.place) return true;
  return inner.place === outer.place || inner.country === outer.place;
}

// "nach Saudi-Arabien, Katar und in die Emirate", "erst in Abu Dhabi, dann in Genf": places in a
// row are stations of their own. "in Genf oder Istanbul" names one venue not yet chosen.
const NEXT_STATION = new RegExp(String.raw`^\s*(?:,\s*|\s(?:und|sowie)\s+|,?\s*(?:und\s+)?(?:dann|danach|anschließend|später)\s+)(?:(?:in|nach|im|ins)\s+)?(?:(?:die|der|den|dem|das)\s+(?:${DESCRIPTOR}\s+){0,2})?$`, 'u');

const LIST_GOES_ON = /^\s*(?:,|und\s|sowie\s|dann\s|danach\s|anschließend\s|später\s)/u;

/** The places that follow `first` in `text` as further stations of one list. */
export function stationsAfter(text: string, first: PlaceHit): PlaceHit[] {
  const stations: PlaceHit[] = [];
  if (!LIST_GOES_ON.test(text.slice(first.end, first.end + 12))) return stations;
  let last = first;
  // The list's own preposition locates them all: "nach Riad, Doha" needs no second "nach".
  for (const match of allMatches(FORMS, text)) {
    const hit = hitOf(byForm.get(match[0])!, match.index, match[0].length, match[0]);
    if (hit.index < last.end) continue;
    // "in Davos, Schweiz": the city's country is no station of its own.
    if (!hit.isCity && last.isCity && last.country === hit.name && CITY_TO_COUNTRY.test(text.slice(last.end, hit.index))) {
      last = {...last, end: hit.end};
      continue;
    }
    if (!NEXT_STATION.test(text.slice(last.end, hit.index)) || hit.name === last.name) break;
    stations.push(hit);
    last = hit;
  }
  return stations;
}

// "NEU-DELHI (dpa-AFX) - …", "SCHARM EL SCHEICH (dpa-AFX) - …": agency copy opens with the town it
// was filed from, in capitals.
const DATELINE = /^\s*(\p{Lu}[\p{Lu}-]*(?:\s\p{Lu}[\p{Lu}-]*){0,2})\s*\([^()\n]{2,30}\)\s*[-–—:]/u;
const byUpperForm = new Map([...byForm.entries()].filter(([, entry]) => entry.kind === 'city').map(([form, entry]) => [form.toUpperCase(), entry] as const));

/** The city of an agency dateline at the start of the text, when the gazetteer knows it. */
export function datelineCity(text: string): {place: string; country: string} | null {
  const match = DATELINE.exec(text);
  const entry = match ? byUpperForm.get(match[1]!) : undefined;
  return entry ? {place: entry.name, country: entry.country} : null;
}

// "Kairo: Die Verhandlungen sollen morgen fortgesetzt werden": a radio or ticker text opens a
// paragraph with the town it reports from and a colon.
const TOWN_AND_COLON = /^\s*(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2}):\s+\p{Lu}/u;

/** The town before a colon that opens `sentence`, when the gazetteer knows it as a city. */
export function townBeforeColon(sentence: string): {place: string; country: string} | null {
  const match = TOWN_AND_COLON.exec(sentence);
  const entry = match ? byForm.get(match[1]!) : undefined;
  return entry && entry.kind === 'city' ? {place: entry.name, country: entry.country} : null;
}
