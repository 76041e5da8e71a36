import {describe, expect, it} from 'vitest';
import {addReport, compareReports, foldInserting, startFold, stateOf, type Fold} from '../../source/events/fold.js';
import type {Report} from '../../source/events/types.js';
import type {Meeting} from '../../source/extract/types.js';
import {report} from './reports.js';

/** A small generator of our own, so a failing case can be run again by its seed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

// Sentences that give each role (cues.ts): an ordinary report, a postponement, the date moved from, a look back.
const SENTENCES = [
  'Die Gespräche sollen stattfinden.',
  'Die Gespräche wurden auf Donnerstag verschoben.',
  'Damals trafen sich die Unterhändler.',
  'Die Gespräche wurden verschoben.',
];
const PLACES: Array<Pick<Meeting, 'place' | 'country'>> = [
  {place: null, country: null},
  {place: null, country: 'Schweiz'},
  {place: 'Schweiz', country: 'Schweiz'},
  {place: 'Genf', country: 'Schweiz'},
  {place: 'Bern', country: 'Schweiz'},
  {place: 'Kreml', country: 'Russland'},
];
const DATES: Array<Pick<Meeting, 'start' | 'end' | 'precision'>> = [
  {start: null, end: null, precision: 'unknown'},
  {start: '2026-03-09', end: null, precision: 'day'},
  {start: '2026-03-10', end: null, precision: 'day'},
  {start: '2026-03-09', end: '2026-03-11', precision: 'days'},
  {start: '2026-03-21', end: null, precision: 'month-part'},
  {start: '2026-03-01', end: null, precision: 'month'},
  {start: '2026-04-02', end: null, precision: 'day'},
];

function randomReport(next: () => number, articleId: number): Report {
  const day = `2026-03-0${1 + Math.floor(next() * 9)}`;
  const participants = ['Witkoff', 'Umerow', 'Dmitrijew', 'USA'].filter(() => next() < 0.4);
  const meeting: Partial<Meeting> = {
    ...pick(next, PLACES),
    ...pick(next, DATES),
    status: pick(next, ['proposed', 'planned', 'ongoing', 'held', 'cancelled'] as const),
    kind: pick(next, ['talks', 'talks', 'summit', 'visit'] as const),
    participants,
  };
  return report(day, `${pick(next, SENTENCES)} (${articleId})`, meeting, articleId);
}

/** What a fold says, but for saidAt's memo (which stateOf fills in either way). */
function contents(fold: Fold) {
  return {
    reports: fold.reports,
    when: {start: fold.when.start, end: fold.when.end, precision: fold.when.precision},
    movedAt: fold.movedAt,
    where: fold.where,
    kind: fold.kind,
    participants: [...fold.participants].sort(),
    statuses: [...fold.statuses].sort((a, b) => a[0] - b[0]),
    movedFrom: fold.movedFrom,
    current: fold.current,
    lastFinal: fold.lastFinal,
    people: fold.people,
    state: stateOf(fold),
  };
}

function readAll(reports: readonly Report[]): Fold {
  const fold = startFold();
  for (const each of reports) addReport(fold, each);
  return fold;
}

describe('a report put into a fold (foldInserting)', () => {
  it('gives the fold addReport gives over all the reports in publication order, wherever the report goes', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const next = random(seed);
      const reports = Array.from({length: 1 + Math.floor(next() * 12)}, (_, index) => randomReport(next, index + 1)).sort(compareReports);
      const added = randomReport(next, 100);
      const kept = readAll(reports);
      stateOf(kept);
      let at = 0;
      while (at < reports.length && compareReports(reports[at]!, added) <= 0) at++;
      const expected = readAll([...reports.slice(0, at), added, ...reports.slice(at)]);
      expect(contents(foldInserting(kept, at, added)), `seed ${seed}`).toEqual(contents(expected));
    }
  });

  it('gives the same fold again and again as later reports of a batch go in one after another', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed);
      const reports = Array.from({length: 1 + Math.floor(next() * 10)}, (_, index) => randomReport(next, index + 1)).sort(compareReports);
      let fold = readAll(reports);
      for (let article = 100; article < 106; article++) {
        const added = randomReport(next, article);
        let at = 0;
        while (at < fold.reports.length && compareReports(fold.reports[at]!, added) <= 0) at++;
        const expected = readAll([...fold.reports.slice(0, at), added, ...fold.reports.slice(at)]);
        fold = foldInserting(fold, at, added);
        expect(contents(fold), `seed ${seed}, article ${article}`).toEqual(contents(expected));
      }
    }
  });
});
