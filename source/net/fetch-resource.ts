// The one place talkwatch talks to the network. Feeds and article pages both come through
// here, so limits (time, size, redirects), conditional GET and charset handling hold for all.
import {STATUS_CODES} from 'node:http';
import {resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {hashThenDecode} from './body-hash.js';
import {FetchError} from './fetch-error.js';
import {formatSeconds, formatSize} from './format-size.js';
import {httpGet, type HttpAnswer} from './http-get.js';
import {isConnectionReset, networkReason} from './network-reason.js';
import {readLimited, TooLargeError} from './read-limited.js';
import {readLocal} from './read-local.js';
import {parseRetryAfter} from './retry-after.js';
import type {FeedValidators} from '../feeds/types.js';
import {defaultLimits, type FetchOptions, type FetchResult} from './types.js';
import {userAgent} from './user-agent.js';

export {FetchError} from './fetch-error.js';
export type {FetchOptions, FetchResult} from './types.js';

const feedAccept = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8';
const redirectCodes = new Set([301, 302, 303, 307, 308]);

/** Fetches an http(s) URL, a file:// URL or a local path. Throws FetchError with a one-line reason. */
export async function fetchResource(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const limits = {
    timeoutMs: options.timeoutMs ?? defaultLimits.timeoutMs,
    maxBytes: options.maxBytes ?? defaultLimits.maxBytes,
    maxRedirects: options.maxRedirects ?? defaultLimits.maxRedirects,
  };
  if (/^https?:\/\//i.test(url)) return fetchHttp(new URL(url), {...options, ...limits});
  if (/^file:/i.test(url)) return readLocal(fileURLToPath(url), {...options, ...limits});
  if (/^[a-z][a-z\d+.-]+:/i.test(url) && URL.canParse(url)) throw new FetchError(`unsupported address (${new URL(url).protocol} is not http, https or file)`, url);
  return readLocal(resolve(url), {...options, ...limits});
}

async function fetchHttp(start: URL, options: FetchOptions & typeof defaultLimits): Promise<FetchResult> {
  // One timer for the whole exchange: a server that trickles its body must not hold a poll forever.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new FetchError(`timed out after ${formatSeconds(options.timeoutMs)}`, start.href)), options.timeoutMs);
  // The caller's signal (a poll loop's Ctrl-C) is followed by hand: AbortSignal.any leaves a
  // reference to each request in that long-lived signal (Node 20), one more per feed and round.
  const cancel = () => controller.abort(options.signal!.reason);
  if (options.signal?.aborted) cancel();
  else options.signal?.addEventListener('abort', cancel, {once: true});
  const signal = controller.signal;
  try {
    let url = start;
    for (let redirects = 0; ; redirects++) {
      const response = await send(url, options, signal);
      const location = response.header('location');
      if (redirectCodes.has(response.status) && location) {
        response.discard();
        if (redirects >= options.maxRedirects) throw new FetchError(`too many redirects (more than ${options.maxRedirects})`, start.href);
        if (!URL.canParse(location, url)) throw new FetchError(`redirected to an invalid address (${location.slice(0, 100).replace(/[^\x20-\x7e]/g, '?')})`, start.href, {status: response.status});
        url = new URL(location, url);
        if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(`redirected to an unsupported address (${url.protocol})`, start.href);
        continue;
      }
      return await readResponse(response, url, options);
    }
  } catch (error) {
    throw asFetchError(error, start, signal);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}

/**
 * A GET, sent again once when the connection dies before any answer: a server may close a
 * kept-alive connection just as it is reused, which says nothing about the feed.
 */
async function send(url: URL, options: FetchOptions, signal: AbortSignal): Promise<HttpAnswer> {
  const request = () => httpGet(url, requestHeaders(options), signal);
  try {
    return await request();
  } catch (error) {
    if (signal.aborted || !isConnectionReset(error)) throw error;
    return request();
  }
}

async function readResponse(response: HttpAnswer, url: URL, options: FetchOptions & typeof defaultLimits): Promise<FetchResult> {
  if (response.status === 304) {
    response.discard();
    return {status: 'not-modified'};
  }
  if (response.status < 200 || response.status > 299) {
    response.discard();
    const text = response.statusText || STATUS_CODES[response.status] || 'error';
    throw new FetchError(`HTTP ${response.status} ${text}`, url.href, {
      status: response.status,
      retryAfterSeconds: parseRetryAfter(response.header('retry-after')),
    });
  }
  // A declared length over the limit is refused before reading (it is the compressed size,
  // so the streaming check below still guards against bombs).
  if (Number(response.header('content-length') ?? 0) > options.maxBytes) {
    response.discard();
    throw new TooLargeError(options.maxBytes);
  }
  const etag = response.header('etag');
  const lastModified = response.header('last-modified');
  if (response.status === 200 && sameValidators(options.validators, etag, lastModified)) {
    response.discard();
    return {status: 'not-modified'};
  }
  const bytes = await readLimited(response.body, options.maxBytes);
  const contentType = response.header('content-type');
  const decoded = await hashThenDecode(bytes, contentType, options.lastBodyHash);
  if (decoded === 'same-body') return {status: 'same-body', etag, lastModified};
  const {text, note, bodyHash} = decoded;
  return {
    status: 'ok',
    body: text,
    contentType,
    etag,
    lastModified,
    finalUrl: contentLocation(response.header('content-location'), url),
    charsetNote: note,
    bodyHash,
    bodyBytes: bytes.byteLength,
  };
}

/** The body's own address when the server names one (relative links resolve against it), else the URL asked for. */
function contentLocation(header: string | null, url: URL): string {
  if (!header || !URL.canParse(header.trim(), url)) return url.href;
  const location = new URL(header.trim(), url);
  return location.protocol === 'http:' || location.protocol === 'https:' ? location.href : url.href;
}

/**
 * A 200 that carries the validators sent with the request names the document stored last
 * time: a site that ignores conditional GET (or a cache in front of it) still labels what it
 * sends. The body is then not read at all, as curl does for an unchanged Last-Modified (and
 * newsboat with it). A site whose validators stayed while its document changed would have
 * answered 304 had it honoured them, so trusting them here loses nothing that trusting a 304
 * does not. An ETag, when both sides have one, decides (compared weakly, as If-None-Match is).
 */
export function sameValidators(sent: FeedValidators | undefined, etag: string | null, lastModified: string | null): boolean {
  if (sent?.etag && etag) return opaqueTag(sent.etag) === opaqueTag(etag);
  if (etag || !sent?.lastModified || !lastModified) return false;
  const [before, now] = [Date.parse(sent.lastModified), Date.parse(lastModified)];
  return Number.isFinite(before) && before === now;
}

const opaqueTag = (etag: string) => etag.trim().replace(/^W\//, '');

function requestHeaders(options: FetchOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'User-Agent': userAgent,
    Accept: options.accept ?? feedAccept,
    'Accept-Encoding': 'gzip, deflate, br',
  };
  if (options.validators?.etag) headers['If-None-Match'] = options.validators.etag;
  if (options.validators?.lastModified) headers['If-Modified-Since'] = options.validators.lastModified;
  return headers;
}

function asFetchError(error: unknown, url: URL, signal: AbortSignal): FetchError {
  if (error instanceof FetchError) return error;
  if (error instanceof TooLargeError) return new FetchError(`response larger than ${formatSize(error.limit)}`, url.href);
  if (signal.aborted) {
    // Our own timer aborts with a FetchError; anything else is the caller cancelling.
    return signal.reason instanceof FetchError ? signal.reason : new FetchError('cancelled', url.href, {cause: signal.reason});
  }
  return new FetchError(networkReason(error, url), url.href, {cause: error});
}
