import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Meetings missed or found extra in the design group (first-look sets AS to AX), round 20, wave 3,
// counted by cause. Tested in sentences of our own. Friday 11.12.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-12-11') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a split verb of meeting', () => {
  it('reads "trafen … aufeinander" as talks at the place of its clause', () => {
    const meetings = meetingsOf('Die Minister beraten am Montag in Oslo. Zuletzt trafen im Herbst die Unterhändler beider Länder in Helsinki aufeinander.');
    expect(meetings.find(m => m.place === 'Helsinki')).toMatchObject({kind: 'talks', status: 'held', start: '2026-09-22', precision: 'season'});
  });

  it('reads "trafen … zusammen" at the end of its clause as talks, with no one named', () => {
    const meetings = meetingsOf('Am Mittwoch trafen die Außenminister beider Länder in Prag zusammen.');
    expect(meetings).toMatchObject([{place: 'Prag', start: '2026-12-09', status: 'held', kind: 'talks'}]);
  });

  it('finds no meeting in "trafen … zusammen mit", where "zusammen" goes with the company', () => {
    expect(meetingsOf('Die Protestierenden trafen am Abend zusammen mit ihren Familien in Prag ein.').filter(m => m.kind === 'talks')).toEqual([]);
  });
});
