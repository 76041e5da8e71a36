import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Saturday 20.12.2025, evening, Berlin time.
const published = '2025-12-20T21:16:00+01:00';
const meetingsOf = (text: string) => extract({title: 'Diplomatie', text, published}).meetings;

describe('meetings that only set the time, and meetings denied', () => {
  it('places a meeting "nach dem Treffen von X mit Y in Moskau" in Moskau, and the one planned after it elsewhere', () => {
    const meetings = meetingsOf('Nach dem Treffen von EU-Vertretern mit Uschakow in Moskau wird heute ein Team aus Kiew in den USA erwartet.');
    expect(meetings.map(m => [m.place, m.status])).toEqual([
      ['Moskau', 'held'],
      ['USA', 'planned'],
    ]);
  });

  it('drops an earlier round that names no place, date or person', () => {
    expect(meetingsOf('Nach Gesprächen zwischen Moskau und Washington über Sicherheitsgarantien erwartet Selenskyj Kanzler Merz am Montag zu Beratungen in Kiew.').map(m => m.place)).toEqual(['Kiew']);
  });

  it('reads a meeting verb denied with "nicht" as no meeting', () => {
    expect(meetingsOf('Witkoff und Kushner würden diese Woche nicht nach Abu Dhabi reisen.')).toEqual([]);
    expect(meetingsOf('Die Außenminister Rubio und Lawrow würden nicht nur nach Istanbul reisen.')).toHaveLength(1);
  });
});

describe('the day’s news and earlier meetings', () => {
  const at = '2026-01-22T21:39:00+01:00';
  const of = (text: string, title: string) => extract({title, text, published: at}).meetings;

  it('keeps the meeting of the headline apart from an undated-place one "Anfang Dezember"', () => {
    const meetings = of('Außenminister Marco Rubio ist von Putin im Kreml empfangen worden. Zuletzt hatte der Kremlchef den Gast aus Washington Anfang Dezember empfangen.', 'Treffen von Putin und Rubio im Kreml hat begonnen');
    expect(meetings.map(m => [m.place, m.start, m.status])).toEqual([
      ['Moskau', '2026-01-22', 'ongoing'],
      [null, '2025-12-01', 'held'],
    ]);
  });

  it('keeps a meeting after the end of a round apart from the round ("Nach dem Ende der Beratungen in Riad traf sich …")', () => {
    expect(of('Nach dem Ende der Beratungen in Riad traf sich Uschakow zu einem Gespräch mit Vertretern der USA.', 'Diplomatie')).toHaveLength(2);
  });

  it('dates a round "inzwischen beendet" on the day of the report', () => {
    expect(of('Die Lage bleibt angespannt.\n\nBei der zweiten, inzwischen beendeten Gesprächsrunde in Abu Dhabi stand eine Waffenruhe im Mittelpunkt.', 'Diplomatie')).toMatchObject([
      {place: 'Abu Dhabi', start: '2026-01-22', status: 'held'},
    ]);
  });

  it('reads "die angekündigten Verhandlungen fanden statt" as held, not planned', () => {
    expect(of('Die angekündigten dreitägigen Beratungen in Riad fanden trotz des Streits um die Tagesordnung statt.', 'Diplomatie')).toMatchObject([{place: 'Riad', status: 'held'}]);
  });

  it('joins a trip to the Emirates to the talks in Abu Dhabi told before, after "Anschließend"', () => {
    expect(of('Witkoff wird an den Verhandlungen in Abu Dhabi teilnehmen. Danach wird er in die Vereinigten Arabischen Emirate weiterreisen, um dort am 4. und 5. Februar an den Verhandlungen teilzunehmen.', 'Diplomatie').filter(m => m.country === 'VAE')).toHaveLength(1);
  });
});
