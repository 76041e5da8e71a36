// What the built dashboard loads before its first frame: the modules its chunk imports
// statically. The write path (HTML parsing), the feed parser and the extractor cost tens of
// milliseconds each to load and are only needed after that frame, so they must stay out.
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {cliPath} from '../helpers/run-cli.js';

const dist = dirname(cliPath);

/** The chunk files `entry` pulls in with static imports, itself included. */
function staticGraph(entry: string): string[] {
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

describe('the dashboard bundle', () => {
  it('loads no HTML parser, feed parser, date parser or extractor before the first frame', () => {
    const entry = readdirSync(dist).find(file => file.startsWith('dashboard-') && file.endsWith('.js'));
    expect(entry, 'run `node scripts/build.mjs` first').toBeDefined();
    const loaded = staticGraph(entry!).map(file => readFileSync(join(dist, file), 'utf8')).join('\n');
    // esbuild marks each bundled module with a comment naming its path.
    expect(loaded).toContain('node_modules/ink/');
    for (const heavy of ['node_modules/linkedom/', 'node_modules/rss-parser/', 'node_modules/chrono-node/', 'node_modules/@mozilla/readability/', 'source/extract/actors.ts']) {
      expect(loaded, heavy).not.toContain(heavy);
    }
  });
});
