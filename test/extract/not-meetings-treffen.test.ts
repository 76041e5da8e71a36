import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

const meetingsOf = (text: string) => extract({title: 'Ukraine-Diplomatie', text, published: '2026-03-04T10:00:00+01:00'}).meetings;

describe('"treffen" as making a decision or an arrangement', () => {
  it('reports no meeting for decisions or arrangements someone makes', () => {
    expect(meetingsOf('Die letzten Entscheidungen über den Entwurf treffen am Ende Merz und Macron.')).toEqual([]);
    expect(meetingsOf('Über die Gebietsfragen wurde bislang keine Vereinbarung getroffen, sagte Umerow.')).toEqual([]);
    expect(meetingsOf('Die Regierung in Warschau traf Vorkehrungen für den Besuch.').filter(m => m.kind === 'talks')).toEqual([]);
  });

  it('still reports a meeting that keeps its "sich" or its partner', () => {
    expect(meetingsOf('Merz und Macron trafen sich am Montag in Paris und trafen eine Vereinbarung über Hilfen.')).toMatchObject([{place: 'Paris', start: '2026-03-02', status: 'held'}]);
    expect(meetingsOf('Rubio traf am Dienstag in Riad mit Lawrow zusammen; eine Entscheidung fiel nicht.')).toMatchObject([{place: 'Riad', start: '2026-03-03', status: 'held'}]);
  });
});
