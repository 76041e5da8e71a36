// One polling round over many feeds: a slow or broken feed never holds up or stops the others.
// Reading first, analysis right behind: each feed's articles are stored as soon as they are
// parsed, and the round's analyser extracts them while the round waits for the network.
import {Analyser, type AnalysisProgress, type AnalysisReport} from './analyser.js';
import {ByteBudget, createKeyedLimit, createLimit, Priority} from './limiter.js';
import {pollFeed, type FeedReport, type PollDeps, type PollLimits} from './poll-feed.js';
import type {FeedRow} from '../store/types.js';

export type {FeedReport, PollDeps} from './poll-feed.js';
export type {AnalysisProgress, AnalysisReport} from './analyser.js';

export type RoundOptions = PollLimits & {
  feeds: FeedRow[];
  /** Feeds in flight at once (network waits cost no CPU). */
  pollConcurrency: number;
  /** Feeds in flight at once per host:port (default 8). */
  hostConcurrency?: number;
  /** Bytes of feed bodies in flight or waiting to be stored (default 32 MB). */
  maxBytesInFlight?: number;
  pageConcurrency: number;
  /** False for `--no-fulltext`: keep teasers this round. */
  fetchPages: boolean;
  /** How long the reading must have paused before the analysis takes the CPU (default 50 ms). */
  analysisPauseMs?: number;
};

/**
 * A server answering at once sends the next feed within a few ms of asking; this is longer, and
 * far shorter than a slow feed's wait, which the analysis still uses.
 */
const analysisPauseMs = 50;

/** Progress for a spinner and live updates: a feed started or finished, or a batch was analysed. */
export type PollEvent =
  | {type: 'feed-start'; feed: FeedRow}
  | {type: 'feed-done'; report: FeedReport}
  | ({type: 'analysed'} & AnalysisProgress);

/** How long the two stages took, from the round's start, in ms. */
export type RoundTimes = {
  /** When the round started, as performance.now() (ms since the process started). */
  startMs: number;
  /** Until the first article was committed (readable), or null when none was new. */
  firstReadableMs: number | null;
  /** Until every feed was read and stored. */
  readMs: number;
  /** Until every stored article was analysed too. */
  doneMs: number;
};

export type RoundResult = {reports: FeedReport[]; analysis: AnalysisReport; times: RoundTimes};

/** Polls the given feeds; reports come back in the feeds' order, once their articles are analysed too. */
export async function pollRound(deps: PollDeps, options: RoundOptions, onEvent: (event: PollEvent) => void = () => {}): Promise<FeedReport[]> {
  return (await ingestRound(deps, options, onEvent)).reports;
}

/**
 * The whole round: feeds read (at most `pollConcurrency` in flight, `hostConcurrency` per
 * host:port, `maxBytesInFlight` of bodies), stored one batch at a time, and analysed right behind.
 * Articles a killed run left unanalysed are analysed too.
 */
export async function ingestRound(deps: PollDeps, options: RoundOptions, onEvent: (event: PollEvent) => void = () => {}): Promise<RoundResult> {
  const start = performance.now();
  const feedLimit = createLimit(options.pollConcurrency);
  const hostLimit = createKeyedLimit(options.hostConcurrency ?? 8);
  const bytes = new ByteBudget(options.maxBytesInFlight ?? 32 * 1024 * 1024);
  const pageLimit = createLimit(options.pageConcurrency);
  const storeLimit = createLimit(1);
  // A parsed feed weighs several times its body: at most three parsed and not yet stored (one
  // storing, one ready, one waiting for its article pages).
  const parseLimit = createLimit(3);
  // The analysis waits for a pause in the reading, not for every short gap in it (limiter.ts).
  const priority = new Priority(options.analysisPauseMs ?? analysisPauseMs);
  const onProgress = (progress: AnalysisProgress) => onEvent({type: 'analysed', ...progress});
  // In this thread, behind the reading: a worker thread was measured and lost (docs/benchmarks.md).
  const analyser = new Analyser({store: () => deps.cache.articles(), extract: deps.extract, extractMany: deps.extractMany, ready: deps.loadExtractor, now: deps.now}, {priority, onProgress});
  let firstReadableMs: number | null = null;
  const onStored = () => {
    firstReadableMs ??= performance.now() - start;
    analyser.wake();
  };
  if (deps.cache.pendingCount() > 0 || deps.cache.settleLeft()) analyser.wake();
  const {timeoutMs, maxBytes, signal, fetchPages} = options;
  const reports = await Promise.all(
    options.feeds.map(feed =>
      // The host's turn first: a feed waiting for its host does not hold one of the round's slots.
      hostLimit(hostOf(feed.url))(() =>
        feedLimit(async () => {
          onEvent({type: 'feed-start', feed});
          const report = await pollFeed(feed, {deps, limits: {timeoutMs, maxBytes, signal}, pageLimit, storeLimit, parseLimit, fetchPages, priority, bytes, onStored});
          onEvent({type: 'feed-done', report});
          return report;
        }),
      ),
    ),
  );
  const readMs = performance.now() - start;
  priority.finish();
  const analysis = await analyser.done();
  return {reports, analysis, times: {startMs: start, firstReadableMs, readMs, doneMs: performance.now() - start}};
}

/** host:port of a feed (a local file is its own "host": the file system has no politeness limit). */
function hostOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'file:' ? `file:${url}` : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return url;
  }
}
