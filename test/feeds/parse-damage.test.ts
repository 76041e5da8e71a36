// Damage of every kind, at random places in feeds of our own: parseFeed either reads items or
// refuses with a reason that names a fact about the document, never a program error such as
// "cannot read properties of undefined" or "text.replace is not a function".
import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {FeedParseError, parseFeed} from '../../source/feeds/parse.js';
import {seededRandom} from '../hardening/seeded-random.js';
import {wildFixture} from './wild-fixture.js';

const factual = /^(malformed XML: [a-z][^\n]* \(line \d+(, column \d+)?\)|not an RSS or Atom feed|empty document, not a feed|this is an HTML page, not a feed)$/;
const programError = /undefined|null|is not a function|is not iterable|cannot read|of undefined|\bNaN\b/i;

/** Ways real feeds break: cut short, a stray character, a lost or doubled tag, a broken CDATA. */
const damages: Array<(xml: string, at: number) => string> = [
  (xml, at) => xml.slice(0, at),
  (xml, at) => xml.slice(0, at) + xml.slice(at + 1),
  (xml, at) => `${xml.slice(0, at)}&${xml.slice(at)}`,
  (xml, at) => `${xml.slice(0, at)}<${xml.slice(at)}`,
  (xml, at) => `${xml.slice(0, at)}<![CDATA[${xml.slice(at)}`,
  (xml, at) => `${xml.slice(0, at)}]]>${xml.slice(at)}`,
  (xml, at) => `${xml.slice(0, at)}</item>${xml.slice(at)}`,
  (xml, at) => `${xml.slice(0, at)}<title type="xhtml"><div>${xml.slice(at)}`,
  (xml, at) => xml.replace(/<\/(\w+)>/g, (whole, name: string, offset: number) => (offset > at && offset < at + 200 ? `</${name.toUpperCase()}>` : whole)),
];

const fixtures = readdirSync(wildFixture('.')).filter(name => name.endsWith('.xml'));

describe('parseFeed on damaged documents', () => {
  it('reads or refuses with a fact, for 1,000 damaged variants of every kind of feed', async () => {
    const random = seededRandom(12);
    for (let round = 0; round < 1000; round++) {
      const name = fixtures[Math.floor(random() * fixtures.length)]!;
      const xml = readFileSync(wildFixture(name), 'latin1');
      const damage = damages[Math.floor(random() * damages.length)]!;
      const at = Math.floor(random() * xml.length);
      const damaged = damage(xml, at);
      const outcome = await parseFeed(damaged, 'https://news.example/feed.xml').catch((error: unknown) => error);
      const context = `round ${round}: ${name} damaged at ${at}`;
      if (outcome instanceof FeedParseError) {
        expect(outcome.reason, context).toMatch(factual);
        continue;
      }
      if (outcome instanceof Error) throw new Error(`${context}: ${outcome.stack}`);
      const feed = outcome as Awaited<ReturnType<typeof parseFeed>>;
      for (const item of feed.items) {
        expect(typeof item.title, context).toBe('string');
        expect(item.title.length, context).toBeGreaterThan(0);
      }
      if (feed.note) expect(feed.note, context).toMatch(/^recovered from malformed XML \(line \d+\)$/);
      expect(`${feed.title ?? ''}${feed.note ?? ''}`, context).not.toMatch(programError);
    }
  }, 60_000);
});
