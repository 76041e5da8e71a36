// Events filed by the two facts joinsEvent tests first: a call or not, and the place. A report
// is then compared only with the events filed where its place can agree (placesAgree), not with
// every event of its merge window: in a large poll most events of the window are at another
// place, and walking them all for every report was a fifth of the poll's time. The index only
// narrows the search; joinsEvent still decides, so what joins what does not change.
import {cityOf} from './places.js';

/** A place and a kind of contact: an event's state, or one report's meeting. */
export type Filed = {place: string | null; country: string | null; kind: string};

const contact = (kind: string) => (kind === 'call' ? 'call' : 'meet');

/** Where an item is filed: under its kind, and its city (or "no city") and its country. */
function keysOf({place, country, kind}: Filed): string[] {
  const k = contact(kind);
  const city = cityOf(place);
  const keys = [k, city === null ? `${k}|-` : `${k}|city|${city}`];
  if (country !== null) keys.push(`${k}|country|${country}`);
  return keys;
}

/**
 * The keys whose items are all those of the same kind whose place agrees with `where`:
 * placesAgree(a, b) holds when either city is unknown, the cities are the same, or one's city is
 * the other's country (it is symmetric).
 */
function agreeingKeys({place, country, kind}: Filed): string[] {
  const k = contact(kind);
  const city = cityOf(place);
  if (city === null) return [k];
  const keys = [`${k}|-`, `${k}|city|${city}`, `${k}|country|${city}`];
  if (country !== null && country !== city) keys.push(`${k}|city|${country}`);
  return keys;
}

export class PlaceIndex<T> {
  private readonly buckets = new Map<string, Set<T>>();
  private readonly filed = new Map<T, string[]>();

  /** Files `item` under `where`, in place of where it was filed before. */
  file(item: T, where: Filed): void {
    this.remove(item);
    const keys = keysOf(where);
    for (const key of keys) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.add(item);
      else this.buckets.set(key, new Set([item]));
    }
    this.filed.set(item, keys);
  }

  remove(item: T): void {
    const keys = this.filed.get(item);
    if (keys === undefined) return;
    for (const key of keys) this.buckets.get(key)?.delete(item);
    this.filed.delete(item);
  }

  /**
   * The buckets that together hold every item of the same kind (call or not) whose place agrees
   * with `where`; an item may be in more than one of them. For callers that visit each item
   * once by a mark of their own (or gather them in a Set).
   */
  bucketsAgreeing(where: Filed): Set<T>[] {
    const found: Set<T>[] = [];
    for (const key of agreeingKeys(where)) {
      const bucket = this.buckets.get(key);
      if (bucket) found.push(bucket);
    }
    return found;
  }
}
