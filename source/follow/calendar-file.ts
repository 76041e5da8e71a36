// Writing the calendar file that calendar apps subscribe to: after each poll (`poll --ics-out
// FILE`, or the `icsFile` setting), replaced atomically so an app never reads half a file.
import {renameSync, writeFileSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import type {Cache} from '../store/cache.js';
import {allMeetingReports} from '../store/meeting-history.js';
import {meetingsCalendar} from './calendar.js';

/** The calendar of the cache's meetings at `now`. */
export function calendarOf(cache: Cache, now: Date): string {
  return meetingsCalendar(cache.meetings(now), allMeetingReports(cache.db));
}

/**
 * After a poll: rewrites the calendar when `file` is set (`poll --ics-out`, the `icsFile`
 * setting). A file that cannot be written is reported on stderr and costs nothing else.
 */
export function updateCalendarFile(cache: Cache, file: string | null | undefined, now: Date, stderr: NodeJS.WritableStream): void {
  if (!file) return;
  try {
    writeCalendarFile(file, calendarOf(cache, now));
  } catch (error) {
    stderr.write(`talkwatch: cannot write the calendar ${file}: ${(error as Error).message.split('\n')[0]}\n`);
  }
}

/** Writes beside the target, then renames over it: a reader sees the old file or the new one. */
export function writeCalendarFile(file: string, text: string): void {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
