// Read marks written around another process's write lock (source/ui/live/read-marks.ts).
import {afterEach, describe, expect, it, vi} from 'vitest';
import {readMarks} from '../../source/ui/live/read-marks.js';

afterEach(() => vi.useRealTimers());

/** A cache whose write lock the test takes and frees; what was stored, in order. */
function lockedCache() {
  const stored: Array<[number, boolean]> = [];
  const cache = {
    locked: false,
    stored,
    write(id: number, unread: boolean, wait: boolean) {
      if (cache.locked && !wait) return false;
      stored.push([id, unread]);
      return true;
    },
  };
  return cache;
}

describe('read marks while the cache is locked', () => {
  it('writes at once when the lock is free', () => {
    const cache = lockedCache();
    const written = vi.fn();
    const marks = readMarks(cache.write, written);
    marks.mark(7, false);
    expect(cache.stored).toEqual([[7, false]]);
    expect(marks.pending(7)).toBeUndefined();
    expect(written).toHaveBeenCalledTimes(1);
  });

  it('keeps marks while the lock is taken, the last one per article, and writes them in order once it is free', () => {
    vi.useFakeTimers();
    const cache = lockedCache();
    const written = vi.fn();
    const marks = readMarks(cache.write, written, 100);
    cache.locked = true;
    marks.mark(1, false);
    marks.mark(2, false);
    marks.mark(1, true);
    expect(cache.stored).toEqual([]);
    expect([marks.pending(1), marks.pending(2)]).toEqual([true, false]);
    vi.advanceTimersByTime(300);
    expect(cache.stored).toEqual([]);
    cache.locked = false;
    vi.advanceTimersByTime(100);
    expect(cache.stored).toEqual([[2, false], [1, true]]);
    expect(marks.pending(1)).toBeUndefined();
    expect(written).toHaveBeenCalledTimes(1);
  });

  it('writes what is left when the dashboard closes, waiting for the lock this time', () => {
    vi.useFakeTimers();
    const cache = lockedCache();
    const marks = readMarks(cache.write, () => {});
    cache.locked = true;
    marks.mark(3, false);
    marks.flush();
    expect(cache.stored).toEqual([[3, false]]);
    expect(marks.pending(3)).toBeUndefined();
  });
});
