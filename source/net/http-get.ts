// One GET over node:http or node:https. fetch() did this before, but its first call in a process
// loads and compiles undici (~20 ms): an eighth of a poll in which every feed answers 304.
import {request as httpRequest, type IncomingMessage} from 'node:http';
import {decodeContent} from './content-decoding.js';

export type HttpAnswer = {
  status: number;
  statusText: string;
  header(name: string): string | null;
  /** The body, decoded as Content-Encoding says; leaving the iteration early stops the download. */
  body: AsyncIterable<Uint8Array>;
  /** Drops the body unread; a connection with nothing left to read stays open for the next request. */
  discard(): void;
};

/** Sends a GET and resolves once the status and headers arrived; the signal aborts it, body included. */
export async function httpGet(url: URL, headers: Record<string, string>, signal: AbortSignal): Promise<HttpAnswer> {
  // https (and TLS with it) is loaded for the first https address only.
  const request = url.protocol === 'https:' ? (await import('node:https')).request : httpRequest;
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    request(url, {headers, signal}, resolve).on('error', reject).end();
  });
  return {
    status: response.statusCode ?? 0,
    statusText: response.statusMessage ?? '',
    header: name => {
      const value = response.headers[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
    },
    body: decodeContent(response, response.headers['content-encoding']),
    discard: () => (response.statusCode === 304 || response.statusCode === 204 || response.headers['content-length'] === '0' ? response.resume() : response.destroy()),
  };
}
