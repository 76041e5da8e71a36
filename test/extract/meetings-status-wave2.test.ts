import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Status and dates of the second wave: structures that recur across the first-look diagnoses,
// in sentences of our own. Thursday 05.03.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-03-05') => extract({title: 'Diplomatie', text, published}).meetings;

describe('consent told in the past, the meeting ahead', () => {
  it('reads talks in a zu-infinitive after "hatte zugestimmt" as planned on the coming Friday, not held on the last', () => {
    const text = 'Medienberichten zufolge hatte Brüssel zugestimmt, die Verhandlungen mit Bern am Freitag in Genf abzuhalten.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Genf', status: 'planned', start: '2026-03-06'}]);
  });

  it('reads the same after "habe eingewilligt"', () => {
    const text = 'Laut einer Zeitung habe Ankara eingewilligt, die Beratungen mit Athen am Samstag in Wien abzuhalten.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Wien', status: 'planned', start: '2026-03-07'}]);
  });
});

describe('"sollte" with a weekday and its time of day', () => {
  it('reads "sollte am Donnerstagabend … empfangen werden" as the plan of the past, planned', () => {
    const text = 'Ministerpräsidentin Frederiksen sollte am Donnerstagabend von Tusk in Warschau empfangen werden.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Warschau', status: 'planned', start: '2026-03-05'}]);
  });
});

describe('a meeting asked for', () => {
  it('reads a call "angefragt" for a day as proposed', () => {
    const text = 'Nach Angaben aus Regierungskreisen sei für Freitagabend ein Telefonat von Tusk mit Merz angefragt worden.';
    expect(meetingsOf(text)).toMatchObject([{kind: 'call', status: 'proposed', start: '2026-03-06'}]);
  });

  it('reads "hat um ein Treffen … gebeten" as proposed, not a meeting held on the day of the report', () => {
    expect(meetingsOf('Sikorski hat um ein Treffen mit Lawrow in Genf gebeten.')).toMatchObject([{place: 'Genf', status: 'proposed', start: null}]);
  });
});

describe('days gone by', () => {
  it('leaves calls made "in den vergangenen Tagen" undated, not a week of days nor the day of the report', () => {
    const text = 'Tusk und Sánchez hatten in den vergangenen Tagen zweimal miteinander telefoniert.';
    expect(meetingsOf(text)).toMatchObject([{kind: 'call', status: 'held', start: null, precision: 'unknown'}]);
  });

  it('leaves talks held "in den letzten Tagen" undated', () => {
    expect(meetingsOf('In den letzten Tagen hatten Kallas und Sikorski in Wien verhandelt.')).toMatchObject([{place: 'Wien', status: 'held', start: null}]);
  });

  it('keeps "in den kommenden Tagen" the week ahead', () => {
    expect(meetingsOf('Kallas und Sikorski wollen sich in den kommenden Tagen in Wien treffen.')).toMatchObject([{place: 'Wien', status: 'planned', start: '2026-03-06', end: '2026-03-12'}]);
  });
});

describe('talks under way since a day', () => {
  it('reads talks "seit vergangenem Montag" in the present as ongoing since that Monday', () => {
    const text = 'Die Unterhändler von Serbien und Kosovo verhandeln seit vergangenem Montag in Genf über ein Abkommen.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Genf', status: 'ongoing', start: '2026-03-02'}]);
  });

  it('keeps talks that "hatten seit Montag verhandelt" held', () => {
    const text = 'Die Unterhändler von Serbien und Kosovo hatten seit Montag in Genf verhandelt.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Genf', status: 'held'}]);
  });
});

describe('an encounter of the evening before', () => {
  it('reads a visit whose host "traf am Mittwochabend" the guests as held, though the headline tells it in the present', () => {
    const text = 'Am Mittwochabend traf Präsident Nausėda in Vilnius die französischen Gesandten Bonne und Barrot. Es ging um die Lage im Baltikum.';
    const {meetings} = extract({title: 'Nausėda empfängt Bonne und Barrot in Vilnius', text, published: '2026-03-05'});
    expect(meetings).toMatchObject([{place: 'Vilnius', status: 'held', start: '2026-03-04'}]);
  });
});

describe('an arrival the evening before', () => {
  it('keeps a visit whose guest "traf am Mittwochabend … ein" going on', () => {
    const text = 'Am Mittwochabend traf die Delegation unter Leitung von Außenminister Barrot in Vilnius ein.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Vilnius', status: 'ongoing', start: '2026-03-04'}]);
  });
});

describe('the hour of a meeting told before', () => {
  it('dates "dass die Gespräche um 9 Uhr … beginnen sollen" on the day told before, not on the day of the statement', () => {
    const text = 'Polen und Litauen werden am Freitag in Genf Gespräche führen. Außenminister Sikorski teilte am Donnerstag mit, dass die Gespräche um 9 Uhr im Hotel beginnen sollen.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Genf', status: 'planned', start: '2026-03-06'}]);
  });
});
