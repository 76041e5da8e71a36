import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Meetings missed or merged in first-look set AT (diplomacy beyond Russia and Ukraine), round 19,
// counted by cause with the same constructions in the pooled halves. Tested in sentences of our own.
// Friday 11.12.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-12-11') => extract({title: 'Diplomatie', text, published}).meetings;

describe('separate meetings of one go-between on the same day', () => {
  const told = 'Die EU-Außenbeauftragte Kaja Kallas hat sich am Freitag in Brüssel mit dem serbischen Präsidenten Aleksandar Vučić und dem kosovarischen Regierungschef Albin Kurti getroffen.';

  it('makes "Nach getrennten Treffen mit X und Y teilte Z mit" two meetings of Z, one with each', () => {
    const text = `${told} Nach getrennten Treffen mit Vučić und Kurti teilte Kallas mit, dass es keinerlei Annäherung gebe.`;
    const meetings = meetingsOf(text);
    const apart = meetings.filter(m => m.participants.length === 2);
    expect(apart).toHaveLength(2);
    expect(apart.map(m => [...m.participants].sort())).toEqual([
      ['Aleksandar Vučić', 'Kaja Kallas'],
      ['Albin Kurti', 'Kaja Kallas'],
    ]);
    for (const meeting of apart) expect(meeting).toMatchObject({place: 'Brüssel', start: '2026-12-11', status: 'held'});
  });

  it('makes the meeting of all three the one that did not come about ("kam es … zu keinem trilateralen Treffen")', () => {
    const text = `${told} Nach getrennten Treffen mit Vučić und Kurti teilte Kallas mit, dass es keinerlei Annäherung gebe. Am Abend kam es dann zu keinem trilateralen Treffen mehr.`;
    const meetings = meetingsOf(text);
    expect(meetings).toHaveLength(3);
    expect(meetings.find(m => m.participants.length === 3)).toMatchObject({place: 'Brüssel', start: '2026-12-11', status: 'cancelled'});
    expect(meetings.filter(m => m.status === 'held')).toHaveLength(2);
  });

  it('still keeps a meeting of three told once, with no separate ones, as held', () => {
    const meetings = meetingsOf(`${told} Kallas sprach danach von schwierigen Verhandlungen.`);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({place: 'Brüssel', status: 'held'});
    expect(meetings[0]!.participants).toHaveLength(3);
  });
});
