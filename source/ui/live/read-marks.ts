// Read marks that never hold up the dashboard. better-sqlite3 writes synchronously: while a
// `talkwatch poll` in another terminal stores a batch, a plain write waits for its lock (up to the
// busy timeout) and the screen froze with it after Enter or u. A mark is therefore tried without
// waiting, kept here while the lock is taken, shown from here meanwhile, and tried again shortly.

/**
 * Writes one mark. With `wait` false it must not wait for another process's write lock and
 * returns false when the lock is taken; with `wait` true it may wait (the dashboard is closing).
 */
export type MarkWriter = (id: number, unread: boolean, wait: boolean) => boolean;

export type ReadMarks = {
  /** Records the mark: written now when the cache's lock is free, else soon. */
  mark(id: number, unread: boolean): void;
  /** The mark of an article not written yet, to show instead of the stored one. */
  pending(id: number): boolean | undefined;
  /** Writes what is left, waiting for the lock this time. */
  flush(): void;
};

/**
 * `onWritten` runs after marks are stored (the dashboard re-reads its rows). A failure other than
 * a taken lock drops the mark, as before: a read mark is a convenience, never a reason to end
 * the dashboard.
 */
export function readMarks(write: MarkWriter, onWritten: () => void, retryMs = 250): ReadMarks {
  const waiting = new Map<number, boolean>();
  let retry: ReturnType<typeof setTimeout> | null = null;

  function attempt(id: number, unread: boolean, wait: boolean): boolean {
    try {
      return write(id, unread, wait);
    } catch {
      return true;
    }
  }

  function writeWaiting(): void {
    retry = null;
    let wrote = false;
    for (const [id, unread] of waiting) {
      if (!attempt(id, unread, false)) break;
      waiting.delete(id);
      wrote = true;
    }
    if (waiting.size > 0) {
      retry = setTimeout(writeWaiting, retryMs);
      retry.unref?.();
    }
    if (wrote) onWritten();
  }

  return {
    mark(id, unread) {
      // A later mark of the same article replaces the earlier one and goes to the end of the line.
      waiting.delete(id);
      waiting.set(id, unread);
      if (!retry) writeWaiting();
    },
    pending: id => waiting.get(id),
    flush() {
      if (retry) clearTimeout(retry);
      retry = null;
      for (const [id, unread] of waiting) attempt(id, unread, true);
      waiting.clear();
    },
  };
}
