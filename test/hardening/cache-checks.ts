// Checks the hardening tests run on a cache file after faults: what SQLite itself says about
// the file, duplicates, and every stored string.
import Database from 'better-sqlite3';

/**
 * Opens the file to look at it. Not read-only: after a crash SQLite must replay the WAL, which a
 * read-only connection cannot do; the checks themselves only read.
 */
export function inspect<T>(file: string, look: (db: Database.Database) => T): T {
  const db = new Database(file, {fileMustExist: true});
  try {
    db.pragma('busy_timeout = 5000');
    return look(db);
  } finally {
    db.close();
  }
}

/** "ok", or SQLite's list of what is damaged. */
export function integrity(db: Database.Database): string {
  return (db.pragma('integrity_check') as Array<{integrity_check: string}>).map(row => row.integrity_check).join('\n');
}

/** Guids and canonical URLs stored more than once (the store promises one row per story). */
export function duplicates(db: Database.Database): string[] {
  const query = (column: string) =>
    db.prepare(`SELECT ${column} FROM articles WHERE ${column} IS NOT NULL GROUP BY ${column} HAVING count(*) > 1`).pluck().all() as string[];
  return [...query('guid'), ...query('canonical_url')];
}

export type StoredString = {table: string; column: string; value: string};

/** Every non-empty string in every column of every ordinary table (FTS shadow tables excluded). */
export function storedStrings(db: Database.Database): StoredString[] {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'")
    .pluck()
    .all() as string[];
  return tables.flatMap(table => {
    const columns = (db.pragma(`table_info("${table}")`) as Array<{name: string}>).map(column => column.name);
    const rows = db.prepare(`SELECT * FROM "${table}"`).all() as Array<Record<string, unknown>>;
    return rows.flatMap(row => columns.filter(column => typeof row[column] === 'string').map(column => ({table, column, value: row[column] as string})));
  });
}

/** ESC, other C0 controls but tab and newline, DEL, C1 controls, bidi embeddings/overrides/isolates. */
export const terminalControl = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** Shows an invisible character so a failure message says which one got through. */
export function visible(text: string): string {
  return text.replace(new RegExp(terminalControl.source, 'g'), char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
