// Feeds as they are in the wild: damaged, oddly encoded, old or sparse documents of our own
// (test/fixtures/wild/), read as a poll reads them (file → bytes → charset → parse).
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {FeedParseError, parseFeed} from '../../source/feeds/parse.js';
import type {ParsedFeed} from '../../source/feeds/types.js';
import {fetchResource} from '../../source/net/fetch-resource.js';
import {wildFixture} from './wild-fixture.js';


/** The fixture read and parsed as a poll does; `url` stands in for the address it was fetched from. */
async function read(name: string, url = 'https://news.example/feed.xml'): Promise<ParsedFeed & {charsetNote: string | null}> {
  const response = await fetchResource(wildFixture(name));
  if (response.status !== 'ok') throw new Error('a file always has a body');
  return {...(await parseFeed(response.body, url)), charsetNote: response.charsetNote ?? null};
}

async function refusal(name: string): Promise<string> {
  const outcome = await read(name).then(() => null, (error: unknown) => error);
  if (!(outcome instanceof FeedParseError)) throw new Error(`expected a FeedParseError, got ${String(outcome)}`);
  return outcome.reason;
}

const titles = (feed: ParsedFeed) => feed.items.map(item => item.title);

describe('markup in text constructs', () => {
  it('reads Atom type="xhtml" and type="html" titles, summaries and content as text', async () => {
    const feed = await read('atom-xhtml.xml');
    expect(feed).toMatchObject({title: 'Beispiel Nachrichten', note: null});
    expect(feed.items[0]).toMatchObject({title: 'Gipfel in Genf', url: 'https://news.example/genf', summary: 'Die Delegationen treffen sich am Montag.'});
    expect(feed.items[0]?.contentHtml).toContain('<p>Erster Absatz über die Gespräche.</p>');
    expect(feed.items[1]).toMatchObject({title: 'Waffenruhe verlängert', summary: 'Kurzmeldung.'});
  });

  it('reads inline markup in RSS titles and unescaped HTML in descriptions', async () => {
    const feed = await read('rss-inline-markup.xml');
    expect(feed.title).toBe('Beispiel Politik');
    expect(feed.items.map(item => [item.title, item.summary])).toEqual([
      ['Außenminister beraten über Waffenruhe', 'Die Gespräche gehen weiter. Mehr folgt.'],
      ['Zweite Meldung mit Umbruch', 'Kurz.'],
    ]);
    expect(feed.note).toBeNull();
  });
});

describe('well-formedness errors real feeds have', () => {
  it('decodes HTML entities without a DTD and uppercase &#X…; references, strictly', async () => {
    const feed = await read('entities.xml');
    expect(feed.title).toBe('Beispiel Politik');
    expect(titles(feed)).toEqual(['Café-Gespräche … in Genf', 'Große Runde „in Riad“']);
    expect(feed.items[0]?.summary).toBe('Der Außenminister sagte „ja“ – mehr nicht.');
    expect(feed.note).toBeNull();
  });

  it('recovers every item of a feed with an unescaped "&", and names the line', async () => {
    const feed = await read('unescaped-ampersand.xml');
    expect(titles(feed)).toEqual(['Erste Meldung', 'Russland & Ukraine verhandeln', 'Dritte Meldung']);
    expect(feed.items[1]).toMatchObject({url: 'https://news.example/b?id=2&seite=3', summary: 'Gespräche in Genf & Riad.'});
    expect(feed.note).toBe('recovered from malformed XML (line 7)');
  });

  it('keeps an undefined entity as text, expanding nothing', async () => {
    const feed = await read('undefined-entity.xml');
    expect(titles(feed)).toEqual(['Erste Meldung', 'Undefiniert &unbekannt; bleibt stehen']);
    expect(feed.note).toBe('recovered from malformed XML (line 7)');
  });

  it('keeps the items before an unclosed CDATA section', async () => {
    const feed = await read('broken-cdata.xml');
    expect(titles(feed)).toEqual(['Erste Meldung', 'Zweite Meldung']);
    expect(feed.note).toMatch(/^recovered from malformed XML \(line \d+\)$/);
  });

  it('keeps the whole items of a truncated download and drops the cut one', async () => {
    const feed = await read('truncated.xml');
    expect(titles(feed)).toEqual(['Erste Meldung', 'Zweite Meldung']);
    expect(feed.items[1]?.summary).toBe('Auch vollständig.');
    expect(feed.note).toBe('recovered from malformed XML (line 8)');
  });

  it('refuses a damaged feed without one whole item, naming line and column', async () => {
    expect(await refusal('damaged-no-items.xml')).toMatch(/^malformed XML: unclosed root tag \(line \d+, column \d+\)$/);
  });
});

describe('versions', () => {
  it('reads RSS 0.90 (RDF, items beside the channel)', async () => {
    const feed = await read('rss-090.xml');
    expect(feed.title).toBe('Beispiel 0.90');
    expect(feed.items.map(item => item.url)).toEqual(['https://news.example/090-a', 'https://news.example/090-b']);
  });

  it('reads RSS 0.91 Netscape (with its DTD, in ISO-8859-1) and UserLand', async () => {
    const netscape = await read('rss-091-netscape.xml');
    expect(netscape).toMatchObject({title: 'Beispiel 0.91 Netscape', charsetNote: null, note: null});
    expect(netscape.items[0]).toMatchObject({title: 'Gespräche in Genf', url: 'https://news.example/091n-a'});
    const userland = await read('rss-091-userland.xml');
    expect(userland.items.map(item => item.url)).toEqual(['https://news.example/091u-a', 'https://news.example/091u-b']);
  });

  it('reads RSS 0.92 and 0.94, items beside the channel included', async () => {
    expect((await read('rss-092.xml')).items).toHaveLength(2);
    const feed = await read('rss-094.xml');
    expect(feed.items.map(item => [item.title, item.url, item.published])).toEqual([
      ['Erste Meldung', 'https://news.example/094-a', '2025-12-20T10:00:00.000Z'],
      ['Meldung neben dem Kanal', 'https://news.example/094-b', null],
    ]);
    expect(feed.items[0]?.categories).toEqual(['Politik']);
  });

  it('reads RSS 1.0 under a non-default prefix', async () => {
    const feed = await read('rdf-prefixed.xml');
    expect(feed.title).toBe('Beispiel RDF');
    expect(feed.items.map(item => [item.title, item.url, item.published])).toEqual([
      ['Gespräche in Genf', 'https://news.example/rdf-a', '2025-12-20T09:00:00.000Z'],
      ['Treffen in Riad', 'https://news.example/rdf-b', null],
    ]);
  });

  it('reads Atom 0.3 with its issued date and escaped content', async () => {
    const feed = await read('atom-03.xml');
    expect(feed).toMatchObject({title: 'Beispiel Atom 0.3', link: 'https://news.example/'});
    expect(feed.items[0]).toMatchObject({title: 'Gespräche in Genf', url: 'https://news.example/a03-a', published: '2025-12-20T09:00:00.000Z', summary: 'Die Delegationen treffen sich.'});
  });
});

describe('sparse items and empty feeds', () => {
  it('keeps items without a title, named by their teaser, link or date, as newsboat does', async () => {
    const feed = await read('sparse-items.xml');
    expect(titles(feed)).toEqual(['Die Außenminister beraten in Genf über eine Waffenruhe, die ab Montag gelten …', 'https://news.example/nur-link', '2025-12-20 10:00 UTC']);
    expect(feed.items.every(item => item.kicker === null)).toBe(true);
  });

  it('titles an RSS 0.92 item that has only a description from its first words', async () => {
    const feed = await read('rss-092.xml');
    expect(feed.items[0]).toMatchObject({title: 'Selenskyj und Trump sprechen am Telefon über eine Waffenruhe und die nächste …', url: null, image: 'https://news.example/bild.jpg'});
  });

  it.each(['empty-channel.xml', 'empty-rss.xml', 'empty-feed.xml'])('reads %s as a feed with no items, not an error', async name => {
    const feed = await read(name);
    expect(feed.items).toEqual([]);
    expect(feed.note).toBeNull();
  });
});

describe('links', () => {
  it('resolves nested and relative xml:base', async () => {
    const feed = await read('xml-base.xml');
    expect(feed.link).toBe('https://news.example/politik/index.html');
    expect(feed.items.map(item => item.url)).toEqual(['https://news.example/politik/ausland/genf.html', 'https://news.example/archiv/riad.html']);
  });

  it('resolves relative links against the address the feed came from', async () => {
    const feed = await read('relative-links.xml', 'https://news.example/rss/politik.xml');
    expect(feed.link).toBe('https://news.example/');
    expect(feed.items.map(item => [item.url, item.image])).toEqual([
      ['https://news.example/politik/genf.html', 'https://news.example/rss/bilder/genf.jpg'],
      ['https://news.example/rss/riad.html', null],
    ]);
  });

  it('drops javascript:, data: and file: links but keeps their items', async () => {
    const feed = await read('unsafe-links.xml');
    expect(feed.link).toBeNull();
    expect(feed.items.map(item => [item.title, item.url])).toEqual([
      ['Skript', null],
      ['Daten', null],
      ['Datei', null],
      ['Sicher', 'https://news.example/sicher'],
    ]);
  });
});

describe('one mapping for both readings', () => {
  it('maps the n-tv snapshot from the recovering tree exactly as from the strict parse', async () => {
    const xml = readFileSync(new URL('../fixtures/ntv-startseite-2025-11-12.xml', import.meta.url), 'utf8');
    const strict = await parseFeed(xml, 'https://www.n-tv.de/rss');
    // xml:base (here the feed's own address, changing no link) is what rss-parser cannot map: the tree reads it.
    const tree = await parseFeed(xml.replace('<rss ', '<rss xml:base="https://www.n-tv.de/rss" '), 'https://www.n-tv.de/rss');
    expect(tree).toEqual(strict);
    expect(strict.items).toHaveLength(10);
  });

  it.each(['atom-xhtml.xml', 'entities.xml', 'rss-inline-markup.xml', 'rss-091-userland.xml', 'rss-092.xml', 'atom-03.xml', 'relative-links.xml', 'unsafe-links.xml', 'sparse-items.xml'])(
    'maps %s from the recovering tree exactly as from the strict parse',
    async name => {
      const url = 'https://news.example/rss/feed.xml';
      const strict = await read(name, url);
      const xml = readFileSync(wildFixture(name), 'utf8').replace(/<(rss|feed) /, `<$1 xml:base="${url}" `);
      expect(await parseFeed(xml, url)).toEqual({...strict, charsetNote: undefined});
    },
  );
});
