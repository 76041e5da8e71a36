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

describe('the day of an announcement', () => {
  it('is not given to the meeting announced for later', () => {
    // Friday 6 March: "am Dienstag" is when it was said, not when the talks take place.
    const said = (text: string) => extract({title: 'Diplomatie', text, published: '2026-03-06T10:00:00+01:00'}).meetings;
    expect(said('Am Dienstag kündigte Merz an, dass die nächsten Gespräche in Genf bald stattfinden würden.')).toMatchObject([{place: 'Genf', start: null, precision: 'unknown'}]);
    expect(said('Merz bestätigte am Dienstag, die nächste Runde in Istanbul solle bald folgen.').map(m => m.start)).not.toContain('2026-03-10');
    // A date of the meeting itself still counts.
    expect(said('Am Dienstag kündigte Merz an, die Gespräche würden am Freitag in Genf stattfinden.')).toMatchObject([{place: 'Genf', start: '2026-03-06'}]);
  });
});

describe('a meeting named as the occasion at the start of a sentence', () => {
  it('takes its status from the tense, not from what was agreed at it ("Bei ihrer ersten Runde … hatten … vereinbart")', () => {
    const at = (text: string) => extract({title: 'Diplomatie', text, published: '2026-03-06T10:00:00+01:00'}).meetings;
    expect(at('Bei ihrer ersten Runde in Riad am 3. Februar hatten beide Seiten eine Feuerpause vereinbart.')).toMatchObject([{place: 'Riad', start: '2026-02-03', status: 'held'}]);
    // A plan said of the occasion still plans it.
    expect(at('Beim Treffen in Paris am Donnerstag soll über Garantien gesprochen werden.')).toMatchObject([{place: 'Paris', status: 'planned'}]);
  });
});

describe('an agency dateline', () => {
  const of = (text: string) => extract({title: 'Diplomatie', text, published: '2026-03-06T10:00:00+01:00'}).meetings;

  it('places a meeting named only by its country in the dateline city of that country', () => {
    expect(of('PEKING (Agentur) - Merz ist zu einem zweitägigen Besuch in China eingetroffen.')).toMatchObject([{place: 'Peking', country: 'China'}]);
  });

  it('leaves other countries, and datelines of two towns, alone', () => {
    expect(of('PEKING (Agentur) - Merz reist am Montag nach Japan.')).toMatchObject([{place: 'Japan'}]);
    expect(of('KIEW/BERLIN (dpa) - Merz ist zu einem Besuch in der Ukraine eingetroffen.')).toMatchObject([{place: 'Ukraine'}]);
  });
});

describe('a count of meetings', () => {
  const of = (text: string) => extract({title: 'Diplomatie', text, published: '2026-03-06T10:00:00+01:00'}).meetings;

  it('does not date the meeting by the period it counts in ("zum dritten Mal in diesem Jahr")', () => {
    expect(of('Rubio trifft sich zum dritten Mal in diesem Jahr mit Lawrow.')).toMatchObject([{start: '2026-03-06', precision: 'day'}]);
    expect(of('Rubio trifft sich am Abend in Riad mit Lawrow. Für Rubio ist es bereits das vierte Treffen mit Lawrow in diesem Jahr.')).toMatchObject([{place: 'Riad', start: '2026-03-06', precision: 'day'}]);
  });

  it('keeps a date that belongs to the meeting counted', () => {
    expect(of('Rubio trifft sich zum dritten Mal am Montag mit Lawrow.')).toMatchObject([{start: '2026-03-09'}]);
    expect(of('Schon die erste Begegnung Ende Februar in Riad sorgte für Aufsehen.')).toMatchObject([{place: 'Riad', start: '2026-02-21', precision: 'month-part'}]);
  });
});
