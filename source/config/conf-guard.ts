import {readFileSync} from 'node:fs';
import {UsageError} from './errors.js';
import {describeJsonError} from './json-position.js';

/**
 * Runs a read or write of a conf-backed file and turns its failures into one line naming the
 * file (`what` says which: "the settings", "your people"). The file is never reset.
 */
export function guardConfFile<T>(path: string, what: string, task: () => T): T {
  try {
    return task();
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const reason = error instanceof SyntaxError ? `not valid JSON, ${describeJsonError(error, readFileSync(path, 'utf8'))}` : (error as Error).message;
    throw new UsageError(`cannot read ${what} ${path}: ${reason} (fix or move the file)`);
  }
}
