import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Two encounters the extractor read as one: found in the misses of all project-annotated
// first-look sets pooled (their design half), where a missed meeting shared its place or date
// with one that was found. Tested in sentences of our own.
// Friday 11.12.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-12-11') => extract({title: 'Diplomatie', text, published}).meetings;

describe('another encounter of the same day or town', () => {
  it('keeps a reception by someone else that day apart from the talks told before ("zuvor von König Harald empfangen")', () => {
    const text = '„Wir stehen an Ihrer Seite“, sagte Jonas Gahr Støre am Freitag bei einem Treffen mit Donald Tusk. Tusk war am Freitag auf Schloss Skaugum zuvor von König Harald empfangen worden.';
    expect(meetingsOf(text)).toMatchObject([
      {kind: 'talks', status: 'held', start: '2026-12-11', participants: ['Jonas Gahr Støre', 'Donald Tusk']},
      {kind: 'visit', status: 'held', start: '2026-12-11', participants: ['Donald Tusk', 'Harald']},
    ]);
  });

  it('keeps one of the two ministers meeting a third first that morning apart from their meeting', () => {
    const text = 'Die Außenminister Polens und Litauens, Radosław Sikorski und Kęstutis Budrys, kommen am Freitag in Riga zusammen. Am Freitagmorgen traf Sikorski in Riga zunächst den lettischen Präsidenten Edgars Rinkēvičs.';
    expect(meetingsOf(text)).toMatchObject([
      {place: 'Riga', status: 'planned', start: '2026-12-11', participants: ['Radosław Sikorski', 'Kęstutis Budrys']},
      {place: 'Riga', status: 'held', start: '2026-12-11', participants: ['Radosław Sikorski', 'Edgars Rinkēvičs']},
    ]);
  });
});
