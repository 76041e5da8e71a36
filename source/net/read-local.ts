// `feeds add ./saved.xml` and file:// URLs: a feed saved to disk is read like a fetched one,
// with the same size limit and charset detection, and its size and modification time as validator.
import {open} from 'node:fs/promises';
import {hashThenDecode} from './body-hash.js';
import {FetchError} from './fetch-error.js';
import {formatSize} from './format-size.js';
import type {FetchOptions, FetchResult} from './types.js';
import {pathToFileURL} from 'node:url';

export async function readLocal(path: string, options: FetchOptions & {maxBytes: number}): Promise<FetchResult> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? `not found: ${path}` : code === 'EACCES' ? `permission denied: ${path}` : `cannot read ${path}`;
    throw new FetchError(reason, path, {cause: error});
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new FetchError(`not a file: ${path}`, path);
    if (stats.size > options.maxBytes) throw new FetchError(`response larger than ${formatSize(options.maxBytes)}`, path);
    const lastModified = stats.mtime.toUTCString();
    // HTTP dates count whole seconds: a file rewritten within the second it was read would look
    // unchanged. The size and the exact modification time tell it, as an ETag would.
    const etag = `"${stats.size}-${stats.mtimeMs}"`;
    if (options.validators?.etag === etag) return {status: 'not-modified'};
    const bytes = await handle.readFile();
    // No header: the byte-order mark or the document's own declaration decides.
    const decoded = await hashThenDecode(bytes, null, options.lastBodyHash);
    if (decoded === 'same-body') return {status: 'same-body', etag, lastModified};
    const {text, note, bodyHash} = decoded;
    return {status: 'ok', body: text, contentType: null, etag, lastModified, finalUrl: pathToFileURL(path).href, charsetNote: note, bodyHash, bodyBytes: bytes.byteLength};
  } finally {
    await handle.close();
  }
}
