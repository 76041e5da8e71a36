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

describe('a joint press conference', () => {
  it('reads "bei einer gemeinsamen Pressekonferenz mit X" as a meeting of the two, held', () => {
    const meetings = meetingsOf('Die Lage an der Grenze bleibt angespannt. Der Kanzler Friedrich Merz warnte am Dienstag bei einer gemeinsamen Pressekonferenz mit Donald Tusk vor neuen Drohnen.');
    expect(meetings).toMatchObject([{start: '2026-12-08', status: 'held', kind: 'talks'}]);
    expect([...meetings[0]!.participants].sort()).toEqual(['Donald Tusk', 'Friedrich Merz']);
  });

  it('dates an undated joint press conference told further down on the day of the report', () => {
    const text = 'Die Lage an der Grenze bleibt angespannt.\n\nNeue Drohnen seien zu erwarten, betonte Tusk bei einer gemeinsamen Pressekonferenz mit dem Kanzler Friedrich Merz in Warschau.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Warschau', start: '2026-12-11', status: 'held'}]);
  });

  it('finds no meeting in a press conference of one ("auf einer Pressekonferenz in Kiew")', () => {
    expect(meetingsOf('Der Kanzler Friedrich Merz warnte am Dienstag auf einer Pressekonferenz in Berlin vor neuen Drohnen.')).toEqual([]);
  });
});
