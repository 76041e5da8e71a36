// The recovering parser and iconv-lite load only for a document that needs them: a poll of
// well-formed UTF-8 feeds, and the dashboard's first frame, never pay for them.
import {describe, expect, it} from 'vitest';
import {builtChunk, staticallyLoaded} from '../helpers/bundle-graph.js';

describe('lazy loading of the recovering parser and iconv-lite', () => {
  it('keeps them out of the feed parser, poll and dashboard chunks', () => {
    for (const prefix of ['parse-', 'poll-', 'dashboard-']) {
      const entry = builtChunk(prefix);
      expect(entry, 'run `node scripts/build.mjs` first').toBeDefined();
      const loaded = staticallyLoaded(entry!);
      for (const lazy of ['source/feeds/xml-tree.ts', 'source/feeds/tree-feed.ts', 'node_modules/iconv-lite/']) expect(loaded, `${prefix} ${lazy}`).not.toContain(lazy);
    }
    expect(staticallyLoaded(builtChunk('parse-')!)).toContain('node_modules/rss-parser/');
    expect(staticallyLoaded(builtChunk('recover-')!)).toContain('source/feeds/xml-tree.ts');
  });
});
