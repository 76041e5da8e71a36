// The cold poll's peak memory: V8 would grow the young generation to two 16 MB semi-spaces, all
// of it resident; `poll` stops it at half that (poll-heap.ts). Measured in the built program, with
// a probe loaded before it that reports the young generation's largest size.
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {describe, expect, it} from 'vitest';
import {youngGenerationCap} from '../../source/commands/poll-heap.js';
import {rss, type TestItem} from '../feeds/poller-rss.js';
import {runCli} from '../helpers/run-cli.js';
import {useTempDirs} from '../helpers/temp-dir.js';

const tempDir = useTempDirs();

const probe = `
import {getHeapSpaceStatistics} from 'node:v8';
import {writeFileSync} from 'node:fs';
let largest = 0;
const look = () => { largest = Math.max(largest, getHeapSpaceStatistics().find(s => s.space_name === 'new_space').space_size); };
setInterval(look, 2).unref();
process.on('exit', () => { look(); writeFileSync(process.env.PROBE_OUT, String(largest)); });
`;

/** Enough articles of our own that V8 left alone grows the young generation to its 32 MB. */
function bigFeed(dir: string, count: number): string {
  const items: TestItem[] = Array.from({length: count}, (_, n) => ({
    guid: `artikel-${n}`,
    title: `Unterhändler beraten in Genf über eine Waffenruhe (${n})`,
    link: `https://example.org/politik/artikel-${n}.html`,
    description: 'Die Delegationen wollen sich in der kommenden Woche erneut treffen.',
    content: `<p>Die Gespräche über eine Waffenruhe gehen in die Runde ${n}. ${'Die Unterhändler der Ukraine und der USA haben in Genf stundenlang verhandelt, ein weiteres Treffen ist für den kommenden Monat in Istanbul geplant. '.repeat(6)}</p>`,
    pubDate: new Date(Date.UTC(2026, 0, 1) + n * 3_600_000),
  }));
  const file = join(dir, 'gross.xml');
  writeFileSync(file, rss(items));
  return file;
}

describe('talkwatch poll: memory', () => {
  it('keeps the young generation at its cap through a cold poll of many articles', () => {
    const dir = tempDir();
    const probeFile = join(dir, 'probe.mjs');
    writeFileSync(probeFile, probe);
    const out = join(dir, 'young.txt');
    const feed = bigFeed(dir, 1500);
    const result = runCli(['--data-dir', join(dir, 'data'), 'poll', '--once', '--no-fulltext', '--feed', pathToFileURL(feed).href], {
      env: {...process.env, PROBE_OUT: out, NODE_OPTIONS: `--import ${pathToFileURL(probeFile).href}`},
      timeout: 120_000,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('new 1500');
    const largest = Number(readFileSync(out, 'utf8'));
    expect(largest).toBeGreaterThan(0);
    expect(largest).toBeLessThanOrEqual(youngGenerationCap);
  }, 150_000);
});
