// The dashboard in a real terminal: tmux runs the built CLI, send-keys types, capture-pane reads
// the screen. Feeds are local files, so nothing here touches the network.
import {spawnSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {cliPath, runCli} from '../helpers/run-cli.js';
import {writeGenfFeed} from '../helpers/genf-stream.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {rss} from '../feeds/poller-rss.js';
import {followOnly, writeFeed} from '../ui/local-feed.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux) console.warn('dashboard e2e skipped: tmux is not installed');

const newTempDir = useTempDirs();
// A tmux server of its own per test: a new session on a server that is still shutting down
// from the previous test's kill-server can fail on a loaded machine.
let sessions = 0;
let socket = '';
const tmux = (...args: string[]) => spawnSync('tmux', ['-L', socket, ...args], {encoding: 'utf8'});
beforeEach(() => {
  socket = `talkwatch-e2e-${process.pid}-${++sessions}`;
});
afterEach(() => {
  tmux('kill-server');
});

const screen = () => tmux('capture-pane', '-p', '-t', 'e2e').stdout;
const send = (...keys: string[]) => tmux('send-keys', '-t', 'e2e', ...keys);
const type = (text: string) => tmux('send-keys', '-t', 'e2e', '-l', text);

async function waitFor(check: (text: string) => boolean, what: string, timeoutMs = 10_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const text = screen();
    if (check(text)) return text;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; the screen was:\n${text}`);
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}
function startShell(columns: string, rows: string, env = ''): void {
  const started = tmux('new-session', '-d', '-s', 'e2e', '-x', columns, '-y', rows, `env PS1='shell-ready> ' ${env} sh`);
  if (started.status !== 0) throw new Error(`tmux new-session failed: ${started.stderr}`);
}
const waitForText = (text: string) => waitFor(screen => screen.includes(text), JSON.stringify(text));

function seededDataDir(): {dir: string; extraFeed: string} {
  const dir = newTempDir();
  const feed = writeFeed(dir, 'erster-feed.xml', 'Erster Feed', [
    {slug: 'a1', title: 'Waffenruhe: Gespräche beginnen am Morgen', hoursAgo: 1},
    {slug: 'a2', title: 'Sanktionen: EU berät neues Paket', hoursAgo: 2},
    {slug: 'a3', title: 'Genf: Delegationen reisen an', hoursAgo: 3},
    {slug: 'a4', title: 'Wiederaufbau: Brücke über den Dnipro eröffnet', hoursAgo: 4},
  ]);
  const extraFeed = writeFeed(dir, 'zweiter-feed.xml', 'Zweiter Feed', [{slug: 'b1', title: 'Zweiter Feed meldet Gefangenenaustausch', hoursAgo: 5}]);
  followOnly(dir, [{path: feed, name: 'Erster Feed'}]);
  const seeded = runCli(['poll', '--once', '--data-dir', dir]);
  if (seeded.status !== 0) throw new Error(`seeding the cache failed: ${seeded.stdout}${seeded.stderr}`);
  return {dir, extraFeed};
}

describe.skipIf(!hasTmux)('dashboard in a real terminal', () => {
  it('shows the panes, opens and scrolls an article, searches, adds a feed and quits to the shell', {timeout: 60_000}, async () => {
    const {dir, extraFeed} = seededDataDir();
    startShell('160', '30', 'TERM=xterm-256color');
    await waitForText('shell-ready>');
    type(`node ${cliPath} --data-dir ${dir}`);
    send('Enter');

    const first = await waitForText('1 Latest (4)');
    expect(first.split('\n')[0]).toMatch(/1 Latest \(4\).*2 Actors.*3 Meetings/);

    // As a person would: each key's effect is on screen before the next key.
    send('j');
    await waitFor(text => /^›.*Sanktionen/m.test(text), 'the cursor on the second article');
    send('j');
    await waitFor(text => /^›.*Genf: Delegationen/m.test(text), 'the cursor on the third article');
    send('Enter');
    const article = await waitForText('Absatz 1 über Genf');
    expect(article.split('\n')[0]).toContain('Genf');
    expect(article).toContain('Delegationen reisen an');

    send('G');
    const scrolled = await waitFor(text => !text.includes('Absatz 1 über Genf'), 'the text to scroll');
    expect(scrolled).toContain('Absatz 14 über Genf');

    send('Escape');
    await waitForText('1 Latest (4)');

    send('/');
    type('Brücke');
    send('Enter');
    const found = await waitForText('Latest (1)');
    expect(found).toContain('Wiederaufbau: Brücke über');
    send('Escape');
    await waitForText('1 Latest (4)');

    send('a');
    type(extraFeed);
    send('Enter');
    const added = await waitForText('Zweiter Feed meldet');
    expect(added).toContain('1 Latest (5)');
    // The prompt stays open (and takes keys as text) until the new feed is read.
    await waitForText('Added ');

    send('q');
    const after = await waitFor(text => text.trimEnd().endsWith('shell-ready>'), 'the shell prompt');
    expect(after).not.toContain('1 Latest');
  });
});

describe.skipIf(!hasTmux)('the talks view of Latest', () => {
  it('v shows only the articles about the talks, and the next start opens on that view', {timeout: 60_000}, async () => {
    const dir = newTempDir();
    const feed = writeFeed(dir, 'gemischt.xml', 'Gemischt', [
      {slug: 't1', title: 'Selenskyj fordert neue Gespräche', hoursAgo: 1},
      {slug: 't2', title: 'Fußball: Bayern gewinnt in Bremen', hoursAgo: 2},
      {slug: 't3', title: 'Wetter: Schnee im Harz', hoursAgo: 3},
    ]);
    followOnly(dir, [{path: feed, name: 'Gemischt'}]);
    expect(runCli(['poll', '--once', '--data-dir', dir]).status).toBe(0);
    startShell('100', '24', 'TERM=xterm-256color');
    await waitForText('shell-ready>');
    type(`node ${cliPath} --data-dir ${dir}`);
    send('Enter');
    await waitForText('1 Latest (3)');
    send('v');
    const talks = await waitForText('talks 1 of 3');
    expect(talks).toContain('Selenskyj fordert');
    expect(talks).not.toContain('Bayern gewinnt');
    send('q');
    await waitFor(text => text.trimEnd().endsWith('shell-ready>'), 'the shell prompt');

    // The dashboard drew on the alternate screen: the shell's screen shows no list now.
    type(`node ${cliPath} --data-dir ${dir}`);
    send('Enter');
    const again = await waitForText('talks 1 of 3');
    expect(again).not.toContain('Schnee im Harz');
    send('v');
    await waitForText('1 Latest (3)');
    send('q');
    // The dashboard saves the view as it quits: the folder is removed only after it is gone.
    await waitFor(text => text.trimEnd().endsWith('shell-ready>'), 'the shell prompt');
  });
});

describe.skipIf(!hasTmux)('a meeting and its history in a real terminal', () => {
  it('opens a meeting reported by four articles and shows what each said, newest first; Enter opens one', {timeout: 60_000}, async () => {
    const dir = newTempDir();
    followOnly(dir, [{path: writeGenfFeed(dir), name: 'Genf'}]);
    const seeded = runCli(['poll', '--once', '--no-fulltext', '--data-dir', dir]);
    if (seeded.status !== 0) throw new Error(`seeding the cache failed: ${seeded.stdout}${seeded.stderr}`);
    startShell('120', '30', 'TERM=xterm-256color');
    await waitForText('shell-ready>');
    type(`node ${cliPath} --data-dir ${dir}`);
    send('Enter');
    await waitForText('1 Latest (4)');
    send('3');
    await waitFor(text => /^›.*Genf.*held/m.test(text), 'the cursor on the Genf meeting');
    send('Enter');
    const history = await waitForText('History: ');
    const lines = history.split('\n');
    const at = (pattern: RegExp) => lines.findIndex(line => pattern.test(line));
    expect(at(/12\.03\. deutschlandfunk · held · Genf/)).toBeGreaterThan(0);
    expect(at(/10\.03\. n-tv · moved to 12\.03\./)).toBeGreaterThan(at(/12\.03\. deutschlandfunk/));
    expect(at(/05\.03\. tagesschau · planned for 11\.03\. · Genf/)).toBeGreaterThan(at(/10\.03\. n-tv/));
    expect(at(/01\.03\. zeit · proposed · Schweiz/)).toBeGreaterThan(at(/05\.03\. tagesschau/));
    send('Enter');
    await waitForText('Gespräche in Genf beendet');
    send('Escape');
    await waitForText('History: ');
    send('q');
    await waitFor(text => text.trimEnd().endsWith('shell-ready>'), 'the shell prompt');
  });
});

describe.skipIf(!hasTmux)('since you last looked', () => {
  it('marks a meeting that moved after the dashboard was closed, shows old → new, and clears the mark once opened', {timeout: 60_000}, async () => {
    const dir = newTempDir();
    const feed = join(dir, 'riad.xml');
    const item = (guid: string, hoursAgo: number, text: string) => ({guid, title: text.replace(/\.$/, ''), link: `https://www.n-tv.de/politik/${guid}.html`, description: text, pubDate: new Date(Date.now() - hoursAgo * 3_600_000)});
    const planned = item('riad', 3, 'Die Delegationen der USA und Russlands sollen sich am 20. März in Riad treffen.');
    writeFileSync(feed, rss([planned]));
    followOnly(dir, [{path: feed, name: 'Riad'}]);
    expect(runCli(['poll', '--once', '--data-dir', dir]).status).toBe(0);
    startShell('120', '30', 'TERM=xterm-256color');
    await waitForText('shell-ready>');
    type(`node ${cliPath} --data-dir ${dir}`);
    send('Enter');
    await waitForText('1 Latest (1)');
    send('q');
    await waitFor(text => text.trimEnd().endsWith('shell-ready>'), 'the shell prompt');

    // While it was closed: the talks were postponed (published an hour ago, fetched now).
    writeFileSync(feed, rss([planned, item('riad-verschoben', 1, 'Die Gespräche in Riad wurden auf den 24. März verschoben.')]));
    expect(runCli(['poll', '--once', '--data-dir', dir]).status).toBe(0);
    type(`node ${cliPath} --data-dir ${dir}`);
    send('Enter');
    await waitForText('1 Latest (2)');
    send('3');
    const marked = await waitForText(': 1 moved — m: mark seen');
    expect(marked).toMatch(/^›↻ .*Riad/m);
    send('Enter');
    const opened = await waitForText('↻ changed since');
    expect(opened).toMatch(/moved: 20\.03\.\d{4} → 24\.03\.\d{4} \(n-tv\.de, /);
    send('Escape');
    await waitForText(': nothing new');
    expect(screen()).not.toContain('↻');
    send('q');
    await waitFor(text => text.trimEnd().endsWith('shell-ready>'), 'the shell prompt');
  });
});

describe.skipIf(!hasTmux)('talkwatch --demo', () => {
  it('opens offline on the bundled sample data under a DEMO label and leaves no data behind', {timeout: 30_000}, async () => {
    const dir = newTempDir();
    // CI=true, as build machines and shells opened by CI tooling set it: ink would then draw
    // nothing until exit, and the terminal stayed blank.
    startShell('120', '30', 'CI=true');
    await waitForText('shell-ready>');
    type(`node ${cliPath} --data-dir ${dir} --demo`);
    send('Enter');
    const demo = await waitForText('DEMO');
    expect(demo).toContain('Delegationen wollen sich am Samstag');
    // The real n-tv snapshot of 12 November 2025 is part of the sample.
    expect(demo).toMatch(/12\.11\.2025 n-tv/);
    send('q');
    await waitFor(text => text.trimEnd().endsWith('shell-ready>'), 'the shell prompt');
    expect(runCli(['feeds', 'list', '--data-dir', dir]).stdout).not.toContain('Demo');
  });
});

describe('without a terminal', () => {
  it('refuses to draw the dashboard into a pipe and points to the script-friendly commands', () => {
    const result = runCli(['--data-dir', newTempDir()]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('the dashboard needs a terminal');
  });
});
