// Bundles a TypeScript entry of the bench (which may import talkwatch's sources) into the
// git-ignored .bench-tmp/ folder, the way scripts/build.mjs bundles the CLI, so measured code
// runs as users run it: bundled, production React, no TypeScript loader.
import {build} from 'esbuild';
import {fileURLToPath} from 'node:url';
import {join} from 'node:path';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));
export const benchTmp = join(projectRoot, '.bench-tmp');

/** The bundled file's path; rejects with esbuild's first error (e.g. a module not written yet). */
export async function bundleEntry(entry: string, outName: string): Promise<string> {
  const outdir = join(benchTmp, outName);
  try {
    await build({
      entryPoints: {main: join(projectRoot, entry)},
      outdir,
      bundle: true,
      // As in scripts/build.mjs: ink's optional devtools import stays in a chunk never loaded.
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      jsx: 'automatic',
      loader: {'.json': 'json'},
      external: ['better-sqlite3', 'react-devtools-core', 'esbuild'],
      banner: {js: "import {createRequire as __benchCreateRequire} from 'node:module';const require = __benchCreateRequire(import.meta.url);"},
      define: {'process.env.NODE_ENV': '"production"'},
      logLevel: 'silent',
    });
  } catch (error) {
    const first = (error as {errors?: {text: string}[]}).errors?.[0]?.text;
    throw new Error(first ?? String(error));
  }
  return join(outdir, 'main.js');
}
