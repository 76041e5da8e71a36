import {describe, expect, it} from 'vitest';
import {meetingDate} from '../../../source/ui/format/meeting.js';

describe('meetingDate', () => {
  it('says how precisely the date is known', () => {
    expect(meetingDate({start: '2025-11-15', end: null, precision: 'day'})).toBe('15.11.2025');
    expect(meetingDate({start: '2025-11-27', end: '2025-11-28', precision: 'days'})).toBe('27.–28.11.2025');
    expect(meetingDate({start: '2025-11-30', end: '2025-12-01', precision: 'days'})).toBe('30.11.2025–01.12.2025');
    expect(meetingDate({start: '2025-12-01', end: null, precision: 'month'})).toBe('~12.2025');
    expect(meetingDate({start: null, end: null, precision: 'unknown'})).toBe('date open');
  });
});
