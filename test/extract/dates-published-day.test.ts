import {describe, expect, it} from 'vitest';
import {publishedDay} from '../../source/extract/dates.js';

describe('publishedDay', () => {
  it.each([
    ['2025-12-20T00:30:00+01:00', '2025-12-20'],
    ['2025-12-19T23:30:00Z', '2025-12-20'],
    ['2025-12-20T22:59:00Z', '2025-12-20'],
    ['2025-12-20T23:00:00Z', '2025-12-21'],
    // Summer time: Berlin is two hours ahead.
    ['2025-08-05T22:30:00Z', '2025-08-06'],
    ['2025-08-06T00:30:00+02:00', '2025-08-06'],
    // Without an offset the time is Berlin's already.
    ['2025-12-20T00:30:00', '2025-12-20'],
    ['2025-07-23', '2025-07-23'],
  ])('%s is %s in Berlin', (published, day) => {
    expect(publishedDay(published)).toBe(day);
  });
});
