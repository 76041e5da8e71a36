import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';
import {statusCue} from '../../source/extract/status.js';

const published = '2025-12-20T21:16:00+01:00';
const meetingsOf = (text: string) => extract({title: 'Ukraine-Diplomatie', text, published}).meetings;

describe('a cancellation only feared', () => {
  it.each([
    ['Der Termin in Wien könnte sich verschieben', 'planned'],
    ['Das Treffen droht abgesagt zu werden', 'planned'],
    ['Das Treffen ist verschoben worden', 'cancelled'],
  ])('%s → %s', (clause, status) => {
    expect(statusCue(clause)).toBe(status);
  });
});

describe('two pairs of people', () => {
  it('keeps a preparatory meeting of two ministers apart from the summit of their presidents', () => {
    const meetings = meetingsOf(
      'Nach der Verabredung von Trump und Putin für ein Treffen in Budapest gibt es Zweifel am Zeitplan. Ein Treffen mit Rubio müsse erst vorbereitet werden, sagte Lawrow. Die Zusammenkunft von Rubio mit Lawrow sei verschoben worden, berichtete ein Sender.',
    );
    const budapest = meetings.find(m => m.place === 'Budapest');
    expect(budapest).toMatchObject({status: 'planned'});
    expect(budapest!.participants).not.toContain('Marco Rubio');
    expect(meetings.some(m => m.status === 'cancelled' && m.participants.includes('Marco Rubio'))).toBe(true);
  });
});
