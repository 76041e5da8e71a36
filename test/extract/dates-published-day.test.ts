import {describe, expect, it} from 'vitest';
import {publishedDay} from '../../source/extract/dates.js';
import {berlinDayOf} from '../../source/extract/dates/berlin-time.js';

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

describe('berlinDayOf', () => {
  const intl = new Intl.DateTimeFormat('en-CA', {timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit'});

  it.each([
    ['2025-03-29T22:59:59.999Z', '2025-03-29'],
    ['2025-03-29T23:00:00.000Z', '2025-03-30'],
    // The clocks went forward that night: the next midnight is at 22:00 UTC.
    ['2025-03-30T21:59:59.999Z', '2025-03-30'],
    ['2025-03-30T22:00:00.000Z', '2025-03-31'],
    ['2025-10-25T21:59:59.999Z', '2025-10-25'],
    ['2025-10-26T22:59:59.999Z', '2025-10-26'],
    ['2025-10-26T23:00:00.000Z', '2025-10-27'],
  ])('%s is %s, to the millisecond', (instant, day) => {
    expect(berlinDayOf(new Date(instant))).toBe(day);
  });

  it('agrees with the time zone database minute by minute, also on the days the clocks change and before 1893', () => {
    const days = ['2025-03-29', '2025-03-30', '2025-10-26', '2026-06-01', '1975-01-15', '1945-05-24', '1890-01-01'];
    for (const day of days) {
      const start = Date.parse(`${day}T00:00:00Z`);
      for (let time = start; time < start + 86_400_000; time += 60_000) {
        for (const instant of [time - 1, time]) expect(berlinDayOf(new Date(instant)), new Date(instant).toISOString()).toBe(intl.format(instant));
      }
    }
  });
});
