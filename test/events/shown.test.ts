import {describe, expect, it} from 'vitest';
import {shownAt} from '../../source/events/shown.js';
import type {EventState} from '../../source/events/types.js';

const today = '2026-03-20';
const event = (overrides: Partial<EventState>): EventState => ({
  place: 'Genf',
  country: 'Schweiz',
  start: null,
  end: null,
  precision: 'unknown',
  status: 'planned',
  kind: 'talks',
  participants: [],
  firstReported: '2026-03-01T09:00:00.000Z',
  lastReported: '2026-03-15T09:00:00.000Z',
  statusAt: '2026-03-15T09:00:00.000Z',
  ...overrides,
});

describe('how a meeting reads against today', () => {
  it('upcoming: planned for today or later, or an undated plan reported in the last 30 days', () => {
    expect(shownAt(event({start: '2026-03-20', precision: 'day'}), today)).toBe('upcoming');
    expect(shownAt(event({start: '2026-03-01', precision: 'month'}), today)).toBe('upcoming');
    expect(shownAt(event({status: 'proposed'}), today)).toBe('upcoming');
    expect(shownAt(event({status: 'ongoing', start: '2026-03-19', end: '2026-03-21', precision: 'days'}), today)).toBe('upcoming');
  });

  it('date-passed: planned or ongoing, but its last day has passed without a report that it took place', () => {
    expect(shownAt(event({start: '2026-03-19', precision: 'day'}), today)).toBe('date-passed');
    // Not "ongoing, 290 days ago".
    expect(shownAt(event({status: 'ongoing', start: '2025-06-02', precision: 'day', lastReported: '2025-06-02T09:00:00.000Z'}), today)).toBe('date-passed');
  });

  it('stale: an undated proposal no report has repeated for 30 days', () => {
    expect(shownAt(event({status: 'proposed', lastReported: '2026-02-17T09:00:00.000Z'}), today)).toBe('stale');
    expect(shownAt(event({status: 'proposed', lastReported: '2025-03-20T09:00:00.000Z'}), today)).toBe('stale');
    expect(shownAt(event({status: 'proposed', lastReported: '2026-02-19T09:00:00.000Z'}), today)).toBe('upcoming');
  });

  it('past: held or cancelled', () => {
    expect(shownAt(event({status: 'held', start: '2026-03-19', precision: 'day'}), today)).toBe('past');
    expect(shownAt(event({status: 'cancelled', start: '2026-04-01', precision: 'day'}), today)).toBe('past');
  });
});
