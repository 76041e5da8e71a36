// What the built `poll` loads before its first feed answers: the modules its chunk imports
// statically. A round in which every feed answers 304 needs none of the HTML, feed or date
// parsers, the extractor or conf (with ajv); together they cost ~50 ms of a ~140 ms round.
import {describe, expect, it} from 'vitest';
import {builtChunk, staticallyLoaded} from '../helpers/bundle-graph.js';

describe('the poll command bundle', () => {
  it('loads no parser, extractor, article store or conf before a feed sends something', () => {
    const entry = builtChunk('poll-');
    expect(entry, 'run `node scripts/build.mjs` first').toBeDefined();
    const loaded = staticallyLoaded(entry!);
    // esbuild marks each bundled module with a comment naming its path.
    expect(loaded).toContain('source/store/poll-cache.ts');
    for (const heavy of ['node_modules/linkedom/', 'node_modules/rss-parser/', 'node_modules/chrono-node/', 'node_modules/conf/', 'node_modules/ajv/', 'source/store/article-content.ts', 'source/extract/actors.ts']) {
      expect(loaded, heavy).not.toContain(heavy);
    }
  });
});
