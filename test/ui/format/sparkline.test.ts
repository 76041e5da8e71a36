import {describe, expect, it} from 'vitest';
import {sparkline} from '../../../source/ui/format/sparkline.js';

describe('sparkline', () => {
  it('scales to the busiest day, with quiet days as the lowest bar', () => {
    expect(sparkline([0, 2, 14])).toBe('▁▂█');
    expect(sparkline([0, 0, 0])).toBe('▁▁▁');
    expect(sparkline(Array(14).fill(1))).toHaveLength(14);
  });
});
