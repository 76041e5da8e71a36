import type {FeedValidators} from '../feeds/types.js';

export type FetchOptions = {
  /** ETag / Last-Modified from the last fetch: the server may answer 304. */
  validators?: FeedValidators;
  /** For the whole exchange, body included. Default 20 000. */
  timeoutMs?: number;
  /** Largest body accepted, after decompression. Default 10 MB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  signal?: AbortSignal;
  /** Accept header; defaults to feed types. */
  accept?: string;
  /**
   * The hash (bodyHashOf) of the body stored last time: when the bytes hash the same, the
   * answer is 'same-body' and they are not decoded (a site that ignores conditional GET).
   */
  lastBodyHash?: string | null;
};

export type FetchResult =
  | {status: 'not-modified'}
  | {status: 'same-body'; etag: string | null; lastModified: string | null}
  | {
      status: 'ok';
      /** Decoded text (charset from BOM, header or document). */
      body: string;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
      /** Where the body came from, after redirects (and its Content-Location): the base for relative links. */
      finalUrl: string;
      /** The charset label did not fit the bytes and another was used; one line for the feed's status. */
      charsetNote?: string | null;
      /** bodyHashOf the bytes as they came (before decoding), and their number. */
      bodyHash?: string;
      bodyBytes?: number;
    };

export const defaultLimits = {timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5};
