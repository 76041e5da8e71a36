import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {UsageError} from '../../source/config/errors.js';
import {defaultFeedsPath, readFeedsFile} from '../../source/config/feeds-file.js';
import {useTempDirs} from '../helpers/temp-dir.js';

const tempDir = useTempDirs();

function writeFeeds(text: string): string {
  const file = join(tempDir(), 'feeds.json');
  writeFileSync(file, text);
  return file;
}

describe('the default feeds file', () => {
  it('ships valid defaults, each with a name and an http(s) URL', () => {
    const feeds = readFeedsFile(defaultFeedsPath());
    expect(feeds.length).toBeGreaterThan(0);
    for (const feed of feeds) {
      expect(feed.name).not.toBe('');
      expect(new URL(feed.url).protocol).toMatch(/^https?:$/);
      expect(feed.fulltext).toBe('auto');
    }
  });

  it('reports malformed JSON with the file, line and column', () => {
    const entry = '    {"name": "n-tv", "url": "https://www.n-tv.de/rss",}';
    const file = writeFeeds(`{\n  "feeds": [\n${entry}\n  ]\n}\n`);
    expect(() => readFeedsFile(file)).toThrow(UsageError);
    // The stray comma: the parser stops at the brace after it.
    expect(() => readFeedsFile(file)).toThrow(`${file} is not valid JSON: line 3, column ${entry.indexOf('}') + 1}: `);
  });

  it('names the entry that has the wrong shape', () => {
    const file = writeFeeds(JSON.stringify({feeds: [{name: 'a', url: 'https://a.example/rss'}, {name: 'b'}]}));
    expect(() => readFeedsFile(file)).toThrow(`${file}: feeds[1] needs a "url" string`);
    const badInterval = writeFeeds(JSON.stringify({feeds: [{name: 'n-tv', url: 'https://n-tv.de/rss', interval: 'oft'}]}));
    expect(() => readFeedsFile(badInterval)).toThrow(/feeds\[0\] \(n-tv\): "interval"/);
  });
});
