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

describe('a meeting told before the news', () => {
  it('keeps "Gestern hatte er sich bereits mit X getroffen" apart from the day\'s meeting with another', () => {
    const text = 'Nach einem Treffen mit Präsident Stubb in Helsinki sagte Wadephul, eine Lösung sei möglich. Gestern hatte er sich bereits mit Tusk getroffen.';
    expect(meetingsOf(text)).toMatchObject([
      {place: 'Helsinki', start: '2026-03-05', participants: ['Alexander Stubb', 'Johann Wadephul']},
      {place: null, start: '2026-03-04', status: 'held', participants: ['Johann Wadephul', 'Donald Tusk']},
    ]);
  });
});

describe('a meeting in prospect named again', () => {
  it('reads "bei dem möglichen Treffen" as the meeting in prospect just told, not one dated by "jetzt"', () => {
    const text = 'Merz stellte ein Treffen mit Macron in Paris in Aussicht, es solle in zwei Wochen stattfinden. Auch jetzt ist unklar, ob Tusk bei dem möglichen Treffen dabei sein wird.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Paris', status: 'proposed', start: null, participants: ['Friedrich Merz', 'Emmanuel Macron']}]);
  });
});

describe('the next meeting ahead', () => {
  it('keeps "werde X dann mit Z sprechen" after X\'s planned talks with Y as a meeting of its own', () => {
    const text = 'Am Montag soll Wadephul in Paris mit Barrot verhandeln. Im Verlauf der Woche werde Wadephul dann mit Tusk sprechen.';
    expect(meetingsOf(text)).toMatchObject([
      {place: 'Paris', start: '2026-03-09', participants: ['Johann Wadephul', 'Jean-Noël Barrot']},
      {place: null, status: 'planned', participants: ['Johann Wadephul', 'Donald Tusk']},
    ]);
  });
});

describe('convening', () => {
  it('reads "ruft die Koalition der Willigen für Montag in den Élysée-Palast" as a summit there', () => {
    expect(meetingsOf('Macron ruft die Koalition der Willigen für Montag in den Élysée-Palast.')).toMatchObject([{kind: 'summit', place: 'Paris', status: 'planned', start: '2026-03-09'}]);
  });

  it('does not read a call to believers or an appeal as convening', () => {
    expect(meetingsOf('Der Papst ruft die Gläubigen nach Rom.')).toEqual([]);
    expect(meetingsOf('Macron ruft die Minister zu Besonnenheit auf.')).toEqual([]);
  });
});
