/** Thrown by readLimited when the stream passes the limit; the caller turns it into a FetchError. */
export class TooLargeError extends Error {
  override name = 'TooLargeError';
  constructor(readonly limit: number) {
    super(`larger than ${limit} bytes`);
  }
}

/**
 * Reads a stream to the end but never holds more than `maxBytes`: a server that lies about its
 * Content-Length, streams forever or sends a gzip bomb is cut off at the limit, counted after
 * decompression.
 */
export async function readLimited(stream: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  // Leaving the loop early (the throw) ends the stream, which stops the download.
  for await (const chunk of stream) {
    total += chunk.byteLength;
    if (total > maxBytes) throw new TooLargeError(maxBytes);
    chunks.push(chunk);
  }
  return concat(chunks, total);
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
