import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {FeedParseError, parseFeed} from '../../source/feeds/parse.js';
import {decodeWindows1252} from '../../source/net/windows-1252.js';

const ntvSnapshot = readFileSync(new URL('../fixtures/ntv-startseite-2025-11-12.xml', import.meta.url), 'utf8');

function rss(items: string, channel = '<title>Testfeed</title><link>https://news.example/</link>'): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>${channel}${items}</channel></rss>`;
}

async function parseError(xml: string): Promise<FeedParseError> {
  const error = await parseFeed(xml, 'https://news.example/feed').then(() => null, (error: unknown) => error);
  if (!(error instanceof FeedParseError)) throw new Error(`expected a FeedParseError, got ${String(error)}`);
  return error;
}

describe('parseFeed on the n-tv front-page snapshot', () => {
  it('reads all ten items with their kickers split from the headlines', async () => {
    const feed = await parseFeed(ntvSnapshot, 'https://www.n-tv.de/rss');
    expect(feed).toMatchObject({title: 'n-tv.de - Startseite', link: 'https://www.n-tv.de/', ttlMinutes: 5});
    expect(feed.items).toHaveLength(10);
    expect(feed.items[0]).toMatchObject({
      guid: 'https://www.n-tv.de/politik/Ukrainischer-Justizminister-Haluschtschenko-suspendiert-id30010646.html',
      url: 'https://www.n-tv.de/politik/Ukrainischer-Justizminister-Haluschtschenko-suspendiert-id30010646.html',
      kicker: 'Korruptionsskandal erschüttert Kiew',
      title: 'Ukrainischer Justizminister Haluschtschenko suspendiert',
      published: '2025-11-12T06:55:21.000Z',
      categories: ['Politik'],
    });
    expect(feed.items[0]?.summary).toMatch(/^Der Skandal schlägt hohe Wellen: .* Verdächtigen\.$/);
    expect(feed.items[0]?.image).toMatch(/^https:\/\/www\.n-tv\.de\/img\/.*\.jpg$/);
    expect(feed.items[0]?.contentHtml).toContain('<img');
  });

  it('splits only at the first ": " and keeps quoted kickers', async () => {
    const {items} = await parseFeed(ntvSnapshot, 'https://www.n-tv.de/rss');
    const newsom = items.find(item => item.title.startsWith('Gouverneur Newsom'));
    expect(newsom).toMatchObject({kicker: '"Menschen müssen sich wehren"', title: 'Gouverneur Newsom: Lasst euch nicht von Trump einschüchtern'});
    expect(items.every(item => item.kicker !== null)).toBe(true);
  });
});

describe('parseFeed normalisation', () => {
  it('leaves a title without a kicker-like prefix whole', async () => {
    const {items} = await parseFeed(
      rss(`<item><title>Selenskyj sagt, er sei bereit. Aber nur unter einer Bedingung: Sicherheitsgarantien</title><link>https://news.example/a</link></item>
           <item><title>Gipfel in Genf</title><link>https://news.example/b</link></item>`),
      'https://news.example/feed',
    );
    expect(items.map(item => [item.kicker, item.title])).toEqual([
      [null, 'Selenskyj sagt, er sei bereit. Aber nur unter einer Bedingung: Sicherheitsgarantien'],
      [null, 'Gipfel in Genf'],
    ]);
  });

  it('strips tracking parameters and fragments and resolves relative links', async () => {
    const {items} = await parseFeed(
      rss(`<item><title>A</title><link>/politik/Gespraeche-id1.html?utm_source=rss&amp;utm_medium=feed&amp;page=2#kommentare</link></item>
           <item><title>B</title><link>https://news.example/b?fbclid=xyz&amp;gclid=abc</link></item>`),
      'https://news.example/rss/politik.xml',
    );
    expect(items.map(item => item.url)).toEqual(['https://news.example/politik/Gespraeche-id1.html?page=2', 'https://news.example/b']);
  });

  it('turns HTML teasers into plain text with entities decoded', async () => {
    const {items} = await parseFeed(
      rss(`<item><title>Treffen &amp; Gespräche</title><link>https://news.example/a</link>
           <description>&lt;p&gt;Die USA schlagen ein &lt;b&gt;trilaterales&lt;/b&gt; Treffen vor &amp;ndash; &amp;bdquo;Amerika, Ukraine, Russland&amp;ldquo;.&lt;/p&gt;</description></item>`),
      'https://news.example/feed',
    );
    expect(items[0]).toMatchObject({title: 'Treffen & Gespräche', summary: 'Die USA schlagen ein trilaterales Treffen vor – „Amerika, Ukraine, Russland“.'});
  });

  it('accepts HTML named entities that strict XML would reject', async () => {
    const {items} = await parseFeed(rss('<item><title>Gespr&auml;che&nbsp;in &bdquo;Genf&ldquo;</title><link>https://news.example/a</link></item>'), 'https://news.example/feed');
    expect(items[0]?.title).toBe('Gespräche in „Genf“');
  });

  it('gives items without guid, link or date a stable guid and a null date', async () => {
    const xml = rss('<item><title>Waffenruhe verkündet</title><description>Kurzmeldung ohne Link.</description></item><item><title>B</title><pubDate>nicht ein Datum</pubDate><link>https://news.example/b</link></item>');
    const first = await parseFeed(xml, 'https://news.example/feed');
    const second = await parseFeed(xml, 'https://news.example/feed');
    expect(first.items[0]).toMatchObject({url: null, published: null, title: 'Waffenruhe verkündet'});
    expect(first.items[0]?.guid).toMatch(/^sha1:[0-9a-f]{40}$/);
    expect(second.items[0]?.guid).toBe(first.items[0]?.guid);
    expect(first.items[1]).toMatchObject({guid: 'https://news.example/b', published: null});
  });

  it('keeps only the first of items sharing a guid', async () => {
    const {items} = await parseFeed(
      rss('<item><guid>x1</guid><title>Neu</title></item><item><guid>x1</guid><title>Alt</title></item><item><guid>x2</guid><title>Anderes</title></item>'),
      'https://news.example/feed',
    );
    expect(items.map(item => [item.guid, item.title])).toEqual([['x1', 'Neu'], ['x2', 'Anderes']]);
  });

  it('reads Atom with German zone names and a bad date that only loses that date', async () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom-Test</title>
      <entry><id>urn:a</id><title>Verhandlungen: Witkoff reist nach Moskau</title><link rel="alternate" href="https://news.example/a"/>
        <published>2025-12-20T21:16:00+01:00</published><summary>Kurz.</summary><category term="Diplomatie"/></entry>
      <entry><id>urn:b</id><title>B</title><updated>morgen</updated><content type="html">&lt;p&gt;Text&lt;/p&gt;</content></entry></feed>`;
    const feed = await parseFeed(atom, 'https://news.example/atom');
    expect(feed.items[0]).toMatchObject({guid: 'urn:a', kicker: 'Verhandlungen', title: 'Witkoff reist nach Moskau', published: '2025-12-20T20:16:00.000Z', categories: ['Diplomatie'], summary: 'Kurz.'});
    expect(feed.items[1]).toMatchObject({guid: 'urn:b', published: null, contentHtml: '<p>Text</p>', summary: 'Text'});
  });

  it('reads RSS 1.0 (RDF) and RSS 0.91', async () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://news.example/"><title>RDF</title><link>https://news.example/</link></channel>
      <item rdf:about="https://news.example/r1"><title>Eins</title><link>https://news.example/r1</link><dc:date>2025-12-20T10:00:00Z</dc:date></item></rdf:RDF>`;
    expect((await parseFeed(rdf, 'https://news.example/rdf')).items[0]).toMatchObject({url: 'https://news.example/r1', published: '2025-12-20T10:00:00.000Z'});
    const old = '<rss version="0.91"><channel><title>Alt</title><item><title>Zwei</title><link>https://news.example/r2</link></item></channel></rss>';
    expect((await parseFeed(old, 'https://news.example/old')).items[0]?.url).toBe('https://news.example/r2');
  });

  it('strips control sequences from every field, raw or as character references', async () => {
    const {title, items} = await parseFeed(
      rss(
        '<item><title>Kiew\u001B[31m: Angriff\u001B]8;;https://evil.example/\u0007</title><description>Text&#x202E;umgedreht&#x1B;]52;c;Z2VoZWlt&#7;</description><link>https://news.example/a</link><category>Pol\u001B[2Jitik</category></item>',
        '<title>Feed\u001B]0;Titel\u0007</title>',
      ),
      'https://news.example/feed',
    );
    expect(title).toBe('Feed');
    expect(items[0]).toMatchObject({kicker: 'Kiew', title: 'Angriff', summary: 'Textumgedreht', categories: ['Politik']});
  });

  it('refuses javascript: links', async () => {
    const {items} = await parseFeed(rss('<item><title>X</title><link>javascript:alert(1)</link><guid>g</guid></item>'), 'https://news.example/feed');
    expect(items[0]?.url).toBeNull();
  });
});

describe('parseFeed errors', () => {
  it('reads the items of malformed XML again, with a note naming the line of the damage', async () => {
    const feed = await parseFeed(rss('<item><title>Offen</item>\n<item><title>Zu</title><link>https://news.example/zu</link></item>'), 'https://news.example/feed');
    expect(feed.items.map(item => item.title)).toEqual(['Offen', 'Zu']);
    expect(feed.note).toBe('recovered from malformed XML (line 1)');
  });

  it('reports malformed XML without one whole item with its position', async () => {
    const error = await parseError('<rss version="2.0"><channel><title>T</title>\n<item><title>Abgeschni');
    expect(error.reason).toMatch(/^malformed XML: unclosed root tag \(line 2, column \d+\)$/);
  });

  it('gives the column only where the line reads as sent (entities before it move the count)', async () => {
    const shifted = await parseError('<rss version="2.0"><channel><title>T</title>\n<item><title>Caf&eacute;&hellip; abgeschni');
    expect(shifted.reason).toBe('malformed XML: unclosed root tag (line 2)');
    const exact = await parseError('<rss version="2.0"><channel><title>T</title>\n<foo></bar>');
    expect(exact.reason).toBe('malformed XML: unexpected close tag (line 2, column 11)');
  });

  it('names no program error for documents rss-parser cannot map', async () => {
    for (const xml of ['<rss version="2.0"></rss>', '<rss><channel><title type="xhtml"><div>T</div></title></channel></rss>', '<feed><title><div>x</div></title></feed>']) {
      const feed = await parseFeed(xml, 'https://news.example/feed');
      expect(feed.items).toEqual([]);
    }
    for (const xml of ['<html-fragment>nein</html-fragment>', '<?xml version="1.0"?><rss', 'kein XML & kein Feed']) {
      expect((await parseError(xml)).reason).toMatch(/^(not an RSS or Atom feed|malformed XML: [a-z][^()]* \(line \d+, column \d+\))$/);
    }
  });

  it('refuses an HTML page', async () => {
    expect((await parseError('<!DOCTYPE html><html><head><title>n-tv</title></head><body>Nachrichten</body></html>')).reason).toBe('this is an HTML page, not a feed');
    for (const page of ['<head><meta charset="utf-8"><title>Anmelden</title></head><body><p>Bitte anmelden &amp; weiter', '\n<body><p>Keine Nachrichten<br></body>']) {
      expect((await parseError(page)).reason).toBe('this is an HTML page, not a feed');
    }
  });

  it('refuses XML that is not a feed, and an empty document', async () => {
    expect((await parseError('<?xml version="1.0"?><config><a>1</a></config>')).reason).toBe('not an RSS or Atom feed');
    expect((await parseError('  ')).reason).toBe('empty document, not a feed');
  });
});

describe('a feed whose publisher stored UTF-8 text as Windows-1252', () => {
  // What a CMS makes of "Präsident empfängt … im Weißen Haus" when it reads UTF-8 bytes as Windows-1252
  // ("WeiÃŸen"), or as ISO-8859-1, where "ß" becomes "Ã" and a C1 control.
  const asWindows1252 = (text: string) => decodeWindows1252(new TextEncoder().encode(text));
  const asLatin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

  it.each([
    ['Windows-1252', asWindows1252],
    ['ISO-8859-1', asLatin1],
  ])('reads title, teaser and content read as %s back as written, so Latest, search and the reader show the umlauts', async (_, garble) => {
    const title = 'Präsident empfängt Gäste im Weißen Haus';
    const teaser = '„Gespräche über Sicherheitsgarantien“ – am Montag in Genf.';
    const item = `<item><title>${garble(title)}</title><link>https://news.example/a</link><description>${garble(teaser)}</description><content:encoded><![CDATA[<p>${garble('Die Außenminister beraten.')}</p>]]></content:encoded></item>`;
    const xml = rss(item).replace('<rss version="2.0">', '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">');
    const {items} = await parseFeed(xml, 'https://news.example/feed');
    expect(items[0]).toMatchObject({title, summary: teaser});
    expect(items[0]?.contentHtml).toBe('<p>Die Außenminister beraten.</p>');
  });
});
