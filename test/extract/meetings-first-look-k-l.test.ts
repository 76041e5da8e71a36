import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// What first-look sets K and L (test/fixtures/firstlook-k, -l) showed talkwatch reading wrong,
// in sentences of our own. Wednesday 14.01.2026.
const published = '2026-01-14';
const extracted = (text: string) => extract({title: 'Diplomatie', text, published});
const meetingsOf = (text: string) => extracted(text).meetings;

describe('"seit" and the date of another event', () => {
  it('keeps "am Freitag" for talks held "zum ersten Mal seit drei Jahren"', () => {
    expect(meetingsOf('Am Freitag hatten in Ankara zum ersten Mal seit vier Jahren Gespräche der Generalstabschefs stattgefunden.')).toMatchObject([
      {place: 'Ankara', start: '2026-01-09', precision: 'day', status: 'held'},
    ]);
  });

  it('leaves "vor zwei Wochen" to the war in "das erste Treffen seit Beginn des Kriegs gegen den Nachbarn vor zwei Wochen"', () => {
    const meetings = meetingsOf('Heute treffen sich Sybiha und Sikorski in Helsinki. Es ist das erste Treffen der zwei Minister seit dem Ausbruch der Kämpfe im Grenzgebiet vor zwei Wochen.');
    expect(meetings).toMatchObject([{place: 'Helsinki', start: '2026-01-14'}]);
    expect(meetings.filter(m => m.start === '2025-12-31')).toEqual([]);
  });

  it('still dates a meeting named inside the "seit" phrase ("Seit dem Treffen am Montag in Genf")', () => {
    expect(meetingsOf('Seit dem Treffen am Montag in Genf gibt es Streit über die Gespräche.')[0]).toMatchObject({place: 'Genf', start: '2026-01-12'});
  });
});

describe('a journey to a meeting told in the Perfekt or with "für"', () => {
  it('reads "ist für einen Gipfel … nach Spanien gereist, der am Donnerstag und Freitag in Madrid stattfinden wird" as the conference ahead', () => {
    expect(meetingsOf('Merz ist für einen Gipfel zur Energiesicherheit nach Spanien gereist, der am Donnerstag und Freitag in Madrid stattfinden wird.')).toMatchObject([
      {place: 'Madrid', start: '2026-01-15', end: '2026-01-16', precision: 'days', status: 'planned', participants: ['Friedrich Merz']},
    ]);
  });

  it('has talks a delegation "ist für Verhandlungen nach Belarus gereist" ahead, not held', () => {
    expect(meetingsOf('Eine Delegation aus Moskau ist für Verhandlungen mit Kiew in die Türkei gereist.')).toMatchObject([{place: 'Türkei', status: 'planned'}]);
  });

  it('gives "reist am Montag für Gespräche nach Washington" the journey\'s day and traveller', () => {
    expect(meetingsOf('Selenskyj reist am Montag für Gespräche mit Trump nach Washington.')).toMatchObject([
      {place: 'Washington', start: '2026-01-19', status: 'planned', participants: ['Wolodymyr Selenskyj', 'Donald Trump']},
    ]);
  });
});

describe('people who are not at the meeting', () => {
  it('leaves out the one a funeral honours ("am Rande der Beisetzung von Papst Franziskus")', () => {
    const [meeting] = meetingsOf('Am Rande der Beisetzung von Papst Franziskus kamen Merz und Macron in Rom zusammen.');
    expect(meeting!.participants).toEqual(['Friedrich Merz', 'Emmanuel Macron']);
  });

  it('does not take "den stellvertretenden chinesischen Ministerpräsidenten" for the premier', () => {
    const {actors, meetings} = extracted('Rubio traf sich in Peking mit dem stellvertretenden chinesischen Ministerpräsidenten.');
    expect(actors.map(a => a.name)).not.toContain('Li Qiang');
    expect(meetings[0]!.participants).not.toContain('Li Qiang');
  });

  it('knows the Swiss spelling "Wolodimir Selenski" and a later bare "Selenski" as one person', () => {
    const {actors} = extracted('Der ukrainische Staatschef Wolodimir Selenski wünscht sich ein weiteres Treffen. Eine Einigung sei möglich, sagte Selenski am Montag nach dem Gipfel in Bern.');
    expect(actors.map(a => a.name)).toEqual(['Wolodymyr Selenskyj']);
  });
});

describe('places the sets named', () => {
  it('knows Gomel, Castel Gandolfo and "auf der indonesischen Insel Bali"', () => {
    expect(meetingsOf('Die Delegationen wollen heute in Gomel verhandeln.')[0]).toMatchObject({place: 'Gomel', country: 'Belarus'});
    expect(meetingsOf('In Castel Gandolfo empfing der Papst am Sonntag Präsident Macron.')[0]).toMatchObject({place: 'Castel Gandolfo', country: 'Italien'});
    expect(meetingsOf('Am Montag treffen sich Merz und Xi auf der indonesischen Insel Bali.')[0]).toMatchObject({place: 'Bali', country: 'Indonesien'});
  });
});

describe('more that sets K and L showed', () => {
  it('does not place a meeting where a source speaks from ("aus Diplomatenkreisen in Riad")', () => {
    const meetings = meetingsOf('Sicherheitsberater aus zwanzig Staaten wollen am Wochenende in Doha über eine Waffenruhe beraten. Das hieß am Montag aus Regierungskreisen in Kairo. Den Regierungskreisen in Kairo zufolge soll bei dem Treffen auch über Gefangene gesprochen werden.');
    expect(meetings.map(m => m.place)).toEqual(['Doha']);
  });

  it('does not count who "ist nicht zu den Gesprächen gereist" or "hat nicht an den Gesprächen teilgenommen"', () => {
    expect(meetingsOf('Lawrow ist nicht zu den Gesprächen nach Antalya gereist.')[0]!.participants).toEqual([]);
    expect(meetingsOf('Putin hat nicht an den Gesprächen in Istanbul teilgenommen.')[0]!.participants).toEqual([]);
  });

  it('reads a meeting begun "für einen möglichen späteren Friedensgipfel" as under way, not proposed', () => {
    expect(meetingsOf('In Wien haben heute Beratungen von Diplomaten zur Vorbereitung eines möglichen Friedensgipfels begonnen.')).toMatchObject([{place: 'Wien', status: 'ongoing'}]);
    expect(meetingsOf('Selenskyj warb in Genf für ein mögliches Treffen mit Putin.')).toMatchObject([{status: 'proposed'}]);
  });

  it('makes a series told after a colon one meeting on each date and place', () => {
    expect(meetingsOf('Merz und Macron haben bereits zweimal miteinander telefoniert: Mitte Oktober und zuletzt Mitte Dezember.')).toMatchObject([
      {kind: 'call', status: 'held', start: '2025-10-11', precision: 'month-part', participants: ['Friedrich Merz', 'Emmanuel Macron']},
      {kind: 'call', status: 'held', start: '2025-12-11', precision: 'month-part'},
    ]);
    expect(meetingsOf('Witkoff und Dmitrijew haben sich dreimal getroffen: im Oktober in Riad, im November in Genf und im Dezember in Istanbul.').map(m => [m.place, m.start])).toEqual([
      ['Riad', '2025-10-01'], ['Genf', '2025-11-01'], ['Istanbul', '2025-12-01'],
    ]);
    expect(meetingsOf('Trump und Putin haben telefoniert: Es ging um die Ukraine.')).toHaveLength(1);
  });

  it('reads "Die beiden Präsidenten" as the last two named with that title, paragraphs before too', () => {
    const text = 'Frankreichs Präsident Macron will am Montag mit US-Präsident Trump sprechen.\n\nDer Élysée-Palast nannte keine Einzelheiten. Auch Außenminister Barrot schwieg. Die beiden Präsidenten haben bereits zweimal miteinander telefoniert: Mitte Oktober und zuletzt Mitte Dezember.';
    expect(meetingsOf(text).filter(m => m.status === 'held').map(m => m.participants)).toEqual([
      ['Emmanuel Macron', 'Donald Trump'], ['Emmanuel Macron', 'Donald Trump'],
    ]);
  });

  it('does not make a call dated ahead done because a later sentence confirms "das Telefonat"', () => {
    expect(meetingsOf('Kanzler Merz will am Montag mit Präsident Macron telefonieren.\n\nDie Regierung in Paris bestätigte das Telefonat.')).toMatchObject([
      {kind: 'call', status: 'planned', start: '2026-01-19'},
    ]);
  });
});

