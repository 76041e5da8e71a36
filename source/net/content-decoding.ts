// Undoing Content-Encoding the way fetch() (undici) did for us: the codings in reverse order,
// leniently (servers send slightly broken gzip that browsers accept), "deflate" with or without
// its zlib header, and an unknown coding leaves the body as it came.
import {pipeline, Transform, type Readable, type TransformCallback} from 'node:stream';
import {constants, createBrotliDecompress, createGunzip, createInflate, createInflateRaw, type InflateRaw, type Inflate} from 'node:zlib';

const lenient = {flush: constants.Z_SYNC_FLUSH, finishFlush: constants.Z_SYNC_FLUSH};

/** The body as sent before the server encoded it; a decoding error surfaces while reading. */
export function decodeContent(body: Readable, contentEncoding: string | undefined): Readable {
  const decoders: Transform[] = [];
  for (const coding of (contentEncoding ?? '').toLowerCase().split(',').map(part => part.trim()).filter(Boolean).reverse()) {
    if (coding === 'gzip' || coding === 'x-gzip') decoders.push(createGunzip(lenient));
    else if (coding === 'deflate') decoders.push(new Inflater());
    else if (coding === 'br') decoders.push(createBrotliDecompress({flush: constants.BROTLI_OPERATION_FLUSH, finishFlush: constants.BROTLI_OPERATION_FLUSH}));
    else if (coding !== 'identity') return body;
  }
  return decoders.length === 0 ? body : (pipeline([body, ...decoders], () => {}) as unknown as Readable);
}

/** zlib-wrapped deflate as the standard says, or raw deflate as some servers send: the first byte tells. */
class Inflater extends Transform {
  private inflate: Inflate | InflateRaw | null = null;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (!this.inflate) {
      if (chunk.length === 0) return done();
      this.inflate = (chunk[0]! & 0x0f) === 0x08 ? createInflate(lenient) : createInflateRaw(lenient);
      this.inflate.on('data', data => this.push(data));
      this.inflate.on('end', () => this.push(null));
      this.inflate.on('error', error => this.destroy(error));
    }
    this.inflate.write(chunk, done);
  }

  override _final(done: TransformCallback): void {
    this.inflate?.end();
    done();
  }
}
