// The dashboard's whole UI state and the pure reducer that changes it. No services, no I/O:
// the controller hook turns key presses into these actions and does the side effects.
import type {LatestQuery, LatestView} from './services.js';

export type PaneId = 'latest' | 'actors' | 'meetings';
export const paneOrder: readonly PaneId[] = ['latest', 'actors', 'meetings'];
export const paneTitles: Record<PaneId, string> = {latest: 'Latest', actors: 'Actors', meetings: 'Meetings'};

export type ListQuery = Omit<LatestQuery, 'offset' | 'limit'>;

/** The list an article was opened from, so n/p can walk it. */
export type ArticleOrigin = {kind: 'query'; query: ListQuery} | {kind: 'ids'; ids: number[]};

export type Screen =
  | {kind: 'article'; id: number; origin: ArticleOrigin; index: number; scroll: number}
  | {kind: 'actor'; actorId: string; cursor: number}
  | {kind: 'meeting'; meetingId: number; cursor: number; since?: string | null};

export type Prompt = {kind: 'search' | 'addFeed'; value: string; error: string | null; busy: boolean};

export type State = {
  focus: PaneId;
  cursor: Record<PaneId, number>;
  search: string | null;
  feedId: number | null;
  /** Latest shows every article, or only those that name a tracked person or report a meeting. */
  view: LatestView;
  /** Opened screens, innermost last; empty shows the panes. */
  screens: Screen[];
  prompt: Prompt | null;
  help: boolean;
  notice: string | null;
};

export type Move = 'down' | 'up' | 'top' | 'bottom' | 'pageUp' | 'pageDown';

export type Action =
  | {type: 'focus'; pane: PaneId}
  | {type: 'cycle'; step: 1 | -1}
  | {type: 'move'; move: Move; length: number; page: number}
  | {type: 'relocate'; index: number}
  | {type: 'open'; screen: Screen}
  | {type: 'showArticle'; id: number; index: number}
  | {type: 'back'}
  | {type: 'prompt'; kind: Prompt['kind']}
  | {type: 'promptType'; text: string}
  | {type: 'promptErase'}
  | {type: 'promptBusy'}
  | {type: 'promptError'; error: string}
  | {type: 'closePrompt'}
  | {type: 'search'; search: string | null}
  | {type: 'feed'; feedId: number | null}
  | {type: 'view'; view: LatestView}
  | {type: 'help'}
  | {type: 'notice'; text: string | null};

export const initialState: State = {
  focus: 'latest',
  cursor: {latest: 0, actors: 0, meetings: 0},
  search: null,
  feedId: null,
  view: 'all',
  screens: [],
  prompt: null,
  help: false,
  notice: null,
};

/** What narrows Latest in this state: a search, a feed, the talks view. */
export const latestQuery = (state: State): ListQuery => ({search: state.search, feedId: state.feedId, talks: state.view === 'talks'});

/** The new position after a move in a list of `length` rows seen `page` rows at a time. */
export function moved(position: number, move: Move, length: number, page: number): number {
  const last = Math.max(0, length - 1);
  const target = {
    down: position + 1,
    up: position - 1,
    top: 0,
    bottom: last,
    pageDown: position + Math.max(1, page),
    pageUp: position - Math.max(1, page),
  }[move];
  return Math.min(last, Math.max(0, target));
}

function withTop(state: State, change: (screen: Screen) => Screen): State {
  const top = state.screens.at(-1);
  return top ? {...state, screens: [...state.screens.slice(0, -1), change(top)]} : state;
}

export function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'focus':
      return {...state, focus: action.pane};
    case 'cycle': {
      const index = paneOrder.indexOf(state.focus) + action.step + paneOrder.length;
      return {...state, focus: paneOrder[index % paneOrder.length] ?? 'latest'};
    }
    case 'move': {
      const top = state.screens.at(-1);
      const {move, length, page} = action;
      if (!top) return {...state, cursor: {...state.cursor, [state.focus]: moved(state.cursor[state.focus], move, length, page)}};
      if (top.kind === 'article') return withTop(state, () => ({...top, scroll: moved(top.scroll, move, length, page)}));
      return withTop(state, () => ({...top, cursor: moved(top.cursor, move, length, page)}));
    }
    case 'relocate':
      return {...state, cursor: {...state.cursor, latest: Math.max(0, action.index)}};
    case 'open':
      return {...state, screens: [...state.screens, action.screen], notice: null};
    case 'showArticle':
      return withTop(state, top => (top.kind === 'article' ? {...top, id: action.id, index: action.index, scroll: 0} : top));
    case 'back':
      if (state.prompt) return {...state, prompt: null};
      if (state.help) return {...state, help: false};
      if (state.screens.length > 0) return {...state, screens: state.screens.slice(0, -1)};
      if (state.search !== null || state.feedId !== null) return {...state, search: null, feedId: null, cursor: {...state.cursor, latest: 0}};
      return {...state, notice: null};
    case 'prompt':
      return {...state, prompt: {kind: action.kind, value: action.kind === 'search' ? (state.search ?? '') : '', error: null, busy: false}};
    case 'promptType':
      return state.prompt && !state.prompt.busy ? {...state, prompt: {...state.prompt, value: state.prompt.value + action.text, error: null}} : state;
    case 'promptErase':
      // By code point, so an umlaut or emoji goes in one key press.
      return state.prompt && !state.prompt.busy ? {...state, prompt: {...state.prompt, value: Array.from(state.prompt.value).slice(0, -1).join(''), error: null}} : state;
    case 'promptBusy':
      return state.prompt ? {...state, prompt: {...state.prompt, busy: true, error: null}} : state;
    case 'promptError':
      return state.prompt ? {...state, prompt: {...state.prompt, busy: false, error: action.error}} : state;
    case 'closePrompt':
      return {...state, prompt: null};
    case 'search':
      return {...state, search: action.search || null, prompt: null, screens: [], focus: 'latest', cursor: {...state.cursor, latest: 0}};
    case 'feed':
      return {...state, feedId: action.feedId, focus: 'latest', cursor: {...state.cursor, latest: 0}};
    case 'view':
      return {...state, view: action.view, focus: 'latest', cursor: {...state.cursor, latest: 0}};
    case 'help':
      return {...state, help: !state.help};
    case 'notice':
      return {...state, notice: action.text};
  }
}
