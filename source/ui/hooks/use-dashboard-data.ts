// Reads what the current frame shows, and nothing more: the visible window of Latest, the
// opened screen's item. Re-read when the services report a change (`version`).
import {useMemo} from 'react';
import {type EventChanges, eventChanges} from '../../follow/changes.js';
import type {FollowState} from '../../follow/follow-file.js';
import {marksSummary, meetingMarks} from '../../follow/marks.js';
import type {ActorSummary, ArticleDetail, ArticleSummary, FeedRow, MeetingReport, MeetingRow} from '../../store/types.js';
import type {PollState, Services} from '../services.js';
import type {Layout} from '../layout.js';
import {windowTop} from '../layout.js';
import {orderMeetings} from '../meetings-order.js';
import type {ListQuery, State} from '../state.js';

/**
 * `total`: the same list without the talks view, for the title's "talks 41 of 230"; `talks`: how
 * many of all articles are about the talks, for the all-articles title's "(230) · talks 41".
 */
export type ListWindow = {rows: ArticleSummary[]; top: number; count: number; total?: number; talks?: number};

export type ScreenData =
  | {kind: 'article'; detail: ArticleDetail | null}
  | {kind: 'actor'; actor: ActorSummary | null; articles: ListWindow; meetings: MeetingRow[]}
  /** `history`: the meeting's reports newest first; `sources`: their articles; `changes`: what changed since `since`. */
  | {kind: 'meeting'; meeting: MeetingRow | null; history: MeetingReport[]; sources: ArticleSummary[]; changes: EventChanges | null; since: string | null};

export type DashboardData = {
  latest: ListWindow;
  actors: ActorSummary[];
  meetings: MeetingRow[];
  feeds: FeedRow[];
  poll: PollState;
  screen: ScreenData | null;
  /** Meetings new (✦) or changed (↻) since the user last saw them, by id. */
  marks: ReadonlyMap<string | number, EventChanges>;
  /** "since Mon 18:40: 2 new · 1 moved"; null on the first start. */
  marksSummary: string | null;
  follow: FollowState;
};

/** Rows of an opened screen's list: what is left under its header lines. */
export const screenListRows = (layout: Layout) => Math.max(3, layout.listRows - 8);

function readWindow(services: Services, query: ListQuery, cursor: number, rows: number): ListWindow {
  const top = windowTop(cursor, rows);
  return {top, count: services.countLatest(query), rows: services.latest({...query, offset: top, limit: rows})};
}

export function useDashboardData(services: Services, state: State, layout: Layout, now: Date, version: number): DashboardData {
  const {search, feedId} = state;
  const talks = state.view === 'talks';
  // Read again when the page flips or the cache changed, not on every cursor move; the counts
  // (a search's matches, both views) only when the filter or the cache changed.
  const latestTop = windowTop(state.cursor.latest, layout.listRows);
  const total = useMemo(() => services.countLatest({search, feedId}), [services, search, feedId, version]);
  // Both views show both counts; under a search or feed filter the title names the filter instead.
  const filtered = search !== null || feedId !== null;
  const talksCount = useMemo(
    () => (talks || !filtered ? services.countLatest({search, feedId, talks: true}) : 0),
    [services, search, feedId, talks, filtered, version],
  );
  const rows = useMemo(
    () => services.latest({search, feedId, talks, offset: latestTop, limit: layout.listRows}),
    [services, search, feedId, talks, latestTop, layout.listRows, version],
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
  const meetings = useMemo(() => orderMeetings(services.meetings(now)), [services, version, day]);
  const feeds = useMemo(() => services.feeds(), [services, version]);
  const poll = useMemo(() => services.pollState(), [services, version]);
  const follow = useMemo(() => services.followState(), [services, version]);
  const reports = useMemo(() => services.allMeetingReports(), [services, version]);
  const marks = useMemo(() => meetingMarks(meetings, reports, follow), [meetings, reports, follow]);
  const summary = useMemo(() => marksSummary(marks, follow, now), [marks, follow, day]);

  const top = state.screens.at(-1) ?? null;
  const screen = useMemo((): ScreenData | null => {
    if (!top) return null;
    if (top.kind === 'article') return {kind: 'article', detail: services.article(top.id)};
    if (top.kind === 'actor') {
      const actor = actors.find(candidate => candidate.id === top.actorId) ?? null;
      const articles = readWindow(services, {actorId: top.actorId}, top.cursor, screenListRows(layout));
      const theirs = actor ? meetings.filter(meeting => meeting.participants.includes(actor.name)) : [];
      return {kind: 'actor', actor, articles, meetings: theirs};
    }
    // What changed since the user last saw it, as it was when they opened it (opening marks it seen).
    const meeting = meetings.find(candidate => candidate.id === top.meetingId) ?? null;
    const theirs = reports.get(top.meetingId);
    const changes = meeting && theirs && top.since ? eventChanges({id: meeting.id, kind: meeting.kind, reports: theirs}, new Date(top.since).toISOString()) : null;
    const history = services.meetingReports(top.meetingId).reverse();
    return {kind: 'meeting', meeting, history, sources: services.meetingSources(top.meetingId), changes, since: top.since ?? null};
  }, [services, top, actors, meetings, reports, layout, version]);

  return {latest, actors, meetings, feeds, poll, screen, marks, marksSummary: summary, follow};
}
