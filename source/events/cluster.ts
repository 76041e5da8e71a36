// Reports into events: in publication order (so arrival order never matters), each report joins
// the known event it fits best, or starts one. Then ids: an event keeps the oldest id among the
// events its reports were in before, so ids survive polls, re-merges and `reindex`.
import {addReport, compareReports, copyFold, refreshState, startFold, stateOf, type Fold} from './fold.js';
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
export const INDEXED_FROM = 16;

/**
 * An event being built, with its fold and the order it began in (which breaks ties in nearby);
 * its dates as nearby compares them, worked out when first asked after a change (null until
 * then); and the last nearby call that looked at it (each event once, however many of the
 * report's place buckets hold it); `shared` while its fold is an earlier grouping's (regroup),
 * which is copied before a report joins it.
 */
export type Building = {event: Event; fold: Fold; began: number; dates: DateFacts | null; visit: number; shared: boolean};

/**
 * The events a set of reports makes, each with `id: null`, in the order they began. `indexedFrom`
 * is for tests: the result is the same whether or not the index narrows the comparisons.
 */
export function clusterReports(reports: readonly Report[], {indexedFrom = INDEXED_FROM} = {}): Event[] {
  return group([...reports].sort(compareReports), [], indexedFrom).map(({event}) => event);
}

/**
 * The grouping's steps over `sorted` (in publication order), from `seeds`: the events a grouping
 * of earlier reports left (see regroup and groupAgain in resume.ts), or none.
 */
export function group(sorted: readonly Report[], seeds: Building[], indexedFrom: number): Building[] {
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
 * earlier event took; then, to an event that got none, the oldest of `fallback` no event took
 * (reports merged provisionally: the rows they were written in); null for an event that needs a
 * new one.
 */
export function assignIds(events: readonly Event[], previousId: ReadonlyMap<number | string, number>, fallback?: ReadonlyMap<number | string, number>): Event[] {
  const taken = new Set<number>();
  const oldest = (event: Event, ids: ReadonlyMap<number | string, number>) => {
    let id: number | null = null;
    for (const report of event.reports) {
      const candidate = ids.get(reportKey(report));
      if (candidate !== undefined && (id === null || candidate < id) && !taken.has(candidate)) id = candidate;
    }
    if (id !== null) taken.add(id);
    return id;
  };
  const ids = events.map(event => oldest(event, previousId));
  if (fallback) events.forEach((event, index) => (ids[index] ??= oldest(event, fallback)));
  return events.map((event, index) => ({...event, id: ids[index]!}));
}
