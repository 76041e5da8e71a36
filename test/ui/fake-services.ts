// An in-memory Services for the dashboard's tests: plain arrays the test fills and changes,
// and `emit()` to play "the cache changed" the way the live services do after a poll.
import type {ActorSummary, ArticleDetail, ArticleSummary, FeedRow, MeetingRow} from '../../source/store/types.js';
import type {LatestQuery, PollState, Services} from '../../source/ui/services.js';

export type FakeServices = Services & {
  articles: ArticleDetail[];
  actorList: ActorSummary[];
  meetingList: MeetingRow[];
  feedList: FeedRow[];
  poll: PollState;
  /** Every window Latest asked for, to check that only visible rows are read. */
  queries: LatestQuery[];
  tracked: string[];
  opened: string[];
  polls: number;
  emit(): void;
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

export function fakeServices(init: {articles?: ArticleDetail[]; actors?: ActorSummary[]; meetings?: MeetingRow[]; feeds?: FeedRow[]; demo?: boolean} = {}): FakeServices {
  const listeners = new Set<() => void>();
  const self: FakeServices = {
    demo: init.demo ?? false,
    articles: init.articles ?? [],
    actorList: init.actors ?? [],
    meetingList: init.meetings ?? [],
    feedList: init.feeds ?? [],
    poll: {polling: false, lastPoll: null, nextPoll: null, newSinceStart: 0, analysis: null},
    queries: [],
    tracked: [],
    opened: [],
    polls: 0,
    emit: () => listeners.forEach(listener => listener()),
    latest(query) {
      self.queries.push(query);
      return matching(query).slice(query.offset, query.offset + query.limit).map(summary);
    },
    countLatest: query => matching(query).length,
    article: id => self.articles.find(article => article.id === id) ?? null,
    actors: () => self.actorList,
    meetings: () => self.meetingList,
    meetingSources: id => {
      const ids = self.meetingList.find(meeting => meeting.id === id)?.sourceArticleIds ?? [];
      return self.articles.filter(article => ids.includes(article.id)).map(summary);
    },
    feeds: () => self.feedList,
    setUnread(id, unread) {
      const article = self.articles.find(candidate => candidate.id === id);
      if (article) article.unread = unread;
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
      .filter(article => !feedName || article.feeds.includes(feedName))
      .filter(article => !query.search || fold(`${article.title} ${article.text}`).includes(fold(query.search)))
      .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
  }
  return self;
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
