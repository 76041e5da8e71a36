// A first poll of large feeds keeps ~40 MB alive but, left to V8's defaults, lets garbage of
// parsing and extraction grow the heap to ~180 MB before a full collection (it grows the heap
// up to 4x the live size when collections are cheap). Peak RSS of 10 feeds x 500 items went
// from 270-310 MB to ~185 MB with the heap allowed to grow 15% past what the last full
// collection kept, at the same CPU time (a full collection of a 40 MB heap takes ~5-10 ms;
// 30% measured ~192 MB).
//
// The flag is set at run time because the bin is also started as `node dist/cli.js` (npm start,
// the bench), where a shebang's flags never apply. V8 reads it at every collection, so it takes
// effect after start-up; a hard cap (--max-old-space-size) would instead crash on a feed whose
// parse needs more.
import {setFlagsFromString} from 'node:v8';

const growthPercent = 15;

export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${growthPercent}`);
}
