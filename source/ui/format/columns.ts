// Column layout by display width, not by string length: umlauts are one cell, emoji and CJK
// characters two. @alcalzone/ink-table pads with String#length, so wide characters push the
// columns out of line; it also renders every row it is given, which defeats the virtualised
// lists. Our own rows are plain lines fitted here with string-width and cli-truncate (both
// already ink's dependencies).
import cliTruncate from 'cli-truncate';
import {isOneCellText, textWidth} from './text-width.js';

/** Cuts `text` to at most `width` cells (with an ellipsis) and pads it to exactly `width`. */
export function fit(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  if (width <= 0) return '';
  const cut = textWidth(text) > width ? truncate(text, width) : text;
  const gap = ' '.repeat(Math.max(0, width - textWidth(cut)));
  return align === 'left' ? cut + gap : gap + cut;
}

/** What cli-truncate returns, without its per-character measuring when every character is one cell. */
const truncate = (text: string, width: number) => (isOneCellText(text) ? `${text.slice(0, width - 1)}…` : cliTruncate(text, width, {position: 'end'}));

export type Column = {width: number; align?: 'left' | 'right'};

/**
 * Joins cells into one line of exactly `total` cells. Columns with width 0 share what is
 * left over (the title column of Latest, for example).
 */
export function row(cells: string[], columns: Column[], total: number): string {
  const fixed = columns.reduce((sum, column) => sum + column.width, 0) + columns.length - 1;
  const flexible = columns.filter(column => column.width === 0).length;
  const share = flexible > 0 ? Math.max(1, Math.floor((total - fixed) / flexible)) : 0;
  const line = columns.map((column, index) => fit(cells[index] ?? '', column.width || share, column.align)).join(' ');
  return fit(line, total);
}
