// `talkwatch meetings --ics` and `poll --ics-out`: the calendar file a calendar app subscribes to.
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import ICAL from 'ical.js';
import {describe, expect, it} from 'vitest';
import {rss, type TestItem} from '../feeds/poller-rss.js';
import {runCli} from '../helpers/run-cli.js';
import {useTempDirs} from '../helpers/temp-dir.js';

const tempDir = useTempDirs();

const item = (guid: string, published: string, text: string): TestItem => ({guid, title: text.replace(/\.$/, ''), link: `https://www.n-tv.de/politik/${guid}.html`, description: text, pubDate: new Date(published)});

const first = [
  item('riad', '2026-03-05T09:00:00+01:00', 'Die Delegationen der USA und Russlands sollen sich am 20. März in Riad treffen.'),
  item('budapest', '2026-03-06T09:00:00+01:00', 'Trump und Putin wollen sich im April in Budapest treffen.'),
];
const moved = item('riad-verschoben', '2026-03-10T09:00:00+01:00', 'Die Gespräche in Riad wurden auf den 24. März verschoben.');

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map(component => {
    const event = new ICAL.Event(component);
    return {uid: event.uid, summary: event.summary, start: event.startDate.toString(), sequence: event.sequence};
  });
}

function poll(dataDir: string, items: TestItem[], ...flags: string[]) {
  const feed = join(dataDir, 'feed.xml');
  writeFileSync(feed, rss(items));
  const result = runCli(['poll', '--once', '--no-fulltext', '--feed', feed, '--data-dir', dataDir, ...flags]);
  expect(result.status, result.stderr).toBe(0);
}

describe('the calendar', () => {
  it('meetings --ics prints the meetings dated to the day, with the same UIDs on every run', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'config.json'), JSON.stringify({feeds: []}));
    poll(dataDir, first);
    const once = runCli(['meetings', '--ics', '--data-dir', dataDir]);
    expect(once.status).toBe(0);
    const parsed = events(once.stdout);
    // Budapest "im April" is only a month: left out.
    expect(parsed.map(event => [event.summary, event.start])).toEqual([['Talks in Riad', '2026-03-20']]);
    expect(parsed[0]?.uid).toMatch(/^meeting-\d+@talkwatch$/);
    expect(events(runCli(['meetings', '--ics', '--data-dir', dataDir]).stdout).map(event => event.uid)).toEqual(parsed.map(event => event.uid));
    expect(runCli(['meetings', '--ics', '--json', '--data-dir', dataDir]).stderr).toBe('talkwatch: choose one of --ics and --json\n');
  });

  it('poll --ics-out rewrites the file after the round: a move keeps the UID and raises SEQUENCE', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'config.json'), JSON.stringify({feeds: []}));
    const file = join(dataDir, 'talks.ics');
    poll(dataDir, first, '--ics-out', file);
    const before = events(readFileSync(file, 'utf8'));
    poll(dataDir, [...first, moved], '--ics-out', file);
    const after = events(readFileSync(file, 'utf8'));
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({uid: before[0]?.uid, start: '2026-03-24'});
    expect(after[0]!.sequence).toBeGreaterThan(before[0]!.sequence);
    // Written beside the target and renamed: no temporary file is left behind.
    expect(existsSync(join(dataDir, `.talks.ics.${process.pid}.tmp`))).toBe(false);
  });

  it('the icsFile setting does the same for every poll; a folder that does not exist is reported, the poll still succeeds', () => {
    const dataDir = tempDir();
    const file = join(dataDir, 'missing', 'talks.ics');
    writeFileSync(join(dataDir, 'config.json'), JSON.stringify({feeds: [], icsFile: file}));
    const feed = join(dataDir, 'feed.xml');
    writeFileSync(feed, rss(first));
    const result = runCli(['poll', '--once', '--no-fulltext', '--feed', feed, '--data-dir', dataDir]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(new RegExp(`^talkwatch: cannot write the calendar ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ENOENT`));
  });
});
