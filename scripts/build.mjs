// Bundles source/cli.tsx into dist/ with esbuild. Bundling matters for start-up: unbundled,
// resolving ink's module graph alone costs ~0.8 s on a 2-core machine; bundled, the first
// frame appears in well under half that. Code splitting keeps `extract`, `poll` and `feeds`
// from loading the UI at all.
import {build} from 'esbuild';
import {chmodSync, renameSync, rmSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {startupPlugins} from './bundle-plugins.mjs';

// Build beside dist/ and swap it in, so a program or test running from dist/ never sees a
// half-written or emptied folder.
const dist = fileURLToPath(new URL('../dist', import.meta.url));
const next = `${dist}.next-${process.pid}`;
const old = `${dist}.old-${process.pid}`;
await build({
  entryPoints: {cli: 'source/cli.tsx'},
  outdir: next,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  loader: {'.json': 'json'},
  // Native addon: must be loaded from node_modules at run time.
  // react-devtools-core: an optional import of ink's that is only used when DEV=true.
  external: ['better-sqlite3', 'react-devtools-core'],
  banner: {
    // CommonJS dependencies inside an ESM bundle still call require() for Node built-ins.
    js: "#!/usr/bin/env node\nimport {createRequire as __twCreateRequire} from 'node:module';const require = __twCreateRequire(import.meta.url);",
  },
  define: {'process.env.NODE_ENV': '"production"'},
  legalComments: 'none',
  plugins: startupPlugins,
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
