import {Box, Text} from 'ink';
import type {Line} from '../article-lines.js';
import {fit} from '../format/columns.js';
import {type Theme, useTheme} from '../theme.js';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A body line with every tracked actor's name bold and coloured. */
function Highlighted({text, names, theme}: {text: string; names: RegExp | null; theme: Theme}) {
  // An empty Text has no height in ink; a space keeps the blank line between paragraphs.
  if (!text) return <Text> </Text>;
  if (!names) return <Text>{text}</Text>;
  return (
    <Text>
      {text.split(names).map((part, index) =>
        // split() with one capturing group puts the matches at the odd indexes.
        index % 2 === 1 ? (
          <Text key={index} bold color={theme.highlight}>
            {part}
          </Text>
        ) : (
          part
        ),
      )}
    </Text>
  );
}

type Props = {lines: Line[]; scroll: number; rows: number; width: number; actorNames: string[]};

export function ArticleView({lines, scroll, rows, width, actorNames}: Props) {
  const theme = useTheme();
  const names = actorNames.length > 0 ? new RegExp(`(${actorNames.map(escape).join('|')})`, 'g') : null;
  return (
    <Box flexDirection="column" height={rows} paddingLeft={1}>
      {lines.slice(scroll, scroll + rows).map((line, index) => {
        const key = scroll + index;
        if (line.style === 'body') return <Highlighted key={key} text={line.text} names={names} theme={theme} />;
        return (
          <Text key={key} bold={line.style === 'title' || line.style === 'heading'} dimColor={line.style === 'meta'} color={line.style === 'kicker' ? theme.accent : undefined}>
            {fit(line.text, width - 1)}
          </Text>
        );
      })}
    </Box>
  );
}
