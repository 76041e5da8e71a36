// Every run of talkwatch starts Node and loads the bundle; a no-change poll is mostly that. Node's
// own modules that a run does not use cost start-up time on every run, so those a run never needs
// stay unloaded (scripts/bundle-plugins.mjs says how).
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {runCli} from '../helpers/run-cli.js';

/** Node's built-in modules that one run of the program loaded, as Node lists them at exit. */
function builtinsLoadedBy(args: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'talkwatch-modules-'));
  const report = join(dir, 'report.cjs');
  writeFileSync(report, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(join(dir, 'loaded.json'))}, JSON.stringify(process.moduleLoadList)));`);
  const result = runCli(args, {env: {...process.env, NODE_OPTIONS: `--require ${report}`}});
  expect(result.status).toBe(0);
  const loaded = JSON.parse(readFileSync(join(dir, 'loaded.json'), 'utf8')) as string[];
  return loaded.filter(entry => entry.startsWith('NativeModule ')).map(entry => entry.slice('NativeModule '.length));
}

describe('start-up', () => {
  it('does not load child_process for a run that starts no other program', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'talkwatch-data-'));
    for (const args of [['--version'], ['--data-dir', dataDir, 'feeds', 'list', '--json']]) {
      const loaded = builtinsLoadedBy(args);
      expect(loaded).toContain('fs');
      expect(loaded).not.toContain('child_process');
    }
  });
});
