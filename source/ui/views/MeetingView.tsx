import {Box, Text} from 'ink';
import {changeLine} from '../../follow/change-lines.js';
import type {EventChanges} from '../../follow/changes.js';
import {sinceLabel} from '../../follow/marks.js';
import type {ArticleSummary, MeetingReport, MeetingRow} from '../../store/types.js';
import {fit} from '../format/columns.js';
import {cell} from '../format/display.js';
import {meetingPlace, reportLine} from '../format/meeting.js';
import {fullTime} from '../format/time.js';
import {windowTop} from '../layout.js';
import {ListPane} from '../panes/ListPane.js';
import {MeetingFacts} from './MeetingFacts.js';

type Props = {
  meeting: MeetingRow | null;
  /** The meeting's reports, newest first. */
  history: MeetingReport[];
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

/** A meeting's facts, what changed since the user last saw it, then its chronology: what each report said, newest first; Enter opens the report's article. */
export function MeetingView({meeting, history, sources, cursor, width, rows, now, changes, since}: Props) {
  if (!meeting) return <Text>{fit(' This meeting is no longer in the cache — Esc goes back', width)}</Text>;
  // The title, the facts table (5 lines) and these two lines take the 8 lines the layout keeps
  // above the chronology.
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
  const articles = new Set(sources.map(source => source.id)).size;
  return (
    <Box flexDirection="column">
      <Text bold>{fit(` ${meeting.kind} in ${meetingPlace(meeting)}`, width)}</Text>
      <MeetingFacts meeting={meeting} now={now} />
      {lines.map((line, index) => (
        <Text key={index}>{fit(` ${line}`, width)}</Text>
      ))}
      <ListPane
        title={`History: ${history.length} report${history.length === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}, newest first · Enter opens`}
        width={width}
        rows={listRows}
        focused
        selected={cursor - top}
        items={history.slice(top, top + listRows).map(report => ({key: `${report.articleId}:${report.published}:${report.evidence}`, text: fit(reportLine(report), width - 1)}))}
        empty="No reports"
      />
    </Box>
  );
}
