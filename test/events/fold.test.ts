// The fold keeps, report by report, which report's status the event shows (docs/events.md: the
// latest report's, except a look back, or a plan or "under way" reported after the meeting's
// last day). Checked against the rule read straight off the reports, over many streams of our
// own sentences, after every report: the kept answer must never go stale as dates move.
import {describe, expect, it} from 'vitest';
import {lastDay} from '../../source/events/dates.js';
import {addReport, compareReports, foldEvent, roleOf, startFold, stateOf} from '../../source/events/fold.js';
import {newsDay} from '../../source/events/news-day.js';
import type {Report} from '../../source/events/types.js';
import type {Meeting} from '../../source/extract/types.js';
import {report} from './reports.js';

const sentences = [
  'Die Gespräche in Genf sollen am Donnerstag beginnen.',
  'In Genf wurde verhandelt.',
  'Die Gespräche wurden auf Montag verschoben.',
  'Bei den Gesprächen in Genf im März gab es keine Einigung.',
  'Damals trafen sich die Unterhändler in Genf.',
  'Die Delegationen sind in Genf eingetroffen.',
];
const statuses: Meeting['status'][] = ['proposed', 'planned', 'ongoing', 'held', 'cancelled'];

/** The rule itself: walk back from the latest report to the first whose status counts. */
function expectedStatusAt(reports: readonly Report[]): string {
  const sorted = [...reports].sort(compareReports);
  const last = lastDay(foldEvent(sorted));
  for (let i = sorted.length - 1; i >= 0; i--) {
    const {meeting, published} = sorted[i]!;
    if (roleOf(sorted[i]!) === 'background') continue;
    if (last === null || meeting.status === 'held' || meeting.status === 'cancelled' || newsDay(published) <= last) return published;
  }
  return sorted.at(-1)!.published;
}

/** A seeded stream of reports of one meeting in March: dates, statuses and cues at random. */
function stream(seed: number, length: number): Report[] {
  let state = seed;
  const next = (n: number) => ((state = (state * 1103515245 + 12345) % 2147483648), state % n);
  return Array.from({length}, (_, i) => {
    const day = `2026-03-${String(1 + next(28)).padStart(2, '0')}`;
    const dated = next(3) > 0;
    const start = `2026-03-${String(1 + next(28)).padStart(2, '0')}`;
    return report(day, sentences[next(sentences.length)]!, {status: statuses[next(statuses.length)]!, ...(dated ? {start, precision: next(4) === 0 ? 'month-part' : 'day'} : {})}, 1000 * seed + i);
  });
}

describe('the status an event shows, kept as reports come in', () => {
  it('is always the one the rule gives from all its reports', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const reports = stream(seed, 12).sort(compareReports);
      // One fold read report by report, as the merge does, asked after each one.
      const fold = startFold();
      for (let count = 1; count <= reports.length; count++) {
        addReport(fold, reports[count - 1]!);
        expect(stateOf(fold).statusAt, `seed ${seed}, ${count} reports`).toBe(expectedStatusAt(reports.slice(0, count)));
      }
    }
  });
});
