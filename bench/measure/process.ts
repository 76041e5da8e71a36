// Runs a program and measures its wall time and peak resident memory. GNU time may be missing,
// so memory comes from two places: polling /proc/<pid>/status for VmHWM (any program), and for
// Node programs a preload that writes process.resourceUsage().maxRSS at exit (catches a peak
// in the last milliseconds that polling would miss). Always asynchronous: the bench's own
// feed server lives in this process and must keep answering while the child runs.
import {spawn} from 'node:child_process';
import {readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {tmpdir} from 'node:os';

export type Measured = {wallMs: number; peakRssMb: number | null; code: number | null; stdout: string; stderr: string; timedOut: boolean};

export type RunOptions = {cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; trackMemory?: boolean};

/** A memory field of /proc/<pid>/status in kB (VmHWM: peak RSS, VmRSS: RSS now), or null once the process is gone. */
export const statusKb = (pid: number, field: 'VmHWM' | 'VmRSS'): number | null => {
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
};

const readHighWaterKb = (pid: number): number | null => statusKb(pid, 'VmHWM');

const maxRssPreload = (file: string) =>
  'data:text/javascript,' +
  encodeURIComponent(
    `import {writeFileSync} from 'node:fs';` +
      `process.on('exit', () => { try { writeFileSync(${JSON.stringify(file)}, String(process.resourceUsage().maxRSS)); } catch {} });`,
  );

let runCounter = 0;

/** Runs `command args`; Node scripts are run with the current node and the memory preload. */
export async function runMeasured(command: string, args: readonly string[], options: RunOptions = {}): Promise<Measured> {
  const isNode = command === 'node';
  const rssFile = join(tmpdir(), `talkwatch-bench-rss-${process.pid}-${runCounter++}`);
  const argv = isNode && options.trackMemory ? ['--import', maxRssPreload(rssFile), ...args] : [...args];
  const started = performance.now();
  const child = spawn(isNode ? process.execPath : command, argv, {cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe']});
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', chunk => (stdout += chunk));
  child.stderr.on('data', chunk => (stderr += chunk));
  let peakKb = 0;
  const poller = options.trackMemory
    ? setInterval(() => {
        if (child.pid !== undefined) peakKb = Math.max(peakKb, readHighWaterKb(child.pid) ?? 0);
      }, 5)
    : null;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs ?? 300_000);
  const code = await new Promise<number | null>(done => child.on('close', done));
  const wallMs = performance.now() - started;
  clearTimeout(timer);
  if (poller) clearInterval(poller);
  if (isNode && options.trackMemory) {
    try {
      peakKb = Math.max(peakKb, Number(readFileSync(rssFile, 'utf8')));
    } catch {
      // The program died before its exit handler ran; the polled figure stands.
    }
    rmSync(rssFile, {force: true});
  }
  return {wallMs, peakRssMb: options.trackMemory && peakKb > 0 ? peakKb / 1024 : null, code, stdout, stderr, timedOut};
}

/** The line of a failed run that says what went wrong (Node prints the source line first). */
export function messageOf(result: Measured): string {
  if (result.timedOut) return `did not finish within ${(result.wallMs / 1000).toFixed(0)} s (stopped)`;
  const lines = `${result.stderr}\n${result.stdout}`.split('\n').map(line => line.trim()).filter(Boolean);
  const said = lines.find(line => /^talkwatch:|^\w*Error\b|Error:|: error: /.test(line));
  return said ?? lines[0] ?? `exit code ${result.code}`;
}
