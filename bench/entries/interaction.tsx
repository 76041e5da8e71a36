// Key press to next frame, in-process: the dashboard (<App> with the live services over a
// seeded cache) renders through ink as in a terminal — same throttling, same writes — into a
// fake stdout that records when each frame is written; keys go in through a fake stdin.
// Usage: node interaction.js DATA_DIR PRESSES → one JSON line of samples per key.
import {EventEmitter} from 'node:events';
import {render} from 'ink';
import {resolveDataPaths} from '../../source/config/paths.js';
import {App} from '../../source/ui/App.js';
import {liveServices} from '../../source/ui/services-live.js';

/** A 120×40 terminal that remembers when the last frame arrived. */
class FakeStdout extends EventEmitter {
  readonly isTTY = true;
  readonly columns = 120;
  readonly rows = 40;
  private waiting: ((at: number) => void) | null = null;
  frames = 0;
  write = (_chunk: string) => {
    this.frames++;
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.(performance.now());
    return true;
  };
  /** The time of the next write, or null when none comes within `timeoutMs`. */
  nextFrame(timeoutMs: number): Promise<number | null> {
    return new Promise(resolve => {
      const timer = setTimeout(() => {
        this.waiting = null;
        resolve(null);
      }, timeoutMs);
      this.waiting = at => {
        clearTimeout(timer);
        resolve(at);
      };
    });
  }
}

/** Keys arrive the way ink reads a terminal: a 'readable' event, then read(). */
class FakeStdin extends EventEmitter {
  readonly isTTY = true;
  private data: string | null = null;
  press(data: string) {
    this.data = data;
    this.emit('readable');
    this.emit('data', data);
  }
  read = () => {
    const data = this.data;
    this.data = null;
    return data;
  };
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

const [dataDir, pressesText] = process.argv.slice(2);
if (!dataDir || !pressesText) throw new Error('usage: interaction DATA_DIR PRESSES');
const presses = Number(pressesText);
const stdout = new FakeStdout();
const stdin = new FakeStdin();
const ctx = {paths: resolveDataPaths(dataDir), stdout: process.stdout, stderr: process.stderr, now: () => new Date()};
const refuse = async () => {
  throw new Error('not in the bench');
};
const live = liveServices(ctx, {demo: false, schedule: false, addFeed: refuse, trackActor: refuse});
const pause = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

const instance = render(<App services={live.services} now={ctx.now} />, {
  stdout: stdout as unknown as NodeJS.WriteStream,
  stdin: stdin as unknown as NodeJS.ReadStream,
  stderr: process.stderr,
  exitOnCtrlC: false,
  patchConsole: false,
  // As the dashboard draws (source/commands/dashboard.tsx): at 30 frames a second a follow-up
  // frame (the counts after the rows) would wait for its slot and land in the next key's time.
  maxFps: 120,
});
await pause(1_000);

const samples: Record<string, number[]> = {};
const missed: Record<string, number> = {};
/** Presses `key` and records the time to the next frame; waits out ink's 30 fps throttle first. */
async function timeKey(name: string, key: string) {
  await pause(40);
  const frame = stdout.nextFrame(1_000);
  const pressed = performance.now();
  stdin.press(key);
  const at = await frame;
  if (at === null) missed[name] = (missed[name] ?? 0) + 1;
  else (samples[name] ??= []).push(at - pressed);
}

for (let round = 0; round < presses; round++) {
  await timeKey('j', 'j');
  await timeKey('Enter', '\r');
  await timeKey('Esc', '\u001B');
  if (round % 4 === 0) {
    // A search over the whole cache: "/" opens the prompt, the word is typed, Enter runs it.
    await timeKey('/', '/');
    for (const letter of 'Genf') {
      await pause(5);
      stdin.press(letter);
    }
    await timeKey('/search Enter', '\r');
    await timeKey('Esc (clear search)', '\u001B');
  }
}
instance.unmount();
live.close();
process.stdout.write(`${JSON.stringify({samples, missed, frames: stdout.frames})}\n`);
process.exit(0);
