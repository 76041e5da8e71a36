const BARS = '▁▂▃▄▅▆▇█';

/** One bar per day, scaled to the busiest day; a quiet day is the lowest bar, not a gap. */
export function sparkline(values: number[]): string {
  const max = Math.max(0, ...values);
  return values
    .map(value => (max === 0 ? BARS[0] : BARS[Math.min(BARS.length - 1, Math.round((value / max) * (BARS.length - 1)))]))
    .join('');
}
