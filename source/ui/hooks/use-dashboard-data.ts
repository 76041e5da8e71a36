// Reads what the current frame shows, and nothing more: the visible windows of Latest and
// Meetings, the opened screen's item. Re-read when the services report a change (`version`):
// read marks alone re-read only what shows them, the rows.
// Nothing kept here grows with the cache but the Meetings pane's order (one id per meeting): a
// dashboard left open for days must not hold every meeting's row or every report.
import {useMemo, useRef} from 'react';
import {type EventChanges, eventChanges} from '../../follow/changes.js';
import type {FollowState} from '../../follow/follow-file.js';
import {marksFloor, marksSummary, meetingMarks} from '../../follow/marks.js';
import type {ActorSummary, ArticleDetail, ArticleSummary, FeedRow, MeetingReport, MeetingRow} from '../../store/types.js';
import type {PollState, Services} from '../services.js';
import type {Layout} from '../layout.js';
import {windowTop} from '../layout.js';
import type {ListQuery, State} from '../state.js';
import type {LiveVersion} from './use-live-version.js';

/**
 * `total`: the same list without the talks view, for the title's "talks 41 of 230"; `talks`: how
 * many of all articles are about the talks, for the all-articles title's "(230) · talks 41".
 */
export type ListWindow = {rows: ArticleSummary[]; top: number; count: number; total?: number; talks?: number};

/** The Meetings pane's visible rows from `top` on, of `count` meetings, the first `upcoming` of them upcoming. */
export type MeetingWindow = {rows: MeetingRow[]; top: number; count: number; upcoming: number};

export type ScreenData =
  | {kind: 'article'; detail: ArticleDetail | null}
  | {kind: 'actor'; actor: ActorSummary | null; articles: ListWindow; meetings: MeetingRow[]}
  /** `history`: the meeting's reports newest first; `sources`: their articles; `changes`: what changed since `since`. */
  | {kind: 'meeting'; meeting: MeetingRow | null; history: MeetingReport[]; sources: ArticleSummary[]; changes: EventChanges | null; since: string | null};

export type DashboardData = {
  latest: ListWindow;
  actors: ActorSummary[];
  meetings: MeetingWindow;
  feeds: FeedRow[];
  poll: PollState;
  screen: ScreenData | null;
  /** Meetings new (✦) or changed (↻) since the user last saw them, by id. */
  marks: ReadonlyMap<string | number, EventChanges>;
  /** "since Mon 18:40: 2 new · 1 moved"; null on the first start. */
  marksSummary: string | null;
  follow: FollowState;
};

/** Rows of the Meetings pane's list: the summary ("since Mon 18:40: …") takes the first. */
export const meetingListRows = (rows: number, summary: string | null | undefined) => (summary ? Math.max(1, rows - 1) : rows);

/** Rows of an opened screen's list: what is left under its header lines. */
export const screenListRows = (layout: Layout) => Math.max(3, layout.listRows - 8);

function readWindow(services: Services, query: ListQuery, cursor: number, rows: number): ListWindow {
  const top = windowTop(cursor, rows);
  return {top, count: services.countLatest(query), rows: services.latest({...query, offset: top, limit: rows})};
}

/**
 * The whole cache's two counts, read at most once per content version: clearing a search shows
 * them again at once, instead of counting the talks among 100,000 articles anew (~80 ms).
 */
function useWholeCounts(services: Services, version: number, needed: boolean): {total: number; talks: number} | null {
  const kept = useRef<{services: Services; version: number; total: number; talks: number} | null>(null);
  if (!needed) return null;
  if (kept.current?.services !== services || kept.current.version !== version) {
    kept.current = {services, version, total: services.countLatest({}), talks: services.countLatest({talks: true})};
  }
  return kept.current;
}

export function useDashboardData(services: Services, state: State, layout: Layout, now: Date, live: LiveVersion): DashboardData {
  const {search, feedId} = state;
  const talks = state.view === 'talks';
  const version = live.content;
  // Read again when the page flips or the cache changed, not on every cursor move; the counts
  // (a search's matches, both views) only when the filter or the cache's content changed.
  const latestTop = windowTop(state.cursor.latest, layout.listRows);
  // Both views show both counts; under a search or feed filter the title names the filter instead.
  const filtered = search !== null || feedId !== null;
  const whole = useWholeCounts(services, version, !filtered);
  const filteredTotal = useMemo(() => (filtered ? services.countLatest({search, feedId}) : 0), [services, search, feedId, filtered, version]);
  const filteredTalks = useMemo(
    () => (filtered && talks ? services.countLatest({search, feedId, talks: true}) : 0),
    [services, search, feedId, talks, filtered, version],
  );
  const total = whole?.total ?? filteredTotal;
  const talksCount = whole?.talks ?? filteredTalks;
  const rows = useMemo(
    () => services.latest({search, feedId, talks, offset: latestTop, limit: layout.listRows}),
    [services, search, feedId, talks, latestTop, layout.listRows, version, live.marks],
  );
  const latest = useMemo(
    () => ({top: latestTop, count: talks ? talksCount : total, total, talks: filtered ? undefined : talksCount, rows}),
    [latestTop, talks, talksCount, total, filtered, rows],
  );
  const day = now.toDateString();
  const actors = useMemo(() => {
    const all = services.actors(now);
    return [...all.filter(actor => !actor.suggested), ...all.filter(actor => actor.suggested)];
  }, [services, version, day]);
  // Keyed on the day, not on `now`: counts and countdowns change by day, not by millisecond.
  const order = useMemo(() => services.meetingOrder(now), [services, version, day]);
  const feeds = useMemo(() => services.feeds(), [services, version]);
  const poll = useMemo(() => services.pollState(), [services, version]);
  const follow = useMemo(() => services.followState(), [services, version]);
  // Only meetings with a report that arrived after the earliest "since" can be marked; their
  // reports are read, folded into the marks, and let go.
  const marks = useMemo(() => {
    const floor = marksFloor(follow);
    return floor ? meetingMarks(services.meetingReportsArrivedAfter(floor), follow) : new Map<string | number, EventChanges>();
  }, [services, follow, version]);
  const summary = useMemo(() => marksSummary(marks, follow, now), [marks, follow, day]);
  const meetingRows = meetingListRows(layout.listRows, summary);
  const meetingsTop = windowTop(state.cursor.meetings, meetingRows);
  const visible = useMemo(() => order.ids.slice(meetingsTop, meetingsTop + meetingRows), [order, meetingsTop, meetingRows]);
  const meetings = useMemo(
    () => ({rows: services.meetingsByIds(visible, now), top: meetingsTop, count: order.ids.length, upcoming: order.upcoming}),
    [services, visible, meetingsTop, order, version, day],
  );

  const top = state.screens.at(-1) ?? null;
  const screen = useMemo((): ScreenData | null => {
    if (!top) return null;
    if (top.kind === 'article') return {kind: 'article', detail: services.article(top.id)};
    if (top.kind === 'actor') {
      const actor = actors.find(candidate => candidate.id === top.actorId) ?? null;
      const articles = readWindow(services, {actorId: top.actorId}, top.cursor, screenListRows(layout));
      const theirs = actor ? services.meetingsWith(actor.name, now) : [];
      return {kind: 'actor', actor, articles, meetings: theirs};
    }
    // What changed since the user last saw it, as it was when they opened it (opening marks it seen).
    const meeting = services.meetingsByIds([top.meetingId], now)[0] ?? null;
    const theirs = meeting && top.since ? services.followedReports(top.meetingId) : [];
    const changes = meeting && top.since && theirs.length > 0 ? eventChanges({id: meeting.id, kind: meeting.kind, reports: theirs}, new Date(top.since).toISOString()) : null;
    const history = services.meetingReports(top.meetingId).reverse();
    return {kind: 'meeting', meeting, history, sources: services.meetingSources(top.meetingId), changes, since: top.since ?? null};
  }, [services, top, actors, layout, version, live.marks, day]);

  return {latest, actors, meetings, feeds, poll, screen, marks, marksSummary: summary, follow};
}
