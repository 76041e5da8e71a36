// What the built dashboard loads before its first frame: the modules its chunk imports
// statically. The write path (HTML parsing), the feed parser and the extractor cost tens of
// milliseconds each to load and are only needed after that frame, so they must stay out.
import {describe, expect, it} from 'vitest';
import {builtChunk, staticallyLoaded} from '../helpers/bundle-graph.js';

describe('the dashboard bundle', () => {
  it('loads no HTML parser, feed parser, date parser or extractor before the first frame', () => {
    const entry = builtChunk('dashboard-');
    expect(entry, 'run `node scripts/build.mjs` first').toBeDefined();
    const loaded = staticallyLoaded(entry!);
    // esbuild marks each bundled module with a comment naming its path.
    expect(loaded).toContain('node_modules/ink/');
    for (const heavy of ['node_modules/linkedom/', 'node_modules/rss-parser/', 'node_modules/chrono-node/', 'node_modules/@mozilla/readability/', 'source/extract/actors.ts']) {
      expect(loaded, heavy).not.toContain(heavy);
    }
  });
});
