// Heap limits for the commands that read many articles in one process: `poll` (a cold poll, the
// loop), the dashboard (it polls in-process) and `reindex`. Each calls limitHeapGrowth() first.
//
// A first poll of large feeds keeps ~40 MB alive but, left to V8's defaults, lets garbage of
// parsing and extraction grow the heap to ~180 MB before a full collection (it grows the heap
// up to 4x the live size when collections are cheap). Peak RSS of 10 feeds x 500 items went
// from 270-310 MB to ~185 MB with the heap allowed to grow 15% past what the last full
// collection kept, at the same CPU time (a full collection of a 40 MB heap takes ~5-10 ms;
// 30% measured ~192 MB).
//
// The young generation is the other large part: V8 grows it to two 16 MB semi-spaces, all of
// it resident, while the live heap is ~40 MB. Two 8 MB semi-spaces took the same cold poll from
// ~190 to ~165 MB (5,000 real articles) at about the same CPU time; 4 MB ones saved no more, and
// either is where the young generation ends (see capYoungGeneration). In a long-running process
// V8 shrinks the young generation while idle and grows it again at the next round: in the soak
// the dashboard's went 1 -> 32 MB and back every few minutes, and its RSS with it (102-153 MB);
// capped, 1 -> 16 MB (101-130 MB). Once capped it no longer grows back after such a shrink (see
// capYoungGeneration).
//
// Both are set at run time because the bin is also started as `node dist/cli.js` (npm start,
// the bench), where a shebang's flags never apply. V8 reads --heap-growing-percent at every
// collection, so it takes effect after start-up; --max-semi-space-size does not (it is read
// once, when the heap is set up), but --semi-space-growth-factor is read at every growth of the
// young generation: it is 1 (no growth) once the young generation has reached its cap, and stays 1. A hard
// cap on the old generation (--max-old-space-size) would instead crash on a feed whose parse
// needs more.
import {PerformanceObserver} from 'node:perf_hooks';
import {getHeapSpaceStatistics, setFlagsFromString} from 'node:v8';

const growthPercent = 15;

/** Both semi-spaces of the young generation together. */
export const youngGenerationCap = 16 * 1024 * 1024;

let observer: PerformanceObserver | null = null;

export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${growthPercent}`);
  capYoungGeneration();
}

/** The young generation's size now (both semi-spaces), in bytes. */
export function youngGenerationSize(): number {
  return getHeapSpaceStatistics().find(space => space.space_name === 'new_space')?.space_size ?? 0;
}

/**
 * Lets the young generation grow (by V8's factor, 2) while it is below half the cap, and stops
 * its growth for good once it has reached that. This look comes only after a collection, when the
 * event loop gets a turn: in a long synchronous stretch it may grow once or twice more meanwhile
 * (stopping at half the cap leaves room for one such growth). V8 shrinks the young generation when
 * the process idles (between the rounds of a poll loop); a factor that went back to 2 there let a
 * later, longer round grow it several times before a look, to V8's own 32 MB (in a 30-minute soak,
 * both the dashboard's and the poll loop's after about 20 minutes). So after an idle shrink it
 * stays small: a round of a running loop reads a few dozen articles, and a few more scavenges of a
 * 1 MB young generation cost less than the RSS a 32 MB one keeps. A cold poll or a reindex reaches
 * the cap before any idle time and is not affected.
 */
function capYoungGeneration(): void {
  if (observer) return;
  setFlagsFromString('--semi-space-growth-factor=2');
  observer = new PerformanceObserver(() => checkYoungGeneration());
  observer.observe({entryTypes: ['gc']});
  checkYoungGeneration();
}

let capped = false;

/** Stops the young generation's growth for good once it has reached half the cap. */
function checkYoungGeneration(): void {
  if (capped || youngGenerationSize() < youngGenerationCap / 2) return;
  capped = true;
  setFlagsFromString('--semi-space-growth-factor=1');
}
