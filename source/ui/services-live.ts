// The dashboard's services over the real cache and poller. The poller runs in the dashboard's
// process on the feeds' schedule; listeners hear about every round, every write of ours, and
// writes by other processes (through data_version).
//
// The first frame needs only the cache. The poller's parts (feed parser, page reader,
// extractor with its gazetteer) are imported when the first round starts, after that frame.
import {SettingsFile} from '../config/settings.js';
import {isSameMeeting} from '../extract/merge.js';
import {isDue} from '../feeds/schedule.js';
import type {CommandContext} from '../commands/context.js';
import {Cache} from '../store/cache.js';
import {openUrl} from './live/open-url.js';
import {watchDataVersion} from './live/watch-data-version.js';
import type {PollState, Services} from './services.js';

export type LiveOptions = {
  demo: boolean;
  /** Poll due feeds on their schedule (off for the demo, which stays offline). */
  schedule: boolean;
  /** Follows a feed like `talkwatch feeds add`; rejects with a one-line reason. */
  addFeed(url: string): Promise<void>;
  /** Tracks a suggested person like `talkwatch actors add`. */
  trackActor(name: string): Promise<void>;
};

export type LiveServices = {services: Services; close(): void};

/** How often the schedule looks for due feeds; a feed's own interval decides when it is due. */
const SCHEDULE_CHECK_MS = 30_000;

export function liveServices(ctx: CommandContext, options: LiveOptions): LiveServices {
  // As `openIngest` does: settings first, so a broken config.json is reported before the cache is opened.
  const settingsFile = SettingsFile.open(ctx.paths.configDir);
  const ingest = {settingsFile, settings: settingsFile.read(), cache: Cache.open(ctx.paths.cacheFile, isSameMeeting)};
  ingest.cache.syncFeeds(ingest.settings.feeds);
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach(listener => listener());
  const state: PollState = {polling: false, lastPoll: null, nextPoll: null, newSinceStart: 0};
  let round: Promise<void> | null = null;

  const nextPoll = () => ingest.cache.feeds().reduce<string | null>((soonest, feed) => (feed.nextPollAt && (!soonest || feed.nextPollAt < soonest) ? feed.nextPollAt : soonest), null);

  /** One round over the given feeds; a second request while one runs waits for it. */
  function poll(onlyDue: boolean): Promise<void> {
    if (round) return round;
    // Settings are read again: a feed added in another terminal is polled too.
    ingest.cache.syncFeeds(ingest.settingsFile.read().feeds);
    const feeds = ingest.cache.feeds().filter(feed => !onlyDue || isDue(feed, ctx.now()));
    if (feeds.length === 0) return Promise.resolve();
    state.polling = true;
    notify();
    round = Promise.all([import('../feeds/poller.js'), import('../commands/ingest.js')])
      .then(([{pollRound}, {pollDeps}]) =>
        pollRound(pollDeps(ingest.cache, ctx), {...ingest.settings, feeds, fetchPages: true}, event => {
          if (event.type === 'feed-done') notify();
        }),
      )
      .then(reports => {
        state.newSinceStart += reports.reduce((sum, report) => sum + report.added, 0);
        ingest.cache.applyRetention(ingest.settings.retentionDays, ctx.now());
      })
      .finally(() => {
        round = null;
        state.polling = false;
        state.lastPoll = ctx.now().toISOString();
        state.nextPoll = nextPoll();
        notify();
      });
    return round;
  }

  state.nextPoll = nextPoll();
  const stopWatching = watchDataVersion(ingest.cache.db, notify);
  const timer = options.schedule ? setInterval(() => void poll(true).catch(() => {}), SCHEDULE_CHECK_MS) : null;
  timer?.unref();
  // The first round starts after the first frame is drawn, not before it.
  const first = options.schedule ? setTimeout(() => void poll(true).catch(() => {}), 500) : null;

  const services: Services = {
    demo: options.demo,
    latest: query => ingest.cache.latest(query),
    countLatest: query => ingest.cache.countLatest(query),
    article: id => ingest.cache.article(id),
    actors: now => ingest.cache.actors(now),
    meetings: now => ingest.cache.meetings(now),
    meetingSources: id => ingest.cache.meetingSources(id),
    feeds: () => ingest.cache.feeds(),
    setUnread(id, unread) {
      ingest.cache.setUnread(id, unread);
      notify();
    },
    trackActor(name) {
      void options.trackActor(name).then(notify, () => {});
    },
    async addFeed(url) {
      await options.addFeed(url);
      // Show the new feed at once, then fetch its articles (after a round already running).
      ingest.cache.syncFeeds(ingest.settingsFile.read().feeds);
      notify();
      if (round) await round.catch(() => {});
      await poll(false);
    },
    pollNow: () => poll(false),
    pollState: () => ({...state}),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    openUrl: url => openUrl(url),
  };

  return {
    services,
    close() {
      stopWatching();
      if (timer) clearInterval(timer);
      if (first) clearTimeout(first);
      ingest.cache.close();
    },
  };
}
