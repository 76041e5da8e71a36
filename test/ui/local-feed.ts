// Local RSS files for tests of the live dashboard: the poller reads file:// feeds, so these
// tests need no network and no server.
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';

export type LocalItem = {slug: string; title: string; hoursAgo: number};

/** Over 600 characters, so the poller takes it as full text and fetches no article page. */
const body = (topic: string) =>
  Array.from({length: 14}, (_, index) => `<p>Absatz ${index + 1} über ${topic}: Die Unterhändler trafen sich erneut, um über die nächsten Schritte zu beraten. Ein Ergebnis wurde für den späten Abend erwartet.</p>`).join('');

export function feedXml(title: string, items: LocalItem[]): string {
  const entries = items.map(
    item => `<item><title>${item.title}</title><link>https://e2e.talkwatch.invalid/${item.slug}</link><guid>${item.slug}</guid>
<pubDate>${new Date(Date.now() - item.hoursAgo * 3_600_000).toUTCString()}</pubDate><description>Kurz.</description>
<content:encoded><![CDATA[${body(item.title)}]]></content:encoded></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${title}</title><link>https://e2e.talkwatch.invalid/</link>${entries.join('\n')}</channel></rss>`;
}

/** Writes the feed into `dir` and returns its path. */
export function writeFeed(dir: string, file: string, title: string, items: LocalItem[]): string {
  const path = join(dir, file);
  writeFileSync(path, feedXml(title, items));
  return path;
}

/** A config.json that follows only these local feeds (the defaults would need the network). */
export function followOnly(dir: string, feeds: Array<{path: string; name: string}>): void {
  const entries = feeds.map(({path, name}) => ({url: pathToFileURL(path).href, name, interval: 60, fulltext: 'never'}));
  writeFileSync(join(dir, 'config.json'), JSON.stringify({feeds: entries}));
}
