// `npm run bench`: bundles the bench (TypeScript, in bench/) into .bench-tmp/ and runs it.
// Everything else lives in bench/main.ts; see docs/benchmarks.md for the options.
import {build} from 'esbuild';

await build({
  entryPoints: ['bench/main.ts'],
  outfile: '.bench-tmp/main.js',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
await import(new URL('../.bench-tmp/main.js', import.meta.url).href);
