import {Box, Text} from 'ink';
import {useEffect, useState} from 'react';
import type {FeedRow} from '../store/types.js';
import {fit} from './format/columns.js';
import {cell} from './format/display.js';
import {articleTime} from './format/time.js';
import {keyHints} from './keys.js';
import type {PollState} from './services.js';
import {useTheme} from './theme.js';

const SPINNER = '⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏';

/** Ticks only while a poll runs, so an idle dashboard does not redraw. */
function useSpinner(active: boolean): string {
  const [frame, setFrame] = useState(0);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setFrame(value => value + 1), 120);
    return () => clearInterval(timer);
  }, [active]);
  return active ? (SPINNER[frame % SPINNER.length] ?? '') : '';
}

function untilTime(iso: string | null, now: Date): string {
  if (!iso) return '';
  const minutes = Math.round((new Date(iso).getTime() - now.getTime()) / 60_000);
  return minutes <= 0 ? 'next poll due' : `next in ${minutes} min`;
}

export function feedSummary(feeds: FeedRow[]): {text: string; failing: boolean} {
  if (feeds.length === 0) return {text: 'no feeds — a adds one', failing: false};
  const failing = feeds.filter(feed => feed.lastError !== null);
  const first = failing[0];
  if (!first) {
    // Read despite a fault (damaged XML, a wrong charset label): ok, but the user should know.
    const noted = feeds.find(feed => feed.lastNote);
    return {text: `${feeds.length} feeds ok${noted ? ` (${cell(noted.name)}: ${cell(noted.lastNote ?? '')})` : ''}`, failing: false};
  }
  const reason = `${cell(first.name)}: ${cell(first.lastError)}`;
  return {text: `${feeds.length - failing.length} ok, ${failing.length} failing (${reason})`, failing: true};
}

/** "analysed 1,200 of 5,000": articles are readable at once, Actors and Meetings fill in behind. */
export function analysisText({analysed, total}: {analysed: number; total: number}): string {
  return `analysed ${analysed.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`;
}

type Props = {feeds: FeedRow[]; poll: PollState; demo: boolean; now: Date; width: number};

export function StatusBar({feeds, poll, demo, now, width}: Props) {
  const theme = useTheme();
  const spinner = useSpinner(poll.polling || poll.analysis !== null);
  const health = feedSummary(feeds);
  const parts = [
    health.text,
    poll.polling ? `${spinner} polling` : poll.lastPoll ? `last poll ${articleTime(poll.lastPoll, now)}` : 'not polled yet',
    poll.analysis ? `${poll.polling ? '' : `${spinner} `}${analysisText(poll.analysis)}` : '',
    untilTime(poll.nextPoll, now),
    `${poll.newSinceStart} new since start`,
  ].filter(Boolean);
  const label = demo ? ' DEMO — sample data, offline ' : '';
  return (
    <Box flexDirection="column">
      <Text>
        {label ? (
          <Text inverse bold color={theme.warning}>
            {label}
          </Text>
        ) : null}
        <Text color={health.failing ? theme.error : undefined}>{fit(` ${parts.join(' · ')}`, width - label.length)}</Text>
      </Text>
      <Text dimColor>{fit(` ${keyHints}`, width)}</Text>
    </Box>
  );
}
