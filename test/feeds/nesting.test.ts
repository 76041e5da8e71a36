import {describe, expect, it} from 'vitest';
import {deepestNesting, maxNesting, nestsTooDeep} from '../../source/feeds/nesting.js';

/**
 * The rule as a pattern: CDATA sections, comments, declarations and processing instructions
 * skipped (an unclosed one to the end), an end tag one level up, a self-closed tag none.
 */
const tags = /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)|<[!?][^<>]*>?|<(\/?)[A-Za-z_][^<>]*?(\/?)>/g;
function deepestByPattern(xml: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [tag, end, selfClosing] of xml.matchAll(tags)) {
    if (selfClosing || tag.startsWith('<!') || tag.startsWith('<?')) continue;
    depth = end ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

describe('how deep a document nests', () => {
  it('counts open elements, not CDATA, comments, declarations, self-closed or broken tags', () => {
    expect(deepestNesting('<rss><channel><item><title>x</title></item></channel></rss>', 100)).toBe(4);
    expect(deepestNesting('<a><![CDATA[<b><c><d>]]><!-- <e><f> --><?pi x?><!DOCTYPE x><br/><h/></a>', 100)).toBe(1);
    // An unclosed CDATA section or comment hides the rest; "<" without ">" is no tag.
    expect(deepestNesting('<a><![CDATA[<b><c>', 100)).toBe(1);
    expect(deepestNesting('<a><!-- <b><c>', 100)).toBe(1);
    expect(deepestNesting('<a <b><c>', 100)).toBe(2);
    expect(deepestNesting('</x></y><a><1><_b></>', 100)).toBe(2);
    expect(deepestNesting('<a></b/><c x="1" />', 100)).toBe(1);
  });

  it('refuses one level beyond the limit and stops counting there', () => {
    expect(nestsTooDeep('<a>'.repeat(maxNesting))).toBe(false);
    expect(nestsTooDeep('<a>'.repeat(maxNesting + 1))).toBe(true);
    expect(nestsTooDeep('<a></a>'.repeat(10 * maxNesting))).toBe(false);
    expect(deepestNesting('<a>'.repeat(100), 10)).toBe(11);
  });

  it('counts as the pattern does on random markup', () => {
    let seed = 11;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const pieces = ['<', '>', '/', '!', '?', '<a>', '</a>', '<b x="1">', '</b >', '<c/>', '<_d>', '<1>', '<![CDATA[', ']]>', ']]', '<!--', '-->', '--', '<!', '<?', 'text', ' ', '\n', 'ä'];
    for (let round = 0; round < 20_000; round++) {
      let xml = '';
      const length = random(40);
      for (let piece = 0; piece < length; piece++) xml += pieces[random(pieces.length)];
      expect(deepestNesting(xml, Number.MAX_SAFE_INTEGER), JSON.stringify(xml)).toBe(deepestByPattern(xml));
    }
  });
});
