// One polling round over many feeds: a slow or broken feed never holds up or stops the others.
import {createLimit} from './limiter.js';
import {pollFeed, type FeedReport, type PollDeps, type PollLimits} from './poll-feed.js';
import type {FeedRow} from '../store/types.js';

export type {FeedReport, PollDeps} from './poll-feed.js';

export type RoundOptions = PollLimits & {
  feeds: FeedRow[];
  pollConcurrency: number;
  pageConcurrency: number;
  /** False for `--no-fulltext`: keep teasers this round. */
  fetchPages: boolean;
};

/** Progress for a spinner and live updates: a feed started, or finished with its report. */
export type PollEvent = {type: 'feed-start'; feed: FeedRow} | {type: 'feed-done'; report: FeedReport};

/** Polls the given feeds, at most `pollConcurrency` at once; reports come back in the feeds' order. */
export async function pollRound(deps: PollDeps, options: RoundOptions, onEvent: (event: PollEvent) => void = () => {}): Promise<FeedReport[]> {
  const feedLimit = createLimit(options.pollConcurrency);
  const pageLimit = createLimit(options.pageConcurrency);
  const storeLimit = createLimit(1);
  const {timeoutMs, maxBytes, signal, fetchPages} = options;
  return Promise.all(
    options.feeds.map(feed =>
      feedLimit(async () => {
        onEvent({type: 'feed-start', feed});
        const report = await pollFeed(feed, {deps, limits: {timeoutMs, maxBytes, signal}, pageLimit, storeLimit, fetchPages});
        onEvent({type: 'feed-done', report});
        return report;
      }),
    ),
  );
}
