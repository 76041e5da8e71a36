// `talkwatch poll`: one round with --once (for cron), or keep polling due feeds until Ctrl-C.
import {setTimeout as sleep} from 'node:timers/promises';
import {pollRound, type FeedReport, type PollEvent} from '../feeds/poller.js';
import {isDue} from '../feeds/schedule.js';
import type {FeedRow} from '../store/types.js';
import type {CommandContext, ExitCode} from './context.js';
import {feedLocation} from './feed-location.js';
import {openPolling, pollDeps, type Polling} from './open-ingest.js';
import {limitHeapGrowth} from './poll-heap.js';

type PollOptions = {once?: boolean; feed: string[]; fulltext: boolean; icsOut?: string};

/** The loop wakes at least this often to see feeds added from another terminal. */
const maxSleepMs = 60_000;

export async function poll(ctx: CommandContext, options: PollOptions): Promise<ExitCode> {
  limitHeapGrowth();
  const urls = options.feed.map(feedLocation);
  if (options.once) {
    const polling = openPolling(ctx);
    try {
      const reports = await round(ctx, polling, chooseFeeds(polling, urls, null), options);
      return reports.some(report => !report.ok) ? 1 : 0;
    } finally {
      polling.cache.close();
    }
  }
  const stop = new AbortController();
  const onInterrupt = () => stop.abort();
  process.once('SIGINT', onInterrupt);
  try {
    while (!stop.signal.aborted) {
      // Settings are read again each round: `feeds add` in another terminal takes effect.
      const polling = openPolling(ctx);
      try {
        const due = chooseFeeds(polling, urls, ctx.now());
        if (due.length > 0) await round(ctx, polling, due, {...options, signal: stop.signal});
        await sleep(untilNextPoll(polling, urls, ctx.now()), undefined, {signal: stop.signal}).catch(() => {});
      } finally {
        polling.cache.close();
      }
    }
    return 0;
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}

/** --feed URLs (polled without being followed), else the followed feeds; with `now`, only due ones. */
function chooseFeeds({cache}: Polling, urls: string[], now: Date | null): FeedRow[] {
  const followed = cache.feeds();
  const feeds =
    urls.length === 0
      ? followed
      : urls.map(url => followed.find(feed => feed.url === url) ?? cache.ensureFeed({url, name: url, intervalMinutes: 15, fulltext: 'auto'}, false));
  return now === null ? feeds : feeds.filter(feed => isDue(feed, now));
}

function untilNextPoll(polling: Polling, urls: string[], now: Date): number {
  const times = chooseFeeds(polling, urls, null).map(feed => (feed.nextPollAt ? new Date(feed.nextPollAt).getTime() : now.getTime()));
  const soonest = Math.min(...times, now.getTime() + maxSleepMs);
  return Math.max(1000, soonest - now.getTime());
}

async function round(ctx: CommandContext, {settings, cache}: Polling, feeds: FeedRow[], options: PollOptions & {signal?: AbortSignal}): Promise<FeedReport[]> {
  // Opt-in (`talkwatch alerts on`): what the round changed, on this terminal and the desktop.
  const alerts = settings.alerts ? await watchAlerts(ctx, settings, cache) : null;
  const progress = progressLine(ctx, feeds.length);
  const reports = await pollRound(
    pollDeps(cache, ctx),
    {...settings, feeds, fetchPages: options.fulltext, signal: options.signal},
    progress,
  );
  progress({type: 'done'});
  for (const report of reports) ctx.stdout.write(`${report.feed.name}: ${report.result}\n`);
  for (const alert of alerts?.after() ?? []) ctx.stdout.write(`alert: ${alert.text}\n`);
  await cache.applyRetention(settings.retentionDays, ctx.now());
  // Loaded only when asked for: a round without a calendar never loads the event model or `ics`.
  const calendar = options.icsOut ?? settings.icsFile;
  if (calendar) (await import('../follow/calendar-file.js')).updateCalendarFile(await cache.articles(), calendar, ctx.now(), ctx.stderr);
  return reports;
}

/** Loads the alert module only when alerts are on; the bell and OSC 9 go to stdout only when it is a terminal. */
async function watchAlerts(ctx: CommandContext, settings: Polling['settings'], cache: Polling['cache']) {
  const [{watchAlerts: watch}, {liveNotifyDeps}] = await Promise.all([import('../follow/alert-hook.js'), import('../follow/notify.js')]);
  const terminal = (ctx.stdout as NodeJS.WriteStream).isTTY ? ctx.stdout : null;
  return watch(await cache.articles(), {osc9: settings.alertOsc9, now: ctx.now}, liveNotifyDeps(terminal));
}

/** "polling 3/7 …" on an interactive stderr, rewritten in place; nothing when piped (cron, tests). */
function progressLine(ctx: CommandContext, total: number): (event: PollEvent | {type: 'done'}) => void {
  const stderr = ctx.stderr as NodeJS.WriteStream;
  if (!stderr.isTTY) return () => {};
  let finished = 0;
  return event => {
    if (event.type === 'feed-done') finished++;
    const line = event.type === 'done' ? '' : `polling ${finished}/${total}${event.type === 'feed-start' ? ` ${event.feed.name}` : ''}`;
    stderr.write(`\r\u001B[2K${line.slice(0, (stderr.columns || 80) - 1)}`);
  };
}
