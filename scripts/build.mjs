// Bundles source/cli.tsx into dist/ with esbuild. Bundling matters for start-up: unbundled,
// resolving ink's module graph alone costs ~0.8 s on a 2-core machine; bundled, the first
// frame appears in well under half that. Code splitting keeps `extract`, `poll` and `feeds`
// from loading the UI at all.
import {build} from 'esbuild';
import {chmodSync, renameSync, rmSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {bundleOptions} from './bundle-options.mjs';

// Build beside dist/ and swap it in, so a program or test running from dist/ never sees a
// half-written or emptied folder.
const dist = fileURLToPath(new URL('../dist', import.meta.url));
const next = `${dist}.next-${process.pid}`;
const old = `${dist}.old-${process.pid}`;
await build({
  ...bundleOptions('#!/usr/bin/env node\n'),
  entryPoints: {cli: 'source/cli.tsx'},
  outdir: next,
  logLevel: 'warning',
});

// The bin must be executable: `npx talkwatch` in a checkout runs dist/cli.js directly.
chmodSync(`${next}/cli.js`, 0o755);
try {
  renameSync(dist, old);
} catch {
  // first build: nothing to move aside
}
renameSync(next, dist);
rmSync(old, {recursive: true, force: true});
