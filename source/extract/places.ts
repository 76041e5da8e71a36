// Where a meeting happens. A place name counts only as a location ("in Genf", "im Kreml",
// "nach Moskau", "in der saudi-arabischen Stadt Dschidda"): without a locative preposition,
// "Kiew und Moskau" or "Washington will …" name governments, not venues.
import placeData from './data/places.json' with {type: 'json'};
import {escapeRegExp} from './normalize.js';

type PlaceKind = 'city' | 'venue' | 'region' | 'country';
type PlaceEntry = {name: string; country: string; kind: PlaceKind; forms: string[]};

export type PlaceHit = {
  /** German spelling as reported: a city, or a country when only the country (or a region) is named. */
  name: string;
  country: string;
  /** True for a city; false when only a country or a region is known. */
  isCity: boolean;
  /** Offsets into the text searched. */
  index: number;
  end: number;
};

const entries = placeData.places as PlaceEntry[];
const byForm = new Map(entries.flatMap(entry => entry.forms.map(form => [form, entry] as const)));
const FORMS = new RegExp(
  `(?<![\\p{L}\\d-])(?:${[...byForm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\d-])`,
  'gu',
);

// Words that may stand between the preposition and the name: articles, adjectives
// ("im schweizerischen Davos") and nouns that describe a place ("in der Hauptstadt Riad").
const DESCRIPTOR = String.raw`(?:[\p{Ll}][\p{L}-]*|Hauptstadt|Stadt|Metropole|Küstenstadt|Hafenstadt|Badeort|Kurort|Ferienort|Urlaubsort|Residenz|Anwesen|Golfemirat|Emirat|Golfstaat|Bundesstaat|US-Bundesstaat|Region|Schwarzmeerstadt|Schwarzmeer-Kurort)`;
const LOCATIVE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:[Ii]n|[Ii]m|[Nn]ach|[Bb]ei|[Bb]eim|[Ii]ns|[Aa]m|als\s+(?:Ort|Austragungsort|Verhandlungsort|Gastgeber)\s+(?:für|der|des))\s+(?:${DESCRIPTOR}\s+){0,3}$`,
  'u',
);
// "Krieg in der Ukraine", "Sondergesandter in den USA": the location belongs to that noun,
// not to a meeting in the same clause.
const NOT_A_VENUE = /(?:krieg|kriegs|krieges|kriegsende|frieden|ruhe|stillstand|konflikt|invasion|angriff|angriffe|lage|truppen|soldaten|kämpfe|gebiet|gebieten|gebiete|front|präsenz|vermögen|vermögenswerte|lösung|beendigung|botschaft|botschafter|gesandter|gesandte|vertreter|führer|zentralbank|bevölkerung|menschen|zivilisten|wahlen|ende)$/i;
const WORD_BEFORE_PREPOSITION = /(\p{L}+)\s+(?:in|im|bei|beim)\s+(?:\S+\s+){0,4}$/u;

/** Places named as locations in `text`, in order of appearance. */
export function findPlaces(text: string): PlaceHit[] {
  const hits: PlaceHit[] = [];
  for (const match of text.matchAll(FORMS)) {
    const before = text.slice(Math.max(0, match.index - 80), match.index);
    if (!LOCATIVE.test(before)) continue;
    const owner = WORD_BEFORE_PREPOSITION.exec(before)?.[1];
    if (owner && NOT_A_VENUE.test(owner)) continue;
    const entry = byForm.get(match[0])!;
    const isCity = entry.kind === 'city' || entry.kind === 'venue';
    hits.push({
      name: entry.kind === 'region' ? entry.country : entry.name,
      country: entry.country,
      isCity,
      index: match.index,
      end: match.index + match[0].length,
    });
  }
  return hits;
}

/** True when `inner` lies in `outer`: the same place, or a city in the named country. */
export function placeWithin(inner: {place: string | null; country: string | null}, outer: {place: string | null; country: string | null}): boolean {
  if (!inner.place || !outer.place) return true;
  return inner.place === outer.place || inner.country === outer.place;
}
