// Runs the built talkwatch (dist/cli.js) on a temporary data folder, as a user would.
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {projectRoot} from './bundle-entry.js';
import {messageOf, runMeasured, type Measured, type RunOptions} from './measure/process.js';

export const cliPath = join(projectRoot, 'dist', 'cli.js');

export const freshDataDir = () => mkdtempSync(join(tmpdir(), 'talkwatch-bench-'));

export function talkwatch(dataDir: string, args: readonly string[], options: RunOptions = {}): Promise<Measured> {
  return runMeasured('node', [cliPath, '--data-dir', dataDir, ...args], {...options, env: {...process.env, NO_COLOR: '1'}});
}

/** Throws with the program's own message when a step of the set-up fails. */
export async function talkwatchOrThrow(dataDir: string, args: readonly string[]): Promise<Measured> {
  const result = await talkwatch(dataDir, args);
  if (result.code !== 0) throw new Error(`talkwatch ${args.slice(0, 2).join(' ')}: ${messageOf(result)}`);
  return result;
}

/** Follows every URL with `feeds add URL --no-check` (the documented way, one command each). */
export async function addFeeds(dataDir: string, urls: readonly string[], fulltext: 'auto' | 'always' | 'never' = 'auto'): Promise<void> {
  for (const url of urls) await talkwatchOrThrow(dataDir, ['feeds', 'add', url, '--no-check', '--fulltext', fulltext]);
}
