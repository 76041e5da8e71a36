import {Box, Text} from 'ink';
import type {ActorSummary, MeetingRow} from '../../store/types.js';
import {fit} from '../format/columns.js';
import {cell} from '../format/display.js';
import {meetingLine} from '../format/meeting.js';
import {sparkline} from '../format/sparkline.js';
import type {ListWindow} from '../hooks/use-dashboard-data.js';
import {latestLine} from '../panes/Latest.js';
import {ListPane} from '../panes/ListPane.js';

/** The most meetings listed above the person's articles; the header is 8 lines at most. */
const MEETING_LINES = 3;

type Props = {actor: ActorSummary | null; articles: ListWindow; meetings: MeetingRow[]; cursor: number; width: number; rows: number; now: Date; actorNames: ReadonlyMap<string, string>};

export function ActorView({actor, articles, meetings, cursor, width, rows, now, actorNames}: Props) {
  if (!actor) return <Text>{fit(' This person is no longer in the list — Esc goes back', width)}</Text>;
  const header = [
    [cell(actor.role) || (actor.suggested ? 'suggested — t in Actors tracks them' : 'role unknown'), actor.side].filter(Boolean).join(' · '),
    `today ${actor.today} · 7 days ${actor.week} · 14 days ${sparkline(actor.daily)}`,
    '',
    meetings.length > 0 ? `Meetings (${meetings.length}):` : 'No meetings with this person found.',
    ...meetings.slice(0, MEETING_LINES).map(meeting => `• ${meetingLine(meeting)}`),
  ];
  return (
    <Box flexDirection="column">
      <Text bold>{fit(` ${cell(actor.name)}`, width)}</Text>
      {header.map((line, index) => (
        <Text key={index}>{fit(` ${line}`, width)}</Text>
      ))}
      {Array.from({length: 7 - header.length}, (_, index) => (
        <Text key={`gap${index}`}> </Text>
      ))}
      <ListPane
        title={`Articles naming ${cell(actor.name)} (${articles.count}) · Enter opens`}
        width={width}
        rows={rows}
        focused
        selected={cursor - articles.top}
        items={articles.rows.map(article => ({key: article.id, text: latestLine(article, actorNames, now, width - 1)}))}
        empty="No articles name this person"
      />
    </Box>
  );
}
