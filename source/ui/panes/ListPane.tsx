import {Box, Text} from 'ink';
import {fit} from '../format/columns.js';
import {textWidth} from '../format/text-width.js';
import {useTheme} from '../theme.js';

/** What the Dashboard hands every pane. */
export type PaneProps = {cursor: number; focused: boolean; width: number; rows: number; now: Date; aside?: string};

/** One line of a list, already laid out to the pane's width minus the selection marker. */
export type ListRow = {key: string | number; text: string; dim?: boolean};

type Props = {
  title: string;
  width: number;
  /** Rows under the title. */
  rows: number;
  focused: boolean;
  /** Index of the selected row within `items` (the visible window), or -1. */
  selected: number;
  items: ListRow[];
  empty: string;
  /** Shown at the right of the title: in tabbed mode, the other panes' keys. */
  aside?: string;
  /** A dim line under the title (a summary), on top of the `rows` of the list. */
  header?: string;
};

/**
 * A titled list that renders only the rows it is given: callers pass the visible window, so
 * the cost of a frame does not grow with the cache.
 */
export function ListPane({title, width, rows, focused, selected, items, empty, aside = '', header}: Props) {
  const theme = useTheme();
  return (
    <Box flexDirection="column" width={width} height={rows + 1 + (header === undefined ? 0 : 1)}>
      <Text bold inverse={focused} color={focused ? undefined : theme.accent}>
        {fit(` ${title}`, width - textWidth(aside)) + aside}
      </Text>
      {header === undefined ? null : <Text dimColor>{fit(` ${header}`, width)}</Text>}
      {items.length === 0 ? (
        <Text dimColor>{fit(` ${empty}`, width)}</Text>
      ) : (
        items.slice(0, rows).map((item, index) => {
          // The marker keeps the selection visible without colour and in unfocused panes.
          const isSelected = index === selected;
          const lit = focused && isSelected;
          return (
            <Text key={item.key} inverse={lit} dimColor={item.dim && !lit} color={lit ? theme.accent : undefined}>
              {(isSelected ? '›' : ' ') + fit(item.text, width - 1)}
            </Text>
          );
        })
      )}
    </Box>
  );
}
