// One polling round in this process with the real fetcher, parser and store, as `poll --once`
// runs it; article pages stay off because the generated items link to hosts that do not exist.
import {pollDeps} from '../../source/commands/ingest.js';
import {resolveDataPaths} from '../../source/config/paths.js';
import {pollRound, type FeedReport} from '../../source/feeds/poller.js';
import type {Cache} from '../../source/store/cache.js';
import type {FeedRow} from '../../source/store/types.js';

export function realRound(cache: Cache, feeds: FeedRow[], limits: {timeoutMs: number; maxBytes: number}): Promise<FeedReport[]> {
  const ctx = {paths: resolveDataPaths('/nonexistent'), stdout: process.stdout, stderr: process.stderr, now: () => new Date()};
  return pollRound(pollDeps(cache, ctx), {feeds, pollConcurrency: 8, pageConcurrency: 2, fetchPages: false, ...limits});
}
