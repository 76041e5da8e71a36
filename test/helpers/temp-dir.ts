import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach} from 'vitest';

/** A fresh folder per call, removed after the test: tests never touch the user's data. */
export function useTempDirs(): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'talkwatch-test-'));
    dirs.push(dir);
    return dir;
  };
}
