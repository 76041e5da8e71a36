// Grouping again without starting over: a grouping of mostly the same reports as an earlier one
// resumes where that one stops being the same (regroup after an article's touched events,
// groupAgain for the settle), from the folds it left. Why that is exact is said at each.
import {addReport, compareReports, keepFold, knownFold, saysTheSame, startFold, stateOf, type Fold} from './fold.js';
import {group, INDEXED_FROM, reportKey, type Building} from './cluster.js';
import type {Event, Report} from './types.js';

/**
 * What clusterReports gives for the reports of `events` and `added` together, where `events`
 * come from one grouping (clusterReports or regroup) and are unchanged since: when every added
 * report sorts after every report of theirs, the grouping resumes after their last report
 * instead of grouping them all again. That is exact:
 * - Grouped again from scratch, any events of one grouping come back as they were. Step by step,
 *   a report of theirs meets the same beginnings of these events, with the same folds, as in
 *   the grouping that made them (in the same order, in the window or not alike); the event it
 *   joined there is still the best there is (the best of more events is the best of fewer that
 *   hold it: score, then last reported, then the later one), and a report that joined none
 *   there joins none of fewer.
 * - So the grouping of the union, after the events' last report, stands where the grouping from
 *   scratch would: these events as they were, in the order they began, and nothing else.
 * - The added reports come after that point, and the steps from there are the same code.
 * Anything else (events of other groupings, an event read from the cache, an added report that
 * sorts earlier) gives null: the caller groups them from scratch (clusterReports).
 */
export function regroup(events: readonly Event[], added: readonly Report[], {indexedFrom = INDEXED_FROM} = {}): Event[] | null {
  const kept = resumable(events, added);
  if (kept === null) return null;
  // The events' beginnings as the grouping left them; each fold is copied only when a report joins it.
  const seeds = kept.map((fold, began): Building => ({event: {id: null, reports: fold.reports, state: stateOf(fold)}, fold, began, dates: null, visit: 0, shared: true}));
  return group([...added].sort(compareReports), seeds, indexedFrom).map(({event}) => event);
}

/** The events' folds in the order they began, when regroup may resume after them; else null. */
function resumable(events: readonly Event[], added: readonly Report[]): Fold[] | null {
  const kept: Fold[] = [];
  let last: Report | null = null;
  for (const {reports} of events) {
    // The fold a grouping left for these reports (a fold of the same reports, each saying the same: adopt).
    const known = knownFold(reports);
    if (known === undefined || known.run === 0 || (kept.length > 0 && known.run !== kept[0]!.run)) return null;
    kept.push(known);
    // The fold's own reports are in publication order (an event read from the cache is in the
    // stored order, which differs among reports of one time).
    const latest = known.reports.at(-1)!;
    if (last === null || compareReports(latest, last) > 0) last = latest;
  }
  if (last !== null) for (const report of added) if (compareReports(report, last) <= 0) return null;
  return kept.sort((a, b) => a.began - b.began);
}

/**
 * A whole grouping, kept to resume a later grouping of mostly the same reports (groupAgain):
 * its reports in the order grouped, and for each the event it ended in (positions in `events`,
 * in the order they began).
 */
export type Grouping = {sorted: readonly Report[]; events: ReadonlyArray<{reports: readonly Report[]; fold: Fold}>; index: GroupingIndex | null};

/** Each report's position in `sorted` by its key, and the event it ended in: worked out when first asked (indexOf). */
type GroupingIndex = {at: ReadonlyMap<number | string, number>; eventOf: Int32Array};

/**
 * The grouping's index, built on first use: a cold poll's settle keeps its grouping at the very
 * end of the round, where its peak memory is, and never asks.
 */
function indexOf(grouping: Grouping): GroupingIndex {
  if (grouping.index !== null) return grouping.index;
  const at = new Map<number | string, number>();
  const eventOf = new Int32Array(grouping.sorted.length);
  grouping.sorted.forEach((report, position) => at.set(reportKey(report), position));
  grouping.events.forEach(({reports}, index) => {
    for (const report of reports) eventOf[at.get(reportKey(report))!] = index;
  });
  return (grouping.index = {at, eventOf});
}

/**
 * What clusterReports gives for `reports`, and the grouping to pass next time. With an earlier
 * grouping, the steps over the reports both share at the start (in publication order) are not
 * taken again when they are the whole beginnings of some of its events:
 * - The grouping from scratch of those reports stands, after them, where the earlier grouping
 *   stood after the same reports, restricted to those events (as regroup says of whole events;
 *   a grouping's beginnings are such events themselves).
 * - So it resumes at the first report the earlier grouping did not have (or that says something
 *   else now), from those events' folds, read again over their reports before that point where
 *   they have more.
 * A settle at the end of each poll round groups a window of months again, of which a round adds
 * only its last reports.
 */
export function groupAgain(reports: readonly Report[], previous: Grouping | null, {indexedFrom = INDEXED_FROM} = {}): {events: Event[]; grouping: Grouping} {
  const sorted = [...reports].sort(compareReports);
  const resumed = previous === null ? null : resumeAt(sorted, previous);
  const buildings = resumed === null ? group(sorted, [], indexedFrom) : group(sorted.slice(resumed.done), resumed.buildings, indexedFrom);
  return {events: buildings.map(({event}) => event), grouping: {sorted, events: buildings.map(({event, fold}) => ({reports: event.reports, fold})), index: null}};
}

/**
 * Where groupAgain may resume over `sorted` after `previous`: how many reports are done, and the
 * events they began, as the earlier grouping had them at that point; null when none are.
 */
function resumeAt(sorted: readonly Report[], previous: Grouping): {done: number; buildings: Building[]} | null {
  // The shared start: reports the earlier grouping had, saying the same.
  let done = 0;
  const counted = new Map<number, number>();
  const {at, eventOf} = indexOf(previous);
  for (; done < sorted.length; done++) {
    const report = sorted[done]!;
    const position = at.get(reportKey(report));
    if (position === undefined || !sameReport(previous.sorted[position]!, report)) break;
    const index = eventOf[position]!;
    counted.set(index, (counted.get(index) ?? 0) + 1);
  }
  if (done === 0) return null;
  const next = sorted[done];
  const buildings: Building[] = [];
  for (const index of [...counted.keys()].sort((a, b) => a - b)) {
    const {reports, fold} = previous.events[index]!;
    // Its reports before the point of resuming: all of them must be among those done.
    let before = reports.length;
    if (next !== undefined) while (before > 0 && compareReports(reports[before - 1]!, next) > 0) before--;
    if (counted.get(index) !== before) return null;
    let kept = fold;
    if (before < reports.length) {
      kept = startFold();
      for (const report of reports.slice(0, before)) addReport(kept, report);
    }
    buildings.push({event: {id: null, reports: kept.reports, state: stateOf(kept)}, fold: kept, began: buildings.length, dates: null, visit: 0, shared: kept === fold});
  }
  return {done, buildings};
}

/**
 * Takes `reports` (an event read from the cache) for the event of `grouping` that has the same
 * reports, each saying the same, if there is one: regroup then resumes after it as after the
 * grouping's own event (their folds are the same, read over the same reports). Returns that
 * fold (its state is the event's), or null.
 */
export function adopt(reports: readonly Report[], grouping: Grouping): Fold | null {
  const {at, eventOf} = indexOf(grouping);
  const first = at.get(reportKey(reports[0]!));
  if (first === undefined) return null;
  const index = eventOf[first]!;
  const {fold} = grouping.events[index]!;
  if (fold.reports.length !== reports.length) return null;
  for (const report of reports) {
    const position = at.get(reportKey(report));
    if (position === undefined || eventOf[position] !== index || !sameReport(grouping.sorted[position]!, report)) return null;
  }
  keepFold(reports, fold);
  return fold;
}

/** The same report saying the same (a report saved again under its key may say something else). */
function sameReport(a: Report, b: Report): boolean {
  if (a === b) return true;
  const x = a.meeting;
  const y = b.meeting;
  return a.articleId === b.articleId && a.index === b.index && a.published === b.published && x.evidence === y.evidence && saysTheSame(x, y);
}
