// The dashboard's services over the real cache and poller. The poller runs in the dashboard's
// process on the feeds' schedule; listeners hear about every round, every write of ours, and
// writes by other processes (through data_version).
//
// The first frame needs only the read queries, and the settings and what the user has seen read
// as plain JSON. The write path (the cache's, with the article text's HTML parser; the settings
// library conf, with ajv, ~20 ms) loads after that frame; the poller's parts (feed parser, page
// reader, extractor with its gazetteer) when the first round starts.
import {Writable} from 'node:stream';
import type {SettingsFile} from '../config/settings.js';
import {readSettings} from '../config/settings-values.js';
import {isDue} from '../feeds/schedule.js';
import type {FollowFile} from '../follow/follow-file.js';
import {readFollowState, type FollowState} from '../follow/follow-state.js';
import type {CommandContext} from '../commands/context.js';
import {actorSummaries} from '../store/actors.js';
import {articleDetail} from '../store/article-detail.js';
import type {Cache} from '../store/cache.js';
import {followedFeeds, syncFeeds} from '../store/feeds.js';
import {countLatest, latest} from '../store/latest.js';
import {followedReports, meetingReportsArrivedAfter} from '../store/meeting-history.js';
import {meetingOrder, meetingReports, meetingRowsByIds, meetingRowsWith, meetingSources} from '../store/meetings.js';
import {openCache, writeIfFree} from '../store/open-cache.js';
import {pendingCount, settleLeft} from '../store/pending.js';
import {openUrl} from './live/open-url.js';
import {readMarks, type ReadMarks} from './live/read-marks.js';
import {watchDataVersion} from './live/watch-data-version.js';
import type {CacheChange, PollState, Services} from './services.js';

export type LiveOptions = {
  demo: boolean;
  /** Poll due feeds on their schedule (off for the demo, which stays offline). */
  schedule: boolean;
  /** Follows a feed like `talkwatch feeds add`; rejects with a one-line reason. */
  addFeed(url: string): Promise<void>;
  /** Tracks a suggested person like `talkwatch actors add`. */
  trackActor(name: string): Promise<void>;
};

export type LiveServices = {
  services: Services;
  /** Loads the write path now, ahead of the first write: call it once the first frame is drawn. */
  warmUp(): void;
  /** Saves the close time (the next start's marks count from it), once earlier saves are done. */
  close(): Promise<void>;
};

/** How often the schedule looks for due feeds; a feed's own interval decides when it is due. */
const SCHEDULE_CHECK_MS = 30_000;

export function liveServices(ctx: CommandContext, options: LiveOptions): LiveServices {
  // As `openIngest` does: settings first, so a broken config.json is reported before the cache is opened.
  const readCurrentSettings = () => readSettings(ctx.paths.configDir);
  const settings = readCurrentSettings();
  const db = openCache(ctx.paths.cacheFile);
  syncFeeds(db, settings.feeds);
  // One connection for reads and writes: our own writes never come back through data_version.
  let writer: Promise<Cache> | null = null;
  const cache = () =>
    (writer ??= import('../store/cache.js').then(({Cache}) => Cache.over(db)));
  const listeners = new Set<(change: CacheChange) => void>();
  const notify = (change: CacheChange = 'content') => listeners.forEach(listener => listener(change));
  // Read marks not stored yet (another process holds the write lock) show as marked all the same.
  let marks: ReadMarks | null = null;
  const marked = <T extends {id: number; unread: boolean}>(article: T): T => {
    const unread = marks?.pending(article.id);
    return unread === undefined ? article : {...article, unread};
  };
  const state: PollState = {polling: false, lastPoll: null, nextPoll: null, newSinceStart: 0, alert: null, analysis: null};
  // What the user has seen, read once: the marks of this session count from the last close.
  // A follow.json talkwatch cannot read costs the marks, never the dashboard, and is left as it is.
  let follow: FollowState = {};
  let followReadable = true;
  try {
    follow = readFollowState(ctx.paths.configDir);
  } catch {
    followReadable = false;
  }
  // The files' writers (conf), loaded after the first frame (warmUp) or by the first write.
  let writers: Promise<{settings: SettingsFile; follow: FollowFile | null}> | null = null;
  const fileWriters = () =>
    (writers ??= Promise.all([import('../config/settings.js'), import('../follow/follow-file.js')]).then(([{SettingsFile}, {FollowFile}]) => ({
      settings: SettingsFile.open(ctx.paths.configDir),
      follow: followReadable ? FollowFile.open(ctx.paths.configDir) : null,
    })));
  // Saves in order; close waits for the last. A save that fails (a read-only config folder)
  // still applies for this session.
  let saved: Promise<void> = Promise.resolve();
  const save = (write: (files: Awaited<ReturnType<typeof fileWriters>>) => void) => {
    saved = saved.then(fileWriters).then(write).catch(() => {});
  };
  const saveFollow = (change: (before: FollowState) => FollowState) => {
    follow = change(follow);
    save(files => files.follow?.update(change));
  };
  let round: Promise<void> | null = null;
  /** Resolves when the running round has read every feed (its analysis may go on). */
  let roundRead: Promise<void> = Promise.resolve();

  /** The alert watch for a round when alerts are on: bell and OSC 9 on the dashboard's own terminal. */
  async function watchAlerts(writable: Cache) {
    const current = readCurrentSettings();
    if (!current.alerts) return null;
    const [{watchAlerts: watch}, {liveNotifyDeps}] = await Promise.all([import('../follow/alert-hook.js'), import('../follow/notify.js')]);
    return watch(writable, {osc9: current.alertOsc9, now: ctx.now}, liveNotifyDeps(ctx.stdout));
  }

  const nextPoll = () => followedFeeds(db).reduce<string | null>((soonest, feed) => (feed.nextPollAt && (!soonest || feed.nextPollAt < soonest) ? feed.nextPollAt : soonest), null);

  /** One round over the given feeds; a second request while one runs waits for it. */
  function poll(onlyDue: boolean): Promise<void> {
    if (round) return round;
    // Settings are read again: a feed added in another terminal is polled too.
    syncFeeds(db, readCurrentSettings().feeds);
    const feeds = followedFeeds(db).filter(feed => !onlyDue || isDue(feed, ctx.now()));
    // Articles a killed run stored but did not analyse, or meetings it did not settle: the first
    // round finishes them, due feeds or not.
    if (feeds.length === 0 && pendingCount(db) === 0 && !settleLeft(db)) return Promise.resolve();
    state.polling = feeds.length > 0;
    notify();
    let allRead = () => {};
    roundRead = new Promise(resolve => (allRead = resolve));
    round = Promise.all([import('../feeds/poller.js'), import('../commands/ingest.js'), cache()])
      .then(async ([{pollRound}, {pollDeps}, writable]) => {
        // Alerts are read from the settings each round: `talkwatch alerts on` in another terminal applies.
        const alerts = await watchAlerts(writable);
        // Articles are readable as soon as their feed is stored; Actors and Meetings fill in as each batch is analysed.
        let read = 0;
        await pollRound(pollDeps(writable, ctx), {...settings, feeds, fetchPages: true}, event => {
          if (event.type === 'feed-done') {
            state.newSinceStart += event.report.added;
            // Every feed read: the poll is over for the status bar ("last poll just now"), the analysis goes on.
            if (++read === feeds.length) {
              state.polling = false;
              state.lastPoll = ctx.now().toISOString();
              allRead();
            }
          }
          if (event.type === 'analysed') state.analysis = {analysed: event.analysed, total: event.total};
          if (event.type !== 'feed-start') notify();
        });
        writable.applyRetention(settings.retentionDays, ctx.now());
        // The calendar file calendar apps subscribe to (README: Calendar); its errors would draw over the dashboard.
        if (settings.icsFile) (await import('../follow/calendar-file.js')).updateCalendarFile(writable, settings.icsFile, ctx.now(), new Writable({write: (_c, _e, done) => done()}));
        const told = alerts?.after() ?? [];
        if (told.length > 0) state.alert = told.map(alert => alert.text).join(' · ');
      })
      .finally(() => {
        round = null;
        state.analysis = null;
        state.polling = false;
        state.lastPoll = ctx.now().toISOString();
        state.nextPoll = nextPoll();
        notify();
      });
    return round;
  }

  state.nextPoll = nextPoll();
  const stopWatching = watchDataVersion(db, () => notify());
  const timer = options.schedule ? setInterval(() => void poll(true).catch(() => {}), SCHEDULE_CHECK_MS) : null;
  timer?.unref();
  // The first round starts after the first frame is drawn, not before it.
  const first = options.schedule ? setTimeout(() => void poll(true).catch(() => {}), 500) : null;

  const services: Services = {
    demo: options.demo,
    latest: query => latest(db, query).map(marked),
    countLatest: query => countLatest(db, query),
    article: id => {
      const detail = articleDetail(db, id);
      return detail && marked(detail);
    },
    actors: (now, times) => actorSummaries(db, now, times),
    meetingOrder: now => meetingOrder(db, now),
    meetingsByIds: (ids, now) => meetingRowsByIds(db, ids, now),
    meetingsWith: (name, now) => meetingRowsWith(db, name, now),
    meetingSources: id => meetingSources(db, id).map(marked),
    meetingReports: id => meetingReports(db, id),
    feeds: () => followedFeeds(db),
    setUnread(id, unread) {
      // The mark is a convenience: a write that fails (the dashboard closing) must not end the dashboard.
      cache()
        .then(writable => {
          marks ??= readMarks(
            (markId, markUnread, wait) => {
              const write = () => writable.setUnread(markId, markUnread);
              if (!wait) return writeIfFree(db, write);
              write();
              return true;
            },
            () => notify('read-marks'),
          );
          marks.mark(id, unread);
          // Not written yet: shown from memory until it is.
          if (marks.pending(id) !== undefined) notify('read-marks');
        })
        .catch(() => {});
    },
    trackActor(name) {
      void options.trackActor(name).then(() => notify(), () => {});
    },
    async addFeed(url) {
      await options.addFeed(url);
      // Show the new feed at once, then fetch its articles (after a round already running).
      syncFeeds(db, readCurrentSettings().feeds);
      notify();
      if (round) await round.catch(() => {});
      const done = poll(false);
      // A round that fails after its reading is the status bar's to tell, not the prompt's.
      done.catch(() => {});
      // The prompt closes once the new feed is read and Latest lists it; Actors and Meetings fill
      // in as its analysis goes on (the status bar counts it), instead of holding the prompt.
      await Promise.race([roundRead, done]);
    },
    pollNow: () => poll(false),
    pollState: () => ({...state}),
    meetingReportsArrivedAfter: since => meetingReportsArrivedAfter(db, since),
    followedReports: id => followedReports(db, id),
    followState: () => follow,
    markSeen(target) {
      const at = ctx.now().toISOString();
      saveFollow(before => (target === 'all' ? {...before, allSeen: at} : {...before, seen: {...before.seen, [String(target)]: at}}));
      notify();
    },
    latestView: () => settings.latestView,
    setLatestView(view) {
      settings.latestView = view;
      save(files => files.settings.writeLatestView(view));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    openUrl: url => openUrl(url),
  };

  return {
    services,
    warmUp() {
      // A failure shows where the write path is needed (a poll reports it); nothing to do here.
      cache().catch(() => {});
      fileWriters().catch(() => {});
    },
    async close() {
      // The next start marks what changed from now on. The demo's folder is removed anyway.
      saveFollow(before => ({...before, dashboardClosed: ctx.now().toISOString()}));
      stopWatching();
      if (timer) clearInterval(timer);
      if (first) clearTimeout(first);
      await saved;
      marks?.flush();
      db.close();
    },
  };
}
