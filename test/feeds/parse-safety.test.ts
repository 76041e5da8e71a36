import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {describe, expect, it} from 'vitest';
import {parseFeed} from '../../source/feeds/parse.js';
import {useTempDirs} from '../helpers/temp-dir.js';

const tempDir = useTempDirs();

describe('parseFeed on hostile documents', () => {
  it('does not read files through an external entity: the recovering parser keeps it as text', async () => {
    const marker = join(tempDir(), 'geheim.txt');
    writeFileSync(marker, 'GEHEIMER-INHALT-4711');
    const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "${pathToFileURL(marker).href}">]>
      <rss version="2.0"><channel><title>T</title><item><title>Leak &secret;</title><link>https://news.example/a</link></item></channel></rss>`;
    const outcome = await parseFeed(xxe, 'https://news.example/feed').catch((error: unknown) => error);
    // Refusing the document would be fine too; expanding the entity is not.
    expect(JSON.stringify(outcome)).not.toContain('GEHEIMER-INHALT');
    expect(outcome).toMatchObject({items: [{title: 'Leak &secret;'}], note: expect.stringMatching(/^recovered from malformed XML/)});
  });

  it('does not expand nested internal entities (billion laughs)', async () => {
    const levels = Array.from({length: 9}, (_, level) => `<!ENTITY l${level + 1} "${`&l${level};`.repeat(10)}">`).join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "ha">${levels}]>
      <rss version="2.0"><channel><title>&l9;</title><item><title>Eintrag</title><link>https://news.example/a</link></item></channel></rss>`;
    const started = Date.now();
    const outcome = await parseFeed(bomb, 'https://news.example/feed').catch((error: unknown) => error);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(JSON.stringify(outcome)).not.toContain('haha');
    expect(outcome).toMatchObject({title: '&l9;', items: [{title: 'Eintrag'}]});
  });
});

describe('parseFeed on documents nested without end', () => {
  it('refuses 200,000 unclosed elements quickly, naming the depth', async () => {
    const deep = `<rss version="2.0"><channel><title>T</title>${'<item><title><b>x</b>'.repeat(200_000)}</channel></rss>`;
    const started = Date.now();
    const outcome = await parseFeed(deep, 'https://news.example/feed').catch((error: unknown) => error);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(outcome).toMatchObject({reason: 'elements nested more than 512 levels deep, not a feed'});
  });

  it('still reads a damaged feed whose unclosed elements stay shallow', async () => {
    const items = Array.from({length: 300}, (_, index) => `<item><title>Meldung ${index}</title><link>https://news.example/${index}</link><description>Text & mehr</description></item>`).join('\n');
    const feed = await parseFeed(`<rss version="2.0"><channel><title>T</title>\n${items}</channel></rss>`, 'https://news.example/feed');
    expect(feed.items).toHaveLength(300);
    expect(feed.note).toBe('recovered from malformed XML (line 2)');
  });
});
