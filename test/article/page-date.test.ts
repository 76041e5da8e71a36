import {describe, expect, it} from 'vitest';
import {parseGermanDateTime} from '../../source/article/page-date.js';

describe('parseGermanDateTime', () => {
  it('gives n-tv dates the Berlin offset of their season', () => {
    expect(parseGermanDateTime('20.12.2025, 21:16 Uhr')).toBe('2025-12-20T21:16:00+01:00');
    expect(parseGermanDateTime('Stand: 3.7.2025, 08:05 Uhr')).toBe('2025-07-03T08:05:00+02:00');
    expect(parseGermanDateTime('01.06.2025')).toBe('2025-06-01T00:00:00+02:00');
  });

  it('returns null for text without a date or with an impossible one', () => {
    expect(parseGermanDateTime('gestern Abend')).toBeNull();
    expect(parseGermanDateTime('45.13.2025, 10:00 Uhr')).toBeNull();
  });
});
