import {describe, expect, it} from 'vitest';
import {numericEntities} from '../../source/feeds/html-entities.js';

describe('HTML entities before the strict XML parse', () => {
  it('makes HTML names numeric, keeps XML\'s five, writes &#X as &#x and turns control references into the characters', () => {
    expect(numericEntities('Gespr&auml;che &bdquo;jetzt&ldquo; &amp; &lt;b&gt; &quot;x&quot; &apos;y&apos;')).toBe(
      'Gespr&#228;che &#8222;jetzt&#8220; &amp; &lt;b&gt; &quot;x&quot; &apos;y&apos;',
    );
    expect(numericEntities('&#X41;&#x201e;&#8222;&#27;[31m&#x9B;')).toBe('&#x41;&#x201e;&#8222;\u001B[31m\u009B');
  });

  it('reads both kinds in one document, side by side, and leaves what HTML does not know', () => {
    // "&#38;amp;" is a numeric "&" followed by text, not a name; "&AMP;" is HTML's, not XML's.
    expect(numericEntities('&#38;amp; &AMP; &nbsp&nbsp; &foo; &#xZZ; &#;')).toBe('&#38;amp; &#38; &nbsp&#160; &foo; &#xZZ; &#;');
  });
});
