import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {textWidth} from '../../../source/ui/format/text-width.js';

describe('textWidth', () => {
  it('agrees with string-width on every character it counts directly', () => {
    const ranges: Array<[number, number]> = [[0x20, 0x7e], [0xa0, 0x24f], [0x391, 0x3c9], [0x410, 0x44f], [0x2010, 0x205e], [0x20ac, 0x20ac], [0x2190, 0x21ff], [0x2500, 0x25fc], [0x2706, 0x2709]];
    for (const [from, to] of ranges) {
      for (let code = from; code <= to; code++) {
        const char = String.fromCodePoint(code);
        expect([char, textWidth(char)]).toEqual([char, stringWidth(char)]);
      }
    }
  });

  it('counts German headlines, wide characters, emoji and combining marks as a terminal shows them', () => {
    const lines = ['Selenskyj: „Wir sind zu Gesprächen bereit“ – Treffen in Genf…', 'Лавров в Женеве', '停火谈判', '🇺🇦 Kiew', '● 12:30 Kiew ◆2 ✉ 3 ▁▃█', '✉\uFE0F Post', 'Gespra\u0308che', 'Trenn\u00ADstrich'];
    for (const line of lines) expect([line, textWidth(line)]).toEqual([line, stringWidth(line)]);
  });
});
