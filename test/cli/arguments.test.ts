import {describe, expect, it} from 'vitest';
import {spawn, spawnSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {cliPath, runCli} from '../helpers/run-cli.js';
import {useTempDirs} from '../helpers/temp-dir.js';

const tempDir = useTempDirs();

describe('command-line arguments', () => {
  it('prints help listing every command', () => {
    const result = runCli(['--help']);
    expect(result.status).toBe(0);
    for (const command of ['feeds', 'poll', 'extract', 'reindex', 'actors', 'meetings']) {
      expect(result.stdout).toContain(command);
    }
  });

  it('rejects an unknown flag with one line and exit code 2', () => {
    const result = runCli(['--bogus']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain("unknown option '--bogus'");
  });

  it('rejects an unknown command with exit code 2', () => {
    const result = runCli(['fedds', 'list']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([['meetings', '--json'], ['reindex'], ['feeds', 'list']])('names a --data-dir that is a file, on one line, and leaves the file alone (%s)', (...command) => {
    const file = join(tempDir(), 'cache.db');
    writeFileSync(file, 'not a folder');
    const result = runCli(['--data-dir', file, ...command]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([`talkwatch: ${file} is a file, not a folder: talkwatch keeps its settings and cache in a folder (choose another with --data-dir)`]);
    expect(readFileSync(file, 'utf8')).toBe('not a folder');
  });

  it('runs as an executable, the way `npx talkwatch` and an installed bin start it', () => {
    const result = spawnSync(cliPath, ['--version'], {encoding: 'utf8'});
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('stops quietly when the reader has closed the pipe, as with `talkwatch actors list | head`', async () => {
    const child = spawn(process.execPath, [cliPath, '--data-dir', tempDir(), 'actors', 'list'], {stdio: ['ignore', 'pipe', 'pipe']});
    let stderr = '';
    child.stderr.on('data', chunk => (stderr += chunk));
    // Like `| head -0`: the reader is gone before the program writes its first line.
    child.stdout.destroy();
    const code = await new Promise<number | null>(resolve => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
