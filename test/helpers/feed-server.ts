// A small HTTP server on 127.0.0.1 for tests that fetch: register routes, start, ask for URLs.
// Routes are plain handlers, so a test (or the later fault-injection suite) can add its own
// misbehaviour next to the stock ones below without touching this file.
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {gzipSync} from 'node:zlib';

export type Handler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;
export type Headers = Record<string, string>;
export type RunningServer = {
  url: (path: string) => string;
  /** Every request seen, in order: tests check headers such as If-None-Match. */
  requests: IncomingMessage[];
  close: () => Promise<void>;
};

export function createFeedServer() {
  const routes = new Map<string, Handler>();
  return {
    route(path: string, handler: Handler) {
      routes.set(path, handler);
      return this;
    },
    async start(): Promise<RunningServer> {
      const requests: IncomingMessage[] = [];
      const server = createServer((request, response) => {
        requests.push(request);
        const handler = routes.get(new URL(request.url ?? '/', 'http://x').pathname) ?? status(404);
        Promise.resolve(handler(request, response)).catch(() => response.destroy());
      });
      await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
      const {port} = server.address() as AddressInfo;
      return {
        url: path => `http://127.0.0.1:${port}${path}`,
        requests,
        close: () =>
          new Promise(resolve => {
            // Stalled and trickling responses would keep close() waiting forever.
            server.closeAllConnections();
            server.close(() => resolve());
          }),
      };
    },
  };
}

/** A fixed body with the given headers. */
export function body(content: string | Buffer, headers: Headers = {}, code = 200): Handler {
  return (_request, response) => {
    response.writeHead(code, headers).end(content);
  };
}

/** A fixed body that answers 304 when the request's validators match the given ETag/Last-Modified. */
export function conditional(content: string | Buffer, validators: {etag?: string; lastModified?: string}, headers: Headers = {}): Handler {
  return (request, response) => {
    const etagMatches = validators.etag !== undefined && request.headers['if-none-match'] === validators.etag;
    const dateMatches = validators.lastModified !== undefined && request.headers['if-modified-since'] === validators.lastModified;
    const sent: Headers = {...headers};
    if (validators.etag) sent['ETag'] = validators.etag;
    if (validators.lastModified) sent['Last-Modified'] = validators.lastModified;
    if (etagMatches || dateMatches) response.writeHead(304, sent).end();
    else response.writeHead(200, sent).end(content);
  };
}

/** The body gzip-compressed, with Content-Encoding: gzip. */
export function gzipped(content: string | Buffer, headers: Headers = {}): Handler {
  return body(gzipSync(content), {...headers, 'Content-Encoding': 'gzip'});
}

/** A redirect to another path or URL. */
export function redirect(location: string, code = 302): Handler {
  return body('', {Location: location}, code);
}

/** A bare status code, optionally with Retry-After. */
export function status(code: number, retryAfter?: string): Handler {
  return body(`status ${code}`, retryAfter === undefined ? {} : {'Retry-After': retryAfter}, code);
}

/** Sends headers and the first bytes, then nothing more until the client gives up. */
export function stall(headers: Headers = {'Content-Type': 'application/rss+xml'}): Handler {
  return (_request, response) => {
    response.writeHead(200, headers);
    response.write('<?xml version="1.0"?><rss version="2.0">');
  };
}

/** Sends `chunk` every `everyMs` milliseconds without ever ending: a slow-loris response. */
export function trickle(chunk = ' ', everyMs = 20): Handler {
  return (_request, response) => {
    response.writeHead(200, {'Content-Type': 'application/rss+xml'});
    const timer = setInterval(() => response.write(chunk), everyMs);
    response.on('close', () => clearInterval(timer));
  };
}

/** A body of `bytes` bytes of XML-ish filler, optionally without Content-Length (chunked). */
export function bigBody(bytes: number, options: {announceLength?: boolean} = {}): Handler {
  const content = Buffer.alloc(bytes, 'a');
  const headers: Headers = options.announceLength === false ? {} : {'Content-Length': String(bytes)};
  return (_request, response) => {
    response.writeHead(200, {'Content-Type': 'text/plain', ...headers});
    // Without Content-Length, node sends it chunked: the limit must hold while streaming.
    response.end(content);
  };
}
