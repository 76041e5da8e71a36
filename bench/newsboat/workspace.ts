// A fresh newsboat set-up in a temporary folder: urls file, config and cache, so nothing of the
// user's own newsboat is read or touched.
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {runMeasured, type Measured} from '../measure/process.js';

export type NewsboatWorkspace = {dir: string; urls: string; cache: string; config: string};

/** Same parallelism as talkwatch's default poll concurrency (4). */
export const reloadThreads = 4;

export function createNewsboatWorkspace(feedUrls: readonly string[]): NewsboatWorkspace {
  const dir = mkdtempSync(join(tmpdir(), 'talkwatch-bench-newsboat-'));
  const workspace = {dir, urls: join(dir, 'urls'), cache: join(dir, 'cache.db'), config: join(dir, 'config')};
  writeFileSync(workspace.urls, feedUrls.map(url => `${url}\n`).join(''));
  writeFileSync(workspace.config, `reload-threads ${reloadThreads}\n`);
  return workspace;
}

export const newsboatArgs = (workspace: NewsboatWorkspace, ...extra: string[]) => ['-u', workspace.urls, '-c', workspace.cache, '-C', workspace.config, ...extra];

/** `newsboat -x reload`: one round over all feeds, as `talkwatch poll --once` does. */
export function newsboatReload(workspace: NewsboatWorkspace, options: {trackMemory?: boolean; timeoutMs?: number} = {}): Promise<Measured> {
  // HOME points into the workspace so newsboat cannot fall back to the user's own files.
  return runMeasured('newsboat', newsboatArgs(workspace, '-x', 'reload'), {...options, env: {...process.env, HOME: workspace.dir}});
}
