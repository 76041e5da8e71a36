// Prepared statements kept per connection: preparing the same SQL for every article of a
// large poll cost more than running it.
import type {Statement} from 'better-sqlite3';
import type {Db} from './open-cache.js';

const prepared = new WeakMap<Db, Map<string, Statement>>();

/** The connection's statement for `sql`, prepared on first use. */
export function statement(db: Db, sql: string): Statement {
  let statements = prepared.get(db);
  if (!statements) prepared.set(db, (statements = new Map()));
  let found = statements.get(sql);
  if (!found) statements.set(sql, (found = db.prepare(sql)));
  return found;
}
