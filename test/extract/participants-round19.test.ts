import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Participants of found meetings: the people a meeting's gold list has that the extractor missed,
// or the ones it added, found in the design half of the pooled first-look sets and grouped by
// cause. Tested in sentences of our own. Friday 11.12.2026 unless a test gives another day.
const meetingsOf = (text: string, published = '2026-12-11') => extract({title: 'Diplomatie', text, published}).meetings;

describe('who leads a delegation, told in the sentence after the meeting', () => {
  it('adds the head of "wird die Delegation vom X angeführt", the verb first after an adverbial', () => {
    const text = 'Am Montag verhandeln Polen und Litauen in Oslo über Energiefragen. Diesmal wird die litauische Delegation vom Außenminister Kęstutis Budrys angeführt.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Oslo', start: '2026-12-14', participants: ['Kęstutis Budrys']}]);
  });

  it('adds the head of "Die Delegation wurde vom Chef des Amts, X, geleitet"', () => {
    const text = 'Die letzte Runde der Gespräche zwischen Polen und Litauen fand am 2. Dezember in Riga statt. Die polnische Delegation wurde damals vom Chef des Außenamts, Radosław Sikorski, geleitet.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Riga', start: '2026-12-02', status: 'held', participants: ['Radosław Sikorski']}]);
  });
});

describe('"zwischen A und B" names the parties', () => {
  it('adds no delegation head to talks "zwischen" two people, for a side named elsewhere in the clause', () => {
    const text = 'Am Freitag verhandeln Delegationen der Ukraine und Russlands in Istanbul, Chefunterhändler Rustem Umerow leitet die ukrainische Seite. Die Runde kommt nach Beratungen zwischen Jared Kushner und dem Kremlberater Kirill Dmitrijew in Moskau sowie einem Abendessen des ukrainischen Außenministers in Berlin.';
    const moscow = meetingsOf(text).find(m => m.place === 'Moskau');
    expect(moscow?.participants).toEqual(['Jared Kushner', 'Kirill Dmitrijew']);
  });

  it('still adds the heads to talks "zwischen" two countries', () => {
    const text = 'Chefunterhändler Rustem Umerow leitet die ukrainische Seite. Am Freitag beginnen in Istanbul Gespräche zwischen Russland und der Ukraine.';
    expect(meetingsOf(text)).toMatchObject([{place: 'Istanbul', participants: ['Rustem Umerow']}]);
  });
});
