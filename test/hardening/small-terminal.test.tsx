// Terminals smaller than 80×24, or resized many times a second (a tiling window manager, a
// dragged corner), must not crash the dashboard: it keeps drawing and keeps answering keys.
import {spawnSync} from 'node:child_process';
import {afterEach, describe, expect, it} from 'vitest';
import {cliPath, runCli} from '../helpers/run-cli.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {fakeServices, feed} from '../ui/fake-services.js';
import {followOnly, writeFeed} from '../ui/local-feed.js';
import {keys, renderDashboard} from '../ui/render-dashboard.js';
import {actor, article, meeting} from '../ui/sample-data.js';
import {seededRandom} from './seeded-random.js';

/** What ink draws when a component throws: its error overview with a stack. */
const crashed = /ERROR|at .*\(.*:\d+:\d+\)|TypeError|RangeError/;

function sampleServices() {
  return fakeServices({
    articles: Array.from({length: 30}, (_, index) => article(index + 1, index % 3 === 0 ? {title: 'Sehr lange Überschrift über die „Gespräche“ in Genf 🇺🇦🇷🇺🇺🇸 und was danach kommt'} : {})),
    actors: [actor('selenskyj', 'Wolodymyr Selenskyj', {role: 'Präsident der Ukraine', side: 'UA', today: 3, week: 9}), actor('witkoff', 'Steve Witkoff', {suggested: true})],
    meetings: [meeting(1), meeting(2)],
    feeds: [feed({id: 1, name: 'n-tv', lastError: 'HTTP 503 Service Unavailable', failureCount: 2})],
  });
}

describe('a small terminal', () => {
  it('draws every pane, the article view and the help at 40×10 and 20×5 without crashing', async () => {
    const dashboard = await renderDashboard(sampleServices(), {columns: 40, rows: 10});
    await dashboard.press('j', 'j', keys.enter, ' ', 'G', keys.escape, '2', keys.enter, keys.escape, '3', keys.enter, keys.escape, '?');
    await dashboard.resize(20, 5);
    await dashboard.press(keys.escape, '1', 'j', keys.enter, 'G');
    for (const frame of dashboard.frames) expect(frame).not.toMatch(crashed);
    await dashboard.resize(80, 24);
    await dashboard.press(keys.escape);
    expect(dashboard.frame()).toMatch(/Latest/);
    dashboard.unmount();
  });

  it('survives 100 resizes in quick succession, down to 1×1, with keys pressed in between', async () => {
    const random = seededRandom(7);
    const dashboard = await renderDashboard(sampleServices(), {columns: 80, rows: 24});
    const keysBetween = ['j', 'k', keys.enter, keys.escape, keys.tab, 'G', 'g', ' '];
    for (let step = 0; step < 100; step++) {
      const columns = 1 + Math.floor(random() * 200);
      const rows = 1 + Math.floor(random() * 60);
      // Several resize events without waiting, as a window manager sends them.
      for (const size of [columns, Math.max(1, columns - 7), columns]) {
        Object.defineProperty(dashboard.stdout, 'columns', {configurable: true, get: () => size});
        Object.defineProperty(dashboard.stdout, 'rows', {configurable: true, get: () => rows});
        dashboard.stdout.emit('resize');
      }
      if (step % 5 === 0) await dashboard.press(keysBetween[step % keysBetween.length]!);
    }
    await dashboard.resize(100, 30);
    await dashboard.press(keys.escape, keys.escape, '1');
    for (const frame of dashboard.frames) expect(frame).not.toMatch(crashed);
    expect(dashboard.frame()).toMatch(/Latest/);
    dashboard.unmount();
  });
});

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const tempDir = useTempDirs();
const socket = `talkwatch-hardening-${process.pid}`;
const tmux = (...args: string[]) => spawnSync('tmux', ['-L', socket, ...args], {encoding: 'utf8'});
afterEach(() => {
  if (hasTmux) tmux('kill-server');
});

async function waitFor(check: (screen: string) => boolean, what: string): Promise<string> {
  const end = Date.now() + 10_000;
  for (;;) {
    const screen = tmux('capture-pane', '-p', '-t', 'hard').stdout;
    if (check(screen)) return screen;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; the screen was:\n${screen}`);
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

describe.skipIf(!hasTmux)('a real terminal resized in a loop', () => {
  it('keeps the dashboard running through 60 resizes, then it quits cleanly to the shell', {timeout: 40_000}, async () => {
    const dir = tempDir();
    const feedFile = writeFeed(dir, 'feed.xml', 'Kleiner Feed', [
      {slug: 'k1', title: 'Waffenruhe: Gespräche in Genf gehen weiter', hoursAgo: 1},
      {slug: 'k2', title: 'Istanbul: Gefangenenaustausch vereinbart', hoursAgo: 2},
    ]);
    followOnly(dir, [{path: feedFile, name: 'Kleiner Feed'}]);
    expect(runCli(['poll', '--once', '--data-dir', dir]).status).toBe(0);
    tmux('new-session', '-d', '-s', 'hard', '-x', '100', '-y', '30', `env PS1='shell-ready> ' TERM=xterm-256color sh`);
    await waitFor(screen => screen.includes('shell-ready>'), 'the shell');
    tmux('send-keys', '-t', 'hard', '-l', `node ${cliPath} --data-dir ${dir}`);
    tmux('send-keys', '-t', 'hard', 'Enter');
    await waitFor(screen => screen.includes('Latest (2)'), 'the dashboard');

    const random = seededRandom(11);
    for (let step = 0; step < 60; step++) {
      tmux('resize-window', '-t', 'hard', '-x', String(10 + Math.floor(random() * 190)), '-y', String(4 + Math.floor(random() * 50)));
      if (step % 10 === 0) tmux('send-keys', '-t', 'hard', 'j');
      await new Promise(resolve => setTimeout(resolve, 15));
    }
    tmux('resize-window', '-t', 'hard', '-x', '100', '-y', '30');
    const settled = await waitFor(screen => screen.includes('Latest (2)'), 'the dashboard after resizing');
    expect(settled).not.toMatch(crashed);
    tmux('send-keys', '-t', 'hard', 'q');
    await waitFor(screen => screen.trimEnd().endsWith('shell-ready>'), 'the shell prompt after q');
  });
});
