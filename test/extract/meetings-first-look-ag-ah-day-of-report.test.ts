import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// First-look sets AG and AH: the day of the report and the days it names (weekdays after a past verb
// of reporting or inviting, days of the report, dates of neighbouring clauses), in sentences of
// our own. Thursday 05.03.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-03-05') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a weekday after a past verb of reporting or inviting', () => {
  it('dates "lud … für Mittwoch … ein" on the nearest Wednesday, ahead of a Tuesday report', () => {
    expect(meetingsOf('Kanzlerin Meloni lud unterdessen für Mittwoch zu Beratungen mit Sánchez und Costa ein.', '2026-03-10')).toMatchObject([{start: '2026-03-11', precision: 'day'}]);
  });

  it('dates a meeting confirmed "hat ein Treffen … am Dienstag bestätigt" on the coming Tuesday of a Monday report', () => {
    expect(meetingsOf('Das türkische Außenministerium hat ein Treffen von Außenminister Hakan Fidan mit Kaja Kallas am Dienstag in Brüssel bestätigt.', '2026-03-09')).toMatchObject([{place: 'Brüssel', start: '2026-03-10', status: 'planned'}]);
  });

  it('keeps the day of confirming when it stands before the meeting noun', () => {
    expect(meetingsOf('Das türkische Außenministerium hat am Dienstag ein Treffen von Außenminister Hakan Fidan mit Kaja Kallas in Brüssel bestätigt.', '2026-03-09')).toMatchObject([{start: '2026-03-03'}]);
  });
});

describe('dates of neighbouring clauses', () => {
  it('does not date talks by a relative clause about another noun ("nach einer Phase statt, die … im Januar …")', () => {
    expect(meetingsOf('Die Gespräche zwischen Lawrow und Rubio in Riad fanden nach einer schwierigen Phase statt, die durch einen Streit um Zölle im Januar geprägt war.')).toMatchObject([{place: 'Riad', start: '2026-03-05', precision: 'day'}]);
    // A genitive right after the meeting word is part of its name: the relative clause is the summit's.
    expect(meetingsOf('Die Regierung setzt auf einen Gipfel der Geberländer, der Ende Mai in Madrid stattfinden soll.')).toMatchObject([{place: 'Madrid', start: '2026-05-21', precision: 'month-part'}]);
  });

  it('keeps the day of a clause with a party spaced inside its brackets ("Sánchez ( PSOE ) bei …"), not the comparison\'s', () => {
    const rome = meetingsOf('Der Antrittsbesuch von Pedro Sánchez ( PSOE ) bei Giorgia Meloni in Rom am Mittwoch verlief, anders als der Besuch von Emmanuel Macron vergangene Woche, ohne Streit.').find(m => m.place === 'Rom');
    expect(rome).toMatchObject({start: '2026-03-04', precision: 'day'});
  });
});

describe('the evening before', () => {
  it('dates a bare "am Vorabend" on the day before the report', () => {
    expect(meetingsOf('Sánchez hatte Costa am Vorabend in Madrid zu einem Abendessen empfangen.')).toMatchObject([{place: 'Madrid', start: '2026-03-04', precision: 'day', status: 'held'}]);
  });

  it('dates "Am Vorabend" at the head of a sentence on the day before the day told before', () => {
    expect(meetingsOf('Der EU-Gipfel in Brüssel beginnt am Donnerstag. Am Vorabend treffen sich die Außenminister Wadephul und Barrot in Brüssel.', '2026-03-02')).toContainEqual(expect.objectContaining({start: '2026-03-04', participants: expect.arrayContaining(['Johann Wadephul'])}));
  });

  it('keeps a meeting "am Vorabend" apart from the day\'s talks of the same people', () => {
    const found = meetingsOf('Meloni und Sánchez haben in Rom Gespräche über die Migration aufgenommen. Meloni hatte Sánchez am Vorabend zu einem Abendessen empfangen.');
    expect(found).toHaveLength(2);
    expect(found).toContainEqual(expect.objectContaining({start: '2026-03-04', status: 'held'}));
  });
});

describe('a journey on to a meeting', () => {
  it('dates "will am Abend weiter nach X zu einem Treffen mit Y reisen" on the report\'s day, planned, with the traveller', () => {
    const paris = meetingsOf('Sánchez traf Meloni am Mittag in Rom.\n\nAm Abend will Sánchez weiter nach Paris zu einem Treffen mit Präsident Emmanuel Macron reisen.').find(m => m.place === 'Paris');
    expect(paris).toMatchObject({start: '2026-03-05', precision: 'day', status: 'planned', participants: expect.arrayContaining(['Pedro Sánchez', 'Emmanuel Macron'])});
  });
});

describe('a demonstrative at the head of a sentence', () => {
  it('gives "Diese Gespräche fanden … statt" the time told before', () => {
    const found = meetingsOf('Die Außenminister beraten heute in Madrid. Das Treffen folgt auf die im vergangenen Monat abgehaltene Runde in Lissabon. Diese Gespräche fanden nach einer schwierigen Phase statt.');
    expect(found).toContainEqual(expect.objectContaining({start: '2026-02-01', precision: 'month', status: 'held'}));
  });

  it('does not date a plan about the call told before ("Dieses Gespräch werde nun nachbereitet")', () => {
    const found = meetingsOf('Am Montag hatten Rubio und Lawrow telefoniert. Dieses Gespräch werde nun nachbereitet, sagte Rjabkow. Ein Treffen in Budapest sei geplant.');
    expect(found.find(m => m.place === 'Budapest')).not.toMatchObject({start: '2026-03-02'});
  });
});

describe('the week as a whole', () => {
  it('dates "im Laufe der Woche" to this week, and told on a Sunday to the coming one', () => {
    expect(meetingsOf('Im Laufe der Woche will Sánchez in Lissabon mit Ministerpräsident Luís Montenegro sprechen.')).toMatchObject([{start: '2026-03-02', precision: 'month-part'}]);
    expect(meetingsOf('Im Verlauf der Woche werde Sánchez dann in Lissabon mit Ministerpräsident Luís Montenegro sprechen.', '2026-03-08')).toMatchObject([{start: '2026-03-09', precision: 'month-part'}]);
  });
});
