// Start-up in a real pseudo-terminal: tmux runs the program at 120×40 and the bench polls
// `capture-pane` until the screen shows what only a complete first frame shows. One private
// tmux server (its own socket) is kept warm for the whole run, so its start-up is not counted,
// and killed at the end — also when the bench fails.
import {spawn} from 'node:child_process';

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

export type FirstFrame = {ms: number; screen: string};

/**
 * Runs `command` in a fresh 120×40 pane and returns the time until `isComplete(screen)` first
 * holds. Rejects after `timeoutMs` with the last screen, so a missing marker is visible.
 */
export async function timeFirstFrame(command: string, isComplete: (screen: string) => boolean, timeoutMs = 20_000): Promise<FirstFrame> {
  if (!serverStarted) {
    await tmux(['new-session', '-d', '-s', 'keepalive', '-x', '120', '-y', '40', 'sleep 3600']);
    serverStarted = true;
  }
  const session = `run${sessionCounter++}`;
  const started = performance.now();
  await tmux(['new-session', '-d', '-s', session, '-x', '120', '-y', '40', command]);
  let screen = '';
  try {
    while (performance.now() - started < timeoutMs) {
      screen = await tmux(['capture-pane', '-p', '-t', session]);
      if (isComplete(screen)) return {ms: performance.now() - started, screen};
      await new Promise(resolve => setTimeout(resolve, 3));
    }
    throw new Error(`no complete frame within ${timeoutMs} ms; the screen showed: ${screen.trim().split('\n').slice(0, 3).join(' | ') || '(nothing)'}`);
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
