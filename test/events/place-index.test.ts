import {describe, expect, it} from 'vitest';
import {PlaceIndex, type Filed} from '../../source/events/place-index.js';
import {placesAgree} from '../../source/events/places.js';

// Places as reports name them: cities, their countries, a venue (Mar-a-Lago stands for Palm Beach),
// a country alone, and none.
const wheres: Array<Pick<Filed, 'place' | 'country'>> = [
  {place: 'Genf', country: 'Schweiz'},
  {place: 'Schweiz', country: 'Schweiz'},
  {place: 'Bürgenstock', country: 'Schweiz'},
  {place: 'Riad', country: 'Saudi-Arabien'},
  {place: 'Mar-a-Lago', country: 'USA'},
  {place: 'Palm Beach', country: 'USA'},
  {place: 'USA', country: 'USA'},
  {place: 'Miami', country: 'USA'},
  {place: null, country: null},
  {place: null, country: 'USA'},
];
const kinds = ['talks', 'call', 'summit'];
const all: Filed[] = kinds.flatMap(kind => wheres.map(where => ({...where, kind})));

/** Every item the index's buckets for `where` hold, each once. */
const agreeing = <T>(index: PlaceIndex<T>, where: Filed) => new Set(index.bucketsAgreeing(where).flatMap(bucket => [...bucket]));

describe('the place index: the events a report is compared with', () => {
  const index = new PlaceIndex<number>();
  all.forEach((where, i) => index.file(i, where));

  it('finds every event of the same kind of contact whose place agrees, and no other', () => {
    for (const query of all) {
      const found = agreeing(index, query);
      const expected = all.flatMap((where, i) => ((where.kind === 'call') === (query.kind === 'call') && placesAgree(where, query) ? [i] : []));
      expect([...found].sort((a, b) => a - b), JSON.stringify(query)).toEqual(expected);
    }
  });

  it('files an event again where its place moved, and forgets a removed one', () => {
    const moving = new PlaceIndex<string>();
    moving.file('e', {place: 'Schweiz', country: 'Schweiz', kind: 'talks'});
    moving.file('e', {place: 'Riad', country: 'Saudi-Arabien', kind: 'talks'});
    const inGenf = agreeing(moving, {place: 'Genf', country: 'Schweiz', kind: 'talks'});
    expect([...inGenf]).toEqual([]);
    const inRiad = agreeing(moving, {place: 'Riad', country: 'Saudi-Arabien', kind: 'summit'});
    expect([...inRiad]).toEqual(['e']);
    moving.remove('e');
    const anywhere = agreeing(moving, {place: null, country: null, kind: 'talks'});
    expect([...anywhere]).toEqual([]);
  });
});
