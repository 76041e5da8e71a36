// Reports into events: in publication order (so arrival order never matters), each report joins
// the known event it fits best, or starts one. Then ids: an event keeps the oldest id among the
// events its reports were in before, so ids survive polls, re-merges and `reindex`.
import {addReport, compareReports, copyFold, keepFold, knownFold, refreshState, saysTheSame, startFold, stateOf, type Fold} from './fold.js';
import {PlaceIndex} from './place-index.js';
import {span} from './dates.js';
import {datesMayAgree, fit, joinsEvent, reportDates, type DateFacts} from './same-event.js';
import type {Event, Report} from './types.js';

/** Meetings this far apart in news time are never merged. */
export const MERGE_WINDOW_DAYS = 120;

// Window starts remembered per publication time: a merge asks for the same few thousand times
// over and over, and parsing and formatting a date each time showed in profiles.
const starts = new Map<string, string>();

/** The earliest publication time whose reports a report published at `published` (UTC ISO) may join. */
export function windowStart(published: string): string {
  let start = starts.get(published);
  if (start === undefined) {
    if (starts.size >= 50_000) starts.clear();
    starts.set(published, (start = new Date(Date.parse(published) - MERGE_WINDOW_DAYS * 86_400_000).toISOString()));
  }
  return start;
}

/** Reported since `from`, or dated on or after its day (`fromDay`, the first ten characters of `from`). */
export const inWindow = (event: Event, from: string, fromDay: string) => event.state.lastReported >= from || (event.state.start !== null && event.state.start >= fromDay);

/** Numbers the groupings (Fold.run). */
let runs = 0;

/** Above this many events in the window, a report is compared only with those the place index finds. */
const INDEXED_FROM = 16;

/**
 * An event being built, with its fold and the order it began in (which breaks ties in nearby);
 * its dates as nearby compares them, worked out when first asked after a change (null until
 * then); and the last nearby call that looked at it (each event once, however many of the
 * report's place buckets hold it); `shared` while its fold is an earlier grouping's (regroup),
 * which is copied before a report joins it.
 */
type Building = {event: Event; fold: Fold; began: number; dates: DateFacts | null; visit: number; shared: boolean};

/**
 * The events a set of reports makes, each with `id: null`, in the order they began. `indexedFrom`
 * is for tests: the result is the same whether or not the index narrows the comparisons.
 */
export function clusterReports(reports: readonly Report[], {indexedFrom = INDEXED_FROM} = {}): Event[] {
  return group([...reports].sort(compareReports), [], indexedFrom).map(({event}) => event);
}

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

/**
 * The grouping's steps over `sorted` (in publication order), from `seeds`: the events a grouping
 * of earlier reports left (see regroup), or none.
 */
function group(sorted: readonly Report[], seeds: Building[], indexedFrom: number): Building[] {
  const buildings: Building[] = [...seeds];
  // The events still in a report's merge window; reports come in time order, so one that falls
  // out of it never comes back. Seeds are looked at by the first report's window.
  let active: Building[] = [...seeds];
  // The same events by place and kind of contact (a settle's window holds thousands, most of
  // them elsewhere).
  const byPlace = new PlaceIndex<Building>();
  for (const building of seeds) byPlace.file(building, building.event.state);
  let published = '';
  // No active event was last reported before this time (the least when last looked at; a
  // report joining or starting an event is published later): while the window starts at or
  // before it, every active event is in the window.
  let reportedFrom = '';
  let visit = 0;
  let from = '';
  let fromDay = '';
  for (const report of sorted) {
    // Reports of one time come together (sorted): the window's start once per time.
    if (report.published !== published) {
      published = report.published;
      from = windowStart(published);
      fromDay = from.slice(0, 10);
      // Looked at only when the window's start passes the bound: a settle's window of months
      // holds thousands of active events, and walking them for each new time showed in profiles.
      if (from > reportedFrom) {
        if (active.some(({event}) => !inWindow(event, from, fromDay))) {
          for (const building of active) if (!inWindow(building.event, from, fromDay)) byPlace.remove(building);
          active = active.filter(({event}) => inWindow(event, from, fromDay));
        }
        reportedFrom = published;
        for (const {event} of active) if (event.state.lastReported < reportedFrom) reportedFrom = event.state.lastReported;
      }
    }
    let best: Building | null = null;
    let bestFit = -1;
    for (const building of active.length > indexedFrom ? nearby(byPlace, report, ++visit) : active) {
      const {event} = building;
      if (!joinsEvent(event, report, building.fold)) continue;
      const score = fit(event, report);
      // On a tie the event reported last is the one the news is about now.
      if (score > bestFit || (score === bestFit && best !== null && event.state.lastReported >= best.event.state.lastReported)) {
        best = building;
        bestFit = score;
      }
    }
    if (best) {
      if (best.shared) own(best);
      const {fold, event} = best;
      const {state} = event;
      addReport(fold, report);
      best.dates = null;
      // The state is this run's own object (the events are new): updated in place.
      const {place, country, kind} = state;
      refreshState(fold, state);
      if (state.place !== place || state.country !== country || state.kind !== kind) byPlace.file(best, state);
    } else {
      const fold = startFold();
      addReport(fold, report);
      const building: Building = {event: {id: null, reports: fold.reports, state: stateOf(fold)}, fold, began: buildings.length, dates: null, visit: 0, shared: false};
      buildings.push(building);
      active.push(building);
      byPlace.file(building, building.event.state);
    }
  }
  // Each event's fold says which grouping returned it, and where it began there (regroup).
  const run = ++runs;
  for (const building of buildings) {
    building.fold.run = run;
    building.fold.began = building.began;
  }
  return buildings;
}

/** A seed about to take a report: its own copy of the fold it began with, and a state of that copy. */
function own(building: Building): void {
  building.fold = copyFold(building.fold);
  building.event.reports = building.fold.reports;
  building.event.state = stateOf(building.fold);
  building.shared = false;
}

/**
 * The active events whose place, kind of contact and dates let the report join them, in the
 * order they began. `visit` is this call's own mark: an event in two of the report's buckets is
 * looked at once (a placeless report's bucket holds every event of its kind).
 */
function nearby(byPlace: PlaceIndex<Building>, report: Report, visit: number): Building[] {
  const found: Building[] = [];
  const own = reportDates(report);
  for (const bucket of byPlace.bucketsAgreeing(report.meeting)) {
    for (const building of bucket) {
      if (building.visit === visit) continue;
      building.visit = visit;
      building.dates ??= {span: span(building.event.state), free: building.fold.movedFrom.length > 0};
      if (datesMayAgree(building.dates, own)) found.push(building);
    }
  }
  return found.sort((a, b) => a.began - b.began);
}

/**
 * A report's identity (article and position) as a Map key: a number while the position is below
 * 65,536 (every real article), else a string. The merge looks up every report of the events it
 * merges again, several times per article: numbers spared a string for each.
 */
export const reportKey = (report: Pick<Report, 'articleId' | 'index'>): number | string =>
  report.index < 0x10000 ? report.articleId * 0x10000 + report.index : `${report.articleId}:${report.index}`;

/**
 * Gives each event an id: the oldest (lowest) id that one of its reports had before and that no
 * earlier event took; null for an event that needs a new one.
 */
export function assignIds(events: readonly Event[], previousId: ReadonlyMap<number | string, number>): Event[] {
  const taken = new Set<number>();
  return events.map(event => {
    let id: number | null = null;
    for (const report of event.reports) {
      const candidate = previousId.get(reportKey(report));
      if (candidate !== undefined && (id === null || candidate < id) && !taken.has(candidate)) id = candidate;
    }
    if (id !== null) taken.add(id);
    return {...event, id};
  });
}
