import {Box, Text} from 'ink';
import {fit} from './format/columns.js';
import {helpLines} from './keys.js';

/** Generated from the key table that handles the keys, so it is never out of date. */
export function HelpScreen({width, rows}: {width: number; rows: number}) {
  const lines = helpLines();
  // Two columns fit the whole table into an 80×24 terminal.
  const half = Math.ceil(lines.length / 2);
  const column = Math.floor(width / 2);
  const pairs = lines.slice(0, half).map((line, index) => fit(` ${line}`, column) + fit(` ${lines[index + half] ?? ''}`, width - column));
  return (
    <Box flexDirection="column" height={rows}>
      <Text bold inverse>
        {fit(' Keys — Esc or ? closes', width)}
      </Text>
      {pairs.slice(0, rows - 1).map(line => (
        <Text key={line}>{line}</Text>
      ))}
    </Box>
  );
}
