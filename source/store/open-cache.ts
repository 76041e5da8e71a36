import {existsSync, mkdirSync} from 'node:fs';
import {dirname} from 'node:path';
import Database from 'better-sqlite3';
import {CacheError} from '../config/errors.js';
import {migrations} from './migrations.js';

export type Db = Database.Database;

/** Each connection's page cache, in KiB. */
const pageCacheKb = 2000;

/** How long a write waits for another process's write lock before it fails. */
const busyTimeoutMs = 5000;

/**
 * Opens (or creates) the cache and brings its schema up to date. WAL and a busy timeout let the
 * dashboard read while a `talkwatch poll` in another terminal writes. A file that is not a
 * SQLite database, or a damaged one, raises a CacheError naming it; the file is left as it was.
 */
export function openCache(file: string): Db {
  const creating = !existsSync(file);
  if (creating) mkdirSync(dirname(file), {recursive: true});
  let db: Db | undefined;
  try {
    db = new Database(file, {fileMustExist: !creating});
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    // Reading the schema is the first thing that fails on a file that is not a database.
    const version = db.pragma('user_version', {simple: true}) as number;
    if (version > migrations.length) {
      throw new Error(`it was written by a newer talkwatch (schema ${version}, this one knows ${migrations.length})`);
    }
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    // SQLite's own default page cache (2 MB) instead of better-sqlite3's 16 MB per connection:
    // the cache file's pages are in the OS's page cache anyway, and a process that stays open
    // filled its 16 MB slowly with every page it touched (most of the dashboard's growth in the
    // soak). A cold poll peaked ~15 MB lower at the same CPU time.
    db.pragma(`cache_size = -${pageCacheKb}`);
    migrate(db, version);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof CacheError) throw error;
    throw new CacheError(`cannot open the cache ${file}: ${describe(error)}`, file, {cause: error});
  }
}

/**
 * Runs a write that must not wait for another process's write lock (the dashboard's UI thread):
 * false, with nothing written, when the lock is taken.
 */
export function writeIfFree(db: Db, write: () => void): boolean {
  db.pragma('busy_timeout = 0');
  try {
    write();
    return true;
  } catch (error) {
    if (String((error as {code?: unknown}).code).startsWith('SQLITE_BUSY')) return false;
    throw error;
  } finally {
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  }
}

function migrate(db: Db, from: number): void {
  if (from === migrations.length) return;
  // One write lock for all steps, and the version read again under it: two talkwatch processes
  // started at once on a new cache must not both create the tables.
  db.transaction(() => {
    const current = db.pragma('user_version', {simple: true}) as number;
    for (let version = current; version < migrations.length; version++) db.exec(migrations[version]!);
    db.pragma(`user_version = ${migrations.length}`);
  }).immediate();
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/file is not a database|malformed/i.test(message)) return `${message} (move it away to start a new cache)`;
  return message;
}
