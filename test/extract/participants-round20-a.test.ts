import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Participants of found meetings, round 20: the people a meeting's gold list has that the
// extractor missed, or the ones it added, found in the design half of the pooled first-look sets
// and grouped by cause. Tested in sentences of our own. Friday 11.12.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-12-11') => extract({title: 'Diplomatie', text, published}).meetings;

describe('"die Gespräche" after meetings told only as what came before', () => {
  const text =
    'Am Dienstag beraten Vertreter Polens und Litauens in Tallinn über die Sicherung der Grenze. Das Treffen folgt auf Gespräche zwischen Präsident Andrzej Duda und Kanzler Olaf Scholz in Warschau sowie eine Begegnung von Premier Mark Rutte mit Präsident Emmanuel Macron in Paris. Für Litauen nimmt Außenminister Gabrielius Landsbergis an den Gesprächen teil.';

  it('adds who "nimmt an den Gesprächen teil" to the meeting the text is about', () => {
    const tallinn = meetingsOf(text).find(m => m.place === 'Tallinn');
    expect(tallinn?.participants).toContain('Gabrielius Landsbergis');
  });

  it('leaves the meeting named last as what came before to its own people', () => {
    const paris = meetingsOf(text).find(m => m.place === 'Paris');
    expect(paris?.participants).not.toContain('Gabrielius Landsbergis');
  });
});

describe('who "war beteiligt" takes part in the meeting just told', () => {
  it('adds who "war über eine Videoschalte beteiligt", though the call word is a meeting word of its own', () => {
    const text = 'In Oslo kamen am Freitag Premier Keir Starmer und Kanzler Friedrich Merz zusammen. Auch Emmanuel Macron war über eine Videoschalte beteiligt.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Oslo', participants: ['Keir Starmer', 'Friedrich Merz', 'Emmanuel Macron']}]);
  });

  it('adds who "Beteiligt war auch X" names in a sentence with no meeting word', () => {
    const text = 'Am Montag berieten Präsident Alexander Stubb und Premier Donald Tusk in Helsinki über die Ostsee. Beteiligt war auch Kanzler Friedrich Merz.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Helsinki', participants: ['Alexander Stubb', 'Donald Tusk', 'Friedrich Merz']}]);
  });

  it('does not add who says others "müsse beteiligt werden"', () => {
    const text = 'Am Montag berieten Präsident Alexander Stubb und Premier Donald Tusk in Helsinki über die Ostsee. Kanzler Friedrich Merz ist der Ansicht, auch Berlin müsse an solchen Runden beteiligt werden.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Helsinki', participants: ['Alexander Stubb', 'Donald Tusk']}]);
  });
});

describe('"er" or "der Republikaner" who speaks "bei einem Treffen"', () => {
  it('adds the one "er" points back to, for "sagte er beim Treffen mit X"', () => {
    const text = 'Donald Tusk hat seine Reise nach Minsk verschoben. Die Lage bleibe ernst, sagte er am Freitag beim Treffen mit Präsident Emmanuel Macron in Paris.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Paris', participants: ['Donald Tusk', 'Emmanuel Macron']}]);
  });

  it('adds the one "der Republikaner" points back to, for "sagte der Republikaner am Freitag bei einem Treffen"', () => {
    const text = 'Steve Witkoff hat seine Reise nach Minsk verschoben. Das sei nun nicht der passende Moment, sagte der Republikaner am Freitag bei einem Treffen mit Präsident Emmanuel Macron in Paris.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Paris', participants: ['Steven Witkoff', 'Emmanuel Macron']}]);
  });
});

describe('who proposes a meeting "zwischen A und B"', () => {
  it('leaves out who "schlug ein Treffen zwischen A und B vor"', () => {
    const text = 'Präsident Emmanuel Macron schlug am Montag ein Treffen zwischen Premier Donald Tusk und Präsident Alexander Stubb in Oslo vor.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Oslo', status: 'proposed', participants: ['Donald Tusk', 'Alexander Stubb']}]);
  });

  it('keeps who takes part in a meeting "zwischen A und B"', () => {
    const text = 'Präsident Emmanuel Macron will am Montag an einem Treffen zwischen Premier Donald Tusk und Präsident Alexander Stubb in Oslo teilnehmen.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Oslo', participants: ['Emmanuel Macron', 'Donald Tusk', 'Alexander Stubb']}]);
  });

  it('keeps the proposer when "zwischen" names countries, not two people', () => {
    const text = 'Präsident Emmanuel Macron schlug am Montag Gespräche zwischen Polen und Litauen in Oslo vor.';
    expect(meetingsOf(text)[0]?.participants).toEqual(['Emmanuel Macron']);
  });
});

describe('who "hält" a place "für" a good venue of a meeting', () => {
  it('leaves out who judges the venue of a meeting of others', () => {
    const text = 'Präsident Emmanuel Macron hält Genf weiterhin für einen geeigneten Ort für ein Treffen von Premier Donald Tusk und Präsident Alexander Stubb.';
    expect(meetingsOf(text)[0]?.participants).toEqual(['Donald Tusk', 'Alexander Stubb']);
  });

  it('keeps who "hält" a meeting "ab"', () => {
    const text = 'Präsident Emmanuel Macron hält am Montag in Paris ein Treffen mit Premier Donald Tusk ab.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Paris', participants: ['Emmanuel Macron', 'Donald Tusk']}]);
  });
});
