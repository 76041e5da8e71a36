// The feed parser on the second core: a worker thread that reads the feed bodies a poll round
// hands it (parse-thread.ts) with the same parseFeed as the main thread, so the main thread
// fetches and stores while a large feed is parsed. Bundled as dist/parse-worker.js. It touches
// neither the cache nor the network: a body in, plain feed records (or the one-line reason) out.
import {parentPort} from 'node:worker_threads';
import {contentText} from '../store/article-content.js';
import {FeedParseError, parseFeed} from './parse.js';
import type {ParsedFeed} from './types.js';
import type {ParseReply, ParseRequest} from './parse-thread.js';

parentPort!.on('message', async ({id, xml, feedUrl}: ParseRequest) => {
  let reply: ParseReply;
  try {
    reply = {id, feed: withContentText(await parseFeed(xml, feedUrl))};
  } catch (error) {
    // A document that is not a feed is an answer; anything else is this thread's failure, and the
    // main thread parses the body itself (and reports what it finds).
    reply = error instanceof FeedParseError ? {id, reason: error.reason} : {id, failed: error instanceof Error ? error.message : String(error)};
  }
  parentPort!.postMessage(reply);
});

/** The content's text is worked out here too: the main thread would otherwise do it while storing. */
function withContentText(feed: ParsedFeed): ParsedFeed {
  for (const item of feed.items) if (item.contentHtml) item.contentText = contentText(item.contentHtml);
  return feed;
}
