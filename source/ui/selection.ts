// Which item a key press acts on, read from the data the frame shows.
import type {ActorSummary, ArticleSummary, MeetingRow} from '../store/types.js';
import type {DashboardData} from './hooks/use-dashboard-data.js';
import {type ArticleOrigin, type State, latestQuery} from './state.js';

export type Selection =
  | {kind: 'article'; article: ArticleSummary; origin: ArticleOrigin; index: number}
  | {kind: 'actor'; actor: ActorSummary}
  | {kind: 'meeting'; meeting: MeetingRow}
  | null;

export function currentSelection(state: State, data: DashboardData): Selection {
  const top = state.screens.at(-1);
  const screen = data.screen;
  if (top?.kind === 'article' && screen?.kind === 'article') {
    return screen.detail ? {kind: 'article', article: screen.detail, origin: top.origin, index: top.index} : null;
  }
  if (top?.kind === 'actor' && screen?.kind === 'actor') {
    const article = screen.articles.rows[top.cursor - screen.articles.top];
    return article ? {kind: 'article', article, origin: {kind: 'query', query: {actorId: top.actorId}}, index: top.cursor} : null;
  }
  if (top?.kind === 'meeting' && screen?.kind === 'meeting') {
    // The history lists reports; n and p step through their articles in the same order.
    const report = screen.history[top.cursor];
    const article = report && screen.sources.find(source => source.id === report.articleId);
    const ids = [...new Set(screen.history.map(entry => entry.articleId))];
    return article ? {kind: 'article', article, origin: {kind: 'ids', ids}, index: ids.indexOf(article.id)} : null;
  }
  const cursor = state.cursor[state.focus];
  if (state.focus === 'actors') {
    const actor = data.actors[cursor];
    return actor ? {kind: 'actor', actor} : null;
  }
  if (state.focus === 'meetings') {
    const meeting = data.meetings.rows[cursor - data.meetings.top];
    return meeting ? {kind: 'meeting', meeting} : null;
  }
  const article = data.latest.rows[cursor - data.latest.top];
  const query = latestQuery(state);
  return article ? {kind: 'article', article, origin: {kind: 'query', query}, index: cursor} : null;
}
