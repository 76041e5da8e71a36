import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';
import {findPlaces, stationsAfter} from '../../source/extract/places.js';
import {statusCue} from '../../source/extract/status.js';

// Saturday 20.12.2025, evening, Berlin time.
const published = '2025-12-20T21:16:00+01:00';
const meetingsOf = (text: string) => extract({title: 'Diplomatie', text, published}).meetings;

describe('places in a row are stations of their own', () => {
  it('finds the places that continue a list after the first', () => {
    const text = 'Der Kanzler reist nach Warschau, Vilnius und in die estnische Hauptstadt Tallinn.';
    const [first] = findPlaces(text);
    expect(stationsAfter(text, first!).map(p => p.name)).toEqual(['Vilnius', 'Tallinn']);
  });

  // The place names' pattern is one shared global RegExp: a list read up to a place that is no
  // station must not change where the next text's places are looked for.
  it('finds every place of a text read after a list that stopped before its last place', () => {
    const list = 'Er reist nach Warschau, Vilnius und Tallinn; am Freitag ist er wieder in Berlin.';
    const [first] = findPlaces(list);
    expect(stationsAfter(list, first!).map(p => p.name)).toEqual(['Vilnius', 'Tallinn']);
    expect(findPlaces('Gespräche in Genf, danach in Wien').map(p => p.name)).toEqual(['Genf', 'Wien']);
  });

  it('makes a journey to three countries three visits', () => {
    expect(meetingsOf('Merz will kommende Woche nach Polen, Litauen und in die Türkei reisen.').map(m => [m.place, m.start, m.status])).toEqual([
      ['Polen', '2025-12-22', 'planned'],
      ['Litauen', '2025-12-22', 'planned'],
      ['Türkei', '2025-12-22', 'planned'],
    ]);
  });

  it('reads "erst in X, dann in Y" after a dash as two earlier rounds', () => {
    expect(meetingsOf('Zuletzt hatte es mehrfach Verhandlungen gegeben – erst in Riad, dann in Istanbul.').map(m => [m.place, m.status])).toEqual([
      ['Riad', 'held'],
      ['Istanbul', 'held'],
    ]);
  });

  it('keeps "in X oder Y" one meeting whose venue is not chosen yet', () => {
    expect(meetingsOf('Ein Treffen der Unterhändler in Genf oder Wien ist möglich.')).toHaveLength(1);
  });
});

describe('an expectation told as past', () => {
  it('reads a meeting someone "hatte … gerechnet" with as one that did not come', () => {
    expect(statusCue('Er hatte mit neuen Verhandlungen Anfang Januar gerechnet')).toBe('cancelled');
  });
});

describe('one host, several guests', () => {
  it('makes "werde zudem bilateral X treffen sowie Y" one meeting with each guest, where and when the first one is', () => {
    const meetings = meetingsOf('Merz trifft am Montag in Brüssel den Präsidenten Selenskyj. Merz werde zudem bilateral die italienische Regierungschefin Giorgia Meloni treffen sowie den polnischen Premier Donald Tusk, hieß es in Berlin.');
    expect(meetings.map(m => [m.place, m.start, [...m.participants].sort()])).toEqual([
      ['Brüssel', '2025-12-22', ['Friedrich Merz', 'Wolodymyr Selenskyj']],
      ['Brüssel', '2025-12-22', ['Friedrich Merz', 'Giorgia Meloni']],
      ['Brüssel', '2025-12-22', ['Donald Tusk', 'Friedrich Merz']],
    ]);
  });
});
