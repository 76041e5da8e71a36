// Peak memory of the commands that read many articles in one process: V8 would grow the young
// generation to two 16 MB semi-spaces, all of it resident; `poll`, the dashboard and `reindex`
// stop it at half that (heap-limits.ts). Measured in the built program, with a probe loaded
// before it that reports the young generation's largest size when the process exits.
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {youngGenerationCap} from '../../source/commands/heap-limits.js';
import {rss, type TestItem} from '../feeds/poller-rss.js';
import {cliPath, runCli} from '../helpers/run-cli.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {followOnly} from '../ui/local-feed.js';

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

/** The probe's file and the environment that loads it; `largest()` reads what it wrote at exit. */
function probed(dir: string): {env: NodeJS.ProcessEnv; out: string; largest: () => number} {
  const probeFile = join(dir, 'probe.mjs');
  writeFileSync(probeFile, probe);
  const out = join(dir, 'young.txt');
  return {
    env: {...process.env, PROBE_OUT: out, NODE_OPTIONS: `--import ${pathToFileURL(probeFile).href}`},
    out,
    largest: () => Number(readFileSync(out, 'utf8')),
  };
}

describe('talkwatch poll and reindex: memory', () => {
  it('keep the young generation at its cap through a cold poll and a reindex of many articles', () => {
    const dir = tempDir();
    const data = join(dir, 'data');
    const feed = bigFeed(dir, 1500);
    const polled = probed(dir);
    const result = runCli(['--data-dir', data, 'poll', '--once', '--no-fulltext', '--feed', pathToFileURL(feed).href], {env: polled.env, timeout: 120_000});
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('new 1500');
    const afterPoll = polled.largest();
    expect(afterPoll).toBeGreaterThan(0);
    expect(afterPoll).toBeLessThanOrEqual(youngGenerationCap);

    const reindexed = runCli(['--data-dir', data, 'reindex'], {env: polled.env, timeout: 120_000});
    expect(reindexed.stderr).toBe('');
    expect(reindexed.stdout).toContain('Re-extracted 1500 articles');
    const afterReindex = polled.largest();
    expect(afterReindex).toBeGreaterThan(0);
    expect(afterReindex).toBeLessThanOrEqual(youngGenerationCap);
  }, 250_000);
});

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux) console.warn('dashboard memory test skipped: tmux is not installed');

describe.skipIf(!hasTmux)('the dashboard: memory', () => {
  const socket = `talkwatch-heap-${process.pid}`;
  const tmux = (...args: string[]) => spawnSync('tmux', ['-L', socket, ...args], {encoding: 'utf8'});
  afterEach(() => {
    tmux('kill-server');
  });

  async function waitFor(check: () => boolean, what: string, timeoutMs: number): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}; the screen was:\n${tmux('capture-pane', '-p', '-t', 'heap').stdout}`);
      await new Promise(resolve => setTimeout(resolve, 200));
    }
  }

  it('keeps the young generation at its cap while it polls and analyses many articles itself', {timeout: 250_000}, async () => {
    const dir = tempDir();
    followOnly(dir, [{path: bigFeed(dir, 1500), name: 'Gross'}]);
    const {env, out, largest} = probed(dir);
    const command = `exec env PROBE_OUT='${env['PROBE_OUT']}' NODE_OPTIONS='${env['NODE_OPTIONS']}' NO_COLOR=1 '${process.execPath}' '${cliPath}' --data-dir '${dir}'`;
    const started = tmux('new-session', '-d', '-s', 'heap', '-x', '120', '-y', '40', command);
    expect(started.stderr).toBe('');
    // Every article listed and analysed: each reports a meeting, so all 1,500 count as about the
    // talks once analysed, and the status bar's "analysed N of 1,500" has made way for the next poll.
    const screen = () => tmux('capture-pane', '-p', '-t', 'heap').stdout;
    const done = (text: string) => /Latest \(1,?500\) · talks 1,?500\b/.test(text) && /next in/.test(text) && !/analysed [\d,]+ of/.test(text);
    await waitFor(() => done(screen()), 'all 1,500 articles listed and analysed', 200_000);
    tmux('send-keys', '-t', 'heap', 'q');
    await waitFor(() => existsSync(out), 'the dashboard to quit', 10_000);
    expect(largest()).toBeGreaterThan(0);
    expect(largest()).toBeLessThanOrEqual(youngGenerationCap);
  });
});
