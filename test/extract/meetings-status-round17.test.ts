import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Background told beside the day's news, and tense and mood that tell a meeting's status (set AP).
// Tested in sentences of our own.
// Monday 07.12.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-12-07') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a past meeting named as the time of what the lead tells', () => {
  it('leaves the summit of "Seit dem Gipfel in Oslo ist wenig geschehen" held and undated, beside the day\'s visit', () => {
    const meetings = meetingsOf('Lula empfängt Ruto heute in Brasília. Seit dem Gipfeltreffen von Lula und Modi in Oslo ist wenig geschehen.');
    expect(meetings.find(m => m.place === 'Oslo')).toMatchObject({status: 'held', start: null, precision: 'unknown'});
  });

  it('keeps talks "seit Beginn der Gespräche" the day\'s news', () => {
    expect(meetingsOf('Seit Beginn der Gespräche in Genf am Morgen gibt es kaum Neuigkeiten.')).toMatchObject([{place: 'Genf', start: '2026-12-07'}]);
  });

  it('leaves a summit "Vor dem Gipfel in Oslo hatten … gehofft" undated: the pluperfect sets it in the past', () => {
    expect(meetingsOf('Vor dem Gipfel in Oslo hatten die Skandinavier auf einen Durchbruch gehofft.')).toMatchObject([{place: 'Oslo', status: 'held', start: null}]);
  });

  it('leaves a summit "Beim Gipfel in Oslo hatte X Y getroffen" undated background', () => {
    expect(meetingsOf('Beim Gipfel in Oslo hatte Lula den kenianischen Präsidenten Ruto getroffen.')).toMatchObject([{place: 'Oslo', status: 'held', start: null}]);
  });

  it('leaves "einem kürzlichen Telefonat" undated: recently is not the day of the report', () => {
    expect(meetingsOf('Merz berichtete außerdem von einem kürzlichen Telefonat mit Tusk.')).toMatchObject([{kind: 'call', status: 'held', start: null}]);
  });
});

describe('a plan told in the pluperfect', () => {
  it('dates "hatte geplant, am Dienstag nach Rom zu fliegen" on the nearest Tuesday, here the day before', () => {
    expect(meetingsOf('Außenminister Sikorski hatte geplant, am Dienstag nach Rom zu fliegen.', '2026-12-09')).toMatchObject([{place: 'Rom', start: '2026-12-08'}]);
  });
});

describe('a wish told with an infinitive', () => {
  it('reads no summit held in "will den Streit mit einem Gipfeltreffen beenden"', () => {
    expect(meetingsOf('Merz will den Streit mit Tusk mit einem Gipfeltreffen beenden.').filter(m => m.status === 'held')).toEqual([]);
  });
});

describe('a length told in the present', () => {
  it('reads "telefonieren fast zwei Stunden" as a call held: its length is known once it is over', () => {
    expect(meetingsOf('Merz und Tusk telefonieren fast zwei Stunden.')).toMatchObject([{kind: 'call', status: 'held', start: '2026-12-07'}]);
  });

  it('keeps "verhandeln seit zwei Stunden" under way', () => {
    expect(meetingsOf('Merz und Tusk verhandeln seit zwei Stunden in Warschau.')).toMatchObject([{place: 'Warschau', status: 'ongoing'}]);
  });
});
