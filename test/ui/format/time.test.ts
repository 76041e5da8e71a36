import {describe, expect, it} from 'vitest';
import {articleTime, countdown} from '../../../source/ui/format/time.js';

const now = new Date(2025, 10, 12, 15, 0);

describe('articleTime', () => {
  it('is relative today and a date otherwise', () => {
    expect(articleTime(new Date(2025, 10, 12, 14, 59, 30).toISOString(), now)).toBe('now');
    expect(articleTime(new Date(2025, 10, 12, 14, 15).toISOString(), now)).toBe('45 min ago');
    expect(articleTime(new Date(2025, 10, 12, 9, 0).toISOString(), now)).toBe('6 h ago');
    expect(articleTime(new Date(2025, 10, 11, 23, 0).toISOString(), now)).toBe('11.11.');
    expect(articleTime(new Date(2024, 11, 24, 12, 0).toISOString(), now)).toBe('24.12.2024');
    expect(articleTime(null, now)).toBe('');
  });
});

describe('countdown', () => {
  it('counts calendar days, not 24-hour periods', () => {
    expect(countdown('2025-11-12', now)).toBe('today');
    expect(countdown('2025-11-13', now)).toBe('tomorrow');
    expect(countdown('2025-11-15', now)).toBe('in 3 days');
    expect(countdown('2025-11-11', now)).toBe('yesterday');
    expect(countdown('2025-11-01', now)).toBe('11 days ago');
    expect(countdown(null, now)).toBe('');
  });
});
