import {CacheError} from '../config/errors.js';

/** SQLite failures that are the cache's, not a feed's: every other feed would fail the same way. */
const storageCodes: Record<string, string> = {
  SQLITE_FULL: 'the disk is full',
  SQLITE_IOERR: 'an I/O error occurred',
  SQLITE_CORRUPT: 'the cache file is damaged',
  SQLITE_NOTADB: 'the cache file is not a talkwatch cache',
  SQLITE_READONLY: 'the cache file is read-only',
  SQLITE_CANTOPEN: 'the cache file cannot be opened',
};

/**
 * A CacheError naming the file when `error` is a storage failure (full disk, I/O error, damaged
 * file), so a poll stops with one clear line instead of blaming each feed in turn.
 */
export function storageFailure(error: unknown, file: string): CacheError | null {
  const code = (error as {code?: unknown}).code;
  if (typeof code !== 'string') return null;
  // Extended codes (SQLITE_IOERR_WRITE) belong to their primary code.
  const primary = Object.keys(storageCodes).find(key => code === key || code.startsWith(`${key}_`));
  const what = primary ? storageCodes[primary] : undefined;
  return what ? new CacheError(`${what}: could not write ${file} (nothing stored was lost)`, file, {cause: error}) : null;
}
