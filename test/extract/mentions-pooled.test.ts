import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// How meetings are found, from the misses of all project-annotated first-look sets pooled (the
// design half): one sentence that tells several meetings. Tested in sentences of our own.
// Monday 07.12.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-12-07') => extract({title: 'Diplomatie', text, published}).meetings;

describe('several calls in one sentence', () => {
  it('makes "Telefonate mit X, Y und Z" one call with each, the one who says so making them', () => {
    const text = 'Sie habe gute Telefonate mit Litauens Präsident Gitanas Nausėda, Estlands Regierungschefin Kristen Michal und dem lettischen Präsidenten Edgars Rinkēvičs geführt, sagte Kaja Kallas der Zeitung.';
    const meetings = meetingsOf(text);
    expect(meetings).toHaveLength(3);
    expect(meetings.map(m => m.kind)).toEqual(['call', 'call', 'call']);
    expect(meetings.map(m => m.participants)).toEqual([
      ['Kaja Kallas', 'Gitanas Nausėda'],
      ['Kaja Kallas', 'Kristen Michal'],
      ['Kaja Kallas', 'Edgars Rinkēvičs'],
    ]);
  });

  it('makes calls announced for a day with two partners two calls ahead', () => {
    const meetings = meetingsOf('Bundeskanzler Friedrich Merz hat für Mittwoch Telefonate mit Giorgia Meloni und Pedro Sánchez angekündigt.');
    expect(meetings).toMatchObject([
      {kind: 'call', status: 'planned', start: '2026-12-09', participants: ['Friedrich Merz', 'Giorgia Meloni']},
      {kind: 'call', status: 'planned', start: '2026-12-09', participants: ['Friedrich Merz', 'Pedro Sánchez']},
    ]);
  });

  it('keeps "Gespräche mit X und Y" one meeting: a round may hold all three', () => {
    const meetings = meetingsOf('Bundeskanzler Friedrich Merz hat am Montag in Rom Gespräche mit Giorgia Meloni und Pedro Sánchez geführt.');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.participants).toEqual(['Friedrich Merz', 'Giorgia Meloni', 'Pedro Sánchez']);
  });

  it('keeps a list item of a role and a long name with its particles in the clause of its meeting word', () => {
    const meetings = meetingsOf('Merz hat am Montag Telefonate mit Meloni, Saudi-Arabiens Außenminister Faisal bin Farhan Al Saud und Pedro Sánchez geführt.');
    expect(meetings.map(m => m.participants.at(-1))).toEqual(['Giorgia Meloni', 'Faisal bin Farhan', 'Pedro Sánchez']);
  });
});

describe('a call named only to set the time', () => {
  it('gives "Nach einem Telefonat mit X hatte er …" the "er" named in the sentence before as the caller', () => {
    const text = 'Ministerpräsident Donald Tusk wandte sich am Abend an die Nation. Nach einem Telefonat mit dem ungarischen Regierungschef Viktor Orbán hatte er zuvor neue Grenzkontrollen verkündet.';
    expect(meetingsOf(text)).toMatchObject([{kind: 'call', status: 'held', start: '2026-12-07', participants: ['Viktor Orbán', 'Donald Tusk']}]);
  });

  it('finds no call when no one before is there for the "er"', () => {
    expect(meetingsOf('Nach einem Telefonat mit Viktor Orbán hatte er zuvor neue Grenzkontrollen verkündet.')).toEqual([]);
  });
});

describe('talking by phone', () => {
  it('reads "hatten sich … telefonisch besprochen" as a call of the two, on its day', () => {
    const text = 'Schon am Mittwoch hatten sich Petteri Orpo und Ulf Kristersson telefonisch besprochen.';
    expect(meetingsOf(text)).toMatchObject([{kind: 'call', status: 'held', start: '2026-12-02', participants: ['Petteri Orpo', 'Ulf Kristersson']}]);
  });

  it('reads a talk verb with "telefonisch" as a call ("sprach telefonisch mit")', () => {
    expect(meetingsOf('Petteri Orpo sprach am Mittwoch telefonisch mit Ulf Kristersson über die Ostsee.')).toMatchObject([{kind: 'call', start: '2026-12-02'}]);
  });
});
