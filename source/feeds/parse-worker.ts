// The feed parser on the second core: a worker thread that reads the feed bodies a poll round
// hands it (parse-thread.ts) with the same parseFeed as the main thread, so the main thread
// fetches and stores while a large feed is parsed. Bundled as dist/parse-worker.js. It touches
// neither the cache nor the network: a body in, plain feed records (or the one-line reason) out.
import {parentPort} from 'node:worker_threads';
import {FeedParseError, parseFeed} from './parse.js';
import type {ParsedFeed} from './types.js';
import type {ParseReply, ParseRequest} from './parse-thread.js';

// Body and answer cross in shared buffers (see ParseRequest in parse-thread.ts).
parentPort!.on('message', async ({id, feedUrl, body, bodyBytes, reply: replyBuffer}: ParseRequest) => {
  let reply: ParseReply;
  try {
    const feed = await parseFeed(Buffer.from(body, 0, bodyBytes).toString('utf8'), feedUrl);
    reply = {id, ...written(feed, Buffer.from(replyBuffer))};
  } catch (error) {
    // A document that is not a feed is an answer; anything else is this thread's failure, and the
    // main thread parses the body itself (and reports what it finds).
    reply = error instanceof FeedParseError ? {id, reason: error.reason} : {id, failed: error instanceof Error ? error.message : String(error)};
  }
  parentPort!.postMessage(reply);
});

/**
 * The feed as lines of JSON: its fields without the items, then one item per line, written one
 * by one (no string of the whole feed); `lines` when they do not fit the buffer.
 */
function written(feed: ParsedFeed, buffer: Buffer): {feedBytes: number} | {lines: string} {
  const lines = [JSON.stringify({...feed, items: []}), ...feed.items.map(item => JSON.stringify(item))];
  let at = 0;
  for (const line of lines) {
    if (at + Buffer.byteLength(line) + 1 > buffer.length) return {lines: lines.join('\n')};
    at += buffer.write(line, at, 'utf8');
    buffer[at++] = 0x0a;
  }
  return {feedBytes: at};
}
