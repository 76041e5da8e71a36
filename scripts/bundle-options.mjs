// The esbuild options every bundle of talkwatch's sources shares: the CLI (scripts/build.mjs)
// and the bench's entries (bench/bundle-entry.ts), so measured code runs as users run it.
import {bundlePlugins} from './bundle-plugins.mjs';

/** `banner` makes require() work for CommonJS dependencies inside the ESM bundle. */
export function bundleOptions(banner = '') {
  return {
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Node 20 has \p{…} in regular expressions; without this esbuild rewrites each such literal
    // as new RegExp(…), built again every time the function holding it runs.
    supported: {'regexp-unicode-property-escapes': true},
    jsx: 'automatic',
    loader: {'.json': 'json'},
    // Native addon: loaded from node_modules at run time. react-devtools-core: an optional
    // import of ink's, used only when DEV=true. esbuild: the bench bundles with it.
    external: ['better-sqlite3', 'react-devtools-core', 'esbuild'],
    banner: {js: `${banner}import {createRequire as __twCreateRequire} from 'node:module';const require = __twCreateRequire(import.meta.url);`},
    define: {'process.env.NODE_ENV': '"production"'},
    legalComments: 'none',
    plugins: bundlePlugins,
  };
}
