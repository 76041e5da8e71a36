// Reads what the current frame shows, and nothing more: the visible windows of Latest and
// Meetings, the opened screen's item. Re-read when the services report a change (`version`):
// read marks alone re-read only what shows them, the rows.
// Nothing kept here grows with the cache but the Meetings pane's order (one id per meeting): a
// dashboard left open for days must not hold every meeting's row or every report.
import {useEffect, useMemo, useRef, useState} from 'react';
import {type EventChanges, eventChanges} from '../../follow/changes.js';
import type {FollowState} from '../../follow/follow-state.js';
import {marksFloor, marksSummary, meetingMarks} from '../../follow/marks.js';
import type {ActorSummary, ArticleDetail, ArticleSummary, FeedRow, MeetingReport, MeetingRow} from '../../store/types.js';
import type {PollState, Services} from '../services.js';
import {type Layout, paneShown, windowTop} from '../layout.js';
import type {ListQuery, State} from '../state.js';
import type {LiveVersion} from './use-live-version.js';

/** A list's visible rows from `top` on, of `count` rows. */
export type ListWindow = {rows: ArticleSummary[]; top: number; count: number};

/**
 * The Latest pane's window. Its counts are read just after the frame that first needs them (see
 * useCountsAfterFrame): null until then, shown as "…". `total`: the same list without the talks
 * view, for the title's "talks 41 of 230"; `talks`: how many of all articles are about the talks,
 * for the all-articles title's "(230) · talks 41".
 */
export type LatestWindow = {rows: ArticleSummary[]; top: number; count: number | null; total?: number | null; talks?: number | null};

/** The Meetings pane's visible rows from `top` on, of `count` meetings, the first `upcoming` of them upcoming. */
export type MeetingWindow = {rows: MeetingRow[]; top: number; count: number; upcoming: number};

export type ScreenData =
  | {kind: 'article'; detail: ArticleDetail | null}
  | {kind: 'actor'; actor: ActorSummary | null; articles: ListWindow; meetings: MeetingRow[]}
  /** `history`: the meeting's reports newest first; `sources`: their articles; `changes`: what changed since `since`. */
  | {kind: 'meeting'; meeting: MeetingRow | null; history: MeetingReport[]; sources: ArticleSummary[]; changes: EventChanges | null; since: string | null};

export type DashboardData = {
  latest: LatestWindow;
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

const NO_MEETINGS = {ids: [], upcoming: 0};

/** Rows of the Meetings pane's list: the summary ("since Mon 18:40: …") takes the first. */
export const meetingListRows = (rows: number, summary: string | null | undefined) => (summary ? Math.max(1, rows - 1) : rows);

/** Rows of an opened screen's list: what is left under its header lines. */
export const screenListRows = (layout: Layout) => Math.max(3, layout.listRows - 8);

function readWindow(services: Services, query: ListQuery, cursor: number, rows: number): ListWindow {
  const top = windowTop(cursor, rows);
  return {top, count: services.countLatest(query), rows: services.latest({...query, offset: top, limit: rows})};
}

type Counts = {total: number; talks: number | null};

/**
 * Counts the frame can show a moment later, read once that frame is on screen: the rows are what
 * the user waits for, and on 100,000 articles a search's matches cost ~2.5 ms and the talks among
 * all articles 35–75 ms (the largest part of the first frame at start-up). Until the counts of
 * `filter` at the cache's `version` are read, null: the title shows "…", never the numbers of
 * another filter or an older cache. When the cache changes under a filter whose counts are on
 * screen (a poll), they are read with the rows, as the old ones would be wrong and "…" on every
 * poll would flicker. The last counts are kept while `read` is null: clearing a search shows the
 * whole cache's counts at once.
 */
function useCountsAfterFrame(filter: readonly unknown[], version: number, read: (() => Counts) | null): Counts | null {
  const kept = useRef<{filter: readonly unknown[]; version: number; counts: Counts} | null>(null);
  const shown = useRef<readonly unknown[] | null>(null);
  const [, counted] = useState(0);
  const ofFilter = kept.current !== null && sameKey(kept.current.filter, filter) ? kept.current : null;
  if (read !== null && ofFilter !== null && ofFilter.version !== version && shown.current !== null && sameKey(shown.current, filter)) {
    kept.current = {filter, version, counts: read()};
  }
  shown.current = read === null ? null : filter;
  const current = kept.current !== null && sameKey(kept.current.filter, filter) && kept.current.version === version ? kept.current.counts : null;
  useEffect(() => {
    if (read === null || current !== null) return;
    // After the frame: ink writes it as React commits, before this macrotask runs.
    const timer = setImmediate(() => {
      kept.current = {filter, version, counts: read()};
      counted(n => n + 1);
    });
    return () => clearImmediate(timer);
  }, [...filter, version, read === null, current === null]);
  return current;
}

const sameKey = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((value, index) => Object.is(value, b[index]));

export function useDashboardData(services: Services, state: State, layout: Layout, now: Date, live: LiveVersion): DashboardData {
  const {search, feedId} = state;
  const talks = state.view === 'talks';
  const version = live.content;
  // Read again when the page flips or the cache changed, not on every cursor move; the counts
  // (a search's matches, both views) only when the filter or the cache's content changed.
  const latestTop = windowTop(state.cursor.latest, layout.listRows);
  // Both views show both counts; under a search or feed filter the title names the filter instead.
  const filtered = search !== null || feedId !== null;
  const whole = useCountsAfterFrame(
    [services],
    version,
    filtered ? null : () => ({total: services.countLatest({}), talks: services.countLatest({talks: true})}),
  );
  const matches = useCountsAfterFrame(
    [services, search, feedId, talks],
    version,
    filtered ? () => ({total: services.countLatest({search, feedId}), talks: talks ? services.countLatest({search, feedId, talks: true}) : null}) : null,
  );
  const counts = filtered ? matches : whole;
  const total = counts?.total ?? null;
  const talksCount = counts?.talks ?? null;
  const rows = useMemo(
    () => services.latest({search, feedId, talks, offset: latestTop, limit: layout.listRows}),
    [services, search, feedId, talks, latestTop, layout.listRows, version, live.marks],
  );
  const latest = useMemo(
    (): LatestWindow => ({top: latestTop, count: talks ? talksCount : total, total, talks: filtered ? undefined : talksCount, rows}),
    [latestTop, talks, talksCount, total, filtered, rows],
  );
  const day = now.toDateString();
  // Latest's badges need the names only: the times of each person's last mention (one probe per
  // person, ~11 ms of the first frame on 100,000 articles) are read when the Actors pane shows.
  const actorsShown = paneShown(layout, state.focus, 'actors');
  const actors = useMemo(() => {
    const all = services.actors(now, actorsShown);
    return [...all.filter(actor => !actor.suggested), ...all.filter(actor => actor.suggested)];
  }, [services, version, day, actorsShown]);
  // One pane at a time (under 160 columns): the Meetings pane's order, marks and rows are read
  // when it is shown, not for every frame and poll of the others (~7 ms on 100,000 articles,
  // in the first frame too).
  const meetingsShown = paneShown(layout, state.focus, 'meetings');
  // Keyed on the day, not on `now`: counts and countdowns change by day, not by millisecond.
  const order = useMemo(() => (meetingsShown ? services.meetingOrder(now) : NO_MEETINGS), [services, version, day, meetingsShown]);
  const feeds = useMemo(() => services.feeds(), [services, version]);
  const poll = useMemo(() => services.pollState(), [services, version]);
  const follow = useMemo(() => services.followState(), [services, version]);
  // Only meetings with a report that arrived after the earliest "since" can be marked; their
  // reports are read, folded into the marks, and let go.
  const marks = useMemo(() => {
    const floor = meetingsShown ? marksFloor(follow) : null;
    return floor ? meetingMarks(services.meetingReportsArrivedAfter(floor), follow) : new Map<string | number, EventChanges>();
  }, [services, follow, version, meetingsShown]);
  const summary = useMemo(() => marksSummary(marks, follow, now), [marks, follow, day]);
  const meetingRows = meetingListRows(layout.listRows, summary);
  const meetingsTop = windowTop(state.cursor.meetings, meetingRows);
  const visible = useMemo(() => order.ids.slice(meetingsTop, meetingsTop + meetingRows), [order, meetingsTop, meetingRows]);
  const meetings = useMemo(
    () => ({rows: visible.length > 0 ? services.meetingsByIds(visible, now) : [], top: meetingsTop, count: order.ids.length, upcoming: order.upcoming}),
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
