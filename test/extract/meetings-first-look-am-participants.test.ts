import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Who takes part, widened from what sets AM and AN showed, in sentences of our own: who only
// misses a meeting stays out, a list of those present told apart from the meeting's own clause
// comes in. Thursday 05.03.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-03-05') => extract({title: 'Diplomatie', text, published}).meetings;
const peopleOf = (text: string, published?: string) => meetingsOf(text, published).map(m => m.participants);

describe('who misses a meeting', () => {
  it('does not count who "hat … verpasst" the meeting', () => {
    expect(peopleOf('Außenministerin Annalena Baerbock hat in Oslo ein Treffen der Nordeuropäer verpasst. Am Montag berieten dort Präsident Alexander Stubb und Premier Ulf Kristersson über die Ostsee.')).toEqual([['Alexander Stubb', 'Ulf Kristersson']]);
  });

  it('does not count who "blieb dem Treffen fern"', () => {
    expect(peopleOf('Am Montag berieten in Oslo Präsident Alexander Stubb und Premier Ulf Kristersson über die Ostsee. Außenministerin Annalena Baerbock blieb dem Treffen wegen einer Reise fern.')).toEqual([['Alexander Stubb', 'Ulf Kristersson']]);
  });

  it('still counts the one met in a phrase of the clause that tells the miss', () => {
    expect(peopleOf('Kanzler Olaf Scholz hat am Dienstag ein Treffen mit Präsident Joe Biden in Oslo verpasst.')).toEqual([['Joe Biden']]);
  });
});

describe('those present, told apart from the meeting clause', () => {
  it('adds the list of "Neben A nahmen B, C und D daran teil", commas and all', () => {
    expect(peopleOf('Die Außenminister haben am Montag in Oslo über die Hilfe für Moldau beraten. Neben Außenministerin Annalena Baerbock nahmen unter anderem der britische Außenminister David Lammy, Frankreichs Außenminister Jean-Noël Barrot und NATO-Generalsekretär Mark Rutte daran teil.')).toEqual([['Annalena Baerbock', 'David Lammy', 'Jean-Noël Barrot', 'Mark Rutte']]);
  });

  it('adds who "seien auch … anwesend gewesen" at the call to the talks just told', () => {
    const text = 'Präsident Emmanuel Macron hat am Dienstag mit Kanzler Olaf Scholz über die Lage in Moldau gesprochen. Bei dem Telefongespräch seien auch Außenminister Jean-Noël Barrot und Außenministerin Annalena Baerbock anwesend gewesen, teilte der Élysée mit.';
    expect(meetingsOf(text)).toMatchObject([{start: '2026-03-03', participants: ['Emmanuel Macron', 'Olaf Scholz', 'Jean-Noël Barrot', 'Annalena Baerbock']}]);
  });
});

describe('the author of a plan, named by a participle', () => {
  it('does not count the one "von X vorgeschlagenen Stufenplan" names as its author', () => {
    expect(peopleOf('Am Montag beraten Außenminister Marko Đurić und Kaja Kallas in Brüssel über den von Präsident Emmanuel Macron vorgeschlagenen Stufenplan.')).toEqual([['Marko Đurić', 'Kaja Kallas']]);
  });
});

describe('company told in the sentence after', () => {
  it('adds "Auch X und Y werden erwartet" to the meeting just told', () => {
    expect(peopleOf('Am Dienstag sollen Vertreter Serbiens und des Kosovo in Brüssel verhandeln. Auch die EU-Außenbeauftragte Kaja Kallas und Präsident Emmanuel Macron werden erwartet.')).toEqual([['Kaja Kallas', 'Emmanuel Macron']]);
  });

  it('counts "X, Beauftragter für …, soll bei den Gesprächen die Delegation anführen" as X', () => {
    expect(peopleOf('Am Dienstag verhandeln Serbien und Kosovo in Brüssel. Olaf Scholz, Beauftragter für strategische Fragen, soll bei den Gesprächen in Brüssel die deutsche Delegation anführen.')).toEqual([['Olaf Scholz']]);
  });
});

describe('a delegation listed with ages and a closing "sowie … bestehen"', () => {
  it('adds "Die polnische Delegation umfasst A und B" to the meeting just told', () => {
    expect(peopleOf('Am Freitag treffen sich die Präsidenten Stubb und Nawrocki in Turku. Die polnische Delegation umfasst Außenminister Radosław Sikorski und Premier Donald Tusk.')).toEqual([['Alexander Stubb', 'Karol Nawrocki', 'Radosław Sikorski', 'Donald Tusk']]);
  });

  it('adds the list of "Die Delegation soll aus A (50), B, C (54) sowie D (56) bestehen" to the talks just told', () => {
    const text = 'Am Montag verhandeln die Ukraine und die USA in Riad über Energie. Die ukrainische Delegation soll laut Kiew aus Außenminister Andrij Sybiha (50), Premier Denys Schmyhal, dem Leiter des Präsidialamts Andrij Jermak (54) sowie Vizeminister Serhij Kyslyzja (56) bestehen.';
    expect(peopleOf(text)).toEqual([['Andrij Sybiha', 'Denys Schmyhal', 'Andrij Jermak', 'Serhij Kyslyzja']]);
  });

  it('keeps the last items after a role with a genitive and "sowie" when the list opens with a negotiator', () => {
    const text = 'Am Montag verhandeln die Ukraine und die USA in Riad über Energie. Laut Kiew soll die Delegation aus Chefunterhändler Andrij Sybiha (50), Premier Denys Schmyhal, dem Leiter des Präsidialamts Andrij Jermak (54) sowie Vizeminister Serhij Kyslyzja (56) bestehen.';
    expect(peopleOf(text)).toEqual([['Andrij Sybiha', 'Denys Schmyhal', 'Andrij Jermak', 'Serhij Kyslyzja']]);
  });
});
