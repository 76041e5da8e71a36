import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// First-look sets AG and AH: a meeting's facts told across sentences (its people and its venue), and
// the people a meeting clause names only as context, in sentences of our own. Thursday
// 05.03.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-03-05') => extract({title: 'Diplomatie', text, published}).meetings;

describe('company told in the sentences after the meeting', () => {
  it('adds "Mit dabei ist X" to the meeting just told', () => {
    expect(meetingsOf('Kanzler Friedrich Merz empfängt am Freitag den polnischen Regierungschef Donald Tusk in Berlin. Mit dabei ist auch Außenminister Johann Wadephul.')).toMatchObject([{place: 'Berlin', participants: expect.arrayContaining(['Friedrich Merz', 'Donald Tusk', 'Johann Wadephul'])}]);
  });

  it('adds the delegations told one after the other ("besteht aus …", "wird von X geleitet"), not their source', () => {
    const [talks] = meetingsOf('In Genf sollen am Montag Gespräche zwischen den USA und Russland beginnen. Die russische Delegation besteht nach Angaben von Kremlsprecher Dmitri Peskow aus Kirill Dmitrijew und Juri Uschakow. Peskow selbst bleibt in Moskau.\n\nDie US-Delegation wird von Steve Witkoff geleitet.');
    expect(talks).toMatchObject({place: 'Genf', participants: expect.arrayContaining(['Kirill Dmitrijew', 'Juri Uschakow', 'Steven Witkoff'])});
    expect(talks!.participants).not.toContain('Dmitri Peskow');
  });

  it('does not add the one quoted on the delegation, nor a delegation of a side the meeting lacks', () => {
    const [talks] = meetingsOf('Am Dienstag starten in Oslo neue Gespräche der USA mit der Ukraine. Die ukrainische Delegation werde von Rustem Umerow geleitet, zitierten Agenturen Außenminister Andrij Sybiha.');
    expect(talks!.participants).toContain('Rustem Umerow');
    expect(talks!.participants).not.toContain('Andrij Sybiha');
    expect(meetingsOf('Am Dienstag starten in Oslo neue Gespräche der USA mit der Ukraine. Die russische Delegation wird von Wladimir Medinski geleitet.')[0]!.participants).not.toContain('Wladimir Medinski');
  });
});

describe('people named only as the scene of the meeting', () => {
  it('does not count the leader of "unter Präsident X" (whose government it was)', () => {
    expect(meetingsOf('Wadephul und Barrot berieten am Montag in Rom über die Folgen der Zollpolitik der USA unter Präsident Donald Trump.')[0]!.participants).toEqual(['Johann Wadephul', 'Jean-Noël Barrot']);
  });

  it('does not count the cause of "dank der … von X"', () => {
    expect(meetingsOf('Dank der Hartnäckigkeit von Präsident Erdoğan trafen sich am Montag Lawrow und Sybiha in Antalya.')[0]!.participants).toEqual(['Sergej Lawrow', 'Andrij Sybiha']);
  });

  it('does not count who "statt X" stays away', () => {
    expect(meetingsOf('An dem Gipfel in Kairo wird am Montag statt Präsident Donald Trump nur Außenminister Marco Rubio teilnehmen.')[0]!.participants).toEqual(['Marco Rubio']);
  });

  it('does not count the owner of a noun told in the genitive after it ("die Forderungen Selenskyjs"), but keeps "ein Treffen Selenskyjs"', () => {
    expect(meetingsOf('Merz und Macron beraten am Montag in Paris über die Forderungen Selenskyjs.')[0]!.participants).toEqual(['Friedrich Merz', 'Emmanuel Macron']);
    expect(meetingsOf('Bei seinem Besuch in Kiew sprach Merz am Montag mit dem Stabschef Selenskyjs.').flatMap(m => m.participants)).not.toContain('Wolodymyr Selenskyj');
    expect(meetingsOf('Ein Treffen Selenskyjs mit Erdoğan ist für Montag in Ankara geplant.')[0]!.participants).toEqual(['Wolodymyr Selenskyj', 'Recep Tayyip Erdoğan']);
  });

  it('does not count a person compared with ("Anders als X"), but keeps a compared meeting\'s own people', () => {
    expect(meetingsOf('Anders als Präsident Macron traf Merz am Mittwoch in London auch Premier Starmer.')[0]!.participants).toEqual(['Friedrich Merz', 'Keir Starmer']);
    expect(meetingsOf('Anders als der Besuch von Macron im Juni verlief das Treffen von Merz und Starmer am Mittwoch in London ruhig.')).toMatchObject([{participants: ['Emmanuel Macron']}, {place: 'London', participants: ['Friedrich Merz', 'Keir Starmer']}]);
  });
});

describe('the venue told in the sentence before', () => {
  it('places "im dortigen …" and "am Tagungsort" where the sentence before did', () => {
    expect(meetingsOf('Am Montag waren die Außenminister der EU in Luxemburg zusammengekommen. Im dortigen Konferenzzentrum traf Wadephul am Dienstag seinen ukrainischen Kollegen Andrij Sybiha.')).toMatchObject([{place: 'Luxemburg'}, {place: 'Luxemburg', start: '2026-03-03', participants: ['Johann Wadephul', 'Andrij Sybiha']}]);
    expect(meetingsOf('Die Außenminister der Nato beraten seit Mittwoch in Istanbul. Generalsekretär Mark Rutte begrüßte am Mittwochabend am Tagungsort auch den ukrainischen Außenminister Andrij Sybiha.')).toMatchObject([{place: 'Istanbul', start: '2026-03-04', participants: ['Mark Rutte', 'Andrij Sybiha']}]);
  });
});

describe('the subject named by a role in a later sentence', () => {
  it('reads "der neue Kanzler" as the one named "Bundeskanzler" before', () => {
    expect(meetingsOf('Die Wahl von Bundeskanzler Friedrich Merz liegt eine Woche zurück. Am Mittwoch besuchte der neue Kanzler dann die Partner in Warschau.')).toMatchObject([{place: 'Warschau', participants: ['Friedrich Merz']}]);
  });

  it('leaves a role of a country to the role phrases ("der französische Präsident" is not Selenskyj)', () => {
    expect(meetingsOf('Am Montag hat Präsident Wolodymyr Selenskyj mit Merz telefoniert. Am Dienstag besuchte der französische Präsident die Nachbarn in Warschau.')[1]!.participants).toEqual(['Emmanuel Macron']);
  });
});

describe('a journey made for the meeting just told', () => {
  it('gives the meeting the traveller, the place and the day of "reiste … dafür nach X"', () => {
    expect(meetingsOf('Außenminister Wadephul initiierte kurzfristig eine Videokonferenz der Europäer mit Rubio. Sybiha reiste vergangenen Montag, 2. März 2026, dafür eigens nach Warschau.')).toMatchObject([{place: 'Warschau', start: '2026-03-02', status: 'held', participants: ['Johann Wadephul', 'Marco Rubio', 'Andrij Sybiha']}]);
  });
});
