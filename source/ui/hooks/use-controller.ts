// Ties the dashboard together: UI state (reducer), live data (services), the keyboard.
// Components below it only draw what they are given.
import {useApp} from 'ink';
import {useMemo, useReducer, useRef} from 'react';
import {articleLines} from '../article-lines.js';
import {type Layout, layoutFor} from '../layout.js';
import {oneLine, runCommand} from '../run-command.js';
import type {Services} from '../services.js';
import {type ListQuery, initialState, latestQuery, reducer} from '../state.js';
import {useDashboardData} from './use-dashboard-data.js';
import {useKeyboard} from './use-keyboard.js';
import {useLiveVersion} from './use-live-version.js';
import {useTerminalSize} from './use-terminal-size.js';

/**
 * Where the selected article is now. New articles arrive at the top, so it moved down by at
 * most the number that arrived; only that stretch of the list is read.
 */
export function locateArticle(services: Services, query: ListQuery, id: number, near: number, grown: number): number | null {
  const from = Math.max(0, near - 5);
  const rows = services.latest({...query, offset: from, limit: Math.max(0, grown) + 11});
  const found = rows.findIndex(row => row.id === id);
  return found < 0 ? null : from + found;
}

/** How far down the selected article is looked for when the list changed before it was counted. */
const UNCOUNTED_GROWTH = 100;

export function useController(services: Services, now: () => Date) {
  // The Latest view is a setting: the dashboard opens on the one chosen last time.
  const [state, dispatch] = useReducer(reducer, initialState, initial => ({...initial, view: services.latestView()}));
  const {exit} = useApp();
  const size = useTerminalSize();
  const layout: Layout = useMemo(() => layoutFor(size.columns, size.rows), [size.columns, size.rows]);

  // What the frame on screen shows, for the subscription callback below.
  const shown = useRef<{id: number | null; count: number | null; state: typeof state}>({id: null, count: 0, state});
  const [version, refresh] = useLiveVersion(services, () => {
    const {id, count, state: before} = shown.current;
    if (id === null) return;
    const query = latestQuery(before);
    // Changed before the list's count was read (it follows the frame): how many arrived is not
    // known, so a page's worth of the list is searched.
    const grown = count === null ? UNCOUNTED_GROWTH : services.countLatest(query) - count;
    const index = locateArticle(services, query, id, before.cursor.latest, grown);
    if (index !== null && index !== before.cursor.latest) dispatch({type: 'relocate', index});
  });

  const today = now();
  const data = useDashboardData(services, state, layout, today, version);
  shown.current = {id: data.latest.rows[state.cursor.latest - data.latest.top]?.id ?? null, count: data.latest.count, state};

  const detail = data.screen?.kind === 'article' ? data.screen.detail : null;
  const lines = useMemo(() => (detail ? articleLines(detail, layout.columns - 2) : []), [detail, layout.columns]);
  const context = {state, data, layout, services, articleLineCount: lines.length, dispatch, refresh, exit};

  useKeyboard({
    scope: data.screen?.kind === 'article' ? 'article' : 'list',
    promptOpen: state.prompt !== null,
    onCommand: command => runCommand(command, context),
    onPromptType: text => dispatch({type: 'promptType', text}),
    onPromptErase: () => dispatch({type: 'promptErase'}),
    onPromptSubmit: () => {
      if (!state.prompt || state.prompt.busy) return;
      const value = state.prompt.value;
      if (state.prompt?.kind === 'search') return dispatch({type: 'search', search: value.trim() || null});
      if (!value.trim()) return dispatch({type: 'promptError', error: 'Type a feed URL or a file path, or Esc'});
      dispatch({type: 'promptBusy'});
      services.addFeed(value.trim()).then(
        () => {
          dispatch({type: 'closePrompt'});
          dispatch({type: 'notice', text: `Added ${value.trim()}`});
          refresh();
        },
        (error: unknown) => dispatch({type: 'promptError', error: oneLine(error)}),
      );
    },
  });

  return {state, data, layout, lines, now: today};
}
