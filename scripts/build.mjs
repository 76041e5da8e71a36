// Bundles source/cli.tsx into dist/ with esbuild. Bundling matters for start-up: unbundled,
// resolving ink's module graph alone costs ~0.8 s on a 2-core machine; bundled, the first
// frame appears in well under half that. Code splitting keeps `extract`, `poll` and `feeds`
// from loading the UI at all.
import {build} from 'esbuild';
import {chmodSync, readFileSync, renameSync, rmSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

// ink's layout engine (yoga) carries its WebAssembly as base64 and, when `fetch` exists, loads it
// through fetch() of a data: URL. In Node that first loads the whole fetch implementation
// (undici): ~18 ms of the dashboard's start-up spent before the first frame. The same bytes are
// decoded directly when the check says there is no fetch.
const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(build) {
    build.onLoad({filter: /yoga-wasm-base64-esm\.js$/}, ({path}) => {
      const source = readFileSync(path, 'utf8');
      const check = '"function"!=typeof fetch';
      if (!source.includes(check)) {
        return {contents: source, warnings: [{text: 'yoga no longer checks for fetch this way: start-up may load undici again'}]};
      }
      return {contents: source.replace(check, 'true')};
    });
  },
};

// ink measures every line of every frame with string-width, which segments graphemes and tests
// emoji patterns even for plain German text. Every import of it (ink, cli-truncate, wrap-ansi)
// gets our shim, which counts one-cell text by its length and asks the package for the rest.
const shim = fileURLToPath(new URL('../source/ui/format/string-width-shim.ts', import.meta.url));
const fastStringWidth = {
  name: 'fast-string-width',
  setup(build) {
    build.onResolve({filter: /^string-width$/}, ({importer}) => {
      // The shim and the module it uses reach the real package.
      if (importer === shim || importer.endsWith('/source/ui/format/text-width.ts')) return undefined;
      return {path: shim};
    });
  },
};

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
  plugins: [yogaWithoutFetch, fastStringWidth],
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
