import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Saturday 20.12.2025, evening, Berlin time.
const published = '2025-12-20T21:16:00+01:00';
const meetingsOf = (text: string) => extract({title: 'Diplomatie', text, published}).meetings;

describe('meetings that only set the time, and meetings denied', () => {
  it('places a meeting "nach dem Treffen von X mit Y in Moskau" in Moskau, and the one planned after it elsewhere', () => {
    const meetings = meetingsOf('Nach dem Treffen von US-Vertretern mit Putin in Moskau wird heute eine ukrainische Delegation in den USA erwartet.');
    expect(meetings.map(m => [m.place, m.status])).toEqual([
      ['Moskau', 'held'],
      ['USA', 'planned'],
    ]);
  });

  it('drops an earlier round that names no place, date or person', () => {
    expect(meetingsOf('Nach Gesprächen zwischen Kiew und Washington über einen Waffenstillstand erwartet Putin den Gesandten Witkoff am Dienstag zu Verhandlungen in Moskau.').map(m => m.place)).toEqual(['Moskau']);
  });

  it('reads a meeting verb denied with "nicht" as no meeting', () => {
    expect(meetingsOf('Die Gesandten Witkoff und Kushner würden am Wochenende nicht nach Abu Dhabi reisen.')).toEqual([]);
    expect(meetingsOf('Die Gesandten Witkoff und Kushner würden nicht nur nach Abu Dhabi reisen.')).toHaveLength(1);
  });
});
