import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';
import {sentenceTense} from '../../source/extract/tense.js';

// A weak Präteritum that no list of verbs holds, told before a pronoun or "sich" ("tauschte sich …
// aus", "bereiteten sie … vor"), round 20. Sentences of our own; Monday 14.12.2026.
const published = '2026-12-14';
const meetingsOf = (text: string) => extract({title: 'Diplomatie', text, published}).meetings;

describe('a weak Präteritum before a pronoun or "sich"', () => {
  it.each([
    ['Am Samstag tauschte sich die Ministerin in einem Telefonat mit ihrem Amtskollegen aus.', 'past'],
    ['Gemeinsam bereiteten sie am Freitag in Oslo die nächste Runde vor.', 'past'],
    // Not past: the modals plan ("wollten sich … treffen", "könnte sich"), a stance is said ("zeigten sich zuversichtlich").
    ['Die Minister wollten sich am Donnerstag in Rom treffen.', 'present'],
    ['Der Kanzler könnte sich am Freitag mit dem Premier beraten.', 'future'],
    ['Beide Delegationen zeigten sich zuversichtlich über die laufenden Verhandlungen.', 'present'],
  ])('%s → %s', (sentence, tense) => {
    expect(sentenceTense(sentence)).toBe(tense);
  });

  it('dates a call "tauschte sich am Samstag … aus" told on a Monday to the Saturday before, held', () => {
    const text = 'Vorab tauschte sich die Kanzlerin am Samstag in einem langen Telefonat mit dem finnischen Präsidenten über die Waffenruhe aus.';
    expect(meetingsOf(text)).toEqual([expect.objectContaining({start: '2026-12-12', status: 'held'})]);
  });
});
