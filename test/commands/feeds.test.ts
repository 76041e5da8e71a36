import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {describe, expect, it} from 'vitest';
import {rss, teaser} from '../feeds/poller-rss.js';
import {wildFixture} from '../feeds/wild-fixture.js';
import {runCli} from '../helpers/run-cli.js';
import {useTempDirs} from '../helpers/temp-dir.js';

const tempDir = useTempDirs();

type Listed = {url: string; name: string; intervalMinutes: number; fulltext: string};

/** A data folder whose followed feeds start empty (not the package defaults). */
function emptyDataDir(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'config.json'), JSON.stringify({feeds: []}));
  return dir;
}

function listed(dataDir: string): Listed[] {
  return JSON.parse(runCli(['feeds', 'list', '--json', '--data-dir', dataDir]).stdout) as Listed[];
}

describe('talkwatch feeds', () => {
  it('follows the default feeds on first run', () => {
    const feeds = listed(tempDir());
    expect(feeds.length).toBeGreaterThan(0);
    expect(feeds.every(feed => feed.url.startsWith('https://'))).toBe(true);
  });

  it('adds a local feed under its title, lists it and removes it by name', () => {
    const dataDir = emptyDataDir();
    const file = join(dataDir, 'eigener-feed.xml');
    writeFileSync(file, rss([teaser(1, 'https://example.org/1')]));
    const added = runCli(['feeds', 'add', file, '--interval', '30', '--fulltext', 'never', '--data-dir', dataDir]);
    expect(added.status).toBe(0);
    expect(listed(dataDir)).toEqual([expect.objectContaining({url: pathToFileURL(file).href, name: 'Testfeed', intervalMinutes: 30, fulltext: 'never'})]);
    expect(runCli(['feeds', 'add', file, '--data-dir', dataDir]).status).toBe(2);
    const removed = runCli(['feeds', 'remove', 'testfeed', '--data-dir', dataDir]);
    expect(removed.status).toBe(0);
    expect(listed(dataDir)).toEqual([]);
    expect(runCli(['feeds', 'remove', 'Testfeed', '--data-dir', dataDir]).status).toBe(2);
  });

  it('refuses what is not a feed, with one line and exit code 2, and follows nothing', () => {
    const dataDir = emptyDataDir();
    const page = join(dataDir, 'seite.html');
    writeFileSync(page, '<!doctype html><html><body><p>Keine Nachrichten hier.</p></body></html>');
    for (const target of [page, 'kein-url', 'ftp://example.org/feed', join(dataDir, 'fehlt.xml')]) {
      const result = runCli(['feeds', 'add', target, '--data-dir', dataDir]);
      expect(result.status, target).toBe(2);
      expect(result.stderr.trim().split('\n'), target).toHaveLength(1);
    }
    expect(runCli(['feeds', 'add', page, '--data-dir', dataDir]).stderr).toMatch(/HTML page/);
    expect(listed(dataDir)).toEqual([]);
  });

  it('follows a damaged feed that still has items, saying so, and refuses one without any, naming line and column', () => {
    const dataDir = emptyDataDir();
    const damaged = wildFixture('unescaped-ampersand.xml');
    const added = runCli(['feeds', 'add', damaged, '--data-dir', dataDir]);
    expect(added.status).toBe(0);
    expect(added.stdout).toBe(`Following Beispiel Politik (${pathToFileURL(damaged).href}); recovered from malformed XML (line 7)\n`);
    const refused = runCli(['feeds', 'add', wildFixture('damaged-no-items.xml'), '--data-dir', dataDir]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^talkwatch: cannot add \S+: malformed XML: unclosed root tag \(line 6, column \d+\)\n$/);
  });

  it('adds without fetching with --no-check', () => {
    const dataDir = emptyDataDir();
    const result = runCli(['feeds', 'add', 'https://feeds.example.invalid/rss', '--no-check', '--name', 'Später', '--data-dir', dataDir]);
    expect(result.status).toBe(0);
    expect(listed(dataDir).map(feed => feed.name)).toEqual(['Später']);
  });

  it('imports an OPML file and exports the feeds as OPML again', () => {
    const dataDir = emptyDataDir();
    const opml = join(dataDir, 'abos.opml');
    writeFileSync(
      opml,
      `<?xml version="1.0"?><opml version="2.0"><head><title>Abos</title></head><body>
        <outline text="Politik"><outline text="n-tv Politik" type="rss" xmlUrl="https://www.n-tv.de/politik/rss"/></outline>
        <outline text="tagesschau &amp; mehr" type="rss" xmlUrl="https://www.tagesschau.de/xml/rss2/"/>
      </body></opml>`,
    );
    const imported = runCli(['feeds', 'import', opml, '--data-dir', dataDir]);
    expect(imported.status).toBe(0);
    expect(listed(dataDir).map(feed => feed.name).sort()).toEqual(['n-tv Politik', 'tagesschau & mehr']);
    // Importing again adds nothing twice.
    runCli(['feeds', 'import', opml, '--data-dir', dataDir]);
    expect(listed(dataDir)).toHaveLength(2);

    const exported = runCli(['feeds', 'export', '--data-dir', dataDir]);
    expect(exported.status).toBe(0);
    const roundTrip = emptyDataDir();
    const file = join(roundTrip, 'export.opml');
    writeFileSync(file, exported.stdout);
    runCli(['feeds', 'import', file, '--data-dir', roundTrip]);
    expect(listed(roundTrip).map(({url, name}) => ({url, name}))).toEqual(listed(dataDir).map(({url, name}) => ({url, name})));
  });

  it('refuses an OPML file that is missing or not OPML', () => {
    const dataDir = emptyDataDir();
    const notOpml = join(dataDir, 'feed.xml');
    writeFileSync(notOpml, rss([]));
    for (const file of [notOpml, join(dataDir, 'fehlt.opml')]) {
      const result = runCli(['feeds', 'import', file, '--data-dir', dataDir]);
      expect(result.status, file).toBe(2);
      expect(result.stderr, file).toContain(file);
    }
    expect(readFileSync(join(dataDir, 'config.json'), 'utf8')).toBe(JSON.stringify({feeds: []}));
  });
});
