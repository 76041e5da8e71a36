// A first poll loads the article store while the feed's request is out; later rounds load it
// only when a feed sent something.
import {describe, expect, it} from 'vitest';
import {pollFeed} from '../../source/feeds/poll-feed.js';
import {createLimit} from '../../source/feeds/limiter.js';
import type {FetchResult} from '../../source/net/types.js';
import type {Cache} from '../../source/store/cache.js';
import type {PollStore} from '../../source/store/poll-cache.js';
import type {FeedRow} from '../../source/store/types.js';
import {feed} from '../ui/fake-services.js';

const now = new Date('2025-11-12T12:00:00Z');

const feedRow = (overrides: Partial<FeedRow>) => feed({id: 1, name: 'Politik', bodyHash: null, ...overrides});

/** Polls one feed whose server answers `answer` after 20 ms; says what happened in which order. */
async function pollLogged(row: FeedRow, answer: () => FetchResult) {
  const log: string[] = [];
  const cache: PollStore = {
    db: {name: 'cache.db'},
    recordPoll: () => log.push('recorded'),
    pendingCount: () => 0,
    articles: () => {
      log.push('article store asked for');
      return new Promise<Cache>(() => {});
    },
  };
  const fetch = async () => {
    log.push('request out');
    await new Promise(resolve => setTimeout(resolve, 20));
    log.push('answered');
    return answer();
  };
  const report = await pollFeed(row, {
    deps: {cache, fetch, parseFeed: () => Promise.reject(new Error('not reached')), extractArticlePage: () => null, extract: () => ({actors: [], suggestions: [], meetings: []}), now: () => now},
    limits: {timeoutMs: 1000, maxBytes: 1_000_000},
    pageLimit: createLimit(1),
    storeLimit: createLimit(1),
    fetchPages: false,
  });
  return {log, report};
}

const notModified = (): FetchResult => ({status: 'not-modified'});

describe('loading the reading code of a poll', () => {
  it('asks for the article store while the request of a feed never read is out', async () => {
    const {log, report} = await pollLogged(feedRow({}), notModified);
    expect(report.result).toBe('unchanged');
    expect(log.slice(0, 3)).toEqual(['article store asked for', 'request out', 'answered']);
  });

  it('does not for a feed read before: a round of 304s never loads it', async () => {
    const {log} = await pollLogged(feedRow({bodyHash: 'ab12', etag: '"v1"'}), notModified);
    expect(log).toEqual(['request out', 'answered', 'recorded']);
  });

  it('does not for a feed that has only failed so far', async () => {
    const {log, report} = await pollLogged(feedRow({failureCount: 3, lastError: 'HTTP 503'}), () => {
      throw Object.assign(new Error('HTTP 503'), {reason: 'HTTP 503 Service Unavailable'});
    });
    expect(report).toMatchObject({ok: false, result: 'error: HTTP 503 Service Unavailable'});
    expect(log).toEqual(['request out', 'answered', 'recorded']);
  });
});
