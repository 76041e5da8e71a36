import {Text} from 'ink';
import {fit} from './format/columns.js';
import {cell} from './format/display.js';
import type {Prompt} from './state.js';
import {useTheme} from './theme.js';

const labels: Record<Prompt['kind'], string> = {search: 'Search: ', addFeed: 'Add feed (URL or file): '};

/** The line above the status bar: an open prompt with its inline error, or the last notice. */
export function PromptLine({prompt, notice, width}: {prompt: Prompt | null; notice: string | null; width: number}) {
  const theme = useTheme();
  if (!prompt) return <Text color={theme.accent}>{fit(notice ? ` ${cell(notice)}` : '', width)}</Text>;
  const status = prompt.busy ? '  checking…' : prompt.error ? `  ✗ ${cell(prompt.error)}` : '  Enter ok · Esc cancel';
  return (
    <Text>
      <Text bold>{` ${labels[prompt.kind]}`}</Text>
      <Text>{`${cell(prompt.value)}█`}</Text>
      <Text color={prompt.error ? theme.error : undefined} dimColor={!prompt.error}>
        {fit(status, Math.max(0, width - labels[prompt.kind].length - prompt.value.length - 2))}
      </Text>
    </Text>
  );
}
