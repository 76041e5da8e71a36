import {describe, expect, it} from 'vitest';
import {FeedParseError} from '../../source/feeds/feed-parse-error.js';
import {parseOpml, toOpml} from '../../source/feeds/opml.js';

const feeds = [
  {url: 'https://www.n-tv.de/rss', name: 'n-tv Startseite'},
  {url: 'https://news.example/feed?ressort=politik&format=rss', name: 'Politik & „Diplomatie“ <international>'},
];

describe('OPML', () => {
  it('round-trips feeds with names and URLs that need escaping', () => {
    const xml = toOpml(feeds, new Date('2025-12-20T20:16:00Z'));
    expect(xml).toContain('<opml version="2.0">');
    expect(xml).toContain('<dateCreated>Sat, 20 Dec 2025 20:16:00 GMT</dateCreated>');
    expect(parseOpml(xml)).toEqual(feeds);
  });

  it('reads nested folders and skips outlines without a feed URL', () => {
    const xml = `<?xml version="1.0"?><opml version="1.0"><head><title>Export</title></head><body>
      <outline text="Nachrichten">
        <outline text="Tagesschau" type="rss" xmlUrl="https://tagesschau.example/xml/rss2"/>
        <outline text="Ausland"><outline type="rss" xmlUrl="https://dlf.example/ausland.xml"/></outline>
      </outline>
      <outline text="Nur eine Website" htmlUrl="https://example.org/"/>
      <outline text="Doppelt" xmlUrl="https://tagesschau.example/xml/rss2"/>
    </body></opml>`;
    expect(parseOpml(xml)).toEqual([
      {url: 'https://tagesschau.example/xml/rss2', name: 'Tagesschau'},
      {url: 'https://dlf.example/ausland.xml', name: null},
    ]);
  });

  it('refuses documents that are not OPML', () => {
    expect(() => parseOpml('<html><body>Kein OPML</body></html>')).toThrow(new FeedParseError('not an OPML file (no <opml> element)'));
    expect(() => parseOpml('das ist kein XML')).toThrow(FeedParseError);
    expect(() => parseOpml('<opml version="2.0"><head/></opml>')).toThrow('invalid OPML: no <body> element');
  });

  it('removes control sequences from imported names', () => {
    const xml = '<opml version="2.0"><body><outline text="Feed\u001B]8;;https://evil.example/\u0007Name" xmlUrl="https://news.example/f"/></body></opml>';
    expect(parseOpml(xml)).toEqual([{url: 'https://news.example/f', name: 'FeedName'}]);
  });
});
