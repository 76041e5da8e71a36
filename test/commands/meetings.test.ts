import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {MeetingRow} from '../../source/store/types.js';
import {rss} from '../feeds/poller-rss.js';
import {runCli} from '../helpers/run-cli.js';
import {writeGenfFeed} from '../helpers/genf-stream.js';
import {useTempDirs} from '../helpers/temp-dir.js';

const tempDir = useTempDirs();

/** A data folder with two polled articles: talks planned for next Monday, and talks held in March. */
function pollTwoArticles(): string {
  const dataDir = tempDir();
  writeFileSync(join(dataDir, 'config.json'), JSON.stringify({feeds: []}));
  const feed = join(dataDir, 'feed.xml');
  writeFileSync(
    feed,
    rss([
      {
        guid: 'geplant',
        title: 'Selenskyj will Rubio in Genf treffen',
        link: 'https://example.org/geplant',
        description: 'Der ukrainische Präsident Wolodymyr Selenskyj will am kommenden Montag in Genf mit US-Außenminister Marco Rubio über einen Friedensplan verhandeln.',
        pubDate: new Date(),
      },
      {
        guid: 'gehalten',
        title: 'Gespräche in Dschidda beendet',
        link: 'https://example.org/gehalten',
        description: 'Die Delegationen der USA und der Ukraine haben am Dienstag in Dschidda stundenlang über eine Waffenruhe verhandelt.',
        pubDate: new Date('2025-03-12T18:00:00Z'),
      },
    ]),
  );
  expect(runCli(['poll', '--once', '--no-fulltext', '--feed', feed, '--data-dir', dataDir]).status).toBe(0);
  return dataDir;
}

function meetingsJson(dataDir: string, ...flags: string[]): MeetingRow[] {
  const result = runCli(['meetings', '--json', ...flags, '--data-dir', dataDir]);
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as MeetingRow[];
}

type MeetingJson = MeetingRow & {reports: Array<{outlet: string; published: string; status: string; start: string | null; place: string | null}>};

describe('talkwatch meetings --json: one row per real meeting, with its history', () => {
  it('reads a stream of articles about one meeting into one row whose reports tell how it got there', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'config.json'), JSON.stringify({feeds: []}));
    const feed = writeGenfFeed(dataDir);
    expect(runCli(['poll', '--once', '--no-fulltext', '--feed', feed, '--data-dir', dataDir]).status).toBe(0);
    const rows = meetingsJson(dataDir) as MeetingJson[];
    const genf = rows.filter(row => row.place === 'Genf' || row.place === 'Schweiz');
    expect(genf).toHaveLength(1);
    expect(genf[0]).toMatchObject({place: 'Genf', start: '2026-03-12', status: 'held', shown: 'past'});
    const history = genf[0]!.reports.map(report => [report.outlet, report.status, report.start]);
    expect(history[0]).toEqual(['zeit.de', 'proposed', null]);
    expect(history[1]).toEqual(['tagesschau.de', 'planned', '2026-03-11']);
    expect(history).toContainEqual(['n-tv.de', 'planned', '2026-03-12']);
    expect(history.at(-1)).toEqual(['deutschlandfunk.de', 'held', '2026-03-12']);
    // Oldest first.
    const times = genf[0]!.reports.map(report => report.published);
    expect(times).toEqual([...times].sort());
  });
});

describe('talkwatch meetings and reindex', () => {
  it('lists meetings found while polling, upcoming first', () => {
    const dataDir = pollTwoArticles();
    const all = meetingsJson(dataDir);
    expect(all.map(meeting => [meeting.place, meeting.status])).toEqual([
      ['Genf', 'planned'],
      ['Dschidda', 'held'],
    ]);
    expect(all[0]?.participants).toEqual(expect.arrayContaining(['Wolodymyr Selenskyj', 'Marco Rubio']));
    expect(meetingsJson(dataDir, '--upcoming').map(meeting => meeting.place)).toEqual(['Genf']);
    const text = runCli(['meetings', '--data-dir', dataDir]).stdout.split('\n');
    expect(text[0]).toContain('Genf (Schweiz)');
    expect(text[0]).toContain('planned');
  });

  it('re-extracts the whole cache without duplicating what it found', () => {
    const dataDir = pollTwoArticles();
    const before = meetingsJson(dataDir);
    for (let run = 0; run < 2; run++) {
      const result = runCli(['reindex', '--data-dir', dataDir]);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^Re-extracted 2 articles in \d+\.\d+ s \([\d,]+ articles per second\)/);
    }
    // Ids stay: what follows a meeting (marks, alerts) still finds it after a reindex.
    expect(meetingsJson(dataDir)).toEqual(before);
  });

  it('says so when there are no meetings yet', () => {
    const dataDir = tempDir();
    expect(runCli(['meetings', '--data-dir', dataDir]).stdout).toMatch(/No meetings/);
    expect(meetingsJson(dataDir)).toEqual([]);
  });
});
