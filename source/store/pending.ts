// How many stored articles wait for their analysis, and whether merges wait for their settle. Its
// own small module: the poll cache and the dashboard ask it before anything heavy (the extractor,
// the event model) is loaded.
import type {Db} from './open-cache.js';
import {statement} from './statements.js';

/** Stored articles not analysed yet (a partial index keeps this cheap). */
export function pendingCount(db: Db): number {
  return statement(db, 'SELECT count(*) FROM articles WHERE analysed = 0').pluck().get() as number;
}

/** The earliest report merged out of order whose window no settle has merged again yet, if any. */
export function unsettledSince(db: Db): string | null {
  return (statement(db, 'SELECT since FROM unsettled').pluck().get() as string | undefined) ?? null;
}

/** Whether reports were merged out of order and a run ended before the settle that merges their window again. */
export const settleLeft = (db: Db): boolean => unsettledSince(db) !== null;
