// Mistakes in what the user controls (arguments, config.json, feeds.json, the cache file) get a
// one-line message naming the problem, exit code 2, and leave every stored byte as it was.
import {spawnSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {runCli} from '../helpers/run-cli.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {dataDirChecksum} from './data-dir-checksum.js';

const tempDir = useTempDirs();
const cacheFiles = ['cache.db', 'cache.db-wal', 'cache.db-shm'];
const fixtureFeed = fileURLToPath(new URL('../fixtures/ntv-startseite-2025-11-12.xml', import.meta.url));

/** A data dir holding a real cache and settings: what a refused command must not touch. */
let seeded: string;
beforeAll(() => {
  // Not from useTempDirs, which empties its folders after each test.
  seeded = mkdtempSync(join(tmpdir(), 'talkwatch-seeded-'));
  const result = runCli(['feeds', 'add', fixtureFeed, '--name', 'n-tv', '--data-dir', seeded]);
  expect(result.status, result.stderr).toBe(0);
  const poll = runCli(['poll', '--once', '--no-fulltext', '--feed', fixtureFeed, '--data-dir', seeded]);
  expect(poll.status, poll.stdout + poll.stderr).toBe(0);
});
afterAll(() => rmSync(seeded, {recursive: true, force: true}));

/** Runs the CLI on a copy of the seeded data dir (changed by `prepare`) and checks the refusal. */
function expectRefusal(args: string[], message: RegExp, prepare: (dir: string) => void = () => {}) {
  const dir = tempDir();
  cpSync(seeded, dir, {recursive: true});
  prepare(dir);
  const before = dataDirChecksum(dir);
  const result = runCli([...args, '--data-dir', dir]);
  expect(result.status, result.stderr).toBe(2);
  expect(result.stderr.trimEnd().split('\n'), 'one line').toHaveLength(1);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  expect(dataDirChecksum(dir), 'data dir unchanged').toEqual(before);
  return {dir, stderr: result.stderr};
}

describe('bad local input', () => {
  it('an unknown command or flag', () => {
    expectRefusal(['frobnicate'], /unknown command 'frobnicate'/);
    expectRefusal(['poll', '--bogus'], /unknown option '--bogus'/);
  });

  it('`feeds add` with an invalid URL or an unsupported scheme', () => {
    expectRefusal(['feeds', 'add', 'http://exa mple.com/feed'], /not a valid URL|not a URL/);
    expectRefusal(['feeds', 'add', 'ftp://example.com/feed.xml'], /unsupported URL scheme ftp:/);
    expectRefusal(['feeds', 'add', 'javascript:alert(1)'], /not a URL or an existing file/);
  });

  it('a malformed config.json, named with line and column, not reset', () => {
    const {dir, stderr} = expectRefusal(['poll', '--once'], /config\.json.*line 3, column \d+/, dir =>
      writeFileSync(join(dir, 'config.json'), '{\n  "feeds": [\n    {"url": "https://a.example/feed" "name": "A"}\n  ]\n}\n'),
    );
    expect(stderr).toContain(join(dir, 'config.json'));
  });

  it('a config.json of the wrong shape', () => {
    expectRefusal(['feeds', 'list'], /config\.json.*pollConcurrency/, dir => writeFileSync(join(dir, 'config.json'), JSON.stringify({feeds: [], pollConcurrency: 'viele'})));
  });

  it('a malformed default feeds.json, named with line and column', () => {
    // A copy of the installed program whose feeds.json is broken; a fresh data dir reads it.
    const root = tempDir();
    cpSync(fileURLToPath(new URL('../../dist', import.meta.url)), join(root, 'dist'), {recursive: true});
    symlinkSync(fileURLToPath(new URL('../../node_modules', import.meta.url)), join(root, 'node_modules'));
    writeFileSync(join(root, 'feeds.json'), '{"feeds": [\n  {"url": "https://www.n-tv.de/rss", "name": "n-tv",}\n]}\n');
    const dir = tempDir();
    const result = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'feeds', 'list', '--data-dir', dir], {encoding: 'utf8', timeout: 30_000});
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/feeds\.json.*line 2, column \d+/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a cache path that is a folder: the message names the path', () => {
    const {dir, stderr} = expectRefusal(['feeds', 'list'], /cache/, dir => {
      for (const file of cacheFiles) rmSync(join(dir, file), {force: true});
      mkdirSync(join(dir, 'cache.db'));
    });
    expect(stderr).toContain(join(dir, 'cache.db'));
  });

  it('a damaged cache file: the message names the path, and the file is kept as it was', () => {
    const {dir, stderr} = expectRefusal(['poll', '--once'], /cache/, dir => {
      for (const file of cacheFiles) rmSync(join(dir, file), {force: true});
      // A SQLite header followed by garbage: looks like a database until it is read.
      writeFileSync(join(dir, 'cache.db'), Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(8192, 0x5a)]));
    });
    expect(stderr).toContain(join(dir, 'cache.db'));
  });

  it('a file that is not a database at all', () => {
    expectRefusal(['meetings'], /cache\.db.*not a database/, dir => {
      for (const file of cacheFiles) rmSync(join(dir, file), {force: true});
      writeFileSync(join(dir, 'cache.db'), 'Das ist keine Datenbank, sondern eine Einkaufsliste.\n');
    });
  });
});
