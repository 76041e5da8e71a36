// `talkwatch` with no command: the full-screen dashboard. It owns the terminal while open
// (alternate screen, raw keys) and gives it back exactly as it found it on every way out.
import {Writable} from 'node:stream';
import {render} from 'ink';
import {App} from '../ui/App.js';
import {liveServices} from '../ui/services-live.js';
import type {CommandContext, ExitCode} from './context.js';
import {limitHeapGrowth} from './heap-limits.js';

const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';

/** Commands' output would land on the dashboard's screen: the dashboard shows results itself. */
const quiet = (ctx: CommandContext): CommandContext => ({...ctx, stdout: new Writable({write: (_chunk, _encoding, done) => done()})});

async function addFeed(ctx: CommandContext, url: string): Promise<void> {
  const {addFeed: add} = await import('./feeds.js');
  await add(quiet(ctx), url, {interval: '15', fulltext: 'auto', check: true});
}

/** The person counts from now on, and in the cached articles that name them (extracted again). */
async function trackActor(ctx: CommandContext, name: string): Promise<void> {
  const {addActor} = await import('./actors.js');
  await addActor(quiet(ctx), name, {alias: []});
}

export async function openDashboard(ctx: CommandContext, options: {demo: boolean}): Promise<ExitCode> {
  const stdout = ctx.stdout as NodeJS.WriteStream;
  if (!stdout.isTTY || !process.stdin.isTTY) {
    ctx.stderr.write('talkwatch: the dashboard needs a terminal; for scripts use talkwatch poll, meetings or actors --json\n');
    return 2;
  }
  // It polls in-process and stays open for days: the same limits as the poll loop beside it.
  limitHeapGrowth();
  const demo = options.demo ? (await import('../demo/prepare-demo.js')).prepareDemo(ctx) : null;
  const context = demo?.ctx ?? ctx;
  const live = liveServices(context, {
    demo: options.demo,
    schedule: !options.demo,
    addFeed: url => addFeed(context, url),
    trackActor: name => trackActor(context, name),
  });
  // The demo's feeds are local files: read them before the first frame so it opens full.
  if (demo) await live.services.pollNow();

  const restore = () => stdout.write(LEAVE_ALTERNATE_SCREEN);
  stdout.write(ENTER_ALTERNATE_SCREEN);
  // Raw mode before the first frame: ink switches to it only in an effect after drawing, and
  // keys typed the moment the screen appears would meanwhile sit in the terminal's line buffer
  // (echoed, and delivered as one line with Enter). In raw mode they wait unread for ink.
  process.stdin.setRawMode(true);
  // Also on a crash or a kill: never leave the user's terminal on the alternate screen.
  process.once('exit', restore);
  try {
    let drawn = false;
    const instance = render(<App services={live.services} now={context.now} />, {
      stdout,
      stderr: ctx.stderr as NodeJS.WriteStream,
      exitOnCtrlC: false,
      // ink draws at most 30 frames a second by default: a key pressed within 33 ms of the last
      // frame waited for the next slot. Frames are only drawn on a change, so idle costs nothing.
      maxFps: 120,
      onRender() {
        if (drawn) return;
        drawn = true;
        // Once the first frame is on screen, load what the first write needs.
        setImmediate(live.warmUp);
      },
    });
    // `kill` or a closing window. The settings library (loaded right after the first frame)
    // re-raises these signals to end the process right after, so the terminal is given back
    // here and now, not in `finally`.
    const stop = () => {
      instance.unmount();
      if (process.stdin.isTTY) process.stdin.setRawMode(false);
      restore();
    };
    process.once('SIGTERM', stop);
    process.once('SIGHUP', stop);
    try {
      await instance.waitUntilExit();
    } finally {
      process.off('SIGTERM', stop);
      process.off('SIGHUP', stop);
    }
    return 0;
  } finally {
    await live.close();
    process.off('exit', restore);
    restore();
    demo?.cleanup();
  }
}
