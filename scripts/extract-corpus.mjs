// Runs extract() over the development corpus (../shared/corpus/dev and dev2, found beside the
// repository): `--out FILE` writes every extraction (compare before and after a speed change with
// `cmp`), `--bench N` prints articles per second over N warm extractions on one core.
// Usage: node scripts/extract-corpus.mjs [--out FILE] [--bench N] [--corpus DIR]...
// Bundled the way the CLI is, so the code measured is the code users run.
import {build} from 'esbuild';
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {bundleOptions} from './bundle-options.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const dirs = [];
for (let index = args.indexOf('--corpus'); index >= 0; index = args.indexOf('--corpus')) dirs.push(...args.splice(index, 2).slice(1));
if (dirs.length === 0) dirs.push(`${root}../shared/corpus/dev`, `${root}../shared/corpus/dev2`);
const missing = dirs.filter(dir => !existsSync(dir));
if (missing.length) {
  process.stderr.write(`no corpus at ${missing.join(', ')} (pass --corpus DIR)\n`);
  process.exit(2);
}
const outdir = `${root}.bench-tmp/extract-corpus`;
await build({...bundleOptions(), entryPoints: {main: `${root}bench/entries/extract-corpus.ts`}, outdir, logLevel: 'warning'});
const run = spawnSync(process.execPath, [...(process.env.EXTRACT_NODE_FLAGS?.split(' ').filter(Boolean) ?? []), `${outdir}/main.js`, ...dirs, ...args], {stdio: 'inherit'});
process.exit(run.status ?? 1);
