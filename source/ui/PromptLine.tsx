import {Box, Text} from 'ink';
import {fit} from './format/columns.js';
import {textWidth} from './format/text-width.js';
import {cell} from './format/display.js';
import type {Prompt} from './state.js';
import {useTheme} from './theme.js';

const labels: Record<Prompt['kind'], string> = {search: 'Search: ', addFeed: 'Add feed (URL or file): '};

/**
 * The line above the status bar: an open prompt, or the last notice. A prompt's error gets a
 * line of its own below it (the dashboard makes room), so a long reason is not cut off.
 */
export function PromptLine({prompt, notice, width}: {prompt: Prompt | null; notice: string | null; width: number}) {
  const theme = useTheme();
  if (!prompt) return <Text color={theme.accent}>{fit(notice ? ` ${cell(notice)}` : '', width)}</Text>;
  const typed = ` ${labels[prompt.kind]}${cell(prompt.value)}█`;
  const hint = prompt.busy ? '  checking…' : '  Enter ok · Esc cancel';
  return (
    <Box flexDirection="column">
      <Text>
        <Text bold>{typed}</Text>
        <Text dimColor>{fit(hint, Math.max(0, width - textWidth(typed)))}</Text>
      </Text>
      {prompt.error ? <Text color={theme.error}>{fit(` ✗ ${cell(prompt.error)}`, width)}</Text> : null}
    </Box>
  );
}
