// Runs dist/cli.js without blocking this process, so a test can run two at once
// or serve HTTP to the program from the same process.
import {spawn} from 'node:child_process';
import {cliPath, type CliResult} from '../helpers/run-cli.js';

export function runCliAsync(args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {stdio: ['ignore', 'pipe', 'pipe']});
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', chunk => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', chunk => (stderr += chunk));
    child.once('error', reject);
    child.once('close', status => resolve({status, stdout, stderr}));
  });
}
