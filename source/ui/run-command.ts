// What each command does. Navigation goes to the reducer; anything that reads or changes the
// cache goes through the services, and a failure becomes a one-line notice, never a crash.
import type {Command} from './keys.js';
import type {CacheChange, Services} from './services.js';
import type {DashboardData} from './hooks/use-dashboard-data.js';
import {screenListRows} from './hooks/use-dashboard-data.js';
import type {Layout} from './layout.js';
import {seenSince} from '../follow/follow-state.js';
import {currentSelection} from './selection.js';
import {type Action, type ArticleOrigin, type Move, type State, latestQuery} from './state.js';

export type CommandContext = {
  state: State;
  data: DashboardData;
  layout: Layout;
  services: Services;
  /** Lines of the opened article, for how far it scrolls. */
  articleLineCount: number;
  dispatch(action: Action): void;
  /** Reads again what `change` can have altered (default: everything). */
  refresh(change?: CacheChange): void;
  exit(): void;
};

export const oneLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/** Article view rows: the whole screen but the footer. */
export const articleRows = (layout: Layout) => Math.max(3, layout.rows - 3);

function listLength({state, data, layout, services, articleLineCount}: CommandContext): {length: number; page: number} {
  const screen = data.screen;
  if (screen?.kind === 'article') return {length: Math.max(1, articleLineCount - articleRows(layout) + 1), page: articleRows(layout) - 1};
  if (screen?.kind === 'actor') return {length: screen.articles.count, page: screenListRows(layout)};
  if (screen?.kind === 'meeting') return {length: screen.history.length, page: screenListRows(layout)};
  // A key pressed before Latest's count is read (it follows the frame) counts it now.
  const latest = () => data.latest.count ?? services.countLatest(latestQuery(state));
  const lengths = {latest, actors: () => data.actors.length, meetings: () => data.meetings.count};
  return {length: lengths[state.focus](), page: layout.listRows};
}

function articleAt(services: Services, origin: ArticleOrigin, index: number): number | null {
  if (index < 0) return null;
  if (origin.kind === 'ids') return origin.ids[index] ?? null;
  return services.latest({...origin.query, offset: index, limit: 1})[0]?.id ?? null;
}

function markRead(context: CommandContext, id: number): void {
  context.services.setUnread(id, false);
  context.refresh('read-marks');
}

function step(context: CommandContext, delta: 1 | -1): void {
  const top = context.state.screens.at(-1);
  if (top?.kind !== 'article') return;
  const id = articleAt(context.services, top.origin, top.index + delta);
  if (id === null) return context.dispatch({type: 'notice', text: delta > 0 ? 'Last article in this list' : 'First article in this list'});
  context.dispatch({type: 'showArticle', id, index: top.index + delta});
  // Opened from the Latest pane: its cursor follows, so Esc lands on the article last read.
  if (context.state.screens.length === 1) context.dispatch({type: 'relocate', index: top.index + delta});
  markRead(context, id);
}

function open(context: CommandContext): void {
  const selection = currentSelection(context.state, context.data);
  if (!selection || context.data.screen?.kind === 'article') return;
  if (selection.kind === 'actor') return context.dispatch({type: 'open', screen: {kind: 'actor', actorId: selection.actor.id, cursor: 0}});
  if (selection.kind === 'meeting') {
    // The view shows what changed since the user last saw it; from now on they have.
    const {id} = selection.meeting;
    context.dispatch({type: 'open', screen: {kind: 'meeting', meetingId: id, cursor: 0, since: seenSince(context.data.follow, id)}});
    if (context.data.marks.has(id)) context.services.markSeen(id);
    return;
  }
  const {article, origin, index} = selection;
  context.dispatch({type: 'open', screen: {kind: 'article', id: article.id, origin, index, scroll: 0}});
  markRead(context, article.id);
}

function cycleFeed(context: CommandContext): void {
  const ids = [null, ...context.data.feeds.map(feed => feed.id)];
  const next = ids[(ids.indexOf(context.state.feedId) + 1) % ids.length] ?? null;
  const name = context.data.feeds.find(feed => feed.id === next)?.name;
  context.dispatch({type: 'feed', feedId: next});
  context.dispatch({type: 'notice', text: name ? `Latest: only ${name} (f: next feed)` : 'Latest: all feeds'});
}

function report(context: CommandContext, task: Promise<void>, done?: string): void {
  task.then(
    () => {
      if (done) context.dispatch({type: 'notice', text: done});
      context.refresh();
    },
    (error: unknown) => context.dispatch({type: 'notice', text: oneLine(error)}),
  );
}

const moves: Partial<Record<Command, Move>> = {down: 'down', up: 'up', top: 'top', bottom: 'bottom', pageUp: 'pageUp', pageDown: 'pageDown'};
const panes = {pane1: 'latest', pane2: 'actors', pane3: 'meetings'} as const;

export function runCommand(command: Command, context: CommandContext): void {
  const {dispatch, services} = context;
  const move = moves[command];
  if (move) return dispatch({type: 'move', move, ...listLength(context)});
  if (command === 'pane1' || command === 'pane2' || command === 'pane3') return dispatch({type: 'focus', pane: panes[command]});
  const selection = currentSelection(context.state, context.data);
  const article = selection?.kind === 'article' ? selection.article : null;
  switch (command) {
    case 'nextPane':
      return dispatch({type: 'cycle', step: 1});
    case 'prevPane':
      return dispatch({type: 'cycle', step: -1});
    case 'open':
      return open(context);
    case 'back':
      return dispatch({type: 'back'});
    case 'quit':
      return context.exit();
    case 'help':
      return dispatch({type: 'help'});
    case 'nextArticle':
      return step(context, 1);
    case 'prevArticle':
      return step(context, -1);
    case 'search':
      return dispatch({type: 'prompt', kind: 'search'});
    case 'addFeed':
      return dispatch({type: 'prompt', kind: 'addFeed'});
    case 'filterFeed':
      return cycleFeed(context);
    case 'markAllSeen':
      services.markSeen('all');
      return dispatch({type: 'notice', text: 'Every meeting marked seen'});
    case 'toggleTalks': {
      const view = context.state.view === 'talks' ? 'all' : 'talks';
      dispatch({type: 'view', view});
      services.setLatestView(view);
      return dispatch({type: 'notice', text: view === 'talks' ? 'Latest: only articles about the talks (v: all)' : 'Latest: all articles (v: only the talks)'});
    }
    case 'poll':
      dispatch({type: 'notice', text: 'Polling…'});
      return report(context, services.pollNow(), 'Poll finished');
    case 'openBrowser':
      if (!article?.url) return dispatch({type: 'notice', text: 'No article with a link selected'});
      return report(context, services.openUrl(article.url), `Opened ${article.url}`);
    case 'toggleUnread':
      if (!article) return;
      services.setUnread(article.id, !article.unread);
      return context.refresh('read-marks');
    case 'track':
      if (selection?.kind !== 'actor' || !selection.actor.suggested) return dispatch({type: 'notice', text: 't tracks a suggested person: select one in Actors'});
      services.trackActor(selection.actor.name);
      dispatch({type: 'notice', text: `Tracking ${selection.actor.name}, also in the cached articles that name them`});
      return context.refresh();
  }
}
