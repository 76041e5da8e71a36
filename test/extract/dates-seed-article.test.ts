import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {findDates} from '../../source/extract/dates.js';
import {sentenceTense} from '../../source/extract/tense.js';

// The model article, published Saturday 20.12.2025, 21:16 Uhr: its body from the lead to the
// source line, split into sentences the simple way.
const article = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8');
const body = article.slice(article.indexOf('Anfang Juni'), article.indexOf('Quelle:'));
const sentences = body.split(/\n\s*\n|(?<=[.!?"])\s+(?=[A-ZÄÖÜ"])/).filter((sentence) => sentence.trim());
const published = '2025-12-20T21:16:00+01:00';

describe('findDates on the model article', () => {
  const found = sentences.flatMap((sentence) =>
    findDates(sentence, {published, tense: sentenceTense(sentence)}).map(({text, start}) => `${text} → ${start}`),
  );

  it('finds every date expression and resolves each against the publication day', () => {
    expect(found).toEqual([
      'Anfang Juni → 2025-06-01',
      'Ende des Jahres → 2025-12-21',
      'am Freitag → 2025-12-19',
      'im Sommer → 2025-06-21',
      'im vergangenen Jahr → 2024-01-01',
      'am Freitag → 2025-12-19',
      'am Freitag → 2025-12-19',
      'Am Samstag → 2025-12-20',
    ]);
  });
});
