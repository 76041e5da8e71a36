import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {fit, row} from '../../../source/ui/format/columns.js';

describe('fit', () => {
  it('pads and cuts by terminal cells, so emoji and CJK (two cells) do not push columns out', () => {
    expect(fit('Genf', 6)).toBe('Genf  ');
    expect(fit('停火', 6)).toBe('停火  ');
    expect(stringWidth(fit('🇺🇦 Kiew', 4))).toBe(4);
    expect(fit('Selenskyj', 5)).toBe('Sele…');
    expect(fit('3', 3, 'right')).toBe('  3');
    // Cut as cli-truncate cuts, whether or not every character is one cell.
    for (const text of ['Selenskyj trifft Trump in Genf', 'Gespräche – „bald“', '停火谈判在日内瓦', 'Kiew 🇺🇦 Moskau']) {
      for (const width of [1, 2, 7, 12]) expect(fit(text, width)).toBe(fit(cliTruncate(text, width, {position: 'end'}), width));
    }
  });
});

describe('row', () => {
  it('gives the flexible column what the fixed ones leave, and is always exactly as wide as asked', () => {
    const columns = [{width: 3}, {width: 0}, {width: 2, align: 'right' as const}];
    expect(row(['12.', 'Gespräche in Genf', '◆1'], columns, 20)).toBe('12. Gespräche in… ◆1');
    expect(stringWidth(row(['12.', '日本語のタイトル', '◆1'], columns, 20))).toBe(20);
  });
});
