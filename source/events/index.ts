// The event model: reports of meetings from many articles into real-world events. Pure: values
// in, values out; the store (store/events.ts) reads and writes them.
export {assignIds, clusterReports, reportKey, windowStart} from './cluster.js';
export {adopt, groupAgain, regroup, type Grouping} from './resume.js';
export {compareReports, foldEvent, roleOf} from './fold.js';
export {fit, joinsEvent} from './same-event.js';
export {shownAt, STALE_DAYS} from './shown.js';
export type {Event, EventState, Report, ReportRole, Shown} from './types.js';
