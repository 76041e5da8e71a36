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

describe('findActors: an office Germany shares with Austria or Switzerland, named bare', () => {
  const on = (text: string) => findActors(text, new Date('2025-09-14T10:00:00+02:00'), gazetteer).actors.map(actor => actor.name).sort();

  it('is the Austrian chancellor when the article names him and no German one', () => {
    expect(on('Bundeskanzler Christian Stocker telefonierte am Montag mit Selenskyj. Der Kanzler versprach weitere Hilfe für die Ukraine.')).toEqual(['Christian Stocker', 'Wolodymyr Selenskyj']);
  });

  it('is the Swiss president when the article names her', () => {
    expect(on('Bundespräsidentin Karin Keller-Sutter lud nach Genf ein. Der Bundespräsident Deutschlands war nicht eingeladen, hieß es.')).not.toContain('Frank-Walter Steinmeier');
    expect(on('Karin Keller-Sutter lud nach Genf ein. Der Bundespräsident betonte die Neutralität.')).toEqual(['Karin Keller-Sutter']);
  });

  it('stays the German holder when the article names him too, or names nobody', () => {
    expect(on('Friedrich Merz und der österreichische Bundeskanzler Christian Stocker trafen sich in Berlin. Der Kanzler sagte, man sei sich einig.')).toEqual(['Christian Stocker', 'Friedrich Merz']);
    expect(on('Der Kanzler sagte, man sei sich einig.')).toEqual(['Friedrich Merz']);
  });
});
