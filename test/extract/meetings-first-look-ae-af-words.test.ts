import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Meeting words and event identity that the thirteenth round's first-look sets AE and AF showed
// talkwatch reading wrong, in sentences of our own. Thursday 05.03.2026 unless a test gives
// another day.
const meetingsOf = (text: string, published = '2026-03-05') => extract({title: 'Diplomatie', text, published}).meetings;

describe('seeing each other', () => {
  it('reads "hatten sich in Genf gesehen" as a meeting held there', () => {
    expect(meetingsOf('Merz und Macron hatten sich zuletzt im Januar in Paris gesehen.')).toMatchObject([{kind: 'talks', place: 'Paris', status: 'held', start: '2026-01-01', precision: 'month'}]);
  });

  it('does not read "sich gezwungen gesehen" or a sight seen as a meeting', () => {
    expect(meetingsOf('Die Regierung hat sich in Berlin gezwungen gesehen, zu handeln.')).toEqual([]);
    expect(meetingsOf('Er hat in Berlin viel gesehen.')).toEqual([]);
  });
});
