// How many stored articles wait for their analysis, and whether a merge waits for its settle. Its own small module: the poll cache and
// the dashboard ask it before anything heavy (the extractor, the event model) is loaded.
import type {Db} from './open-cache.js';
import {statement} from './statements.js';

/** Stored articles not analysed yet (a partial index keeps this cheap). */
export function pendingCount(db: Db): number {
  return statement(db, 'SELECT count(*) FROM articles WHERE analysed = 0').pluck().get() as number;
}

/** Whether reports were merged out of order and a run ended before the settle that merges their window again. */
export function settleLeft(db: Db): boolean {
  return statement(db, 'SELECT 1 FROM unsettled').pluck().get() !== undefined;
}
