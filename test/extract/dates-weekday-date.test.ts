import {describe, expect, it} from 'vitest';
import {findDates} from '../../source/extract/dates.js';
import type {Tense} from '../../source/extract/tense.js';

// Wednesday, 10 December 2025, Berlin time.
const published = '2025-12-10T09:00:00+01:00';

function all(sentence: string, tense: Tense, at = published) {
  return findDates(sentence, {published: at, tense}).map(({text, start, end, precision}) => ({text, start, end, precision}));
}

describe('findDates: a weekday with its date', () => {
  it.each<[string, Tense, string, string]>([
    ['Die Konferenz, die am Freitag, dem 19. Dezember, beginnt, soll zwei Tage dauern.', 'future', 'am Freitag, dem 19. Dezember', '2025-12-19'],
    ['Am Montag, den 12. Januar, reist die Delegation nach Rom.', 'present', 'Am Montag, den 12. Januar', '2026-01-12'],
    ['Samstag, 13. Dezember: Außenminister beraten in Warschau.', 'present', 'Samstag, 13. Dezember', '2025-12-13'],
    ['Die Minister sprachen am Dienstag, dem 2. Dezember 2025, in Bern.', 'past', 'am Dienstag, dem 2. Dezember 2025', '2025-12-02'],
    ['Am Donnerstag, 15.01., empfängt der Kanzler seinen Gast.', 'future', 'Am Donnerstag, 15.01.', '2026-01-15'],
  ])('%s', (sentence, tense, text, start) => {
    expect(all(sentence, tense)).toEqual([{text, start, end: null, precision: 'day'}]);
  });

  it('starts the date at the weekday, inside the clause that names it', () => {
    const sentence = 'Der Gipfel in Prag, der am Freitag, dem 19. Dezember, endet, gilt als entscheidend.';
    const [mention] = findDates(sentence, {published, tense: 'present'});
    expect(mention?.index).toBe(sentence.indexOf('am Freitag'));
  });

  it('lets the weekday choose the year when the tense points the other way', () => {
    // 8 January 2026 is a Thursday; 8 January 2025 was a Wednesday.
    const sentence = 'Die Gesandten trafen sich am Donnerstag, dem 8. Januar, in Paris.';
    expect(all(sentence, 'past')[0]?.start).toBe('2026-01-08');
  });

  it('keeps the tense when the weekday is a slip of the pen', () => {
    // 12 January 2026 is a Monday; a "Dienstag" fits only 2027's, over a year away.
    const sentence = 'Am Dienstag, dem 12. Januar, soll verhandelt werden.';
    expect(all(sentence, 'future')[0]?.start).toBe('2026-01-12');
  });
});

describe('findDates: a present-tense verb of beginning or ending', () => {
  it('dates the weekday ahead even inside a sentence told in the past', () => {
    // Tuesday, 4 March 2025: "am Donnerstag" is the coming one, "am Montag" the one gone.
    const sentence = 'Die Konferenz, die am Donnerstag endet, begann am Montag mit einer Schweigeminute.';
    const dates = all(sentence, 'past', '2025-03-04');
    expect(dates.map((d) => d.start)).toEqual(['2025-03-06', '2025-03-03']);
  });
});

describe('findDates: a meeting of some days that begins or ends on a day', () => {
  it.each<[string, Tense, string, string]>([
    ['Der zweitägige Gipfel in Prag, der am Donnerstag, dem 18. Dezember, beginnt, gilt als entscheidend.', 'present', '2025-12-18', '2025-12-19'],
    ['Die dreitägige Konferenz, die am Freitag endet, begann mit einem Streit.', 'past', '2025-12-10', '2025-12-12'],
    ['Der 3-tägige Gipfel, der am 2. Februar beginnt, soll in Wien stattfinden.', 'future', '2026-02-02', '2026-02-04'],
  ])('%s', (sentence, tense, start, end) => {
    expect(all(sentence, tense)[0]).toMatchObject({start, end, precision: 'days'});
  });

  it('leaves a day alone that another clause begins on', () => {
    const sentence = 'Das zweitägige Treffen endete am Freitag, die nächste Runde beginnt am Montag.';
    expect(all(sentence, 'past').every((d) => d.end === null)).toBe(true);
  });
});

describe('findDates: a weekday named by its distance to today', () => {
  it.each<[string, Tense, string, string]>([
    // A past-tense "war … angesetzt" plans ahead by its cue words, yet "gestrigen" is yesterday.
    ['Die Runde war für den gestrigen Dienstag angesetzt.', 'future', 'gestrigen Dienstag', '2025-12-09'],
    ['Die Runde soll am morgigen Donnerstag stattfinden.', 'future', 'am morgigen Donnerstag', '2025-12-11'],
    ['Am heutigen Mittwoch trafen sie sich.', 'past', 'Am heutigen Mittwoch', '2025-12-10'],
  ])('%s', (sentence, tense, text, start) => {
    expect(all(sentence, tense)).toEqual([{text, start, end: null, precision: 'day'}]);
  });
});
