import {describe, expect, it} from 'vitest';
import {FeedParseError, parseFeed} from '../../source/feeds/parse.js';

describe('parseFeed on hostile documents', () => {
  it('does not read files through an external entity', async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
      <rss version="2.0"><channel><title>T</title><item><title>Leak &secret;</title><link>https://news.example/a</link></item></channel></rss>`;
    const outcome = await parseFeed(xxe, 'https://news.example/feed').catch((error: unknown) => error);
    // Refusing the document is fine; expanding the entity is not.
    expect(outcome).toBeInstanceOf(FeedParseError);
  });

  it('does not expand nested internal entities (billion laughs)', async () => {
    const levels = Array.from({length: 9}, (_, level) => `<!ENTITY l${level + 1} "${`&l${level};`.repeat(10)}">`).join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "ha">${levels}]>
      <rss version="2.0"><channel><title>&l9;</title><item><title>Eintrag</title><link>https://news.example/a</link></item></channel></rss>`;
    const started = Date.now();
    const outcome = await parseFeed(bomb, 'https://news.example/feed').catch((error: unknown) => error);
    expect(Date.now() - started).toBeLessThan(2000);
    if (!(outcome instanceof FeedParseError)) expect(JSON.stringify(outcome)).not.toContain('haha');
  });
});
