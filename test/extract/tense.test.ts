import {describe, expect, it} from 'vitest';
import {clauseTense, sentenceTense} from '../../source/extract/tense.js';

describe('sentenceTense', () => {
  it.each([
    ['Zuletzt hatten sich amerikanische und russische Diplomaten im Frühjahr in Riad getroffen.', 'past'],
    ['In Miami haben am Freitag neue Gespräche begonnen.', 'past'],
    ['Am Samstag traf der Berater in Miami ein.', 'past'],
    ['Das Treffen fand in Genf statt.', 'past'],
    ['Anfang Juni verhandeln die Unterhändler zuletzt in der Türkei.', 'past'],
    ['Vergangene Woche sprachen beide Seiten in Riad.', 'past'],
    ['Witkoff wird am Montag in Moskau erwartet.', 'future'],
    ['Das Treffen soll in Abu Dhabi stattfinden.', 'future'],
    ['Kommende Woche treffen sich die Delegationen.', 'future'],
    ['Ein Gipfel könnte bereits im Januar stattfinden.', 'future'],
    ['Übermorgen verhandeln sie weiter.', 'future'],
    ['Trump plant ein Treffen mit Putin.', 'future'],
    ['Am Montag treffen sich Witkoff und Selenskyj in Berlin.', 'present'],
    // "sagten … zu" is a pledge made, not a verb of saying left out of the count.
    ['Bei einem Treffen in Paris sagten die Europäer der Ukraine weitere Hilfe zu.', 'past'],
    ['Bei einem Treffen in Paris sagen die Europäer der Ukraine weitere Hilfe zu.', 'present'],
    ['Witkoff sagte, das Treffen in Genf werde stattfinden.', 'future'],
  ])('%s → %s', (sentence, tense) => {
    expect(sentenceTense(sentence)).toBe(tense);
  });

  it('does not take the past tense of reporting for the reported meeting', () => {
    expect(sentenceTense('"Wir treffen uns in Miami", sagte Selenskyj.')).toBe('present');
    expect(sentenceTense('Das Treffen soll am Montag stattfinden, erklärte der Kreml.')).toBe('future');
  });

  it('reads verbs of narration in the Präteritum as past', () => {
    expect(sentenceTense('Im Juli folgte die Konferenz in Rom.')).toBe('past');
    expect(sentenceTense('Im Oktober saßen die Minister in Kairo beisammen.')).toBe('past');
  });

  it('reads "am Morgen" as a time of day, not as tomorrow', () => {
    expect(sentenceTense('Am Morgen trafen sie sich.')).toBe('past');
  });
});

describe('clauseTense', () => {
  it('reads the clause around a position, counting verbs of saying as past', () => {
    const sentence = 'Meloni schrieb am Dienstagabend, sie werde bald mit dem Papst sprechen.';
    expect(clauseTense(sentence, sentence.indexOf('Dienstagabend'))).toBe('past');
    expect(clauseTense(sentence, sentence.indexOf('Papst'))).toBe('future');
  });

  it('has no opinion on a clause without cues', () => {
    const sentence = 'Am Montag, so heißt es, wird verhandelt.';
    expect(clauseTense(sentence, 0)).toBeNull();
  });
});

describe('clauseTense: verbs of beginning and ending', () => {
  it('reads a present-tense "endet" or "beginnt" as pointing ahead', () => {
    const sentence = 'Die Beratungen, die am Freitag enden, standen im Zeichen der Energiehilfe.';
    expect(clauseTense(sentence, sentence.indexOf('Freitag'))).toBe('future');
    const begun = 'Die Beratungen, die am Freitag begannen, endeten ohne Ergebnis.';
    expect(clauseTense(begun, begun.indexOf('Freitag'))).toBe('past');
  });

  it('leaves the sentence tense, which sets the status, to its other verbs', () => {
    expect(sentenceTense('Die Gespräche in Genf enden heute.')).toBe('present');
  });
});
