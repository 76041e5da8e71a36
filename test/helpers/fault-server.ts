// A feed server that misbehaves on purpose, for the hardening suite and benchmarks: good feeds
// next to every fault a feed talkwatch does not control can throw at it. Built on
// feed-server.ts by composition: the stock handlers plus the hostile ones defined here.
import {createGzip} from 'node:zlib';
import {body, createFeedServer, redirect, stall, status, trickle, type Handler, type RunningServer} from './feed-server.js';

/** One generated item; all fields optional so a feed can leave out guid, link or date. */
export type FakeItem = {guid?: string; link?: string; title: string; description?: string; pubDate?: string};

const rssType = {'Content-Type': 'application/rss+xml; charset=utf-8'};

/** An RSS 2.0 document; fields are inserted as given, so callers may plant raw markup or bytes. */
export function rssFeed(title: string, items: FakeItem[], prolog = '<?xml version="1.0" encoding="utf-8"?>'): string {
  const entries = items.map(item =>
    [
      '<item>',
      `<title>${item.title}</title>`,
      item.link === undefined ? '' : `<link>${item.link}</link>`,
      item.guid === undefined ? '' : `<guid isPermaLink="false">${item.guid}</guid>`,
      item.pubDate === undefined ? '' : `<pubDate>${item.pubDate}</pubDate>`,
      item.description === undefined ? '' : `<description>${item.description}</description>`,
      '</item>',
    ].join(''),
  );
  return `${prolog}<rss version="2.0"><channel><title>${title}</title><link>https://nachrichten.example/</link>${entries.join('\n')}</channel></rss>`;
}

const places = ['Genf', 'Istanbul', 'Riad', 'Abu Dhabi', 'Berlin', 'Washington', 'Moskau', 'Kiew'];

/** `count` plain German items with unique guids and links, dated one minute apart. */
export function germanItems(prefix: string, count: number, start = Date.UTC(2025, 10, 12, 8)): FakeItem[] {
  return Array.from({length: count}, (_, index) => {
    const place = places[index % places.length]!;
    return {
      guid: `${prefix}-${index}`,
      link: `https://nachrichten.example/${prefix}/artikel-${index}.html`,
      title: `Verhandlungen: Delegationen beraten in ${place} (${prefix} ${index})`,
      description: `Die Unterhändler wollen in ${place} erneut über eine Waffenruhe sprechen. Meldung ${index}.`,
      pubDate: new Date(start + index * 60_000).toUTCString(),
    };
  });
}

/** Every kind of terminal control a feed might smuggle in, with readable text around it. */
export const hostileStrings = {
  csi: 'Gipfel \u001B[31mrot\u001B[0m \u001B[2J\u001B[H in Genf',
  osc8: 'Treffen \u001B]8;;https://evil.example/\u0007hier klicken\u001B]8;;\u0007 in Riad',
  osc52: 'Zwischenablage \u001B]52;c;cm0gLXJmIH4K\u0007 geleert',
  title: 'Fenster \u001B]0;gekapert\u001B\\ umbenannt',
  c1: 'Steuerzeichen \u009B31m C1 \u0085\u009D0;x\u009C Ende',
  bidi: 'Kiew \u202Eegnolrev\u202C und \u2066Moskau\u2069',
  nul: 'Null\u0000byte und Glocke\u0007 und Rückschritt\u0008',
};

/** The hostile feed: each hostile string in title, description and link, plus non-http links. */
export function hostileFeed(): string {
  const strings = Object.entries(hostileStrings);
  const items: FakeItem[] = strings.map(([name, text], index) => ({
    guid: `feindlich-${name}`,
    link: `https://nachrichten.example/feindlich/${name}.html?x=${encodeURIComponent(text)}${text}`,
    title: text,
    description: `<![CDATA[<p>${text}</p><p>${strings[(index + 1) % strings.length]![1]}</p>]]>`,
    pubDate: new Date(Date.UTC(2025, 10, 12, 9, index)).toUTCString(),
  }));
  const schemes = ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<b>x</b>', 'https://a.example/$(touch /tmp/pwned);`id`|sh'];
  schemes.forEach((link, index) =>
    items.push({guid: `schema-${index}`, link: link.replace(/&/g, '&amp;').replace(/</g, '&lt;'), title: `Link mit Schema ${index}`}),
  );
  // Raw control bytes in the document itself, not only as characters inside CDATA.
  return rssFeed('Feindlicher \u001B[5mFeed\u001B[0m', items);
}

/** Nested internal entities: a few hundred bytes that expand to gigabytes if a parser lets them. */
export function billionLaughs(): string {
  const levels = Array.from({length: 9}, (_, level) => `<!ENTITY l${level + 1} "${`&l${level};`.repeat(10)}">`).join('');
  return `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">${levels}]>${rssFeed('Lachen &l9;', [
    {guid: 'lachen-1', link: 'https://nachrichten.example/lachen.html', title: 'Gelächter &l9;', description: '&l9;'},
  ]).replace(/^<\?xml[^>]*>/, '')}`;
}

/** An external entity pointing at a local file: its content must never reach the cache. */
export function externalEntity(file: string): string {
  return `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY geheim SYSTEM "file://${file}">]>${rssFeed('Extern &geheim;', [
    {guid: 'extern-1', link: 'https://nachrichten.example/extern.html', title: 'Inhalt: &geheim;', description: 'Datei: &geheim;'},
  ]).replace(/^<\?xml[^>]*>/, '')}`;
}

/** A gzip body that inflates to `inflatedBytes` of zeros; built once, never stored in the repo. */
export async function gzipBomb(inflatedBytes: number): Promise<Buffer> {
  const gzip = createGzip({level: 9});
  const chunks: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise(resolve => gzip.on('end', resolve));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let written = 0; written < inflatedBytes; written += zeros.length) {
    if (!gzip.write(zeros)) await new Promise(resolve => gzip.once('drain', resolve));
  }
  gzip.end();
  await done;
  return Buffer.concat(chunks);
}

let bombOnce: Promise<Buffer> | undefined;

/** The faulty routes and why each is there; `path` → handler. */
export async function faultRoutes(options: {markerFile?: string} = {}): Promise<Record<string, Handler>> {
  // 100 MB of zeros compress to about 100 kB; made once per test process.
  const bomb = await (bombOnce ??= gzipBomb(100 * 1024 * 1024));
  const fiftyMegabytes = Buffer.alloc(50 * 1024 * 1024, 'a');
  const good = rssFeed('Gute Nachrichten', germanItems('gut', 3));
  return {
    '/not-found': status(404),
    '/server-error': status(500),
    '/unavailable': status(503, '7200'),
    '/stall': stall(),
    // One byte a second: every read makes progress, so only a whole-exchange timeout ends it.
    '/trickle': trickle('<', 1000),
    // No Content-Length: the size cap must hold while streaming, not just on the header.
    '/fifty-megabytes': (_request, response) => {
      response.writeHead(200, rssType);
      response.end(fiftyMegabytes);
    },
    '/gzip-bomb': body(bomb, {...rssType, 'Content-Encoding': 'gzip'}),
    // Damaged before its first item ends: nothing to recover (a damaged feed with whole items is read, with a note).
    '/invalid-xml': body('<?xml version="1.0"?><rss version="2.0"><channel><title>Kaputt</title><item><title>Offen', rssType),
    // Declares ISO-8859-1 in the prolog but the bytes are UTF-8: read as UTF-8, and the feed's status says so.
    '/wrong-charset': body(Buffer.from(rssFeed('Falscher Zeichensatz', germanItems('zeichensatz', 2), '<?xml version="1.0" encoding="ISO-8859-1"?>'), 'utf8'), {
      'Content-Type': 'application/rss+xml',
    }),
    '/redirect-loop': redirect('/redirect-loop-b'),
    '/redirect-loop-b': redirect('/redirect-loop'),
    '/html-page': body('<!doctype html><html><head><title>Startseite</title></head><body><p>Keine Feeds hier.</p></body></html>', {
      'Content-Type': 'text/html; charset=utf-8',
    }),
    '/hostile': body(hostileFeed(), rssType),
    '/billion-laughs': body(billionLaughs(), rssType),
    '/external-entity': body(externalEntity(options.markerFile ?? '/etc/passwd'), rssType),
    '/ten-thousand': body(rssFeed('Zehntausend', germanItems('viel', 10_000)), rssType),
    '/incomplete-items': body(
      rssFeed('Lückenhaft', [
        {title: 'Ohne guid, Link und Datum: Gespräche vertagt'},
        {title: 'Nur mit Link', link: 'https://nachrichten.example/nur-link.html'},
        {title: 'Nur mit guid', guid: 'nur-guid-1'},
        {title: 'Nur mit Datum', pubDate: 'Wed, 12 Nov 2025 10:00:00 +0100'},
      ]),
      rssType,
    ),
    '/duplicate-guids': body(
      rssFeed('Doppelt', [
        {guid: 'doppelt-1', link: 'https://nachrichten.example/doppelt-a.html', title: 'Erste Fassung'},
        {guid: 'doppelt-1', link: 'https://nachrichten.example/doppelt-b.html', title: 'Zweite Fassung'},
        {guid: 'doppelt-2', link: 'https://nachrichten.example/doppelt-c.html', title: 'Andere Meldung'},
      ]),
      rssType,
    ),
    '/good': body(good, rssType),
  };
}

/** Starts a server with every fault route and `goodFeeds` good feeds at /good-0 … /good-(n-1). */
export async function startFaultServer(options: {goodFeeds?: number; itemsPerFeed?: number; markerFile?: string} = {}): Promise<RunningServer> {
  const builder = createFeedServer();
  for (const [path, handler] of Object.entries(await faultRoutes(options))) builder.route(path, handler);
  for (let index = 0; index < (options.goodFeeds ?? 0); index++) {
    builder.route(`/good-${index}`, body(rssFeed(`Gut ${index}`, germanItems(`feed${index}`, options.itemsPerFeed ?? 5)), rssType));
  }
  return builder.start();
}
