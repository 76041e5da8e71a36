import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// What first-look sets M and N (test/fixtures/firstlook-m, -n) showed talkwatch reading wrong, in
// sentences of our own. Wednesday 14.01.2026 unless a test gives the hour.
const meetingsOf = (text: string, published = '2026-01-14') => extract({title: 'Diplomatie', text, published}).meetings;

describe('what a report alleges, and a report denied', () => {
  it('reads "soll am Donnerstag telefoniert haben" as a call said to have been made, last Thursday', () => {
    expect(meetingsOf('Putin soll am Donnerstag mit Trump telefoniert haben.')).toMatchObject([{kind: 'call', status: 'held', start: '2026-01-08'}]);
    expect(meetingsOf('Putin und Trump sollen am Donnerstag telefonieren.')).toMatchObject([{status: 'planned', start: '2026-01-15'}]);
  });

  it('reads a call only told in a report that is denied ("wies einen Bericht zurück, wonach …") as not made', () => {
    expect(meetingsOf('Die Regierung in Ankara wies einen Bericht zurück, wonach Erdoğan und Putin am Donnerstag telefoniert haben sollen.')).toMatchObject([
      {kind: 'call', status: 'cancelled', start: '2026-01-08'},
    ]);
    expect(meetingsOf('Der Sprecher bestätigte einen Bericht, wonach Witkoff am Freitag nach Moskau reist.')).toMatchObject([{status: 'planned'}]);
  });
});

describe('"sollte": a plan that was, or a wish', () => {
  it('reads "Eigentlich sollten sich X und Y am Sonntag treffen" and "sollten am 12. Mai sprechen" as plans', () => {
    expect(meetingsOf('Eigentlich sollten sich Rubio und Lawrow am Sonntag in Doha treffen.')).toMatchObject([{place: 'Doha', status: 'planned', start: '2026-01-18'}]);
    expect(meetingsOf('Rubio und Lawrow sollten am 12. Februar erneut in Genf zusammenkommen, hieß es.')).toMatchObject([{status: 'planned', start: '2026-02-12'}]);
  });

  it('keeps "Man sollte sich bald treffen" and a bound ("nach dem 22. Januar fortgesetzt werden") proposals', () => {
    expect(meetingsOf('Man sollte sich bald in Genf treffen.')).toMatchObject([{status: 'proposed'}]);
    expect(meetingsOf('Nach dem 22. Januar sollten die Beratungen in Wien fortgesetzt werden, meinte Lawrow.')).toMatchObject([{status: 'proposed'}]);
  });
});

describe('called off, and planned anew', () => {
  it('takes the new date told after a postponement ("vertagt … soll nun an diesem Freitag")', () => {
    expect(meetingsOf('Die Gespräche in Oslo wurden vertagt. Die Delegationen sollen nun an diesem Freitag zusammenkommen.')).toMatchObject([
      {place: 'Oslo', status: 'planned', start: '2026-01-16'},
    ]);
  });

  it('reads a talk someone "hat sich geweigert, wie vereinbart … zu sprechen" as called off', () => {
    expect(meetingsOf('Orbán hat sich am Mittwoch geweigert, wie verabredet mit Tusk in Brüssel zu sprechen.')).toMatchObject([
      {place: 'Brüssel', status: 'cancelled'},
    ]);
  });
});

describe('journeys home, holiday weekends, the evening of the report', () => {
  it('does not read "flog zurück nach Washington" or "kehrte nach Kiew zurück" as a visit', () => {
    expect(meetingsOf('Am Abend flog Macron zurück nach Paris.')).toEqual([]);
    expect(meetingsOf('Selenskyj kehrte am Abend nach Kiew zurück.')).toEqual([]);
    expect(meetingsOf('Selenskyj reiste am Abend nach Kiew.')).toHaveLength(1);
  });

  it('dates "am Osterwochenende" Saturday to Monday', () => {
    expect(meetingsOf('Am Osterwochenende wollen sich Rubio und Lawrow in Rom treffen.', '2026-03-30')).toMatchObject([
      {place: 'Rom', start: '2026-04-04', end: '2026-04-06', precision: 'days'},
    ]);
  });

  it('has talks "am Donnerstagabend" ahead in a report of Thursday afternoon', () => {
    expect(meetingsOf('Merz und Tusk sprechen am Donnerstagabend in Warschau miteinander.', '2026-01-15T15:20:00+01:00')).toMatchObject([
      {place: 'Warschau', start: '2026-01-15', status: 'planned'},
    ]);
  });
});

describe('places', () => {
  it('knows "Scharm el Scheich" written with spaces, and Naqoura', () => {
    expect(meetingsOf('Macron flog am Montag nach Scharm el Scheich, um dort al-Sisi zu treffen.')[0]).toMatchObject({place: 'Scharm el-Scheich'});
    expect(meetingsOf('Die Gespräche sollen in Naqoura stattfinden.')[0]).toMatchObject({place: 'Nakura', country: 'Libanon'});
  });

  it('does not place talks in the country of "eine Beilegung des Konflikts in der Ukraine"', () => {
    const meetings = meetingsOf('Am Montag beraten Rubio und Lawrow über eine Beilegung des Konflikts in der Ukraine.');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.place).toBeNull();
  });
});

describe('a statement and its date', () => {
  it('reads "kassierte seine Ankündigung aus der vergangenen Woche, … ein Treffen abzuhalten" as called off, not dated by the statement', () => {
    expect(meetingsOf('Erdoğan kassierte damit seine Ankündigung aus der vergangenen Woche, in Istanbul einen Gipfel mit Selenskyj abzuhalten.')).toMatchObject([
      {place: 'Istanbul', status: 'cancelled', start: null},
    ]);
  });

  it('gives a three-word agency dateline ("SCHARM EL SCHEICH (dpa) -") to a visit placed only in its country', () => {
    expect(meetingsOf('SCHARM EL SCHEICH (AFP) - Macron würdigte bei seinem Besuch in Ägypten die Vermittler.')).toMatchObject([
      {place: 'Scharm el-Scheich', country: 'Ägypten'},
    ]);
  });
});

// Sets O and P (test/fixtures/firstlook-o, -p).
describe('the purpose of a journey, and who declined an occasion', () => {
  it('makes "reiste am Montag nach Genf, um dort Lawrow zu treffen" one meeting of the traveller and Lawrow', () => {
    expect(meetingsOf('Rubio reiste am Montag nach Genf, um dort Lawrow zu treffen.')).toMatchObject([
      {place: 'Genf', start: '2026-01-12', status: 'held', participants: ['Marco Rubio', 'Sergej Lawrow']},
    ]);
    expect(meetingsOf('Am Freitag traf Dmitrijew in Miami ein, um dort mit Vertretern der USA zu verhandeln.', '2026-01-16T12:00:00+01:00')).toMatchObject([
      {kind: 'visit', place: 'Miami', start: '2026-01-16', participants: ['Kirill Dmitrijew']},
    ]);
  });

  it('gives an um-zu call the subject of the clause it hangs on ("Merz unterbrach seinen Urlaub, um mit Selenskyj zu telefonieren")', () => {
    expect(meetingsOf('Merz unterbrach seinen Urlaub, um mit Selenskyj zu telefonieren.')).toMatchObject([
      {kind: 'call', participants: ['Friedrich Merz', 'Wolodymyr Selenskyj']},
    ]);
    // Trump is no subject here: he does not become Putin's caller.
    expect(meetingsOf('Die Europäer haben mit Trump gesprochen, um mit Putin zu telefonieren.').filter(m => m.participants.includes('Donald Trump') && m.participants.includes('Wladimir Putin'))).toEqual([]);
  });

  it('reads "Beim letzten Treffen im Juni hatte Indien abgesagt" as a party declining, the meeting held', () => {
    expect(meetingsOf('Beim letzten Treffen im Juni in Oslo hatte Indien kurzfristig abgesagt.', '2026-08-04')).toMatchObject([
      {place: 'Oslo', status: 'held', start: '2026-06-01'},
    ]);
    expect(meetingsOf('Das für Freitag geplante Treffen in Genf wurde abgesagt.')).toMatchObject([{status: 'cancelled'}]);
  });
});

