// An in-memory Services for the dashboard's tests: plain arrays the test fills and changes,
// and `emit()` to play "the cache changed" the way the live services do after a poll.
import type {ActorSummary, ArticleDetail, ArticleSummary, FeedRow, MeetingReport, MeetingRow} from '../../source/store/types.js';
import type {FollowState} from '../../source/follow/follow-state.js';
import {isPastMeeting} from '../../source/ui/meetings-order.js';
import type {CacheChange, LatestQuery, LatestView, PollState, Services} from '../../source/ui/services.js';

export type FakeServices = Services & {
  articles: ArticleDetail[];
  actorList: ActorSummary[];
  meetingList: MeetingRow[];
  /** Reports by meeting id, oldest first; a meeting without an entry gets one report per source article. */
  reports: Record<number, MeetingReport[]>;
  feedList: FeedRow[];
  poll: PollState;
  /** Every window Latest asked for, to check that only visible rows are read. */
  queries: LatestQuery[];
  /** Every count asked for: counting a large cache again is what makes a key slow. */
  counts: Omit<LatestQuery, 'offset' | 'limit'>[];
  /** How many meeting rows each read of meetings returned (the order's read counts its ids). */
  meetingReads: number[];
  /** The meetings whose reports each read for the marks returned. */
  reportReads: number[][];
  tracked: string[];
  opened: string[];
  polls: number;
  /** The remembered Latest view (a setting in the live services). */
  view: LatestView;
  /** What the user has seen (the live services keep it in follow.json). */
  follow: FollowState;
  /** "Now" for marking seen; the dashboard tests' NOW. */
  now?: Date;
  /** Plays a change the live services report: new articles by default, or only read marks. */
  emit(change?: CacheChange): void;
};

/** Umlaut-insensitive like the store's search: "Gespräche", "gesprache" and "gespraeche" match. */
const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'u')
    .replace(/ß/g, 'ss')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u');

const summary = ({summary: _s, text: _t, sourceLine: _l, tags: _g, feeds: _f, meetings: _m, ...rest}: ArticleDetail): ArticleSummary => rest;

export function fakeServices(
  init: {
    articles?: ArticleDetail[];
    actors?: ActorSummary[];
    meetings?: MeetingRow[];
    reports?: Record<number, MeetingReport[]>;
    feeds?: FeedRow[];
    demo?: boolean;
    view?: LatestView;
    follow?: FollowState;
  } = {},
): FakeServices {
  const listeners = new Set<(change: CacheChange) => void>();
  const self: FakeServices = {
    demo: init.demo ?? false,
    articles: init.articles ?? [],
    actorList: init.actors ?? [],
    meetingList: init.meetings ?? [],
    reports: init.reports ?? {},
    feedList: init.feeds ?? [],
    poll: {polling: false, lastPoll: null, nextPoll: null, newSinceStart: 0, analysis: null},
    queries: [],
    counts: [],
    meetingReads: [],
    reportReads: [],
    tracked: [],
    opened: [],
    polls: 0,
    view: init.view ?? 'all',
    follow: init.follow ?? {},
    emit: (change: CacheChange = 'content') => listeners.forEach(listener => listener(change)),
    latest(query) {
      self.queries.push(query);
      return matching(query).slice(query.offset, query.offset + query.limit).map(summary);
    },
    countLatest(query) {
      self.counts.push(query);
      return matching(query).length;
    },
    article: id => self.articles.find(article => article.id === id) ?? null,
    // As the cache does: without `times`, a person's last mention is only its day.
    actors: (_now, times = true) => (times ? self.actorList : self.actorList.map(actor => ({...actor, lastSeen: actor.lastSeen?.slice(0, 10) ?? null, firstSeen: null}))),
    meetingOrder: () => {
      const ordered = orderMeetings(self.meetingList);
      return {ids: ordered.map(meeting => meeting.id), upcoming: ordered.filter(meeting => !isPastMeeting(meeting)).length};
    },
    meetingsByIds: ids => {
      self.meetingReads.push(ids.length);
      return ids.flatMap(id => self.meetingList.find(meeting => meeting.id === id) ?? []);
    },
    meetingsWith: name => orderMeetings(self.meetingList.filter(meeting => meeting.participants.includes(name))),
    // Without reports of its own, a meeting's sources each report it as it stands now, oldest first.
    meetingReports: id => {
      if (self.reports[id]) return [...self.reports[id]!];
      const meeting = self.meetingList.find(candidate => candidate.id === id);
      if (!meeting) return [];
      const {id: _id, sourceArticleIds, firstSeen: _seen, lastReported: _last, shown: _shown, ...said} = meeting;
      return self.articles
        .filter(article => sourceArticleIds.includes(article.id))
        .map(article => ({...said, articleId: article.id, url: article.url, outlet: article.outlet, published: article.published ?? article.fetched, role: 'report' as const, evidence: ''}))
        .sort((a, b) => a.published.localeCompare(b.published));
    },
    meetingSources: id => {
      const ids = self.meetingList.find(meeting => meeting.id === id)?.sourceArticleIds ?? [];
      return self.articles.filter(article => ids.includes(article.id)).map(summary);
    },
    feeds: () => self.feedList,
    setUnread(id, unread) {
      const article = self.articles.find(candidate => candidate.id === id);
      if (article) article.unread = unread;
      // As the live services do once the mark is stored.
      self.emit('read-marks');
    },
    trackActor(name) {
      self.tracked.push(name);
    },
    async addFeed(url) {
      if (!/^(https?|file):\/\//.test(url)) throw new Error(`not a feed: ${url} is no http(s) or file URL`);
      self.feedList.push(feed({id: self.feedList.length + 1, url, name: url}));
    },
    async pollNow() {
      self.polls += 1;
    },
    pollState: () => self.poll,
    // Only the reports a test gave (marks need a meeting's real history), of meetings in the list.
    meetingReportsArrivedAfter: since => {
      const after = (report: MeetingReport & {arrived?: string}) => new Date(report.arrived ?? report.published) > new Date(since);
      const entries = Object.entries(self.reports).filter(([id, reports]) => self.meetingList.some(meeting => meeting.id === Number(id)) && reports.some(after));
      self.reportReads.push(entries.map(([id]) => Number(id)));
      return new Map(entries.map(([id, reports]) => [Number(id), reports]));
    },
    followedReports: id => [...(self.reports[id] ?? [])],
    followState: () => self.follow,
    markSeen(target) {
      const at = (self.now ?? new Date()).toISOString();
      self.follow = target === 'all' ? {...self.follow, allSeen: at} : {...self.follow, seen: {...self.follow.seen, [String(target)]: at}};
      self.emit();
    },
    latestView: () => self.view,
    setLatestView(view) {
      self.view = view;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async openUrl(url) {
      self.opened.push(url);
    },
  };

  function matching(query: Omit<LatestQuery, 'offset' | 'limit'>): ArticleDetail[] {
    const feedName = self.feedList.find(candidate => candidate.id === query.feedId)?.name;
    return self.articles
      .filter(article => !query.actorId || article.actorIds.includes(query.actorId))
      .filter(article => !query.talks || article.actorIds.length > 0 || self.meetingList.some(meeting => meeting.sourceArticleIds.includes(article.id)))
      .filter(article => !feedName || article.feeds.includes(feedName))
      .filter(article => !query.search || fold(`${article.title} ${article.text}`).includes(fold(query.search)))
      .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
  }
  return self;
}

/** The live cache's order (store/meetings.ts): upcoming soonest first, undated after dated; then past ones most recent first, undated last. */
function orderMeetings(meetings: MeetingRow[]): MeetingRow[] {
  const upcoming = meetings.filter(meeting => !isPastMeeting(meeting));
  const past = meetings.filter(meeting => isPastMeeting(meeting));
  const byStart = (a: MeetingRow, b: MeetingRow) => (a.start ?? '9999').localeCompare(b.start ?? '9999');
  const recentFirst = (a: MeetingRow, b: MeetingRow) => (b.start ?? '0000').localeCompare(a.start ?? '0000');
  return [...upcoming.sort(byStart), ...past.sort(recentFirst)];
}

export function feed(overrides: Partial<FeedRow> & {id: number; name: string}): FeedRow {
  return {
    url: `https://example.org/${overrides.id}.xml`,
    intervalMinutes: 15,
    fulltext: 'auto',
    etag: null,
    lastModified: null,
    lastPolled: null,
    lastSuccess: null,
    lastError: null,
    lastErrorAt: null,
    failureCount: 0,
    nextPollAt: null,
    ttlMinutes: null,
    ...overrides,
  };
}
