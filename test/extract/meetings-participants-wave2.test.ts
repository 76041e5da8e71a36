import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Participants named outside the meeting clause, widened from what sets AM, AN and AO showed, in
// sentences of our own. Thursday 05.03.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-03-05') => extract({title: 'Diplomatie', text, published}).meetings;

describe('who chairs the meeting just told', () => {
  it('adds the chairs a sentence with no meeting word names after "unter dem Vorsitz von"', () => {
    const text = 'Die Außenminister der G7 beraten am Freitag in Rom über die Lage im Nahen Osten. Unter dem Vorsitz von Italiens Außenminister Antonio Tajani und der kanadischen Ministerin Mélanie Joly soll eine gemeinsame Erklärung vorbereitet werden.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Rom', start: '2026-03-06', participants: ['Antonio Tajani', 'Mélanie Joly']}]);
  });

  it('adds the chair named after "unter der Leitung von"', () => {
    const text = 'Vertreter von rund zwanzig Staaten kommen am Montag in Oslo zu Gesprächen über den Sudan zusammen. Unter der Leitung von Norwegens Außenminister Espen Barth Eide soll ein Fahrplan erarbeitet werden.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Oslo', participants: ['Espen Barth Eide']}]);
  });

  it('adds no one but the chair: who approves a delegation "unter der Leitung" of a role stays home', () => {
    const text = 'Kallas und Sikorski beraten am Montag in Warschau über die Ostgrenze. Premier Tusk habe die Reise einer Delegation unter der Leitung des Generalstabschefs genehmigt, hieß es.';
    expect(meetingsOf(text)[0]!.participants).not.toContain('Donald Tusk');
  });
});
