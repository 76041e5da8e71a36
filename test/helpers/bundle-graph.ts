// What a chunk of the built CLI (dist/) loads before any of its code runs: itself and every
// chunk it pulls in with static imports. Guards that keep heavy modules off a start-up path use it.
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {cliPath} from './run-cli.js';

const dist = dirname(cliPath);

/** The built chunk whose name starts with `prefix` ("dashboard-", "poll-"), or undefined before a build. */
export function builtChunk(prefix: string): string | undefined {
  return readdirSync(dist).find(file => file.startsWith(prefix) && file.endsWith('.js'));
}

/** The chunk files `entry` pulls in with static imports, itself included. */
export function staticGraph(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(join(dist, file), 'utf8');
    for (const [, imported] of source.matchAll(/^import\s[^;]*?["']\.\/([^"']+)["']/gm)) queue.push(imported!);
  }
  return [...seen];
}

/** The text of every chunk in `entry`'s static graph; esbuild marks each bundled module with a comment naming its path. */
export function staticallyLoaded(entry: string): string {
  return staticGraph(entry).map(file => readFileSync(join(dist, file), 'utf8')).join('\n');
}
