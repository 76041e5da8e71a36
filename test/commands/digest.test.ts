// `talkwatch digest` over a stream of our own articles: Genf proposed → planned → moved → held,
// Budapest planned → called off, Riad planned, and a football result that is none of it.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {Writable} from 'node:stream';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {digest, parseSince} from '../../source/commands/digest.js';
import type {Digest} from '../../source/follow/digest.js';
import {fullTime} from '../../source/ui/format/time.js';
import {rss} from '../feeds/poller-rss.js';
import {runCli} from '../helpers/run-cli.js';
import {useTempDirs} from '../helpers/temp-dir.js';

const tempDir = useTempDirs();
const NOW = new Date('2026-03-13T12:00:00+01:00');

const stream: Array<[string, string, string]> = [
  ['vorschlag', '2026-03-01T09:00:00+01:00', 'Selenskyj schlägt ein Treffen mit Rubio in der Schweiz vor. Ein Termin steht noch nicht fest.'],
  ['budapest-plan', '2026-03-03T09:00:00+01:00', 'Trump und Putin wollen sich am 20. März in Budapest treffen.'],
  ['genf-plan', '2026-03-05T09:00:00+01:00', 'Die Delegationen der USA und der Ukraine sollen sich am 11. März in Genf treffen, wie Selenskyj mitteilte.'],
  ['budapest-abgesagt', '2026-03-08T09:00:00+01:00', 'Trump hat das für den 20. März geplante Treffen mit Putin in Budapest abgesagt.'],
  ['genf-verschoben', '2026-03-10T09:00:00+01:00', 'Die Gespräche in Genf wurden auf Donnerstag verschoben. Selenskyj äußerte sich enttäuscht.'],
  ['genf-gehalten', '2026-03-12T18:00:00+01:00', 'In Genf verhandelten Umerow und Witkoff am Donnerstag stundenlang über eine Waffenruhe.'],
  ['riad', '2026-03-12T19:00:00+01:00', 'Die nächste Gesprächsrunde zwischen den USA und Russland soll am 20. März in Riad stattfinden.'],
  ['fussball', '2026-03-12T20:00:00+01:00', 'Bayern München gewinnt das Spitzenspiel gegen Dortmund mit 3:1.'],
];

// One cache for the whole file (polling it is the slow part); removed after the last test.
/** The first sentence as the headline (a date's "20. März" is no sentence end). */
const headline = (text: string) => text.split(/(?<=\.) (?=Ein Termin|Selenskyj äußerte)/)[0]!.replace(/\.$/, '');

let dataDir = '';
afterAll(() => rmSync(dataDir, {recursive: true, force: true}));
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'talkwatch-test-'));
  writeFileSync(join(dataDir, 'config.json'), JSON.stringify({feeds: []}));
  const feed = join(dataDir, 'feed.xml');
  const items = stream.map(([guid, published, text]) => ({guid, title: headline(text), link: `https://www.n-tv.de/politik/${guid}.html`, description: text, pubDate: new Date(published)}));
  writeFileSync(feed, rss(items));
  const polled = runCli(['poll', '--once', '--no-fulltext', '--feed', feed, '--data-dir', dataDir]);
  expect(polled.status, polled.stderr).toBe(0);
});

/** Runs the command in this process with "now" fixed; returns what it printed. */
async function run(options: Parameters<typeof digest>[1], now = NOW, terminal = false): Promise<string> {
  let out = '';
  const stdout = Object.assign(new Writable({write: (chunk, _encoding, done) => ((out += String(chunk)), done())}), {isTTY: terminal});
  const code = await digest({paths: {configDir: dataDir, cacheFile: join(dataDir, 'cache.db')}, stdout, stderr: stdout, now: () => now}, options);
  expect(code).toBe(0);
  return out;
}

describe('talkwatch digest', () => {
  it('since the plan: Genf moved and held with new people, Budapest called off, each with the report that said it and its link', async () => {
    const text = await run({since: '2026-03-06'});
    expect(text.split('\n')[0]).toBe('talkwatch digest since 06.03.2026 00:00: 1 new · 1 moved · 1 held · 1 called off · 1 with new people');
    expect(text).toMatch(/↻ talks in Genf · 12\.03\.2026 · held · .*Rustem Umerow, Steven Witkoff/);
    expect(text).toMatch(/moved: 11\.03\.2026 → 12\.03\.2026 \(n-tv\.de, 10\.03\. \d\d:00\)/);
    expect(text).toMatch(/planned → held \(n-tv\.de, 12\.03\. \d\d:00\)/);
    expect(text).toContain('https://www.n-tv.de/politik/genf-gehalten.html');
    expect(text).toMatch(/↻ talks in Budapest · 20\.03\.2026 · cancelled/);
    expect(text).toContain('planned → called off');
    // Riad is new since the 6th too, and coming within 14 days.
    expect(text).toMatch(/✦ new: talks in Riad/);
    expect(text).toMatch(/Upcoming in the next 14 days\n {2}talks in Riad · 20\.03\.2026 \(in 7 days\) · planned/);
    expect(text).toMatch(/Most named\n {2}.*Wolodymyr Selenskyj/);
    expect(text).not.toContain('Bayern');
    // The article that held the meeting reported the most.
    expect(text).toMatch(/Articles that reported most\n {2}12\.03\.2026 \d\d:00 n-tv\.de: In Genf verhandelten/);
  });

  it('before the stream every meeting is new', async () => {
    const json = JSON.parse(await run({since: '2026-02-20', json: true})) as Digest;
    expect(json.summary).toBe('3 new');
    expect(json.changed.map(entry => entry.meeting.place).sort()).toEqual(['Budapest', 'Genf', 'Riad']);
  });

  it('Markdown for mail: headings, bullets, links', async () => {
    const md = await run({since: '2026-03-06', markdown: true});
    expect(md.split('\n')[0]).toBe('# talkwatch digest since 06.03.2026 00:00: 1 new · 1 moved · 1 held · 1 called off · 1 with new people');
    expect(md).toContain('## New and changed meetings');
    expect(md).toContain('  - [n-tv.de](<https://www.n-tv.de/politik/genf-gehalten.html>)');
  });

  it('by default covers what arrived since the last digest: everything on the first run, nothing right after', async () => {
    // The articles arrived when the cache was polled (now), though published in March.
    const now = new Date();
    const first = await run({}, now);
    expect(first.split('\n')[0]).toBe(`talkwatch digest since ${fullTime(new Date(now.getTime() - 7 * 86_400_000).toISOString())}: 3 new`);
    const second = await run({}, new Date(now.getTime() + 60_000));
    expect(second).toContain('Nothing new.');
  });

  it('bold headings on a terminal, none with NO_COLOR', async () => {
    const saved = process.env['NO_COLOR'];
    try {
      delete process.env['NO_COLOR'];
      expect(await run({since: '2026-03-06'}, NOW, true)).toContain('\u001B[1mNew and changed meetings\u001B[22m');
      process.env['NO_COLOR'] = '1';
      expect(await run({since: '2026-03-06'}, NOW, true)).not.toContain('\u001B[');
    } finally {
      if (saved === undefined) delete process.env['NO_COLOR'];
      else process.env['NO_COLOR'] = saved;
    }
  });

  it('runs without a terminal: no colour codes, exit 0, "nothing new" on an empty cache', () => {
    const empty = tempDir();
    const result = runCli(['digest', '--data-dir', empty], {env: {...process.env, NO_COLOR: ''}});
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Nothing new.');
    expect(result.stdout).not.toContain('\u001B[');
  });

  it('refuses a --since it cannot read, naming it', () => {
    expect(() => parseSince('gestern', NOW)).toThrow('--since takes a span such as 24h or 7d, or a date such as 2025-11-12; "gestern" is neither');
    expect(parseSince('24h', NOW).toISOString()).toBe('2026-03-12T11:00:00.000Z');
    const result = runCli(['digest', '--since', 'bald', '--data-dir', tempDir()]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('talkwatch: --since takes a span such as 24h or 7d, or a date such as 2025-11-12; "bald" is neither\n');
  });
});
