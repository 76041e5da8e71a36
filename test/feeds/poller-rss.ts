// Small RSS documents with German items of our own, for the poller tests.
export type TestItem = {guid: string; title: string; link: string; description: string; content?: string; pubDate?: Date};

export function rss(items: TestItem[], ttlMinutes?: number): string {
  const entries = items
    .map(
      item => `<item><guid>${item.guid}</guid><title>${item.title}</title><link>${item.link}</link>
        <description>${item.description}</description><pubDate>${item.pubDate?.toUTCString() ?? 'Wed, 12 Nov 2025 10:00:00 +0100'}</pubDate>
        ${item.content ? `<content:encoded><![CDATA[${item.content}]]></content:encoded>` : ''}</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Testfeed</title><link>https://example.org/</link>${ttlMinutes ? `<ttl>${ttlMinutes}</ttl>` : ''}
${entries}
</channel></rss>`;
}

export function teaser(n: number, link: string): TestItem {
  return {guid: `teaser-${n}`, title: `Außenminister beraten über Waffenruhe (${n})`, link, description: 'Die Gespräche in Genf gehen weiter.'};
}
