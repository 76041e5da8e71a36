import type {Db} from '../../store/open-cache.js';

/**
 * Calls `onChange` when another process (`talkwatch poll` in a second terminal, say) committed
 * to the cache. SQLite's data_version changes only for other connections' commits, so reading
 * it every second or two is cheap and never reports our own writes twice.
 */
export function watchDataVersion(db: Db, onChange: () => void, everyMs = 1500): () => void {
  const read = () => db.pragma('data_version', {simple: true}) as number;
  let last = read();
  const timer = setInterval(() => {
    const now = read();
    if (now !== last) {
      last = now;
      onChange();
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
