import {describe, expect, it} from 'vitest';
import {tokenize} from '../../source/extract/name-words.js';

// What tokenize must find: every match of this pattern, where it stands.
const byPattern = (text: string) => [...text.matchAll(/\p{L}+(?:['’-]\p{L}+)*/gu)].map(match => ({word: match[0], start: match.index, end: match.index + match[0].length}));

describe('the words of a text', () => {
  it('keeps apostrophes and hyphens inside a word, not at its edges', () => {
    const text = "O'Neill traf Karl-Heinz Müller-Lüdenscheidt, Selenskyj’s Berater und Ex- sowie -Minister am 3.12.";
    expect(tokenize(text).map(token => token.word)).toEqual(["O'Neill", 'traf', 'Karl-Heinz', 'Müller-Lüdenscheidt', 'Selenskyj’s', 'Berater', 'und', 'Ex', 'sowie', 'Minister', 'am']);
    expect(tokenize(text)).toEqual(byPattern(text));
  });

  it('reads letters of every script, inside and outside the basic plane, as the pattern does', () => {
    for (const text of ['Bråten und Ünal-Özdemir', 'Путин–Зеленский', 'a--b a-\'b x’y ab\'c\'d-e', 'ab𝐀cd 𝐀-b', '😀Putin😀 trifft 日本語', 'Sergej-\u00ADLawrow'])
      expect(tokenize(text), text).toEqual(byPattern(text));
  });
});
