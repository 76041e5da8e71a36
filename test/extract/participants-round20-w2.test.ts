import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Participants of found meetings in first-look sets AS to AV, round 20 (wave 2): people missed on
// meetings whose sides the article names in group words and whose people it names elsewhere.
// Tested in sentences of our own. Friday 11.12.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-12-11') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a delegation list with a place of its own', () => {
  const talks = 'Am Freitag verhandeln Vertreter der Ukraine und Russlands in Riad über einen Waffenstillstand.';
  const before = 'Zuvor hatten sich beide Seiten im Frühjahr in Istanbul zu Gesprächen getroffen.';

  it('adds "Zur ukrainischen Delegation in Riad gehören X und Y" to the talks in Riad, not the round in Istanbul told last', () => {
    const meetings = meetingsOf(`${talks} ${before} Zur ukrainischen Delegation in Riad gehören Außenminister Andrij Sybiha und Verteidigungsminister Rustem Umerow.`);
    expect(meetings.find(m => m.place === 'Riad')!.participants).toEqual(expect.arrayContaining(['Andrij Sybiha', 'Rustem Umerow']));
    expect(meetings.find(m => m.place === 'Istanbul')?.participants ?? []).toEqual([]);
  });

  it('still adds a delegation list with no place to the meeting told last', () => {
    const meetings = meetingsOf(`${talks} ${before} Zur ukrainischen Delegation gehörten damals Außenminister Andrij Sybiha und Verteidigungsminister Rustem Umerow.`);
    expect(meetings.find(m => m.place === 'Istanbul')!.participants).toEqual(expect.arrayContaining(['Andrij Sybiha', 'Rustem Umerow']));
  });
});

describe('a company sentence that denies the company', () => {
  const talks = 'Am Freitag beraten Vertreter der Ukraine und Russlands in Riad über einen Gefangenenaustausch.';

  it('adds no one from "X ist aber – anders als Y – nicht angereist"', () => {
    const meetings = meetingsOf(`${talks} Präsident Wladimir Putin ist aber – anders als Premier Michail Mischustin – selbst nicht angereist.`);
    const riad = meetings.find(m => m.place === 'Riad')!;
    expect(riad.participants).not.toContain('Wladimir Putin');
  });

  it('still adds who "Mit dabei" names', () => {
    const meetings = meetingsOf(`${talks} Mit dabei ist für Kiew Außenminister Andrij Sybiha.`);
    expect(meetings.find(m => m.place === 'Riad')!.participants).toContain('Andrij Sybiha');
  });
});

describe('who informs others about a meeting of their own', () => {
  it('keeps the subject after the verb of "Am Abend informierte X seine Kollegen über das Treffen mit Y"', () => {
    const meetings = meetingsOf('Am Abend informierte Bundeskanzler Friedrich Merz seine europäischen Kollegen über das Treffen mit Donald Trump in Washington am Donnerstag.');
    const washington = meetings.find(m => m.place === 'Washington')!;
    expect(washington.participants).toEqual(expect.arrayContaining(['Friedrich Merz', 'Donald Trump']));
  });

  it('still leaves out the one informed ("X informierte Y über das Treffen")', () => {
    const meetings = meetingsOf('Am Donnerstag trafen sich Friedrich Merz und Donald Trump in Washington. Danach informierte Merz Präsident Emmanuel Macron über das Treffen.');
    expect(meetings.find(m => m.place === 'Washington')!.participants).not.toContain('Emmanuel Macron');
  });
});
