import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Dates that the first-look sets AA to AD (test/fixtures/firstlook-aa … -ad) showed talkwatch
// reading wrong, in sentences of our own. Thursday 05.03.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-03-05') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a span back from the publication day', () => {
  it('dates a meeting that "liegt … zurück" by counting back', () => {
    const meetings = meetingsOf('Der Kanzler will heute mit Emmanuel Macron telefonieren. Ihr letztes Gespräch liegt schon genau drei Wochen zurück.');
    expect(meetings).toContainEqual(expect.objectContaining({status: 'held', start: '2026-02-12', precision: 'day'}));
  });

  it('does not count back a hedged number of years', () => {
    expect(meetingsOf('Der letzte Besuch von Meloni in Wien liegt über vier Jahre zurück.')).not.toContainEqual(expect.objectContaining({start: '2022-01-01'}));
  });
});

describe('a time told in the sentence before', () => {
  it('counts "Einen Monat später" from the month told before', () => {
    const meetings = meetingsOf('Im Januar hatte die Kanzlerin die Frage mit Emmanuel Macron besprochen. Einen Monat später sprach sie auch mit Giorgia Meloni in einem Gespräch darüber.');
    expect(meetings).toContainEqual(expect.objectContaining({status: 'held', start: '2026-02-01', precision: 'month'}));
  });

  it('counts "Zwei Wochen später" from the day told before', () => {
    const meetings = meetingsOf('Am 2. Februar traf der Kanzler Emmanuel Macron in Paris. Zwei Wochen später traf er Giorgia Meloni in Rom.');
    expect(meetings).toContainEqual(expect.objectContaining({place: 'Rom', start: '2026-02-16', precision: 'day'}));
  });

  it('gives the trip "Stattdessen" the day of the trip it replaces', () => {
    const meetings = meetingsOf('Außenministerin Anna Lührmann hat ihre ursprünglich für diesen Freitag geplante Reise nach Dänemark verschoben. Stattdessen wird sie nach Polen reisen, um Gespräche mit Außenminister Radosław Sikorski zu führen.');
    expect(meetings).toContainEqual(expect.objectContaining({place: 'Polen', status: 'planned', start: '2026-03-06', precision: 'day'}));
  });

  it('gives "Noch am selben Tag" the day ahead told before, past an undated visit between', () => {
    const meetings = meetingsOf('In Spanien ist am Freitag ein Treffen mit Außenminister José Manuel Albares geplant. Außerdem wird Lührmann ein Museum besuchen. Noch am selben Tag werde Lührmann in Lissabon den portugiesischen Außenminister Paulo Rangel treffen.');
    expect(meetings).toContainEqual(expect.objectContaining({place: 'Lissabon', status: 'planned', start: '2026-03-06', precision: 'day'}));
  });
});

describe('meetings that something follows on', () => {
  it('leaves both meetings after "folgt auf … sowie" undated background, not the day\'s news', () => {
    const meetings = meetingsOf('Vertreter Polens und Litauens treffen sich am Freitag zu Gesprächen in Vilnius. Die Zusammenkunft folgt auf Gespräche zwischen Premier Donald Tusk und Präsident Gitanas Nausėda in Warschau sowie ein Treffen von Kanzler Friedrich Merz mit Präsident Emmanuel Macron in Paris.');
    expect(meetings).toContainEqual(expect.objectContaining({place: 'Warschau', status: 'held', start: null, precision: 'unknown'}));
    expect(meetings).toContainEqual(expect.objectContaining({place: 'Paris', status: 'held', start: null, precision: 'unknown'}));
  });
});
