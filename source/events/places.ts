// Places as the event model compares them: a venue stands for its city (Mar-a-Lago for Palm Beach,
// the Kreml for Moskau), and a city lies in its country. The extractor usually reports the city
// already; this catches a venue that reaches the store under its own name.
import placeData from '../extract/data/places.json' with {type: 'json'};

type Where = {place: string | null; country: string | null};
type PlaceEntry = {name: string; country: string; kind: string; forms?: string[]; seats?: string[]};

/** Venue or seat name → the city it stands for. */
const CITY_OF_VENUE = new Map<string, string>();
for (const entry of (placeData as unknown as {places: PlaceEntry[]}).places ?? []) {
  for (const seat of entry.seats ?? []) if (seat !== entry.name) CITY_OF_VENUE.set(seat, entry.name);
}
// Seats the gazetteer does not list as forms of a city.
for (const [venue, city] of [['Weißes Haus', 'Washington'], ['Kanzleramt', 'Berlin'], ['Élysée-Palast', 'Paris'], ['Bürgenstock', 'Bürgenstock']] as const) {
  if (!CITY_OF_VENUE.has(venue)) CITY_OF_VENUE.set(venue, city);
}

/** The city a place stands for: a venue's city, or the place itself. */
export const cityOf = (place: string | null) => (place ? (CITY_OF_VENUE.get(place) ?? place) : null);

/** The same city, a venue and its city, or a city inside the other's country; unknown never disagrees. */
export function placesAgree(a: Where, b: Where): boolean {
  const [x, y] = [cityOf(a.place), cityOf(b.place)];
  if (!x || !y) return true;
  return x === y || a.country === y || b.country === x;
}

/** Both places known and naming the same city (not merely the same country). */
export function samePlaceExactly(a: Where, b: Where): boolean {
  const [x, y] = [cityOf(a.place), cityOf(b.place)];
  return x !== null && x === y;
}

/** The more specific place: a city beats its country; otherwise the first stays (itself: a fold reads one per report). */
export function moreSpecificPlace(a: Where, b: Where): Where {
  if (!a.place) return {place: b.place, country: b.country};
  const aIsCountry = a.place === a.country;
  if (b.place && aIsCountry && b.place !== b.country && b.country === a.place) return {place: b.place, country: b.country};
  return a;
}
