// extractBatch reads several articles pass by pass (all people first, then all meetings); each
// article must come out exactly as extract() reads it alone, whatever stands beside it.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {extract, extractBatch} from '../../source/extract/index.js';
import {readPageText} from '../../source/extract/page-text.js';
import type {ExtractInput} from '../../source/extract/types.js';

const page = readPageText(readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8'));
const seed: ExtractInput = {title: page.title, kicker: page.kicker, text: page.text, published: page.published!};
const others: ExtractInput[] = [
  {title: 'Treffen in Genf', text: 'Außenminister Wadephul traf am Montag in Genf seinen ukrainischen Amtskollegen Sybiha. Die Gespräche sollen am Freitag in Wien fortgesetzt werden.', published: '2025-12-15T10:00:00+01:00'},
  {title: 'Wetter', text: 'Am Wochenende wird es in Berlin kalt und windig.', published: '2025-12-16T08:00:00+01:00'},
  {kicker: 'Liveticker', title: 'Selenskyj reist nach Washington', text: 'Selenskyj will in der kommenden Woche nach Washington reisen, um mit Trump zu sprechen.', published: '2025-12-18T18:30:00+01:00'},
];

describe('extractBatch', () => {
  it('gives each article the extraction extract() gives it alone', () => {
    const batch = [others[0]!, seed, others[1]!, others[2]!];
    expect(extractBatch(batch)).toEqual(batch.map(input => extract(input)));
  });

  it('keeps each article its own people and meetings, in any order', () => {
    const [genf, , washington] = extractBatch([others[0]!, others[1]!, others[2]!]);
    expect(genf!.meetings.map(m => m.place)).toContain('Genf');
    expect(genf!.actors.map(a => a.name)).not.toContain('Donald Trump');
    expect(washington!.meetings.map(m => m.place)).toEqual(['Washington']);
    expect(extractBatch([others[2]!, others[0]!])[1]).toEqual(genf);
  });

  it('reads no article for an empty batch', () => {
    expect(extractBatch([])).toEqual([]);
  });
});
