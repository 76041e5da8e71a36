import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Meetings dropped or only offered, the "jetzt" of a plan, and a return trip's home: the second
// wave of round 17, from set AQ's diagnosis. Tested in sentences of our own.
// Monday 07.12.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-12-07') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a meeting dropped', () => {
  it('reads "wird nicht an einem Treffen mit X in Y teilnehmen" as cancelled, with no date from "Jetzt"', () => {
    const meetings = meetingsOf('Jetzt fliegt der Gesandte Peter Brandt zurück und nimmt nicht an einem Treffen mit Präsident Andrzej Duda in Warschau teil.');
    expect(meetings).toMatchObject([{place: 'Warschau', status: 'cancelled', start: null}]);
  });

  it('keeps a summit someone stays away from planned ("an dem Gipfel nicht teilnehmen")', () => {
    expect(meetingsOf('Olaf Scholz wird am Donnerstag an dem Gipfel in Brüssel nicht teilnehmen.')).toMatchObject([{place: 'Brüssel', status: 'planned'}]);
  });

  it('reads a journey not made to meet someone ("nicht nach X weiterreisen, um Y zu treffen") as cancelled', () => {
    expect(meetingsOf('Die Gesandten werden nicht nach Prag weiterreisen, um Petr Fiala zu treffen.')).toMatchObject([{place: 'Prag', status: 'cancelled'}]);
  });

  it('takes the venue of the meeting, not the home of a return trip ("tritt die Heimreise nach … an")', () => {
    expect(meetingsOf('Peter Brandt tritt die Heimreise nach Kanada an und nimmt nicht an einem Treffen mit Andrzej Duda in Warschau teil.')).toMatchObject([{place: 'Warschau', status: 'cancelled'}]);
  });
});

describe('a visit something else follows', () => {
  it('reads "Nach dem Besuch in X werden … <Infinitiv>" as a visit still ahead', () => {
    expect(meetingsOf('Nach dem Besuch in Prag werden Anna Weber und Jan Meier die Vorbereitungen für eine Konferenz aufnehmen.')[0]).toMatchObject({place: 'Prag', status: 'planned'});
  });

  it('keeps a meeting over when only a passive follows ("Nach dem Treffen in X wird … erwartet")', () => {
    expect(meetingsOf('Nach dem Treffen in Prag wird heute eine Delegation in Wien erwartet.')[0]).toMatchObject({place: 'Prag', status: 'held'});
  });
});

describe('an offer to host', () => {
  it('reads "als Gastgeber … bereitstehe" as a proposal', () => {
    expect(meetingsOf('Österreich hat signalisiert, dass es als Gastgeber des Gipfeltreffens zwischen Emmanuel Macron und Xi Jinping bereitstehe.')).toMatchObject([{place: 'Österreich', status: 'proposed'}]);
  });
});

describe('"jetzt" of a plan', () => {
  it('gives a meeting planned "jetzt" no date of the report\'s day', () => {
    expect(meetingsOf('Nach langen Telefonaten soll es jetzt zu einem Treffen von Giorgia Meloni und Keir Starmer in Rom kommen.')).toMatchObject([{place: 'Rom', status: 'planned', start: null}]);
  });

  it('still dates talks begun "jetzt" on the report\'s day', () => {
    expect(meetingsOf('Jetzt haben die Gespräche in Genf begonnen.')).toMatchObject([{place: 'Genf', status: 'ongoing', start: '2026-12-07'}]);
  });
});

describe('a time of a day named', () => {
  it('dates "am Mittwoch in der Nacht" on that Wednesday alone, not from the report\'s day', () => {
    expect(meetingsOf('Olaf Scholz will am Mittwoch in der Nacht nach Paris fliegen.', '2025-05-30')).toMatchObject([{place: 'Paris', start: '2025-06-04', end: null, precision: 'day'}]);
  });
});

describe('a town named after its country\'s genitive', () => {
  it('takes the town of "in Polens Hafenstadt Danzig" as the venue', () => {
    expect(meetingsOf('Die Außenminister berieten am Montag in Polens Hafenstadt Danzig.')).toMatchObject([{place: 'Danzig', start: '2026-12-07'}]);
  });
});
