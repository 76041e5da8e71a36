import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// A region reported as its country is still a venue apart from the other towns of that country;
// first-look set AG showed it (a summit in a US state folded into a White House visit). Tested in
// sentences of our own.
// Monday 07.12.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-12-07') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a region and the towns of its country', () => {
  it('keeps a summit "in Alaska" apart from a visit to Washington told before it', () => {
    const meetings = meetingsOf('Der Präsident empfängt Tusk am Montag in Washington. Beim Gipfel in Alaska hatte er Erdoğan getroffen.');
    expect(meetings).toHaveLength(2);
    expect(meetings[0]).toMatchObject({place: 'Washington', participants: expect.not.arrayContaining(['Recep Tayyip Erdoğan'])});
    expect(meetings[1]).toMatchObject({place: 'USA', status: 'held', participants: expect.arrayContaining(['Recep Tayyip Erdoğan'])});
  });

  it('keeps one meeting for a region and a town inside it ("in Florida" … "in Miami")', () => {
    expect(meetingsOf('Die Unterhändler verhandelten am Samstag in Florida. Die Gespräche in Miami dauerten vier Stunden.')).toMatchObject([{place: 'Miami', start: '2026-12-05'}]);
    expect(meetingsOf('Tusk und Stubb trafen sich am Freitag in Alaska. Das Gipfeltreffen in Anchorage dauerte drei Stunden.')).toMatchObject([{place: 'Anchorage', start: '2026-12-04'}]);
  });
});
