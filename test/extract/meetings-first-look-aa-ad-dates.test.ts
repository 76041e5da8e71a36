import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Dates that the first-look sets AA to AD (test/fixtures/firstlook-aa … -ad) showed talkwatch
// reading wrong, in sentences of our own. Thursday 05.03.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-03-05') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a span back from the publication day', () => {
  it('dates a meeting that "liegt … zurück" by counting back', () => {
    const meetings = meetingsOf('Der Kanzler will heute mit Emmanuel Macron telefonieren. Ihr letztes Gespräch liegt schon genau drei Wochen zurück.');
    expect(meetings).toContainEqual(expect.objectContaining({status: 'held', start: '2026-02-12', precision: 'day'}));
  });

  it('does not count back a hedged number of years', () => {
    expect(meetingsOf('Der letzte Besuch von Meloni in Wien liegt über vier Jahre zurück.')).not.toContainEqual(expect.objectContaining({start: '2022-01-01'}));
  });
});
