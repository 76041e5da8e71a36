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

describe('a meeting of the past named in a plan', () => {
  it('reads "das gestrige Treffen" as held and dates it, whatever the clause plans', () => {
    expect(meetingsOf('Die Videokonferenz mit Tusk werde am Freitag an das gestrige Treffen von Scholz und Meloni in Rom anknüpfen.')).toMatchObject([
      {status: 'planned', start: '2026-03-06'},
      {status: 'held', place: 'Rom', start: '2026-03-04', participants: ['Olaf Scholz', 'Giorgia Meloni']},
    ]);
  });

  it('reads every meeting listed after "folgt auf" as over ("folgt auf Gespräche … sowie ein Treffen …")', () => {
    const [, second] = meetingsOf('Die Konferenz folgt auf Gespräche zwischen Scholz und Tusk in Warschau sowie ein Treffen von Merz mit Meloni in Rom.');
    expect(second).toMatchObject({status: 'held', place: 'Rom'});
  });
});

describe('possible, announced and begun', () => {
  it('reads a meeting named as a possibility ("Wahrscheinlichkeit eines Treffens") as proposed', () => {
    expect(meetingsOf('Es gebe eine hohe Wahrscheinlichkeit eines Treffens von Scholz und Tusk in der kommenden Woche.')).toMatchObject([{status: 'proposed', participants: ['Olaf Scholz', 'Donald Tusk']}]);
  });

  it('leaves the calls in which the possibility was discussed held', () => {
    const calls = meetingsOf('Die Möglichkeit eines Treffens von Scholz und Tusk sei in Telefonaten zwischen Merz und Meloni erörtert worden.').filter(m => m.kind === 'call');
    expect(calls).toMatchObject([{status: 'held', participants: ['Friedrich Merz', 'Giorgia Meloni']}]);
  });

  it('reads "würden am Montag … sprechen" of reported speech as planned', () => {
    expect(meetingsOf('Scholz und Tusk würden am Montag erneut miteinander sprechen, fügte ein Sprecher hinzu.')).toMatchObject([{status: 'planned', start: '2026-03-09'}]);
  });

  it('reads "beginnt am Abend" of the report\'s day as planned when the report gives no hour', () => {
    expect(meetingsOf('Der EU-Gipfel in Brüssel beginnt am Donnerstagabend mit einem Abendessen.')).toMatchObject([{status: 'planned', start: '2026-03-05'}]);
    expect(meetingsOf('Der EU-Gipfel in Brüssel beginnt am Donnerstagabend mit einem Abendessen.', '2026-03-05T20:30:00+01:00')).toMatchObject([{status: 'ongoing'}]);
  });
});

describe('a background lead in the past', () => {
  it('reads talks someone "organisierten" or "vermittelte" as held, not under way', () => {
    expect(meetingsOf('Die Franzosen organisierten Verhandlungen zwischen Scholz und Tusk in Genf, um den Streit zu beenden.')).toMatchObject([{status: 'held', place: 'Genf'}]);
    expect(meetingsOf('Norwegen vermittelte Gespräche zwischen Scholz und Tusk in Oslo.')).toMatchObject([{status: 'held', place: 'Oslo'}]);
  });
});

describe('a status quoted', () => {
  it('reads a short lower-case quotation that ends the clause as part of it (Das Treffen sei „im Gange“, …)', () => {
    const text = 'Scholz und Tusk haben sich am Donnerstag in Genf getroffen. Das Treffen sei „im Gange“, erfuhr die Agentur aus Kreisen der Delegationen.';
    expect(meetingsOf(text)).toMatchObject([{status: 'ongoing', place: 'Genf', start: '2026-03-05'}]);
  });
});
