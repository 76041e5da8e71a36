import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// The status of meetings as the twelfth round's first-look sets AA to AD (test/fixtures/firstlook-aa
// … -ad) showed talkwatch reading it wrong, in sentences of our own. Thursday 05.03.2026 unless a
// test gives another day.
const meetingsOf = (text: string, published = '2026-03-05') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a plan told at the end of a long clause', () => {
  it('keeps "geplant" after a name in apposition in the clause of the meeting', () => {
    expect(meetingsOf('Der Regierung zufolge sind in Genf zudem Gespräche zwischen Merz und dem Sondergesandten für Handel, Emmanuel Macron, geplant.')).toMatchObject([{status: 'planned', place: 'Genf', participants: ['Friedrich Merz', 'Emmanuel Macron']}]);
  });

  it('reads two adjectives joined by a comma as one noun phrase ("ein weiteres, größeres Treffen")', () => {
    expect(meetingsOf('Nach der Konferenz lobte Scholz die Fortschritte und kündigte Pläne für ein weiteres, größeres Treffen mit Meloni Ende Mai an.')).toMatchObject([{status: 'planned', start: '2026-05-21', participants: expect.arrayContaining(['Giorgia Meloni'])}]);
  });
});
