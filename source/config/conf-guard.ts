import {mkdirSync, readFileSync} from 'node:fs';
import {dirname} from 'node:path';
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

/**
 * A conf-backed file read without loading conf, as conf reads it (conf writes it atomically, so a
 * read never sees half a file): a missing file is an empty store and its folder is created, JSON
 * `null` is empty, broken JSON is reported as guardConfFile does and never reset.
 */
export function readConfFile<T extends object>(path: string, what: string): T {
  return guardConfFile(path, what, () => {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      mkdirSync(dirname(path), {recursive: true});
      return {} as T;
    }
    return Object.assign({}, JSON.parse(text) as T);
  });
}
