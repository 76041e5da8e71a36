// `talkwatch poll`: one round with --once (for cron), or keep polling due feeds until Ctrl-C.
import {setTimeout as sleep} from 'node:timers/promises';
import {ingestRound, type PollEvent, type RoundResult} from '../feeds/poller.js';
import {isDue} from '../feeds/schedule.js';
import type {FeedRow} from '../store/types.js';
import type {CommandContext, ExitCode} from './context.js';
import {feedLocation} from './feed-location.js';
import {openPolling, pollDeps, type Polling} from './open-ingest.js';
import {limitHeapGrowth} from './heap-limits.js';

type PollOptions = {once?: boolean; feed: string[]; fulltext: boolean; icsOut?: string};

/** The loop wakes at least this often to see feeds added from another terminal. */
const maxSleepMs = 60_000;

export async function poll(ctx: CommandContext, options: PollOptions): Promise<ExitCode> {
  limitHeapGrowth();
  const urls = options.feed.map(feedLocation);
  if (options.once) {
    const polling = openPolling(ctx);
    try {
      const {reports, analysis} = await round(ctx, polling, chooseFeeds(polling, urls, null), options);
      return reports.some(report => !report.ok) || analysis.failed > 0 ? 1 : 0;
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

async function round(ctx: CommandContext, {settings, cache}: Polling, feeds: FeedRow[], options: PollOptions & {signal?: AbortSignal}): Promise<RoundResult> {
  // Opt-in (`talkwatch alerts on`): what the round changed, on this terminal and the desktop.
  const alerts = settings.alerts ? await watchAlerts(ctx, settings, cache) : null;
  const progress = progressLine(ctx, feeds.length);
  const result = await ingestRound(pollDeps(cache, ctx), {...settings, feeds, fetchPages: options.fulltext, signal: options.signal}, progress);
  progress({type: 'done'});
  for (const report of result.reports) ctx.stdout.write(`${report.feed.name}: ${report.result}\n`);
  // One round (--once) counts from the command's start, as the person waiting for it does.
  const summary = roundSummary(result, options.once ? result.times.startMs : 0);
  if (summary) ctx.stdout.write(`${summary}\n`);
  const {failed, firstError} = result.analysis;
  if (failed > 0) ctx.stderr.write(`could not analyse ${count(failed)} articles (${firstError}); they stay readable and are tried again on the next poll\n`);
  for (const alert of alerts?.after() ?? []) ctx.stdout.write(`alert: ${alert.text}\n`);
  await cache.applyRetention(settings.retentionDays, ctx.now());
  // Loaded only when asked for: a round without a calendar never loads the event model or `ics`.
  const calendar = options.icsOut ?? settings.icsFile;
  if (calendar) (await import('../follow/calendar-file.js')).updateCalendarFile(await cache.articles(), calendar, ctx.now(), ctx.stderr);
  return result;
}

/** Loads the alert module only when alerts are on; the bell and OSC 9 go to stdout only when it is a terminal. */
async function watchAlerts(ctx: CommandContext, settings: Polling['settings'], cache: Polling['cache']) {
  const [{watchAlerts: watch}, {liveNotifyDeps}] = await Promise.all([import('../follow/alert-hook.js'), import('../follow/notify.js')]);
  const terminal = (ctx.stdout as NodeJS.WriteStream).isTTY ? ctx.stdout : null;
  return watch(await cache.articles(), {osc9: settings.alertOsc9, now: ctx.now}, liveNotifyDeps(terminal));
}

const count = (n: number) => n.toLocaleString('en-US');
const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

/**
 * "read 5,000 articles in 1.20 s (first after 0.31 s); analysed 5,000 in 6.10 s (1.02 ms per
 * article)": how long each stage took, from the round's start plus `before` (the command's
 * start-up, for --once). Nothing when nothing was new.
 */
export function roundSummary({reports, analysis, times}: RoundResult, before = 0): string {
  const read = reports.reduce((sum, report) => sum + report.added + report.updated, 0);
  const parts: string[] = [];
  const first = times.firstReadableMs === null ? '' : ` (first after ${seconds(before + times.firstReadableMs)})`;
  if (read > 0) parts.push(`read ${count(read)} articles in ${seconds(before + times.readMs)}${first}`);
  if (analysis.analysed > 0) {
    const perArticle = analysis.extractMs / analysis.analysed;
    parts.push(`analysed ${count(analysis.analysed)} in ${seconds(before + times.doneMs)} (${perArticle.toFixed(2)} ms per article)`);
  }
  return parts.join('; ');
}

/** "polling 3/7 … · analysed 1,200 of 5,000" on an interactive stderr, rewritten in place; nothing when piped (cron, tests). */
function progressLine(ctx: CommandContext, total: number): (event: PollEvent | {type: 'done'}) => void {
  const stderr = ctx.stderr as NodeJS.WriteStream;
  if (!stderr.isTTY) return () => {};
  let finished = 0;
  let current = '';
  let analysed = '';
  return event => {
    if (event.type === 'feed-done') finished++;
    if (event.type === 'feed-start') current = ` ${event.feed.name}`;
    if (event.type === 'analysed') analysed = ` · analysed ${count(event.analysed)} of ${count(event.total)}`;
    const reading = finished < total ? `polling ${finished}/${total}${current}` : `polled ${total} feeds`;
    const line = event.type === 'done' ? '' : `${reading}${analysed}`;
    stderr.write(`\r\u001B[2K${line.slice(0, (stderr.columns || 80) - 1)}`);
  };
}
