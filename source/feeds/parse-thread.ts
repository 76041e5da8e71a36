// Parsing off the main thread. Reading a cold poll is CPU-bound on one thread: rss-parser's
// parse and the feed HTML to text were about a third of it, storing another third. A worker
// thread (parse-worker.ts, bundled as dist/parse-worker.js) parses the large bodies of a round
// while the main thread fetches and stores the feeds parsed before. Started at most once per
// round, on the first large body of a round with more feeds to read (a small or lone feed, and a
// round with nothing new, never start it), and stopped when the round's reading is done: idle,
// it held ~45 MB through the analysis. A worker that fails (also one that runs out of memory)
// leaves its feeds to the main thread.
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {FeedParseError} from './feed-parse-error.js';
import {createLimit} from './limiter.js';
import type {ParsedFeed} from './types.js';

/**
 * Bodies and feeds cross in two shared buffers, written and read in place, not as structured
 * clones: a clone copies a body of several MB, and a parsed feed of more, through a message
 * buffer in both threads, and the worker then held the whole feed as one string too (the
 * reading's peak memory went from 188-208 to 182-190 MB with this, 10 generated feeds). The body is the
 * first `bodyBytes` of `body` as UTF-8; the answer's feed is the first `feedBytes` of `reply`,
 * lines of JSON in UTF-8 (the feed without its items, then one line per item), or `lines` when
 * they did not fit. Line by line, neither thread holds a string of the whole feed.
 */
export type ParseRequest = {id: number; feedUrl: string; body: SharedArrayBuffer; bodyBytes: number; reply: SharedArrayBuffer};
export type ParseReply = {id: number} & ({feedBytes: number} | {lines: string} | {reason: string} | {failed: string});

/** Both shared buffers start at this size and grow to the largest body (and answer) met. */
const sharedBufferBytes = 4 * 1024 * 1024;

/** Bodies below this are parsed where they arrive: sending them costs about what parsing does. */
export const minWorkerBody = 64 * 1024;

/** The worker failed (not the document): the caller parses the body itself. */
export class ParseThreadFailure extends Error {
  override name = 'ParseThreadFailure';
}

export type ParseThread = {
  /** The feed as parseFeed reads it; FeedParseError as parseFeed throws it; ParseThreadFailure when the thread failed. */
  parse(xml: string, feedUrl: string): Promise<ParsedFeed>;
  /** Whether it can take more work (false once it failed or was closed). */
  readonly usable: boolean;
  close(): Promise<void>;
};

/** The bundled worker beside the running bundle (dist/parse-worker.js); null when run from the sources or it cannot start. */
export function startParseThread(file: URL = new URL('./parse-worker.js', import.meta.url)): ParseThread | null {
  if (!existsSync(fileURLToPath(file))) return null;
  let worker: Worker;
  try {
    // A young generation of 4 MB instead of V8's 32: the same CPU for the parse, ~40 MB less memory.
    worker = new Worker(file, {resourceLimits: {maxYoungGenerationSizeMb: 4}});
  } catch {
    return null;
  }
  // Idle, it must not keep the process alive: `poll --once` ends when its work does.
  worker.unref();
  const waiting = new Map<number, {resolve: (feed: ParsedFeed) => void; reject: (error: Error) => void}>();
  let next = 0;
  let failed: Error | null = null;
  // One body at a time, so one pair of buffers serves every feed.
  const oneAtATime = createLimit(1);
  let bodyBuffer = new SharedArrayBuffer(sharedBufferBytes);
  let replyBuffer = new SharedArrayBuffer(sharedBufferBytes);
  const failAll = (error: Error) => {
    failed ??= new ParseThreadFailure(error.message);
    for (const {reject} of waiting.values()) reject(failed);
    waiting.clear();
  };
  worker.on('message', (reply: ParseReply) => {
    const waiter = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (waiting.size === 0) worker.unref();
    if (!waiter) return;
    if ('feedBytes' in reply) waiter.resolve(readLines(Buffer.from(replyBuffer, 0, reply.feedBytes)));
    else if ('lines' in reply) {
      // They did not fit: the next answer gets a buffer of this size.
      replyBuffer = new SharedArrayBuffer(Buffer.byteLength(reply.lines) + 1);
      waiter.resolve(readLines(Buffer.from(`${reply.lines}\n`)));
    }
    else if ('reason' in reply) waiter.reject(new FeedParseError(reply.reason));
    else waiter.reject(new ParseThreadFailure(reply.failed));
  });
  worker.on('error', failAll);
  worker.on('exit', code => failAll(new Error(`the parse worker stopped (exit code ${code})`)));
  return {
    parse: (xml, feedUrl) =>
      oneAtATime(() => {
        if (failed) return Promise.reject(failed);
        const bytes = Buffer.byteLength(xml);
        if (bytes > bodyBuffer.byteLength) bodyBuffer = new SharedArrayBuffer(bytes);
        Buffer.from(bodyBuffer).write(xml, 'utf8');
        const id = next++;
        return new Promise<ParsedFeed>((resolve, reject) => {
          waiting.set(id, {resolve, reject});
          worker.ref();
          worker.postMessage({id, feedUrl, body: bodyBuffer, bodyBytes: bytes, reply: replyBuffer} satisfies ParseRequest);
        });
      }),
    get usable() {
      return failed === null;
    },
    async close() {
      failed ??= new ParseThreadFailure('the parse worker was closed');
      await worker.terminate();
    },
  };
}

/** The feed from its lines (see ParseReply), each read on its own. */
function readLines(bytes: Buffer): ParsedFeed {
  let at = bytes.indexOf(0x0a);
  const feed = JSON.parse(bytes.toString('utf8', 0, at)) as ParsedFeed;
  while (at + 1 < bytes.length) {
    const end = bytes.indexOf(0x0a, at + 1);
    feed.items.push(JSON.parse(bytes.toString('utf8', at + 1, end)) as ParsedFeed['items'][number]);
    at = end;
  }
  return feed;
}

let shared: ParseThread | null | undefined;

/** Stops the process's parse worker, if one runs: its memory goes back before the analysis. */
export async function releaseParseThread(): Promise<void> {
  const running = shared;
  shared = undefined;
  await running?.close();
}

/** The process's one parse worker, started on first use; null when there is none to be had. */
export function sharedParseThread(): ParseThread | null {
  if (shared === undefined) shared = startParseThread();
  else if (shared && !shared.usable) shared = null;
  return shared;
}

/**
 * Parses `xml` with `parseHere` (the round's own parser) or, when `offThread` says so, in the
 * worker; a worker that fails leaves the body to `parseHere`, so the feed gets the answer it
 * would have had.
 */
export async function parseMaybeOffThread(
  xml: string,
  feedUrl: string,
  parseHere: (xml: string, feedUrl: string) => Promise<ParsedFeed>,
  thread: ParseThread | null,
): Promise<ParsedFeed> {
  if (!thread?.usable) return parseHere(xml, feedUrl);
  try {
    return await thread.parse(xml, feedUrl);
  } catch (error) {
    if (error instanceof ParseThreadFailure) return parseHere(xml, feedUrl);
    throw error;
  }
}
