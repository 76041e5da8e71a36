// When to poll a feed next. Pure: the poller passes in the clock and what happened.

const minute = 60_000;
/** A failing feed is still retried at least once a day. */
const maxBackoffMinutes = 24 * 60;

/** After a good poll: the feed's interval, or its <ttl> when the publisher asks for more. */
export function nextPollAfterSuccess(now: Date, intervalMinutes: number, ttlMinutes: number | null): Date {
  return new Date(now.getTime() + Math.max(intervalMinutes, ttlMinutes ?? 0) * minute);
}

/**
 * After the `failures`-th failure in a row: interval × 2^(failures−1), at most a day, and never
 * sooner than the server's Retry-After.
 */
export function nextPollAfterFailure(now: Date, intervalMinutes: number, failures: number, retryAfterSeconds: number | null): Date {
  const backoff = Math.min(intervalMinutes * 2 ** Math.max(0, failures - 1), maxBackoffMinutes) * minute;
  return new Date(now.getTime() + Math.max(backoff, (retryAfterSeconds ?? 0) * 1000));
}

/** Due when never polled or its time has come. */
export function isDue(feed: {nextPollAt: string | null}, now: Date): boolean {
  return feed.nextPollAt === null || new Date(feed.nextPollAt).getTime() <= now.getTime();
}
