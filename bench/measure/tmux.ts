// Start-up in a real pseudo-terminal: tmux runs the program at 120×40 and the bench polls
// `capture-pane` until the screen shows what only a complete first frame shows. One private
// tmux server (its own socket) is kept warm for the whole run, so its start-up is not counted,
// and killed at the end — also when the bench fails.
import {spawn} from 'node:child_process';
import {statusKb} from './process.js';

const socket = `talkwatch-bench-${process.pid}`;
let serverStarted = false;
let sessionCounter = 0;

const tmux = (args: readonly string[]): Promise<string> =>
  new Promise((resolve, reject) => {
    const child = spawn('tmux', ['-L', socket, ...args], {stdio: ['ignore', 'pipe', 'pipe']});
    let out = '';
    child.stdout.on('data', chunk => (out += chunk));
    child.on('error', reject);
    child.on('close', code => (code === 0 ? resolve(out) : reject(new Error(`tmux ${args[0]} exited with ${code}`))));
  });

export async function tmuxAvailable(): Promise<boolean> {
  try {
    await new Promise<void>((resolve, reject) => spawn('tmux', ['-V']).on('error', reject).on('close', code => (code === 0 ? resolve() : reject())));
    return true;
  } catch {
    return false;
  }
}

export type FirstFrame = {ms: number; screen: string; peakRssMb: number | null};

export type FrameOptions = {
  timeoutMs?: number;
  /** Also read the program's peak RSS, this long after the first frame (it keeps loading). */
  memoryAfterMs?: number;
};

const readHighWaterMb = (pid: number): number | null => {
  const kb = statusKb(pid, 'VmHWM');
  return kb === null ? null : kb / 1024;
};

/**
 * Runs `command` (prefix it with `exec` so the pane's process is the program itself) in a fresh
 * 120×40 pane and returns the time until `isComplete(screen)` first holds. Rejects when the
 * program exits first or after the timeout, with the screen's first lines, so a missing
 * marker or a crash is visible in the report.
 */
async function ensureServer(): Promise<void> {
  if (serverStarted) return;
  await tmux(['new-session', '-d', '-s', 'keepalive', '-x', '120', '-y', '40', 'sleep 3600']);
  // A program that dies keeps its pane, so the bench can tell a crash from a slow start.
  await tmux(['set-option', '-g', 'remain-on-exit', 'on']);
  serverStarted = true;
}

/** A program left running in a 120×40 pane (the soak's dashboard): its screen, its process, keys. */
export type Pane = {
  pid: () => Promise<number>;
  screen: () => Promise<string>;
  /** Sends a key and returns the ms until the screen differs from before (null: no change within `timeoutMs`). */
  timeKey: (key: string, timeoutMs?: number) => Promise<number | null>;
  close: () => Promise<void>;
};

export async function startPane(command: string): Promise<Pane> {
  await ensureServer();
  const session = `pane${sessionCounter++}`;
  await tmux(['new-session', '-d', '-s', session, '-x', '120', '-y', '40', command]);
  const screen = () => tmux(['capture-pane', '-p', '-t', session]);
  return {
    pid: async () => Number((await tmux(['display-message', '-p', '-t', session, '#{pane_pid}'])).trim()),
    screen,
    async timeKey(key, timeoutMs = 2000) {
      const before = await screen();
      const started = performance.now();
      await tmux(['send-keys', '-t', session, key]);
      while (performance.now() - started < timeoutMs) {
        if ((await screen()) !== before) return performance.now() - started;
        await new Promise(resolve => setTimeout(resolve, 1));
      }
      return null;
    },
    close: () => tmux(['kill-session', '-t', session]).then(() => undefined, () => undefined),
  };
}

export async function timeFirstFrame(command: string, isComplete: (screen: string) => boolean, options: FrameOptions = {}): Promise<FirstFrame> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  await ensureServer();
  const session = `run${sessionCounter++}`;
  const started = performance.now();
  await tmux(['new-session', '-d', '-s', session, '-x', '120', '-y', '40', command]);
  let screen = '';
  // tmux 3.3 blanks a dead pane: the program's last words are in the screen read before.
  let lastAlive = '';
  const firstLines = () => lastAlive.trim().split('\n').filter(Boolean).slice(0, 3).join(' / ') || '(nothing)';
  try {
    while (performance.now() - started < timeoutMs) {
      // One tmux call for the screen and whether the program still runs.
      const out = await tmux(['capture-pane', '-p', '-t', session, ';', 'display-message', '-p', '-t', session, '#{pane_dead} #{pane_pid}']);
      const status = out.trimEnd().split('\n').pop() ?? '';
      screen = out.slice(0, out.lastIndexOf(status));
      if (isComplete(screen)) {
        const ms = performance.now() - started;
        let peakRssMb: number | null = null;
        if (options.memoryAfterMs !== undefined) {
          await new Promise(resolve => setTimeout(resolve, options.memoryAfterMs));
          peakRssMb = readHighWaterMb(Number(status.split(' ')[1]));
        }
        return {ms, screen, peakRssMb};
      }
      if (status.startsWith('1')) throw new Error(`the program exited before a complete frame; it showed: ${firstLines()}`);
      lastAlive = screen;
      await new Promise(resolve => setTimeout(resolve, 2));
    }
    throw new Error(`no complete frame within ${timeoutMs} ms; the screen showed: ${firstLines()}`);
  } finally {
    await tmux(['kill-session', '-t', session]).catch(() => undefined);
  }
}

/** Ends the private tmux server and everything running in it. */
export async function stopTmux(): Promise<void> {
  if (!serverStarted) return;
  serverStarted = false;
  await tmux(['kill-server']).catch(() => undefined);
}
