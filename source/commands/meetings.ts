// `talkwatch meetings`: the meetings found across the cache, upcoming ones first.
import {UsageError} from '../config/errors.js';
import {Cache} from '../store/cache.js';
import {isUpcoming, meetingReports} from '../store/meetings.js';
import type {MeetingRow} from '../store/types.js';
import type {CommandContext, ExitCode} from './context.js';

export async function listMeetings(ctx: CommandContext, options: {upcoming?: boolean; json?: boolean; ics?: boolean}): Promise<ExitCode> {
  if (options.ics && options.json) throw new UsageError('choose one of --ics and --json');
  const cache = Cache.open(ctx.paths.cacheFile);
  try {
    const now = ctx.now();
    // An iCalendar file of the meetings dated to the day (README: Calendar).
    if (options.ics) {
      const {calendarOf} = await import('../follow/calendar-file.js');
      ctx.stdout.write(calendarOf(cache, now));
      return 0;
    }
    const meetings = cache.meetings(now).filter(meeting => !options.upcoming || isUpcoming(meeting));
    // Each event with its history: every report, oldest first (README: `meetings --json`).
    if (options.json) ctx.stdout.write(`${JSON.stringify(meetings.map(meeting => ({...meeting, reports: meetingReports(cache.db, meeting.id)})), null, 2)}\n`);
    else if (meetings.length === 0) ctx.stdout.write(options.upcoming ? 'No upcoming meetings in the cache.\n' : 'No meetings in the cache yet. Run: talkwatch poll --once\n');
    else for (const meeting of meetings) ctx.stdout.write(`${describeMeeting(meeting)}\n`);
    return 0;
  } finally {
    cache.close();
  }
}

/** "2025-11-20  Genf (Schweiz)  talks, planned  USA, Ukraine  [2 articles]" */
function describeMeeting(meeting: MeetingRow): string {
  const when = meeting.start === null ? 'date open' : meeting.end && meeting.end !== meeting.start ? `${meeting.start} – ${meeting.end}` : meeting.start;
  const where = meeting.place === null ? 'place open' : meeting.country && meeting.country !== meeting.place ? `${meeting.place} (${meeting.country})` : meeting.place;
  const sources = meeting.sourceArticleIds.length;
  const status = meeting.shown === 'date-passed' ? `${meeting.status}, date passed` : meeting.shown === 'stale' ? `${meeting.status}, stale` : meeting.status;
  return [when, where, `${meeting.kind}, ${status}`, meeting.participants.join(', ') || '–', `[${sources} article${sources === 1 ? '' : 's'}]`].join('  ');
}
