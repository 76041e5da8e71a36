import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Round 14: meeting words, venues and one meeting per event, in sentences of our own (the
// structures first-look sets AG and AH showed). Thursday 05.03.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-03-05') => extract({title: 'Diplomatie', text, published}).meetings;

describe('meeting words', () => {
  it('reads a conference call told as "Schalte" as a call', () => {
    expect(meetingsOf('Merz hat Selenskyj und fünf weitere Regierungschefs in einer Schalte über das Ergebnis unterrichtet.')).toMatchObject([{kind: 'call', status: 'held', participants: expect.arrayContaining(['Friedrich Merz', 'Wolodymyr Selenskyj'])}]);
  });

  it('does not read a live report ("Live-Schalte") as a call', () => {
    expect(meetingsOf('In einer Live-Schalte berichtete die Reporterin aus Brüssel.')).toEqual([]);
  });

  it('reads "an einem Gespräch … teilnehmen" as talks', () => {
    expect(meetingsOf('Wadephul nimmt am Montag in Rom an einem Gespräch im sogenannten Weimar-Format teil.')).toMatchObject([{kind: 'talks', place: 'Rom', start: '2026-03-09', participants: ['Johann Wadephul']}]);
  });

  it('reads a bare "Runde" told by a participle of holding as a round of talks', () => {
    expect(meetingsOf('Die im Januar abgehaltene Runde in Genf brachte keine Annäherung.')).toMatchObject([{kind: 'talks', place: 'Genf', status: 'held', start: '2026-01-01', precision: 'month'}]);
  });
});

describe('the day\'s meeting told again', () => {
  it('takes "die Beratungen in X" agreed before for the meeting of the day at X', () => {
    expect(meetingsOf('Vertreter der USA und der Ukraine sind am Donnerstag in Genf zu Gesprächen zusammengekommen. Merz hatte am Dienstag mit Trump telefoniert und hierbei die Beratungen in Genf vereinbart.')).toMatchObject([
      {place: 'Genf', start: '2026-03-05', status: 'ongoing'},
      {kind: 'call', start: '2026-03-03', participants: ['Friedrich Merz', 'Donald Trump']},
    ]);
  });
});

describe('invitations', () => {
  it('reads an invitation to a place as a visit in prospect, apart from the return visit', () => {
    expect(meetingsOf('Tusk erklärte, er habe eine Einladung Macrons nach Paris angenommen - und Frankreichs Präsidenten seinerseits zum Gegenbesuch nach Warschau eingeladen.')).toMatchObject([
      {kind: 'visit', place: 'Paris', status: 'proposed'},
      {kind: 'visit', place: 'Warschau', status: 'proposed'},
    ]);
  });

  it('does not read an invitation to a meal as a visit', () => {
    expect(meetingsOf('Merz nahm eine Einladung zum Abendessen an.')).toEqual([]);
  });
});

describe('venues', () => {
  it('places a meeting "auf Schloss X"', () => {
    expect(meetingsOf('Zuletzt waren die Minister im Juni 2023 auf Schloss Elmau zusammengekommen.')).toMatchObject([{place: 'Elmau', start: '2023-06-01'}]);
  });

  it('places a meeting in a residence named after "Sommerresidenz"', () => {
    expect(meetingsOf('Putin hatte Lukaschenko im August in seiner Sommerresidenz Sotschi empfangen.')).toMatchObject([{kind: 'visit', place: 'Sotschi'}]);
  });

  it('does not place talks where a settlement is talked about', () => {
    expect(meetingsOf('Tusk verlangte, die EU solle Gespräche mit Moskau über eine Einigung in der Ukraine führen.')).toMatchObject([{place: null}]);
  });

  it('does not place a meeting in the country a government rules', () => {
    expect(meetingsOf('Am Montag treffen sich die Außenminister. Es ist das erste Treffen seit dem Amtsantritt der neuen Regierung in Litauen.')).not.toContainEqual(expect.objectContaining({place: 'Litauen'}));
  });

  it('does not place a meeting where the ministry that reports it sits', () => {
    expect(meetingsOf('Sikorski trifft Fidan laut dem Außenministerium in Warschau am Mittwoch in Ankara.')).toMatchObject([{place: 'Ankara', start: '2026-03-11'}]);
    expect(meetingsOf('Das erste Treffen von Tusk und Fidan wird laut dem Präsidenten in Ankara stattfinden.')).toMatchObject([{place: 'Ankara'}]);
  });
});

describe('one meeting per event', () => {
  it('keeps a meeting told with "außerdem" and an indefinite meeting word apart from the one before', () => {
    expect(meetingsOf('Am Dienstag reist Rubio nach Riad. Für Dienstag ist zudem auch ein Treffen zwischen Trump und Selenskyj angesetzt.')).toMatchObject([
      {kind: 'visit', place: 'Riad', participants: ['Marco Rubio']},
      {start: '2026-03-10', participants: ['Donald Trump', 'Wolodymyr Selenskyj']},
    ]);
  });

  it('takes a plain present-tense headline for the meeting the body plans ahead', () => {
    const text = 'In der türkischen Hafenstadt Antalya werden am Freitag Gespräche zwischen Polen und Litauen erwartet.';
    expect(extract({title: 'Polen und Litauen verhandeln in der Türkei', text, published: '2026-03-05'}).meetings).toMatchObject([{place: 'Antalya', start: '2026-03-06', status: 'planned'}]);
    // A headline that calls something off stays apart.
    expect(extract({title: 'Tusk sagt Teilnahme am Gipfel in der Türkei ab', text: 'Der Gipfel findet am Freitag in Antalya statt.', published: '2026-03-05'}).meetings.length).toBeGreaterThan(0);
  });

  it("takes the journey of a meeting's people to its town, on its day or the day before, for that meeting", () => {
    expect(meetingsOf('Das Treffen von Rubio und Lawrow soll am Dienstag in Riad stattfinden. Lawrow und Uschakow würden bereits am Montag nach Riad reisen, erklärte der Kreml.')).toMatchObject([
      {kind: 'talks', place: 'Riad', start: '2026-03-10', status: 'planned', participants: ['Marco Rubio', 'Sergej Lawrow', 'Juri Uschakow']},
    ]);
    expect(meetingsOf('Lawrow reist am Montag nach Riad. Dort trifft er am Dienstag Rubio.')).toMatchObject([{kind: 'talks', place: 'Riad', start: '2026-03-10'}]);
  });

  it(`takes "den ganzen Tag" talks at the place of the day's meeting for that meeting`, () => {
    expect(meetingsOf('Vertreter der USA und der Ukraine sind am Donnerstag in Genf zu Gesprächen zusammengekommen. Man werde in Genf den ganzen Tag lang in wechselnden Runden beraten, hieß es.')).toMatchObject([
      {place: 'Genf', start: '2026-03-05', status: 'ongoing'},
    ]);
  });
});

describe('postponed', () => {
  it('takes a headline that puts a meeting off to a new date for the meeting on that date', () => {
    const text = 'Das Treffen der Außenminister Polens und Litauens ist auf Anfang April verschoben worden. Das für Montag angesetzte Treffen wurde verschoben, sagte ein Sprecher.';
    expect(extract({title: 'Außenminister verschieben Treffen auf Anfang April', text, published: '2026-03-05'}).meetings).toMatchObject([
      {status: 'planned', start: '2026-04-01', precision: 'month-part'},
      {status: 'cancelled', start: '2026-03-02'},
    ]);
  });
});

describe('not diplomacy', () => {
  it("reads no meeting in a hiking club's festivity", () => {
    const text = 'Liebe Wanderfreunde, vom 4. bis 6. Juli ist es wieder soweit: Das Gipfeltreffen der Wanderer lädt auf den Inselsberg. Der Wanderverein hat mit der Stadt ein Programm mit Wanderungen vorbereitet. Auch heuer verspricht das Treffen viele schöne Stunden.';
    expect(meetingsOf(text)).toEqual([]);
  });
});
