// Feeds as they are in the wild, end to end: `talkwatch poll --once` over damaged, oddly encoded,
// old and sparse feeds of our own, then what the cache holds and what `feeds list` says.
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import iconv from 'iconv-lite';
import {afterEach, describe, expect, it} from 'vitest';
import {Cache} from '../../source/store/cache.js';
import {runCliAsync} from '../commands/run-cli-async.js';
import {runCli} from '../helpers/run-cli.js';
import {body, createFeedServer, type RunningServer} from '../helpers/feed-server.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {wildFixture} from './wild-fixture.js';

const tempDir = useTempDirs();
let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

type Followed = {name: string; url: string};

/** Follows the feeds, polls once, and returns the stored titles per feed and each feed's line in `feeds list`. */
async function pollOnce(feeds: Followed[]) {
  const dataDir = tempDir();
  writeFileSync(join(dataDir, 'config.json'), JSON.stringify({feeds: feeds.map(feed => ({...feed, intervalMinutes: 15, fulltext: 'never'}))}));
  const poll = await runCliAsync(['poll', '--once', '--no-fulltext', '--data-dir', dataDir]);
  const listing = runCli(['feeds', 'list', '--data-dir', dataDir]).stdout.split('\n');
  const cache = Cache.open(join(dataDir, 'cache.db'));
  // One article row may belong to several feeds (same link): asked for per feed.
  const stored = new Map(cache.feeds().map(feed => [feed.name, cache.latest({offset: 0, limit: 1000, feedId: feed.id}).map(article => [article.kicker, article.title].filter(Boolean).join(': ')).sort()]));
  cache.close();
  return {
    poll,
    titles: (name: string) => stored.get(name),
    status: (name: string) => listing.find(line => line.startsWith(`${name}  `))?.replace(/^.*every 15 min, fulltext never {2}/, '').replace(/ok \S+/, 'ok'),
  };
}

const file = (name: string): Followed => ({name, url: pathToFileURL(wildFixture(name)).href});

describe('poll --once over damaged, old and sparse feeds', () => {
  it('stores what each holds and shows in feeds list what was worked around or refused', async () => {
    const {poll, titles, status} = await pollOnce(
      ['unescaped-ampersand.xml', 'truncated.xml', 'broken-cdata.xml', 'damaged-no-items.xml', 'atom-xhtml.xml', 'rdf-prefixed.xml', 'atom-03.xml', 'rss-094.xml', 'sparse-items.xml', 'empty-rss.xml', 'xml-base.xml', 'unsafe-links.xml'].map(file),
    );
    expect(poll.status).toBe(1);
    expect(poll.stdout).toContain('unescaped-ampersand.xml: new 3 (recovered from malformed XML (line 7))');

    expect(titles('unescaped-ampersand.xml')).toEqual(['Dritte Meldung', 'Erste Meldung', 'Russland & Ukraine verhandeln']);
    expect(status('unescaped-ampersand.xml')).toBe('ok (recovered from malformed XML (line 7))');
    expect(titles('truncated.xml')).toEqual(['Erste Meldung', 'Zweite Meldung']);
    expect(status('truncated.xml')).toBe('ok (recovered from malformed XML (line 8))');
    expect(titles('broken-cdata.xml')).toEqual(['Erste Meldung', 'Zweite Meldung']);
    expect(status('broken-cdata.xml')).toMatch(/^ok \(recovered from malformed XML \(line \d+\)\)$/);

    expect(titles('damaged-no-items.xml')).toEqual([]);
    expect(status('damaged-no-items.xml')).toMatch(/^error: malformed XML: unclosed root tag \(line 6, column \d+\)$/);

    expect(titles('atom-xhtml.xml')).toEqual(['Gipfel in Genf', 'Waffenruhe verlängert']);
    expect(titles('rdf-prefixed.xml')).toEqual(['Gespräche in Genf', 'Treffen in Riad']);
    expect(titles('atom-03.xml')).toEqual(['Gespräche in Genf']);
    expect(titles('rss-094.xml')).toEqual(['Erste Meldung', 'Meldung neben dem Kanal']);
    expect(titles('sparse-items.xml')).toEqual(['2025-12-20 10:00 UTC', 'Die Außenminister beraten in Genf über eine Waffenruhe, die ab Montag gelten …', 'https://news.example/nur-link']);
    expect(titles('empty-rss.xml')).toEqual([]);
    expect(status('empty-rss.xml')).toBe('ok');
    expect(titles('xml-base.xml')).toEqual(['Relativ zum Eintrag', 'Relativ zum Feed']);
    expect(titles('unsafe-links.xml')).toEqual(['Datei', 'Daten', 'Sicher', 'Skript']);
    for (const name of ['atom-xhtml.xml', 'rdf-prefixed.xml', 'atom-03.xml', 'rss-094.xml', 'sparse-items.xml', 'xml-base.xml', 'unsafe-links.xml']) expect(status(name), name).toBe('ok');
  }, 30_000);
});

describe('poll --once over oddly encoded feeds', () => {
  const title = 'Gespräche in Genf – „Waffenruhe“';
  // Each feed links its item to an address of its own: the cache keeps one row per link.
  let links = 0;
  const document = (declaration: string | null, text = title) =>
    `<?xml version="1.0"${declaration ? ` encoding="${declaration}"` : ''}?>\n<rss version="2.0"><channel><title>Kodiert</title>\n<item><title>${text}</title><link>https://news.example/kodiert-${++links}</link></item></channel></rss>\n`;

  it('reads UTF-16 and UTF-32 with and without BOM, CJK charsets, and says when the label lied', async () => {
    const dir = tempDir();
    const write = (name: string, bytes: Uint8Array): Followed => {
      writeFileSync(join(dir, name), bytes);
      return {name, url: pathToFileURL(join(dir, name)).href};
    };
    const cjk = 'Gespraeche in Taipeh 台北';
    const feeds = [
      write('utf-16le-bom.xml', iconv.encode(document('UTF-16'), 'utf-16le', {addBOM: true})),
      write('utf-16be.xml', iconv.encode(document('UTF-16'), 'utf-16be')),
      write('utf-32le-bom.xml', iconv.encode(document('UTF-32'), 'utf-32le', {addBOM: true})),
      write('utf-32be.xml', iconv.encode(document(null), 'utf-32be')),
      write('big5.xml', iconv.encode(document('big5', cjk), 'big5')),
      write('euc-kr.xml', iconv.encode(document('euc-kr', 'Gespraeche in Seoul 서울'), 'euc-kr')),
      write('gb2312.xml', iconv.encode(document('gb2312', 'Gespraeche in Peking 北京'), 'gb2312')),
      write('utf-8-says-utf-16.xml', Buffer.from(document('UTF-16'))),
      write('latin1-says-utf-8.xml', iconv.encode(document('UTF-8'), 'windows-1252')),
    ];
    const {titles, status} = await pollOnce(feeds);
    for (const name of ['utf-16le-bom.xml', 'utf-16be.xml', 'utf-32le-bom.xml', 'utf-32be.xml']) {
      expect(titles(name), name).toEqual([title]);
      expect(status(name), name).toBe('ok');
    }
    expect(titles('big5.xml')).toEqual([cjk]);
    expect(titles('euc-kr.xml')).toEqual(['Gespraeche in Seoul 서울']);
    expect(titles('gb2312.xml')).toEqual(['Gespraeche in Peking 北京']);
    expect(titles('utf-8-says-utf-16.xml')).toEqual([title]);
    expect(status('utf-8-says-utf-16.xml')).toBe('ok (the document says UTF-16 but the bytes are UTF-8; read as UTF-8)');
    expect(titles('latin1-says-utf-8.xml')).toEqual([title]);
    expect(status('latin1-says-utf-8.xml')).toBe('ok (the document says UTF-8 but the bytes are not UTF-8; read as windows-1252)');
  }, 30_000);

  it('over HTTP, lets the header charset override the declaration, and reads a BOM over both', async () => {
    const builder = createFeedServer();
    builder.route('/header', body(iconv.encode(document('UTF-8'), 'windows-1252'), {'Content-Type': 'application/rss+xml; charset=windows-1252'}));
    builder.route('/bom', body(iconv.encode(document('ISO-8859-1'), 'utf-16le', {addBOM: true}), {'Content-Type': 'application/rss+xml; charset=ISO-8859-1'}));
    server = await builder.start();
    const {titles, status} = await pollOnce([{name: 'header', url: server.url('/header')}, {name: 'bom', url: server.url('/bom')}]);
    expect(titles('header')).toEqual([title]);
    expect(status('header')).toBe('ok');
    expect(titles('bom')).toEqual([title]);
    expect(status('bom')).toBe('ok (the HTTP header says ISO-8859-1 but the bytes are UTF-16LE (byte-order mark); read as UTF-16LE)');
  }, 30_000);
});
