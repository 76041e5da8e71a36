// Reads what the current frame shows, and nothing more: the visible window of Latest, the
// opened screen's item. Re-read when the services report a change (`version`).
import {useMemo} from 'react';
import type {ActorSummary, ArticleDetail, ArticleSummary, FeedRow, MeetingReport, MeetingRow} from '../../store/types.js';
import type {PollState, Services} from '../services.js';
import type {Layout} from '../layout.js';
import {windowTop} from '../layout.js';
import {orderMeetings} from '../meetings-order.js';
import type {ListQuery, State} from '../state.js';

export type ListWindow = {rows: ArticleSummary[]; top: number; count: number};

export type ScreenData =
  | {kind: 'article'; detail: ArticleDetail | null}
  | {kind: 'actor'; actor: ActorSummary | null; articles: ListWindow; meetings: MeetingRow[]}
  /** `history`: the meeting's reports newest first; `sources`: their articles. */
  | {kind: 'meeting'; meeting: MeetingRow | null; history: MeetingReport[]; sources: ArticleSummary[]};

export type DashboardData = {
  latest: ListWindow;
  actors: ActorSummary[];
  meetings: MeetingRow[];
  feeds: FeedRow[];
  poll: PollState;
  screen: ScreenData | null;
};

/** Rows of an opened screen's list: what is left under its header lines. */
export const screenListRows = (layout: Layout) => Math.max(3, layout.listRows - 8);

function readWindow(services: Services, query: ListQuery, cursor: number, rows: number): ListWindow {
  const top = windowTop(cursor, rows);
  return {top, count: services.countLatest(query), rows: services.latest({...query, offset: top, limit: rows})};
}

export function useDashboardData(services: Services, state: State, layout: Layout, now: Date, version: number): DashboardData {
  const {search, feedId} = state;
  // Read again when the page flips or the cache changed, not on every cursor move; the count
  // (a search's matches) only when the filter or the cache changed.
  const latestTop = windowTop(state.cursor.latest, layout.listRows);
  const count = useMemo(() => services.countLatest({search, feedId}), [services, search, feedId, version]);
  const rows = useMemo(
    () => services.latest({search, feedId, offset: latestTop, limit: layout.listRows}),
    [services, search, feedId, latestTop, layout.listRows, version],
  );
  const latest = useMemo(() => ({top: latestTop, count, rows}), [latestTop, count, rows]);
  const day = now.toDateString();
  const actors = useMemo(() => {
    const all = services.actors(now);
    return [...all.filter(actor => !actor.suggested), ...all.filter(actor => actor.suggested)];
  }, [services, version, day]);
  // Keyed on the day, not on `now`: counts and countdowns change by day, not by millisecond.
  const meetings = useMemo(() => orderMeetings(services.meetings(now)), [services, version, day]);
  const feeds = useMemo(() => services.feeds(), [services, version]);
  const poll = useMemo(() => services.pollState(), [services, version]);

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
    const history = services.meetingReports(top.meetingId).reverse();
    return {kind: 'meeting', meeting: meetings.find(meeting => meeting.id === top.meetingId) ?? null, history, sources: services.meetingSources(top.meetingId)};
  }, [services, top, actors, meetings, layout, version]);

  return {latest, actors, meetings, feeds, poll, screen};
}
