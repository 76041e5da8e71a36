import {describe, expect, it} from 'vitest';
import {isDue, nextPollAfterFailure, nextPollAfterSuccess} from '../../source/feeds/schedule.js';

const now = new Date('2025-11-12T12:00:00Z');
const minutesLater = (date: Date) => (date.getTime() - now.getTime()) / 60_000;

describe('poll scheduling', () => {
  it('waits the interval, or the feed\'s longer <ttl>', () => {
    expect(minutesLater(nextPollAfterSuccess(now, 15, null))).toBe(15);
    expect(minutesLater(nextPollAfterSuccess(now, 15, 5))).toBe(15);
    expect(minutesLater(nextPollAfterSuccess(now, 15, 60))).toBe(60);
  });

  it('backs off exponentially after failures, at most a day, and respects Retry-After', () => {
    const waits = [1, 2, 3, 4].map(failures => minutesLater(nextPollAfterFailure(now, 15, failures, null)));
    expect(waits).toEqual([15, 30, 60, 120]);
    expect(minutesLater(nextPollAfterFailure(now, 15, 30, null))).toBe(24 * 60);
    expect(minutesLater(nextPollAfterFailure(now, 15, 1, 3600))).toBe(60);
  });

  it('treats a never-polled feed as due', () => {
    expect(isDue({nextPollAt: null}, now)).toBe(true);
    expect(isDue({nextPollAt: '2025-11-12T12:30:00Z'}, now)).toBe(false);
    expect(isDue({nextPollAt: '2025-11-12T11:59:00Z'}, now)).toBe(true);
  });
});
