// Servers compress feeds in every way browsers accept; each must come out as the feed.
import {brotliCompressSync, deflateRawSync, deflateSync, gzipSync} from 'node:zlib';
import {afterEach, describe, expect, it} from 'vitest';
import {fetchResource} from '../../source/net/fetch-resource.js';
import {body, createFeedServer, type RunningServer} from '../helpers/feed-server.js';

const feed = '<?xml version="1.0"?><rss version="2.0"><channel><title>Gespräche in Genf über eine Waffenruhe</title></channel></rss>';

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('compressed answers', () => {
  it('decodes brotli, deflate with and without its zlib header, and gzip over deflate', async () => {
    const builder = createFeedServer();
    builder.route('/br', body(brotliCompressSync(feed), {'Content-Encoding': 'br'}));
    builder.route('/deflate', body(deflateSync(feed), {'Content-Encoding': 'deflate'}));
    builder.route('/raw', body(deflateRawSync(feed), {'Content-Encoding': 'deflate'}));
    builder.route('/both', body(gzipSync(deflateSync(feed)), {'Content-Encoding': 'deflate, gzip'}));
    server = await builder.start();
    for (const path of ['/br', '/deflate', '/raw', '/both']) {
      expect(await fetchResource(server.url(path)), path).toMatchObject({status: 'ok', body: feed});
    }
  });

  it('reports a body that is not what its encoding says as an invalid compressed response', async () => {
    const builder = createFeedServer();
    builder.route('/broken', body(Buffer.from('kein gzip, nur Text'), {'Content-Encoding': 'gzip'}));
    server = await builder.start();
    await expect(fetchResource(server.url('/broken'))).rejects.toMatchObject({reason: 'invalid compressed response'});
  });
});
