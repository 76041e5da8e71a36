import {describe, expect, it} from 'vitest';
import {isTeaser, teaserLength} from '../../source/feeds/teaser.js';

/** The rule as it reads: the text without tags, trimmed, shorter than teaserLength. */
const byPattern = (html: string) => html.replace(/<[^>]*>/g, '').trim().length < teaserLength;

describe('a teaser or the whole article', () => {
  it('counts the text without tags and blank ends: 599 characters are a teaser, 600 an article', () => {
    expect(isTeaser(null)).toBe(true);
    expect(isTeaser('')).toBe(true);
    expect(isTeaser(`<p>${'a'.repeat(599)}</p>`)).toBe(true);
    expect(isTeaser(`<p>${'a'.repeat(600)}</p>`)).toBe(false);
    expect(isTeaser(`\u00A0 <p>\n${'a'.repeat(599)}</p>\u3000 \t<br>`)).toBe(true);
    expect(isTeaser(`a${'<b> </b>'.repeat(300)}${' '.repeat(597)}b`)).toBe(false);
    // A "<" without a ">" after it is text.
    expect(isTeaser(`${'<'.repeat(600)}`)).toBe(false);
    expect(isTeaser(`<${'a'.repeat(700)}>`)).toBe(true);
  });

  it('answers as the pattern does on random markup near the limit', () => {
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const pieces = ['<', '>', '<p>', '</p>', ' ', '\n', '\u00A0', '\u2028', '\uFEFF', 'Genf', 'ä', 'x'.repeat(50), ' '.repeat(40), '<br/>', '<a href="x">'];
    for (let round = 0; round < 3000; round++) {
      let html = '';
      while (html.length < 400 + random(500)) html += pieces[random(pieces.length)];
      expect(isTeaser(html), JSON.stringify(html)).toBe(byPattern(html));
    }
  });
});
