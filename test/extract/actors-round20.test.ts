import {describe, expect, it} from 'vitest';
import {findActors} from '../../source/extract/actors.js';
import {loadGazetteer} from '../../source/extract/gazetteer.js';

// Caption credits in brackets, round 20: photographers and agencies parted by slashes.
const gazetteer = loadGazetteer();
const published = new Date('2026-12-14T10:00:00+01:00');
const names = (text: string) => findActors(text, published, gazetteer).actors.map(actor => actor.name).sort();

describe('findActors: a caption credit in brackets', () => {
  it.each([
    'Selenskyj und Merz vor dem Kanzleramt. (AP / Evelyn Blendwerk)',
    'Selenskyj und Merz vor dem Kanzleramt. (Evelyn Blendwerk / POOL AFP / AP / dpa / Evelyn Blendwerk)',
    // Cut off at the line's end, as a page's excerpt may be.
    'Selenskyj und Merz vor dem Kanzleramt. (Evelyn Blendwerk / KEYSTONE / dpa / Evel',
  ])('leaves out the photographer: %s', caption => {
    expect(names(`${caption}\n\nDie beiden sprachen lange über die Waffenruhe.`)).toEqual(['Friedrich Merz', 'Wolodymyr Selenskyj']);
  });

  it('keeps people named in brackets that are no credit', () => {
    expect(names('Der Gast (Evelyn Blendwerk) sprach mit Merz / Selenskyj war zugeschaltet.')).toContain('Evelyn Blendwerk');
  });
});
