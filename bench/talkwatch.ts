// Runs the built talkwatch (dist/cli.js) on a temporary data folder, as a user would.
import {cpSync, existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {benchTmp, projectRoot} from './bundle-entry.js';
import {messageOf, runMeasured, type Measured, type RunOptions} from './measure/process.js';

// The bench runs a copy of the build made when it started: in a shared working tree someone
// may rebuild dist/ mid-run, and a half-written dist/ must not turn into a failed figure.
const appCopy = join(benchTmp, 'app');
export const cliPath = join(appCopy, 'dist', 'cli.js');

/** Copies dist/ with the files it reads beside it (feeds.json, package.json). */
export function snapshotBuild(): void {
  if (!existsSync(join(projectRoot, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` (npm run bench does)');
  rmSync(appCopy, {recursive: true, force: true});
  cpSync(join(projectRoot, 'dist'), join(appCopy, 'dist'), {recursive: true});
  for (const file of ['feeds.json', 'package.json']) cpSync(join(projectRoot, file), join(appCopy, file));
}

export const freshDataDir = () => mkdtempSync(join(tmpdir(), 'talkwatch-bench-'));

/**
 * Runs `task` on a fresh data folder that follows no feed, removed afterwards. A new talkwatch follows the default news feeds
 * (feeds.json); the bench must never reach them, so it unfollows them the way a user would.
 */
export async function withEmptyDataDir<T>(task: (dataDir: string) => Promise<T>): Promise<T> {
  const dir = freshDataDir();
  try {
    const listed = await talkwatchOrThrow(dir, ['feeds', 'list', '--json']);
    for (const {url} of JSON.parse(listed.stdout) as {url: string}[]) await talkwatchOrThrow(dir, ['feeds', 'remove', url]);
    return await task(dir);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

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
