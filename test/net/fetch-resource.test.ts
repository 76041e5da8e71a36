import {getEventListeners} from 'node:events';
import {writeFileSync} from 'node:fs';
import {createServer, type AddressInfo} from 'node:net';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {FetchError, fetchResource, type FetchResult} from '../../source/net/fetch-resource.js';
import {bigBody, body, conditional, createFeedServer, gzipped, redirect, stall, status, trickle, type Handler, type RunningServer} from '../helpers/feed-server.js';
import {useTempDirs} from '../helpers/temp-dir.js';

const feed = '<?xml version="1.0"?><rss version="2.0"><channel><title>Gespräche in Genf</title></channel></rss>';
const tempDir = useTempDirs();

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(routes: Record<string, Parameters<ReturnType<typeof createFeedServer>['route']>[1]>) {
  const builder = createFeedServer();
  for (const [path, handler] of Object.entries(routes)) builder.route(path, handler);
  server = await builder.start();
  return server;
}

function okBody(result: FetchResult): string {
  if (result.status !== 'ok') throw new Error(`expected a body, got ${result.status}`);
  return result.body;
}

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(() => null, (error: unknown) => error);
  if (!(error instanceof FetchError)) throw new Error(`expected a FetchError, got ${String(error)}`);
  return error;
}

describe('fetchResource over HTTP', () => {
  it('sends validators on the second request and reports not-modified on 304', async () => {
    const {url, requests} = await serve({'/feed': conditional(feed, {etag: '"v1"', lastModified: 'Sat, 20 Dec 2025 20:16:00 GMT'})});
    const first = await fetchResource(url('/feed'));
    if (first.status !== 'ok') throw new Error('first fetch should carry the body');
    expect(first).toMatchObject({etag: '"v1"', lastModified: 'Sat, 20 Dec 2025 20:16:00 GMT', finalUrl: url('/feed')});

    const second = await fetchResource(url('/feed'), {validators: {etag: first.etag, lastModified: first.lastModified}});
    expect(second).toEqual({status: 'not-modified'});
    expect(requests[1]?.headers['if-none-match']).toBe('"v1"');
    expect(requests[0]?.headers['user-agent']).toMatch(/^talkwatch\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/talkwatch\)$/);
  });

  it('answers same-body, without decoding, when a site that ignores validators sends the bytes it sent last time', async () => {
    const {url} = await serve({'/feed': body(feed, {'Content-Type': 'application/rss+xml; charset=utf-8', ETag: '"v2"'})});
    const first = await fetchResource(url('/feed'));
    if (first.status !== 'ok') throw new Error('first fetch should carry the body');
    expect(first.bodyBytes).toBe(Buffer.byteLength(feed));
    expect(await fetchResource(url('/feed'), {lastBodyHash: first.bodyHash})).toEqual({status: 'same-body', etag: '"v2"', lastModified: null});
    // Another body, or none known: the text as before.
    expect(okBody(await fetchResource(url('/feed'), {lastBodyHash: 'anders'}))).toBe(feed);
  });

  it('answers not-modified without reading the body when a site that ignores validators sends the ETag it sent last time', async () => {
    // The document is larger than the limit: had its body been read, the answer would be an error.
    const large = `<rss>${'<item><title>Gespräche in Genf</title></item>'.repeat(3000)}</rss>`;
    const {url, requests} = await serve({'/feed': body(large, {ETag: 'W/"v7"', 'Last-Modified': 'Sat, 20 Dec 2025 20:16:00 GMT'})});
    const limits = {maxBytes: 10_000};
    expect(await fetchResource(url('/feed'), {...limits, validators: {etag: '"v7"'}})).toEqual({status: 'not-modified'});
    expect(requests[0]?.headers['if-none-match']).toBe('"v7"');
    // Another ETag decides over an unchanged Last-Modified: the new document is read.
    const refused = await failure(fetchResource(url('/feed'), {...limits, validators: {etag: '"v6"', lastModified: 'Sat, 20 Dec 2025 20:16:00 GMT'}}));
    expect(refused.message).toMatch(/larger than/);
  });

  it('answers not-modified for a site without ETags that ignores If-Modified-Since but sends the same Last-Modified', async () => {
    const {url} = await serve({'/feed': body(feed, {'Last-Modified': 'Sat, 20 Dec 2025 20:16:00 GMT'})});
    expect(await fetchResource(url('/feed'), {validators: {lastModified: 'Sat, 20 Dec 2025 20:16:00 GMT'}})).toEqual({status: 'not-modified'});
    // A later date, or validators never stored: the body.
    expect(okBody(await fetchResource(url('/feed'), {validators: {lastModified: 'Sat, 20 Dec 2025 18:00:00 GMT'}}))).toBe(feed);
    expect(okBody(await fetchResource(url('/feed')))).toBe(feed);
  });

  it('decodes ISO-8859-1 named in the header as windows-1252, keeping umlauts and „quotes“', async () => {
    // 0x84 and 0x93 are „ and “ in windows-1252; publishers label such text ISO-8859-1.
    const bytes = Buffer.from([...Buffer.from('Gespr', 'latin1'), 0xe4, ...Buffer.from('che ', 'latin1'), 0x84, 0x46, 0x72, 0x69, 0x65, 0x64, 0x65, 0x6e, 0x93]);
    const {url} = await serve({'/latin1': body(bytes, {'Content-Type': 'application/rss+xml; charset=ISO-8859-1'})});
    expect(okBody(await fetchResource(url('/latin1')))).toBe('Gespräche „Frieden“');
  });

  it('decodes windows-1252 named only in the XML declaration', async () => {
    const xml = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="windows-1252"?><title>'), Buffer.from([0x84, 0xdc, 0x62, 0x65, 0x72, 0x93]), Buffer.from('</title>')]);
    const {url} = await serve({'/cp1252': body(xml, {'Content-Type': 'application/xml'})});
    expect(okBody(await fetchResource(url('/cp1252')))).toContain('<title>„Über“</title>');
  });

  it('reads UTF-8 labelled ISO-8859-1 in the header as UTF-8 and says so in charsetNote', async () => {
    const {url} = await serve({'/mislabelled': body(Buffer.from(feed), {'Content-Type': 'text/xml; charset=ISO-8859-1'})});
    const result = await fetchResource(url('/mislabelled'));
    expect(result).toMatchObject({body: feed, charsetNote: 'the HTTP header says ISO-8859-1 but the bytes are UTF-8; read as UTF-8'});
  });

  it('takes Content-Location as the base for the body, but only an http(s) one', async () => {
    const {url} = await serve({
      '/located': body(feed, {'Content-Type': 'text/xml', 'Content-Location': '/archiv/feed.xml'}),
      '/odd': body(feed, {'Content-Type': 'text/xml', 'Content-Location': 'javascript:alert(1)'}),
    });
    expect(await fetchResource(url('/located'))).toMatchObject({finalUrl: url('/archiv/feed.xml')});
    expect(await fetchResource(url('/odd'))).toMatchObject({finalUrl: url('/odd')});
  });

  it('decodes UTF-8 by default and drops the byte-order mark', async () => {
    const {url} = await serve({'/utf8': body(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(feed)]), {'Content-Type': 'text/xml'})});
    expect(okBody(await fetchResource(url('/utf8')))).toBe(feed);
  });

  it('decompresses gzip', async () => {
    const {url} = await serve({'/gz': gzipped(feed, {'Content-Type': 'application/rss+xml; charset=utf-8'})});
    expect(okBody(await fetchResource(url('/gz')))).toBe(feed);
  });

  it('follows redirects and reports the final URL', async () => {
    const {url} = await serve({'/old': redirect('/moved', 301), '/moved': redirect('/feed', 307), '/feed': body(feed)});
    const result = await fetchResource(url('/old'));
    expect(result).toMatchObject({status: 'ok', body: feed, finalUrl: url('/feed')});
  });

  it('gives up on a redirect loop', async () => {
    const {url} = await serve({'/a': redirect('/b'), '/b': redirect('/a')});
    expect((await failure(fetchResource(url('/a')))).reason).toBe('too many redirects (more than 5)');
    expect((await failure(fetchResource(url('/a'), {maxRedirects: 1}))).reason).toBe('too many redirects (more than 1)');
  });

  it('reports 404 and 500 with their status text, and Retry-After', async () => {
    const {url} = await serve({'/busy': status(503, '120'), '/broken': status(500)});
    expect((await failure(fetchResource(url('/missing')))).reason).toBe('HTTP 404 Not Found');
    expect((await failure(fetchResource(url('/broken')))).reason).toBe('HTTP 500 Internal Server Error');
    const busy = await failure(fetchResource(url('/busy')));
    expect(busy).toMatchObject({reason: 'HTTP 503 Service Unavailable', retryAfterSeconds: 120, status: 503});
  });

  it('times out on a stalled response, body included', async () => {
    const {url} = await serve({'/stall': stall()});
    const started = Date.now();
    expect((await failure(fetchResource(url('/stall'), {timeoutMs: 300}))).reason).toBe('timed out after 0.3 s');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('times out on a trickling response that never ends', async () => {
    const {url} = await serve({'/slow': trickle(' ', 20)});
    expect((await failure(fetchResource(url('/slow'), {timeoutMs: 300}))).reason).toBe('timed out after 0.3 s');
  });

  it('cuts off a body over the limit, announced or streamed', async () => {
    const {url} = await serve({'/big': bigBody(4096), '/chunked': bigBody(4096, {announceLength: false}), '/bomb': gzipped(Buffer.alloc(1024 * 1024))});
    expect((await failure(fetchResource(url('/big'), {maxBytes: 1024}))).reason).toBe('response larger than 1 KB');
    expect((await failure(fetchResource(url('/chunked'), {maxBytes: 1024}))).reason).toBe('response larger than 1 KB');
    // 1 MB of zeros compresses to about 1 KB: the limit counts the decompressed bytes.
    expect((await failure(fetchResource(url('/bomb'), {maxBytes: 64 * 1024}))).reason).toBe('response larger than 64 KB');
  });

  it('reports a redirect to an address that cannot be read, not "Invalid URL"', async () => {
    const {url} = await serve({'/weg': body('', {Location: 'http://[kaputt/feed'}, 301)});
    expect((await failure(fetchResource(url('/weg')))).reason).toBe('redirected to an invalid address (http://[kaputt/feed)');
  });

  it('reports a response the HTTP parser refuses as such, not as a program error', async () => {
    const raw = createServer(socket => socket.end('HTTP/1.1 200 OK\r\nContent-Length: viele\r\n\r\n<rss/>'));
    await new Promise<void>(resolve => raw.listen(0, '127.0.0.1', resolve));
    try {
      const {port} = raw.address() as AddressInfo;
      expect((await failure(fetchResource(`http://127.0.0.1:${port}/feed`))).reason).toMatch(/^invalid HTTP response from the server \(HPE_[A-Z_]+\)$/);
    } finally {
      raw.close();
    }
  });

  it('reports a refused connection and a failed DNS lookup', async () => {
    const {url} = await serve({});
    const closedUrl = url('/feed');
    await server?.close();
    server = undefined;
    expect((await failure(fetchResource(closedUrl))).reason).toBe('connection refused');
    expect((await failure(fetchResource('http://talkwatch.invalid/feed'))).reason).toBe('DNS lookup failed for talkwatch.invalid');
  });

  it('sends a GET again once when the server drops the connection before answering, but not twice', async () => {
    let drops = 0;
    const dropFirst: Handler = (request, response) => {
      if (drops++ === 0) request.socket.destroy();
      else response.writeHead(200, {'Content-Type': 'application/rss+xml'}).end(feed);
    };
    const {url} = await serve({'/flaky': dropFirst, '/gone': request => void request.socket.destroy()});
    expect(okBody(await fetchResource(url('/flaky')))).toBe(feed);
    expect(drops).toBe(2);
    expect((await failure(fetchResource(url('/gone')))).reason).toBe('connection closed by the server');
    expect(server?.requests.filter(request => request.url === '/gone')).toHaveLength(2);
  });

  it('stops when the caller aborts', async () => {
    const {url} = await serve({'/stall': stall()});
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    expect((await failure(fetchResource(url('/stall'), {signal: controller.signal}))).reason).toBe('cancelled');
  });

  it('keeps nothing of its requests in the caller\'s signal, which a poll loop holds for days', async () => {
    const {url} = await serve({'/feed': (_request, response) => void response.writeHead(200, {'Content-Type': 'application/rss+xml'}).end(feed)});
    const loop = new AbortController();
    for (let round = 0; round < 20; round++) expect(okBody(await fetchResource(url('/feed'), {signal: loop.signal}))).toBe(feed);
    expect(getEventListeners(loop.signal, 'abort')).toHaveLength(0);
    // Node's own bookkeeping of signals that follow this one (AbortSignal.any): nothing either.
    const dependants = Object.getOwnPropertySymbols(loop.signal).find(symbol => symbol.description === 'kDependantSignals');
    expect(dependants ? ((loop.signal as unknown as Record<symbol, Set<unknown> | undefined>)[dependants]?.size ?? 0) : 0).toBe(0);
    // An already cancelled round sends nothing.
    loop.abort();
    expect((await failure(fetchResource(url('/feed'), {signal: loop.signal}))).reason).toBe('cancelled');
  });
});

describe('fetchResource on local files', () => {
  it('reads a path and a file:// URL, and answers not-modified for an unchanged file', async () => {
    const path = join(tempDir(), 'feed.xml');
    writeFileSync(path, feed);
    const first = await fetchResource(path);
    expect(okBody(first)).toBe(feed);
    expect(okBody(await fetchResource(pathToFileURL(path).href))).toBe(feed);
    const validators = first.status === 'ok' ? {etag: first.etag, lastModified: first.lastModified} : {};
    expect(await fetchResource(path, {validators})).toEqual({status: 'not-modified'});
  });

  it('reads a file again that was rewritten within the same second', async () => {
    const path = join(tempDir(), 'feed.xml');
    writeFileSync(path, feed);
    const first = await fetchResource(path);
    const validators = first.status === 'ok' ? {etag: first.etag, lastModified: first.lastModified} : {};
    const longer = feed.replace('</channel>', '<item><title>Neu</title><link>https://example.org/neu</link></item></channel>');
    writeFileSync(path, longer);
    // Whole-second HTTP dates would call it unchanged; the size and exact time do not.
    expect(okBody(await fetchResource(path, {validators}))).toBe(longer);
  });

  it('answers same-body for a changed file whose bytes are those read last time', async () => {
    const path = join(tempDir(), 'feed.xml');
    writeFileSync(path, feed);
    const first = await fetchResource(path);
    if (first.status !== 'ok') throw new Error('first read should carry the body');
    // Written again, same bytes: the validators differ, the hash does not.
    writeFileSync(path, feed);
    const again = await fetchResource(path, {validators: {etag: '"alt"'}, lastBodyHash: first.bodyHash});
    expect(again.status).toBe('same-body');
  });

  it('reports a missing file and one over the limit', async () => {
    const dir = tempDir();
    expect((await failure(fetchResource(join(dir, 'nope.xml')))).reason).toBe(`not found: ${join(dir, 'nope.xml')}`);
    writeFileSync(join(dir, 'big.xml'), Buffer.alloc(2048));
    expect((await failure(fetchResource(join(dir, 'big.xml'), {maxBytes: 1024}))).reason).toBe('response larger than 1 KB');
  });

  it('refuses other schemes', async () => {
    expect((await failure(fetchResource('ftp://example.org/feed.xml'))).reason).toMatch(/^unsupported address/);
  });
});
