// A meeting read as under way, yet dated wholly before the day before the report (a past round
// "im März 2025" that a merge joined to the talks begun today): the date says it is over.

import {dayNumber, lastDayCovered} from './merge.js';
import type {Precision} from './types.js';

// "seit Mitte Juni", "laufen seit Montag": talks under way since a past day are still going on.
const SINCE = /(?<![\p{L}])(?:[Ss]eit|seither|weiter|weiterhin|dauern|dauert|andauernd|fortgesetzt|noch\s+immer|nach\s+wie\s+vor)(?![\p{L}])/u;

type Dated = {status: string; explicit: boolean; start: string | null; end: string | null; precision: Precision; evidence: string};

/** Whether an ongoing meeting is dated wholly before yesterday. */
export function isOngoingOfThePast(draft: Dated, today: string): boolean {
  if (draft.status !== 'ongoing' || !draft.start || draft.precision === 'unknown') return false;
  return lastDayCovered(draft) < dayNumber(today) - 1 && !SINCE.test(draft.evidence);
}
