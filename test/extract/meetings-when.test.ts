import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Saturday 20.12.2025, evening, Berlin time.
const published = '2025-12-20T21:16:00+01:00';
const meetingsOf = (text: string, title = 'Ukraine-Diplomatie') => extract({title, text, published}).meetings;

describe('when a meeting is, from the words around it', () => {
  it('dates talks running "seit Montag" from that Monday, under way', () => {
    expect(meetingsOf('Parallel laufen seit Montag in Genf Gespräche von Fachleuten über die Überwachung einer Waffenruhe.')).toMatchObject([
      {place: 'Genf', start: '2025-12-15', status: 'ongoing'},
    ]);
  });

  it('dates a meeting "am Freitag," when a comma follows the day', () => {
    expect(meetingsOf('Die Unterhändler treffen sich in Genf am Freitag, teilte das Außenministerium mit.')).toMatchObject([
      {place: 'Genf', start: '2025-12-26', precision: 'day'},
    ]);
  });

  it('reads a call thanked for "in der Nacht zu Freitag" as the past night to Friday (dated on its evening)', () => {
    expect(meetingsOf('Olena Selenska dankte dem Emir Tamim bin Hamad Al Thani in der Nacht zu Freitag in einem Telefonat für die Hilfe.')).toMatchObject([
      {kind: 'call', start: '2025-12-18', status: 'held'},
    ]);
  });

  it('reads a visit that was the occasion of an offer as held, and the offered meeting as proposed', () => {
    const meetings = meetingsOf('Der Außenminister Hakan Fidan hatte bei einem Besuch in Kiew vor zwei Wochen angeboten, ein Treffen der Unterhändler in Ankara auszurichten.');
    expect(meetings.map(m => [m.place, m.status])).toEqual([
      ['Kiew', 'held'],
      ['Ankara', 'proposed'],
    ]);
  });
});
