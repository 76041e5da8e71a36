import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Dates and venues that the thirteenth round's first-look sets AE and AF showed talkwatch reading
// wrong, in sentences of our own. Thursday 05.03.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-03-05') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a clock time with no day', () => {
  it('takes the day the sentence before told', () => {
    expect(meetingsOf('Die Staatschefs wollen am Sonntag mit Kallas beraten. Um 15.00 Uhr werde sich die Gruppe in einer Videoschalte treffen.')).toMatchObject([{start: '2026-03-08'}, {kind: 'call', start: '2026-03-08'}]);
    expect(meetingsOf('Die Europäer wollen sich am Sonntagnachmittag beraten. Um 15 Uhr werde sich die Gruppe in einer Videoschalte treffen.')).toMatchObject([{kind: 'call', start: '2026-03-08'}]);
  });

  it('keeps the publication day when nothing before told a day', () => {
    expect(meetingsOf('Um 15 Uhr werde sich die Gruppe in einer Videoschalte treffen.')).toMatchObject([{start: '2026-03-05'}]);
  });
});
