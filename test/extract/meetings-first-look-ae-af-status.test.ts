import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// How first-look sets AE and AF (test/fixtures/firstlook-ae, -af) showed talkwatch reading a
// meeting's status or time wrong, in sentences of our own. Thursday 05.03.2026 unless a test
// gives another day.
const meetingsOf = (text: string, published = '2026-03-05') => extract({title: 'Diplomatie', text, published}).meetings;

describe('the tense of a clause', () => {
  it('does not read a town beginning with "Ist" as the auxiliary "ist"', () => {
    // "in Istanbul zu Gesprächen" is no "ist … gesprochen": the Friday is ahead.
    expect(meetingsOf('Es werde erwartet, dass Rubio und Lawrow sich am Freitag in Istanbul zu Gesprächen treffen.')).toMatchObject([{place: 'Istanbul', status: 'planned', start: '2026-03-06'}]);
  });
});

describe('a present tense of stance or report', () => {
  it('reads a meeting the present "bestätigt" as its object as held, not under way', () => {
    expect(meetingsOf('Die Regierung in Warschau bestätigt ein Treffen des Gesandten Kellogg mit Tusk.')).toMatchObject([{status: 'held', participants: expect.arrayContaining(['Keith Kellogg', 'Donald Tusk'])}]);
    expect(meetingsOf('Die Regierung in Warschau bestätigt ein Treffen von Tusk mit Orbán am Freitag.')).toMatchObject([{status: 'planned', start: '2026-03-06'}]);
  });

  it('reads someone "offen" for a meeting as proposed, the word quoted or not', () => {
    expect(meetingsOf('Die Regierung erklärte, dass Tusk „offen“ für ein Treffen mit Orbán in der kommenden Woche sei.')).toMatchObject([{status: 'proposed', participants: expect.arrayContaining(['Donald Tusk', 'Viktor Orbán'])}]);
    expect(meetingsOf('Die Regierung erklärte, dass Tusk "offen" für ein Treffen mit Orbán sei.').filter(m => m.status === 'ongoing')).toEqual([]);
  });
});

describe('a Perfekt of the report\'s day', () => {
  it('reads "sind am Donnerstag zusammengekommen" on that Thursday as held, arriving as still there', () => {
    expect(meetingsOf('Vertreter Armeniens und Aserbaidschans sind am Donnerstag in Tiflis zusammengekommen.')).toMatchObject([{place: 'Tiflis', status: 'held', start: '2026-03-05'}]);
    expect(meetingsOf('Vertreter Armeniens und Aserbaidschans sind in Tiflis zusammengekommen.')).toMatchObject([{place: 'Tiflis', status: 'ongoing'}]);
  });
});

describe('talks taken up', () => {
  it('reads "nahmen … Gespräche auf" of the report\'s day as under way', () => {
    // The arrival told after it in the past ("trafen … ein") does not make the talks over.
    expect(meetingsOf('In Genf nahmen Rubio und Lawrow zum dritten Mal Gespräche unter Vermittlung der Schweiz auf, wie Staatsmedien berichteten. Mehrere Konvois der Delegationen trafen an der Botschaft ein.')).toMatchObject([{place: 'Genf', status: 'ongoing'}]);
  });
});
