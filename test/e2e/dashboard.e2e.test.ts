// The dashboard in a real terminal: tmux runs the built CLI, send-keys types, capture-pane reads
// the screen. Feeds are local files, so nothing here touches the network.
import {spawnSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {cliPath, runCli} from '../helpers/run-cli.js';
import {useTempDirs} from '../helpers/temp-dir.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux) console.warn('dashboard e2e skipped: tmux is not installed');

const newTempDir = useTempDirs();
const socket = `talkwatch-e2e-${process.pid}`;
const tmux = (...args: string[]) => spawnSync('tmux', ['-L', socket, ...args], {encoding: 'utf8'});
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
const waitForText = (text: string) => waitFor(screen => screen.includes(text), JSON.stringify(text));

/** Long enough (over 600 characters) that the poller takes it as full text and fetches no page. */
const body = (topic: string) =>
  Array.from({length: 14}, (_, i) => i + 1).map(n => `<p>Absatz ${n} über ${topic}: Die Unterhändler trafen sich erneut, um über die nächsten Schritte zu beraten. Ein Ergebnis wurde für den späten Abend erwartet.</p>`).join('');

function feedXml(title: string, items: Array<{slug: string; title: string; hoursAgo: number}>): string {
  const entries = items.map(
    item => `<item><title>${item.title}</title><link>https://e2e.talkwatch.invalid/${item.slug}</link><guid>${item.slug}</guid>
<pubDate>${new Date(Date.now() - item.hoursAgo * 3_600_000).toUTCString()}</pubDate><description>Kurz.</description>
<content:encoded><![CDATA[${body(item.title)}]]></content:encoded></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${title}</title><link>https://e2e.talkwatch.invalid/</link>${entries.join('\n')}</channel></rss>`;
}

function seededDataDir(): {dir: string; extraFeed: string} {
  const dir = newTempDir();
  const feed = join(dir, 'erster-feed.xml');
  writeFileSync(
    feed,
    feedXml('Erster Feed', [
      {slug: 'a1', title: 'Waffenruhe: Gespräche beginnen am Morgen', hoursAgo: 1},
      {slug: 'a2', title: 'Sanktionen: EU berät neues Paket', hoursAgo: 2},
      {slug: 'a3', title: 'Genf: Delegationen reisen an', hoursAgo: 3},
      {slug: 'a4', title: 'Wiederaufbau: Brücke über den Dnipro eröffnet', hoursAgo: 4},
    ]),
  );
  const extraFeed = join(dir, 'zweiter-feed.xml');
  writeFileSync(extraFeed, feedXml('Zweiter Feed', [{slug: 'b1', title: 'Zweiter Feed meldet Gefangenenaustausch', hoursAgo: 5}]));
  // Only our local feed: the default feeds would need the network.
  writeFileSync(join(dir, 'config.json'), JSON.stringify({feeds: [{url: `file://${feed}`, name: 'Erster Feed', interval: 60, fulltext: 'never'}]}));
  const seeded = runCli(['poll', '--once', '--data-dir', dir]);
  if (seeded.status !== 0) throw new Error(`seeding the cache failed: ${seeded.stdout}${seeded.stderr}`);
  return {dir, extraFeed};
}

describe.skipIf(!hasTmux)('dashboard in a real terminal', () => {
  it('shows the panes, opens and scrolls an article, searches, adds a feed and quits to the shell', {timeout: 60_000}, async () => {
    const {dir, extraFeed} = seededDataDir();
    tmux('new-session', '-d', '-s', 'e2e', '-x', '160', '-y', '30', `env PS1='shell-ready> ' TERM=xterm-256color sh`);
    await waitForText('shell-ready>');
    type(`node ${cliPath} --data-dir ${dir}`);
    send('Enter');

    const first = await waitForText('1 Latest (4)');
    expect(first.split('\n')[0]).toMatch(/1 Latest \(4\).*2 Actors.*3 Meetings/);

    send('j');
    send('j');
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

    send('q');
    const after = await waitFor(text => text.trimEnd().endsWith('shell-ready>'), 'the shell prompt');
    expect(after).not.toContain('1 Latest');
  });
});
