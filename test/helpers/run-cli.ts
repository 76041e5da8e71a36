// Runs the built program (dist/cli.js, made by `npm test`'s build step) as a user would.
import {spawnSync, type SpawnSyncOptions} from 'node:child_process';
import {fileURLToPath} from 'node:url';

export const cliPath = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export type CliResult = {status: number | null; stdout: string; stderr: string};

export function runCli(args: string[], options: SpawnSyncOptions = {}): CliResult {
  const result = spawnSync(process.execPath, [cliPath, ...args], {encoding: 'utf8', timeout: 30_000, ...options});
  return {status: result.status, stdout: String(result.stdout), stderr: String(result.stderr)};
}
