// How the screen is divided, from the terminal size alone (a pure function, so resize just
// means computing it again).
import type {PaneId} from './state.js';

/** From this width the three panes sit side by side; below it one pane shows, with tabs. */
export const WIDE_COLUMNS = 160;

/** Lines under the panes: the prompt or notice line, the status line, the key hints. */
const FOOTER_ROWS = 3;

export type Layout = {
  mode: 'wide' | 'tabbed';
  columns: number;
  rows: number;
  /** Rows a list can show under its title line. */
  listRows: number;
  paneWidths: Record<PaneId, number>;
};

export function layoutFor(columns: number, rows: number): Layout {
  const listRows = Math.max(3, rows - FOOTER_ROWS - 1);
  if (columns < WIDE_COLUMNS) {
    return {mode: 'tabbed', columns, rows, listRows, paneWidths: {latest: columns, actors: columns, meetings: columns}};
  }
  // Two one-column gaps between the panes; Latest gets the most room for its titles.
  const usable = columns - 2;
  const latest = Math.floor(usable * 0.38);
  const actors = Math.floor(usable * 0.28);
  return {mode: 'wide', columns, rows, listRows, paneWidths: {latest, actors, meetings: usable - latest - actors}};
}

/** Whether `pane` is on screen: all three side by side, else the one in focus. */
export const paneShown = (layout: Layout, focus: PaneId, pane: PaneId): boolean => layout.mode === 'wide' || focus === pane;

/** The first row of the page holding `cursor`: pages flip as a whole, so rows never jump. */
export function windowTop(cursor: number, rows: number): number {
  return Math.floor(cursor / Math.max(1, rows)) * Math.max(1, rows);
}
