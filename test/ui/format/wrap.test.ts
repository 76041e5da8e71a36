import {readFileSync} from 'node:fs';
import wrapAnsi from 'wrap-ansi';
import {describe, expect, it} from 'vitest';
import {wrapLines} from '../../../source/ui/format/wrap.js';

const seedArticle = readFileSync(new URL('../../fixtures/seed-article.txt', import.meta.url), 'utf8');
const paragraphs = seedArticle.split(/\n\s*\n/).map(paragraph => paragraph.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
const reference = (text: string, width: number) => wrapAnsi(text, width, {hard: true, trim: true}).split('\n');

describe('wrapLines', () => {
  it('breaks the seed article exactly where wrap-ansi does, at every reader width', () => {
    for (const width of [10, 17, 38, 60, 79, 118]) {
      for (const paragraph of paragraphs) expect(wrapLines(paragraph, width)).toEqual(reference(paragraph, width));
    }
  });

  it('cuts words longer than a line and keeps lines within the width', () => {
    const texts = [
      'Die Donaudampfschifffahrtsgesellschaftskapitänsmütze liegt in Genf',
      'Waffenstillstandsverhandlungsdelegationen',
      'ab Waffenstillstandsverhandlungsdelegationen cd',
      '',
      'Gespräche mit 🇺🇦 Delegation',
    ];
    for (const width of [10, 12, 20]) {
      for (const text of texts) {
        const lines = wrapLines(text, width);
        expect(lines).toEqual(reference(text, width));
        expect(lines.every(line => line.length <= width || /\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(line))).toBe(true);
      }
    }
  });

  it('reads runs of spaces as one (wrap-ansi would print them and break early)', () => {
    expect(wrapLines('Zwei  Leerzeichen und   am Ende ', 10)).toEqual(reference('Zwei Leerzeichen und am Ende', 10));
  });
});
