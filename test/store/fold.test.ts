import {describe, expect, it} from 'vitest';
import {foldForIndex} from '../../source/store/fold.js';

// The spellings a reader without umlaut keys types must be in the indexed text.
const extraWords = (text: string) => foldForIndex(text).slice(text.length).trim().split(' ').filter(Boolean);

describe('foldForIndex', () => {
  it('adds the ae/oe/ue/ss spelling of every word with an umlaut, whole words only', () => {
    expect(extraWords('Die Gespräche über Grenzfragen beginnen an der Straße nach Süden.')).toEqual(['Gespraeche', 'ueber', 'Strasse', 'Sueden']);
  });

  it('finds words at the very start and end, next to digits, dashes and quotes', () => {
    expect(extraWords('Übermorgen „Friedensgespräch“ in Köln2 – Außenminister-Treffen, Ölpreis')).toEqual([
      'Uebermorgen',
      'Friedensgespraech',
      'Koeln2',
      'Aussenminister',
      'Oelpreis',
    ]);
  });

  it('keeps letters of other scripts and accents inside the word', () => {
    expect(extraWords('Café-Gespräch mit Łukaszenkos Außenamt')).toEqual(['Gespraech', 'Aussenamt']);
  });

  it('leaves a text without umlauts as it is', () => {
    expect(foldForIndex('Treffen in Genf am Montag')).toBe('Treffen in Genf am Montag');
  });
});
