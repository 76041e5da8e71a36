// Bundles a TypeScript entry of the bench (which may import talkwatch's sources) into the
// git-ignored .bench-tmp/ folder with the options scripts/build.mjs uses for the CLI, so measured
// code runs as users run it: bundled, production React, the same start-up plugins.
import {build} from 'esbuild';
import {fileURLToPath} from 'node:url';
import {join} from 'node:path';
import {bundleOptions} from '../scripts/bundle-options.mjs';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));
export const benchTmp = join(projectRoot, '.bench-tmp');

/** The bundled file's path; rejects with esbuild's first error (e.g. a module not written yet). */
export async function bundleEntry(entry: string, outName: string): Promise<string> {
  const outdir = join(benchTmp, outName);
  try {
    await build({
      ...bundleOptions(),
      entryPoints: {main: join(projectRoot, entry)},
      outdir,
      logLevel: 'silent',
    });
  } catch (error) {
    const first = (error as {errors?: {text: string}[]}).errors?.[0]?.text;
    throw new Error(first ?? String(error));
  }
  return join(outdir, 'main.js');
}
