// Seeded caches of a given size, made once per bench run and shared by the sections that need
// them (start-up, interaction, memory); all removed when the bench ends.
import {rmSync} from 'node:fs';
import {bundleEntry} from './bundle-entry.js';
import {messageOf, runMeasured} from './measure/process.js';
import {seedNewsboat} from './newsboat/seed-cache.js';
import type {NewsboatWorkspace} from './newsboat/workspace.js';
import {freshDataDir} from './talkwatch.js';

export type SeededTalkwatch = {dataDir: string; newestTitle: string};

const talkwatchCaches = new Map<number, Promise<SeededTalkwatch>>();
const newsboatCaches = new Map<number, Promise<NewsboatWorkspace>>();
const folders: string[] = [];

async function seed(articles: number, seedValue: number, log: (line: string) => void): Promise<SeededTalkwatch> {
  const script = await bundleEntry('bench/entries/seed-cache.ts', 'seed-cache');
  const dataDir = freshDataDir();
  folders.push(dataDir);
  log(`seeding a talkwatch cache with ${articles.toLocaleString('en')} articles…`);
  const result = await runMeasured('node', [script, dataDir, String(articles), String(seedValue)], {timeoutMs: 900_000});
  if (result.code !== 0) throw new Error(`seeding failed: ${messageOf(result)}`);
  const report = JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as {newestTitle?: string; seconds?: number};
  log(`seeded in ${report.seconds?.toFixed(1)} s`);
  return {dataDir, newestTitle: report.newestTitle ?? ''};
}

/** A talkwatch data folder whose cache holds `articles` generated articles. */
export function seededTalkwatch(articles: number, seedValue: number, log: (line: string) => void): Promise<SeededTalkwatch> {
  let cache = talkwatchCaches.get(articles);
  if (!cache) {
    cache = seed(articles, seedValue, log);
    talkwatchCaches.set(articles, cache);
  }
  return cache;
}

/** A newsboat workspace whose cache holds the same articles. */
export function seededNewsboat(articles: number, seedValue: number, now: Date): Promise<NewsboatWorkspace> {
  let workspace = newsboatCaches.get(articles);
  if (!workspace) {
    workspace = seedNewsboat(articles, seedValue, now).then(created => {
      folders.push(created.dir);
      return created;
    });
    newsboatCaches.set(articles, workspace);
  }
  return workspace;
}

export function removeSeededCaches(): void {
  for (const folder of folders.splice(0)) rmSync(folder, {recursive: true, force: true});
  talkwatchCaches.clear();
  newsboatCaches.clear();
}
