import {Box, Text} from 'ink';
import type {ArticleSummary, MeetingRow} from '../../store/types.js';
import {fit} from '../format/columns.js';
import {cell} from '../format/display.js';
import {meetingDate, meetingPlace} from '../format/meeting.js';
import {countdown, fullTime} from '../format/time.js';
import {windowTop} from '../layout.js';
import {latestLine} from '../panes/Latest.js';
import {ListPane} from '../panes/ListPane.js';

type Props = {meeting: MeetingRow | null; sources: ArticleSummary[]; cursor: number; width: number; rows: number; now: Date; actorNames: ReadonlyMap<string, string>};

export function MeetingView({meeting, sources, cursor, width, rows, now, actorNames}: Props) {
  if (!meeting) return <Text>{fit(' This meeting is no longer in the cache — Esc goes back', width)}</Text>;
  const lines = [
    `${meetingDate(meeting)}${meeting.start ? ` (${countdown(meeting.start, now)})` : ''} · ${meeting.precision === 'day' ? 'exact date' : `precision: ${meeting.precision}`}`,
    `${meeting.kind} · ${meeting.status}${meeting.country && meeting.country !== meeting.place ? ` · ${cell(meeting.country)}` : ''}`,
    `Participants: ${meeting.participants.map(cell).join(', ') || 'not named'}`,
    `First seen ${fullTime(meeting.firstSeen)}`,
    '',
    '',
    '',
  ];
  const top = windowTop(cursor, rows);
  return (
    <Box flexDirection="column">
      <Text bold>{fit(` ${meeting.kind} in ${meetingPlace(meeting)}`, width)}</Text>
      {lines.map((line, index) => (
        <Text key={index}>{fit(` ${line}`, width)}</Text>
      ))}
      <ListPane
        title={`Source articles (${sources.length}) · Enter opens`}
        width={width}
        rows={rows}
        focused
        selected={cursor - top}
        items={sources.slice(top, top + rows).map(article => ({key: article.id, text: latestLine(article, actorNames, now, width - 1)}))}
        empty="No source articles"
      />
    </Box>
  );
}
