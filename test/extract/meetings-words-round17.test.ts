import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Meetings told without a usual meeting word, and meetings kept apart when merging one article's
// mentions: found in first-look set AP. Tested in sentences of our own.
// Monday 07.12.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-12-07') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a venue offered', () => {
  it('reads a place offered "als Verhandlungsort" as talks proposed there, without the one who offers', () => {
    expect(meetingsOf('Die Außenministerin Ingrid Berg bot einmal mehr Oslo als Verhandlungsort an.')).toMatchObject([{place: 'Oslo', status: 'proposed', start: null, participants: []}]);
    expect(meetingsOf('Der Präsident habe Genf als möglichen Austragungsort vorgeschlagen.')).toMatchObject([{place: 'Genf', status: 'proposed', participants: []}]);
  });

  it('finds no meeting in a venue chosen or a place named without an offer', () => {
    expect(meetingsOf('Genf wurde als Verhandlungsort gewählt.')).toEqual([]);
    expect(meetingsOf('Als Treffpunkt der Wanderer dient die Hütte in Oslo.')).toEqual([]);
  });
});

describe('talks told by a verb of exploring', () => {
  it('reads "sondierte in X die Bedingungen" as talks at X', () => {
    expect(meetingsOf('Der Gesandte Steve Witkoff sondierte in Kairo die Bedingungen für eine Waffenruhe.')).toMatchObject([{place: 'Kairo', kind: 'talks', participants: ['Steven Witkoff']}]);
  });

  it('does not read parties exploring a coalition at home as talks', () => {
    expect(meetingsOf('Union und SPD sondierten am Montag in Berlin.')).toEqual([]);
  });
});

describe('a reception', () => {
  it('reads someone received by a host ("wurde … von X in Empfang genommen") as a visit', () => {
    expect(meetingsOf('Witkoff wurde am Flughafen in Kairo von Außenminister Badr Abdelatty in Empfang genommen.')).toMatchObject([{place: 'Kairo', kind: 'visit'}]);
  });

  it('reads a guest of office received ("nahm seinen Amtskollegen … in Empfang") as a visit, not a prize', () => {
    expect(meetingsOf('Lawrow nahm seinen Amtskollegen am Flughafen in Ankara in Empfang.')).toMatchObject([{place: 'Ankara', kind: 'visit', participants: ['Sergej Lawrow']}]);
    expect(meetingsOf('Selenskyj nahm den Preis in Aachen in Empfang.')).toEqual([]);
  });
});

describe('a meeting told as done at a place, beside a plan with no place', () => {
  it('keeps talks held at a place with someone new apart from a dated plan told before', () => {
    const text = 'Tusk will am Dienstag mit Macron über Zölle sprechen. Am Rande einer Messe sprach Tusk in Rom mit Außenminister Marco Rubio.';
    const meetings = meetingsOf(text);
    expect(meetings).toHaveLength(2);
    expect(meetings.find(m => m.place === 'Rom')).toMatchObject({status: 'held', participants: ['Donald Tusk', 'Marco Rubio']});
    expect(meetings.find(m => m.place === null)).toMatchObject({status: 'planned', start: '2026-12-08'});
  });

  it('keeps talks told in the present at a place apart from the plan when all their people are new', () => {
    const text = 'Tusk will am Dienstag mit Macron über Zölle sprechen. In Kairo verhandelt derweil der Gesandte Steve Witkoff.';
    const meetings = meetingsOf(text);
    expect(meetings).toHaveLength(2);
    expect(meetings.find(m => m.place === 'Kairo')!.participants).toEqual(['Steven Witkoff']);
    expect(meetings.find(m => m.place === null)).toMatchObject({status: 'planned', participants: ['Donald Tusk', 'Emmanuel Macron']});
  });
});

describe('two months told for what is done', () => {
  it('reads "war im Januar und Februar in X zu Gesprächen" as one meeting in each month', () => {
    const meetings = meetingsOf('Der Gesandte Witkoff war auch schon im Januar und Februar in Ägypten zu Gesprächen gewesen.', '2026-05-05');
    expect(meetings.map(m => [m.place, m.start, m.precision, m.status])).toEqual([
      ['Ägypten', '2026-01-01', 'month', 'held'],
      ['Ägypten', '2026-02-01', 'month', 'held'],
    ]);
  });

  it('keeps talks planned "im Juni und Juli" one meeting', () => {
    expect(meetingsOf('Die Gespräche in Oslo sollen im Juni und Juli stattfinden.', '2026-05-05')).toHaveLength(1);
  });
});

describe('a row at a seat of government', () => {
  it('reads "kam es zu einem Zwischenfall im Kreml" and "seit dem Eklat im Élysée-Palast" as an encounter held there', () => {
    expect(meetingsOf('Ende Januar gab es einen diplomatischen Zwischenfall im Kreml, als der Gastgeber seinen Gast unterbrach.', '2026-03-05')).toMatchObject([{place: 'Moskau', status: 'held', start: '2026-01-21', precision: 'month-part'}]);
    expect(meetingsOf('Das Verhältnis zwischen Tusk und Macron ist seit dem Eklat im Élysée-Palast belastet.')).toMatchObject([{place: 'Paris', status: 'held'}]);
  });

  it('finds no meeting in an incident elsewhere ("Zwischenfall an der Grenze zu Polen")', () => {
    expect(meetingsOf('Am Montag kam es zu einem Zwischenfall an der Grenze in Polen.')).toEqual([]);
  });
});
