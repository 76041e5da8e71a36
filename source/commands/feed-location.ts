// What a user may give as a feed: an http(s) URL, a file:// URL, or a path to a local file.
import {existsSync} from 'node:fs';
import {resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {UsageError} from '../config/errors.js';

/** The URL to store for what the user typed; a local path becomes an absolute file:// URL. */
export function feedLocation(input: string): string {
  const trimmed = input.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      throw new UsageError(`not a valid URL: ${trimmed}`);
    }
    if (!['http:', 'https:', 'file:'].includes(url.protocol)) {
      throw new UsageError(`unsupported URL scheme ${url.protocol} in ${trimmed} (use http, https or file)`);
    }
    return url.href;
  }
  if (trimmed !== '' && existsSync(trimmed)) return pathToFileURL(resolve(trimmed)).href;
  throw new UsageError(`not a URL or an existing file: ${input}`);
}
