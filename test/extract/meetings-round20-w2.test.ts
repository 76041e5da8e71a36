import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Meetings missed or found extra in the design group (first-look sets AS to AV), round 20, wave 2,
// counted by cause. Tested in sentences of our own. Friday 11.12.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-12-11') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a venue offered', () => {
  it('reads "bot X als Verhandlungsplatz an" as talks proposed at X', () => {
    const meetings = meetingsOf('Die lettische Außenministerin Baiba Braže bot Riga als Verhandlungsplatz an.');
    expect(meetings).toMatchObject([{place: 'Riga', status: 'proposed', start: null, participants: []}]);
  });

  it('reads the venue with an adverb of repetition before "als" ("bot X erneut als Verhandlungsort an")', () => {
    const meetings = meetingsOf('Der finnische Präsident Alexander Stubb bot Helsinki erneut als Verhandlungsort an.');
    expect(meetings).toMatchObject([{place: 'Helsinki', status: 'proposed', start: null}]);
  });

  it('still reads no venue in "X wieder als Partner"', () => {
    const meetings = meetingsOf('Die Regierung sieht Helsinki wieder als Partner an.');
    expect(meetings).toEqual([]);
  });
});
