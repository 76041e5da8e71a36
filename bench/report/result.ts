// One line of the benchmark table. A figure is measured, or known only to exceed a bound (the
// run was stopped at a limit), or explicitly not measured with the reason: the bench never
// prints a number it did not measure.

export type Figure = {value: number} | {over: number; why: string} | {missing: string};

export type Target =
  /** The figure must stay below a fixed limit. */
  | {kind: 'below'; limit: number}
  /** The figure must be at most this multiple of newsboat's. */
  | {kind: 'ratio-at-most'; ratio: number}
  /** The figure must be at least this multiple of newsboat's (e.g. throughput). */
  | {kind: 'at-least'; limit: number}
  | {kind: 'none'};

export type ResultRow = {
  group: string;
  measure: string;
  unit: string;
  talkwatch: Figure;
  /** Absent when newsboat has no comparable figure. */
  newsboat?: Figure;
  target: Target;
};

export const measured = (value: number): Figure => ({value});
export const missing = (reason: string): Figure => ({missing: reason});
/** The run was stopped at `bound`: the true figure is higher. */
export const exceeded = (bound: number, why: string): Figure => ({over: bound, why});

/**
 * A run that did not finish the work — stopped at its time limit, or ended with a feed not
 * ingested — with what was measured until then: the whole work takes longer still.
 */
export class StoppedError extends Error {
  constructor(
    message: string,
    readonly wallMs: number,
    readonly peakRssMb: number | null,
    readonly why: string,
  ) {
    super(message);
  }
}

/** Turns an error of a set-up step into a short reason for the table. */
export const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 160) ?? 'failed';
