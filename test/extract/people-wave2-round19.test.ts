import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// People of meetings and articles the extractor missed or added, found in the design half of the
// pooled first-look sets (round 19). Tested in sentences of our own.
// Friday 11.12.2026 unless a test gives another day.
const extractOf = (text: string, published = '2026-12-11') => extract({title: 'Diplomatie', text, published});
const peopleOf = (text: string, published?: string) => extractOf(text, published).meetings.map(m => [...m.participants].sort());
const actorsOf = (text: string, published?: string) => extractOf(text, published).actors.map(a => a.name).sort();

describe('one plural office with a list of countries after "von"', () => {
  it('reads "die Regierungschefs von Großbritannien und Polen" as the head of government of each', () => {
    const text = 'Die Regierungschefs von Großbritannien und Polen wollen am Montag in Vilnius über Luftabwehr beraten.';
    expect(peopleOf(text)).toEqual([['Donald Tusk', 'Keir Starmer']]);
  });

  it('reads a longer list with commas ("die Außenminister von Frankreich, Polen und der Ukraine")', () => {
    const text = 'Die Außenminister von Frankreich, Polen und der Ukraine kommen am Dienstag in Krakau zu einem Treffen zusammen.';
    expect(actorsOf(text)).toEqual(['Andrij Sybiha', 'Jean-Noël Barrot', 'Radosław Sikorski']);
  });

  it('reads "die Staats- und Regierungschefs von Armenien und Aserbaidschan" as the two leaders', () => {
    const text = 'Am Mittwoch empfängt Trump in Washington die Staats- und Regierungschefs von Armenien und Aserbaidschan.';
    expect(peopleOf(text)[0]).toEqual(expect.arrayContaining(['Ilham Alijew', 'Nikol Paschinjan']));
  });

  it('does not read a list after "aus", which tells where guests come from', () => {
    const text = 'Zum Gipfel in Oslo reisen am Montag Regierungschefs aus Großbritannien, Polen und Finnland an.';
    expect(actorsOf(text)).toEqual([]);
  });
});

describe('"er" or "der Amerikaner" going "zu" the talks a noun names', () => {
  it('gives the talks of "Er reiste im Mai zu Verhandlungen nach Riad" to the one named before', () => {
    const text = 'Steve Witkoff landete am Montag in Berlin. Er reiste auch schon im Mai zu Verhandlungen nach Riad.';
    expect(extractOf(text).meetings.find(m => m.place === 'Riad')?.participants).toEqual(['Steven Witkoff']);
  });

  it('goes back past a sentence whose own subject is "er" and whose only name is in a phrase', () => {
    const text = 'Steve Witkoff landete am Montag in Berlin. Am Abend sprach er lange mit Kanzler Merz. Der Amerikaner war auch schon im Mai zu Verhandlungen in Riad.';
    expect(extractOf(text).meetings.find(m => m.place === 'Riad')?.participants).toEqual(['Steven Witkoff']);
  });
});
