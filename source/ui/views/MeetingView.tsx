import {Box, Text} from 'ink';
import {changeLine} from '../../follow/change-lines.js';
import type {EventChanges} from '../../follow/changes.js';
import {sinceLabel} from '../../follow/marks.js';
import type {ArticleSummary, MeetingRow} from '../../store/types.js';
import {fit} from '../format/columns.js';
import {cell} from '../format/display.js';
import {meetingPlace} from '../format/meeting.js';
import {fullTime} from '../format/time.js';
import {windowTop} from '../layout.js';
import {latestLine} from '../panes/Latest.js';
import {ListPane} from '../panes/ListPane.js';
import {MeetingFacts} from './MeetingFacts.js';

type Props = {
  meeting: MeetingRow | null;
  sources: ArticleSummary[];
  cursor: number;
  width: number;
  rows: number;
  now: Date;
  actorNames: ReadonlyMap<string, string>;
  /** What changed since the user last saw it, and since when. */
  changes?: EventChanges | null;
  since?: string | null;
};

export function MeetingView({meeting, sources, cursor, width, rows, now, actorNames, changes, since}: Props) {
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
  // What changed since the user last saw it: old → new, with the report that changed it. The
  // list of sources gives up as many rows (it scrolls).
  if (changes && since) {
    lines.push(changes.isNew ? `✦ new since ${sinceLabel(since, now)}` : `↻ changed since ${sinceLabel(since, now)}:`);
    for (const change of changes.changes) lines.push(`  ${changeLine(change)}`);
  }
  const listRows = Math.max(2, rows - (lines.length - 2));
  const top = windowTop(cursor, listRows);
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
        rows={listRows}
        focused
        selected={cursor - top}
        items={sources.slice(top, top + listRows).map(article => ({key: article.id, text: latestLine(article, actorNames, now, width - 1)}))}
        empty="No source articles"
      />
    </Box>
  );
}
