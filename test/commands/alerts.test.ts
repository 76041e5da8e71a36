// `talkwatch alerts on|off` and the alert lines of `poll` after a round that changed a meeting.
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {rss, type TestItem} from '../feeds/poller-rss.js';
import {runCli} from '../helpers/run-cli.js';
import {useTempDirs} from '../helpers/temp-dir.js';

const tempDir = useTempDirs();

const item = (guid: string, published: string, text: string): TestItem => ({guid, title: text.replace(/\.$/, ''), link: `https://www.n-tv.de/politik/${guid}.html`, description: text, pubDate: new Date(published)});
const planned = item('riad', '2026-03-05T09:00:00+01:00', 'Die Delegationen der USA und Russlands sollen sich am 20. März in Riad treffen.');
const moved = item('riad-verschoben', '2026-03-10T09:00:00+01:00', 'Die Gespräche in Riad wurden auf den 24. März verschoben.');

function pollWith(dataDir: string, items: TestItem[]) {
  const feed = join(dataDir, 'feed.xml');
  writeFileSync(feed, rss(items));
  // No notify-send here: PATH holds only node's folder, so the test never shows a desktop notification.
  const result = runCli(['poll', '--once', '--no-fulltext', '--feed', feed, '--data-dir', dataDir], {env: {...process.env, PATH: join(process.execPath, '..')}});
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

describe('talkwatch alerts', () => {
  it('is off until turned on; on and off are saved as a setting', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'config.json'), JSON.stringify({feeds: []}));
    expect(runCli(['alerts', '--data-dir', dataDir]).stdout).toBe('Alerts are off. talkwatch alerts on turns them on.\n');
    const on = runCli(['alerts', 'on', '--osc9', '--data-dir', dataDir]);
    expect(on.stdout).toMatch(/^Alerts are on: a line after each poll, the terminal bell, OSC 9 in any terminal/);
    expect(JSON.parse(readFileSync(join(dataDir, 'config.json'), 'utf8'))).toMatchObject({alerts: true, alertOsc9: true});
    runCli(['alerts', 'off', '--data-dir', dataDir]);
    expect(JSON.parse(readFileSync(join(dataDir, 'config.json'), 'utf8'))).toMatchObject({alerts: false, alertOsc9: true});
    const wrong = runCli(['alerts', 'maybe', '--data-dir', dataDir]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toBe('talkwatch: alerts takes on or off, not "maybe"\n');
  });

  it('poll says what a round changed, one line per meeting, only when alerts are on', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'config.json'), JSON.stringify({feeds: []}));
    expect(pollWith(dataDir, [planned])).not.toContain('alert:');
    runCli(['alerts', 'on', '--data-dir', dataDir]);
    const after = pollWith(dataDir, [planned, moved]);
    expect(after.split('\n').filter(line => line.startsWith('alert:'))).toEqual(['alert: Moved: Talks in Riad, now 24.03.2026']);
    // Piped: no bell, no escape sequences.
    expect(after).not.toMatch(/[\u0007\u001B]/);
  });
});
