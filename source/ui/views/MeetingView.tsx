import {Box, Text} from 'ink';
import type {ArticleSummary, MeetingRow} from '../../store/types.js';
import {fit} from '../format/columns.js';
import {cell} from '../format/display.js';
import {meetingPlace} from '../format/meeting.js';
import {fullTime} from '../format/time.js';
import {windowTop} from '../layout.js';
import {latestLine} from '../panes/Latest.js';
import {ListPane} from '../panes/ListPane.js';
import {MeetingFacts} from './MeetingFacts.js';

type Props = {meeting: MeetingRow | null; sources: ArticleSummary[]; cursor: number; width: number; rows: number; now: Date; actorNames: ReadonlyMap<string, string>};

export function MeetingView({meeting, sources, cursor, width, rows, now, actorNames}: Props) {
  if (!meeting) return <Text>{fit(' This meeting is no longer in the cache — Esc goes back', width)}</Text>;
  // The title, the facts table (5 lines) and these two lines take the 8 lines the layout keeps
  // above the list of source articles.
  const details = [
    meeting.kind,
    meeting.precision === 'day' ? 'exact date' : `precision: ${meeting.precision}`,
    meeting.country && meeting.country !== meeting.place ? cell(meeting.country) : '',
    `first seen ${fullTime(meeting.firstSeen)}`,
  ];
  const lines = [details.filter(Boolean).join(' · '), `Participants: ${meeting.participants.map(cell).join(', ') || 'not named'}`];
  const top = windowTop(cursor, rows);
  return (
    <Box flexDirection="column">
      <Text bold>{fit(` ${meeting.kind} in ${meetingPlace(meeting)}`, width)}</Text>
      <MeetingFacts meeting={meeting} now={now} />
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
