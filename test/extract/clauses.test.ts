import {describe, expect, it} from 'vitest';
import {splitClauses} from '../../source/extract/clauses.js';
import {extract} from '../../source/extract/index.js';

const published = '2025-12-20T21:16:00+01:00';
const meetingsOf = (text: string) => extract({title: 'Ukraine-Diplomatie', text, published}).meetings;

describe('clauses', () => {
  it('keeps a quotation of a few words inside its clause', () => {
    expect(splitClauses('Die Runde war aus „technischen Gründen“ vertagt worden').map(c => c.text)).toEqual([
      'Die Runde war aus „technischen Gründen“ vertagt worden',
    ]);
  });

  it('still ends a clause at a quoted sentence', () => {
    expect(splitClauses('Er sagte: „Wir treffen uns am Montag in Genf, das ist sicher.“').length).toBeGreaterThan(1);
  });

  it('reads a meeting put off "aus „… Gründen“" as called off', () => {
    expect(meetingsOf('Die zunächst für den 9. Dezember in Wien angesetzte Gesprächsrunde war aus „organisatorischen Gründen“ verschoben worden.')).toMatchObject([
      {place: 'Wien', start: '2025-12-09', status: 'cancelled'},
    ]);
  });
});
