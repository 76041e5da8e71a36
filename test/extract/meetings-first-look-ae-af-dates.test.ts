import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Dates and venues that the thirteenth round's first-look sets AE and AF showed talkwatch reading
// wrong, in sentences of our own. Thursday 05.03.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-03-05') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a clock time with no day', () => {
  it('takes the day the sentence before told', () => {
    expect(meetingsOf('Die Regierungschefs wollen am Sonntag mit Kallas sprechen. Um 15.30 Uhr werde sich die Runde in einer Videoschalte treffen.')).toMatchObject([{start: '2026-03-08'}, {kind: 'call', start: '2026-03-08'}]);
    expect(meetingsOf('Die Europäer wollen sich am Sonntagnachmittag beraten. Um 15 Uhr werde sich die Gruppe in einer Videoschalte treffen.')).toMatchObject([{kind: 'call', start: '2026-03-08'}]);
  });

  it('keeps the publication day when nothing before told a day', () => {
    expect(meetingsOf('Um 15 Uhr werde sich die Gruppe in einer Videoschalte treffen.')).toMatchObject([{start: '2026-03-05'}]);
  });
});

describe('the latest meeting', () => {
  it('keeps "nach dem jüngsten Treffen" apart from the date told before, undated background', () => {
    expect(meetingsOf('Die Unterhändler waren zu Beginn der Gespräche Mitte Januar noch zuversichtlich gewesen. Nach dem jüngsten Treffen in Oslo traten jedoch Differenzen zutage.')).toMatchObject([
      {place: null, start: '2026-01-11', precision: 'month-part'},
      {place: 'Oslo', start: null, precision: 'unknown', status: 'held'},
    ]);
  });

  it('still joins the latest meeting to one told at its place', () => {
    expect(meetingsOf('Die Gespräche in Oslo am Montag waren schwierig. Nach dem jüngsten Treffen in Oslo traten jedoch Differenzen zutage.')).toMatchObject([{place: 'Oslo', start: '2026-03-02'}]);
  });
});

describe('a length told after the day talks ended', () => {
  it('spans "Die zweitägigen Gespräche" back from the day they ended, told just before', () => {
    expect(meetingsOf('Die Verhandlungen in Wien sind am Mittwoch zu Ende gegangen. Die zweitägigen Gespräche über Gefangene brachten keinen Durchbruch.')).toMatchObject([{place: 'Wien', start: '2026-03-03', end: '2026-03-04', precision: 'days'}]);
  });

  it('keeps the one day without a length', () => {
    expect(meetingsOf('Die Verhandlungen in Wien sind am Mittwoch zu Ende gegangen. Die Gespräche brachten keinen Durchbruch.')).toMatchObject([{place: 'Wien', start: '2026-03-04', precision: 'day'}]);
  });
});
