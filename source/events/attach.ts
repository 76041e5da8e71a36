// A provisional merge for reports that a settle will group again anyway. A report merged after
// later reports of its window is noted late, and the settle at the end of the round groups that
// window again from all its reports (store/settle.ts); what the late merge wrote only shows
// until then (the settle gives ids as if it had not been). Grouping the report's candidate events again from all their
// reports for that (clusterReports) was a quarter of a cold poll: a newest-first cold poll merges
// nearly every article late. Here each report joins the event it fits best, or starts one: the
// step a grouping takes for a report, without taking again the steps for the events' reports.
import {addReport, compareReports, copyFold, foldInserting, knownFold, leadingCount, startFold, stateOf, type Fold} from './fold.js';
import {fit, joinsEvent} from './same-event.js';
import type {Event, Report} from './types.js';

/**
 * `events` with each of `reports` joined to the one it fits best (the ones it joins, ties to the
 * one reported last, as a grouping breaks them), or as an event of its own (id null). Unchanged
 * events come back as they were (the same objects); a changed one keeps its id and gets its
 * reports in publication order and a fold read over them. `joinsKept(event, report)` is
 * joinsEvent for an event as given, which holds no report of the reports' article.
 */
export function attachReports(events: readonly Event[], reports: readonly Report[], joinsKept: (event: Event, report: Report) => boolean): Event[] {
  const result = [...events];
  // The events this call made or changed, with their folds: they may hold a report of the article.
  const built = new Map<Event, Fold>();
  for (const report of [...reports].sort(compareReports)) {
    let best = -1;
    let bestFit = -1;
    result.forEach((event, at) => {
      const fold = built.get(event);
      if (!(fold ? joinsEvent(event, report, fold) : joinsKept(event, report))) return;
      const score = fit(event, report);
      if (score > bestFit || (score === bestFit && best >= 0 && event.state.lastReported >= result[best]!.state.lastReported)) {
        best = at;
        bestFit = score;
      }
    });
    const joined = best < 0 ? null : result[best]!;
    const fold = joined === null ? startFold() : foldWith(joined.reports, report);
    if (joined === null) addReport(fold, report);
    const event: Event = {id: joined?.id ?? null, reports: fold.reports, state: stateOf(fold)};
    built.set(event, fold);
    if (joined === null) result.push(event);
    else result[best] = event;
  }
  return result;
}

/**
 * A new fold over `reports` and `report` in publication order. An array a fold was read over is
 * in that order already (a fold reads its reports in order): the report is put in its place by
 * a binary search instead of sorting the event's reports again; when it comes after all of
 * them the fold is copied and the report read on top of it (a fold reads reports one by one, so
 * that is the same fold), else the reports after it are not read again (foldInserting). Other arrays (read from the cache, in the stored index's order) are sorted.
 */
function foldWith(reports: Report[], report: Report): Fold {
  const kept = knownFold(reports);
  if (kept?.reports !== reports) {
    const fold = startFold();
    for (const each of [...reports, report].sort(compareReports)) addReport(fold, each);
    return fold;
  }
  const at = leadingCount(reports.length, position => compareReports(reports[position]!, report) <= 0);
  if (at === reports.length) {
    const fold = copyFold(kept);
    addReport(fold, report);
    return fold;
  }
  return foldInserting(kept, at, report);
}

/**
 * The event without the reports of one article (an article read again leaves its events first):
 * the same object when it has none, null when nothing is left, else its other reports in
 * publication order with a fold read over them, and its id.
 */
export function withoutArticle(event: Event, articleId: number): Event | null {
  if (!event.reports.some(report => report.articleId === articleId)) return event;
  const rest = event.reports.filter(report => report.articleId !== articleId);
  if (rest.length === 0) return null;
  const fold = startFold();
  for (const report of rest.sort(compareReports)) addReport(fold, report);
  return {id: event.id, reports: fold.reports, state: stateOf(fold)};
}
